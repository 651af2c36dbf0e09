package loader

import (
	"slices"
	"sort"

	"standpoint/model"
)

// headsOfGovernment are the role words of those who lead a government:
// what an article says their government will do is their own stance.
var headsOfGovernment = namedSet("heads-of-government")

// leadersShare gives a head of government the stance the article gives
// their government when it gives them none of their own: "Norway is
// ready to deploy soldiers to Ukraine", with the prime minister named
// beside it, is the prime minister's stance too, as a government's is its
// head's (holders.go gives the way back).
func (a *analyzer) leadersShare() {
	heads := map[*entry][]*sighting{}
	for _, s := range a.result.actors {
		if p := s.ref.person; p != nil {
			if v := a.voiceOf(p); v.head && v.gov != nil && v.gov.kind == model.Government {
				heads[v.gov] = append(heads[v.gov], s)
			}
		}
	}
	for gov, leaders := range heads {
		s := leaders[0]
		if len(leaders) > 1 || len(s.evidence) > 0 {
			continue // two heads named (a president and a prime minister, or two presidents): which one is unclear
		}
		from := a.byKey[gov.ref.key]
		if from == nil || len(from.evidence) == 0 {
			continue
		}
		for i, e := range from.evidence {
			if !slices.Contains(s.named, a.paragraphAt(e.Start)) {
				continue // the government's stance away from where its head is named
			}
			if e.Why != nil {
				why := *e.Why
				why.Holder = "heads " + gov.name + ", whose stance this is"
				e.Why = shareWhy(why)
			}
			s.evidence = append(s.evidence, e)
			s.heading = append(s.heading, from.heading[i])
		}
	}
}

// headOfGovernment reports role words that name the head of a
// government ("prime minister", "president"), not a deputy or a former one.
func headOfGovernment(w []string) bool {
	if slices.Contains(w, "vice") || slices.Contains(w, "deputy") || slices.Contains(w, "former") {
		return false
	}
	return len(w) > 0 && headsOfGovernment[w[len(w)-1]] || len(w) > 1 && w[len(w)-2] == "prime"
}

// paragraphAt is the paragraph of the sentence that starts at byte start.
func (a *analyzer) paragraphAt(start int) int32 {
	ss := a.doc.structure.sentences
	i := sort.Search(len(ss), func(i int) bool { return ss[i].Span.Start > start }) - 1
	if i < 0 {
		return -1
	}
	return ss[i].paragraph
}

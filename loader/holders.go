package loader

import (
	"slices"
	"strings"

	"standpoint/model"
)

// holders decides whose stance a cue is: the subject of the stance verb
// ("Rome has ruled out"), else the speaker ("the minister said there were
// no plans"). A speaker reporting another's stance does not share it, unless
// the subject is the speaker's own government. Countries whose troops are
// ruled out or offered ("U.S. troops", "troops from the UK") hold it too.
//
// waiting reports a cue inside a quote whose speaker is not known yet: the
// caller keeps it until the quote is attributed.
func (a *analyzer) holders(tokens []token, first, last, at int, c cue, mentions []*mention, speakers []speaker) (out []holder, waiting bool) {
	out = make([]holder, 0, 2) // most cues have one or two: a person and their government
	var sp *actorRef
	var coSpeakers []*actorRef // others speaking together with sp ("Paris and London said")
	bestFrom := -1
	for _, s := range speakers {
		if s.from <= at && at <= s.to && s.at < at {
			if s.from > bestFrom {
				sp, bestFrom, coSpeakers = s.ref, s.from, nil
			} else if s.from == bestFrom && s.ref.key != sp.key {
				coSpeakers = append(coSpeakers, s.ref)
			}
		}
	}
	if sp == nil && len(speakers) > 0 {
		for _, s := range speakers {
			if s.from <= at && at <= s.to {
				sp = s.ref
			}
		}
	}
	quoteSpeaker := a.quoteSpeaker(tokens[at].quote)
	othersSay := othersReportBefore(tokens, at)
	if sp == nil && tokens[at].quote != 0 && !othersSay {
		sp = quoteSpeaker
		waiting = sp == nil && !a.quoteUnnamed(tokens[at].quote) && !(quotedFragment(tokens, at) && len(a.soleSubject(tokens, at)) > 0)
	}
	if sp == nil && !othersSay {
		sp = a.turnSpeaker(&tokens[at]) // "Ozolins: we cannot send them"
	}
	seen := map[string]bool{}
	var add func(r *actorRef, route string)
	add = func(r *actorRef, route string) {
		if r != nil && !seen[r.key] {
			seen[r.key] = true
			out = append(out, holder{ref: r, route: route})
			if strings.Contains(route, "speaker") {
				if party := a.partyOfSpeaker(r); party != nil {
					add(party, "the party the speaker is named with") // "Alice Weidel of the AfD said"
				} else if r.person != nil {
					if org := a.partyOf(r.person); org != nil && org.kind == model.Organisation && !a.lex.international[org.name] && leadsBody(r.person.role) {
						add(entityRef(org), "the party its speaker leads") // "AfD co-leader Alice Weidel: “No German soldier …”"
					}
				}
			}
		}
	}
	if j := skipGap(tokens, at-1, first); j >= first && j >= 0 && (indefiniteSubjects[tokens[j].fold] || tokens[j].fold == "who" && j > first && indefiniteSubjects[tokens[j-1].fold]) && !c.inside &&
		!(j > 0 && askedOfWhether[tokens[j-1].fold]) { // "cannot tell anyone whether": the one who cannot tell
		return nil, false // "before anyone asks us to send soldiers": no one's stance, not the speaker's
	}
	subjects := withLeaders(tokens, stanceSubjects(tokens, first, at, mentions), a.endsAt, at)
	if c.inside {
		subjects = nil // the frame names its holder itself, after the proposal
	}
	for _, m := range subjects {
		if m.plural {
			for _, r := range m.group {
				add(r, "the subject, as \"they\"")
			}
			// "Portugal said they would not": the speaker's own; in a quote,
			// "They're willing to put people on the ground" is others'.
			othersInQuote := tokens[m.first].quote != 0 && m.last >= at-3 && (c.stance == model.Supports || c.stance == model.RulesOut)
			if len(m.group) == 0 && !othersInQuote {
				add(sp, "the speaker")
				for _, c := range coSpeakers {
					add(c, "a speaker with them") // "Germany, Denmark and Canada have signalled they could"
				}
			}
			continue
		}
		ref := m.actor
		if m.partyOf {
			if ref = a.partyOrSelf(sp); ref != sp {
				add(sp, "the speaker, of their own party") // "Dröge said her party supports it": Dröge too
			} else if m.orgRef && m.actor != nil {
				ref = m.actor // "The Greens met. The party said": the party just named
			}
		} else if m.kind == pronounMention && m.nationOf && sp != nil && sp.entry != nil {
			ref = sp // "Lithuania's president said his country would"
		} else if m.kind == pronounMention && !m.orgRef && sp != nil && sp.person != nil && !(sp == a.turn && tokens[m.first].fold == "it" && m.actor != nil) && !(m.bound && tokens[m.first].quote != 0) {
			ref = sp // "Berg said he will not send"; in an interview's answer "it" is not the one answering
			if m.nationOf {
				ref = nil // "Fico said his government would not"
				if n := sp.nation(); n != nil {
					ref = entityRef(n)
				}
				add(sp, "the speaker, of their own country") // "Radev said his country would never send troops": Radev too
			}
		}
		if c.stance == model.Opposes && ref != nil && (sp == nil || sp.key != ref.key) && a.backsAlready(ref) {
			// "Holm said the Spanish premier was gambling with the
			// peace": the one judged backs it; the judge opposes it (in a
			// quote, once it is known who speaks).
			add(sp, "the speaker, who judges one who backs it")
			continue
		}
		if c.urged && ref != nil && ref.entry != nil && ref.entry.kind == model.Government && sp != nil && sp.person != nil && a.voiceOf(sp.person).gov != ref.entry {
			// "Le Pen said France must not send troops": what one who does
			// not speak for a government says it must do is their stance,
			// not the government's.
			add(sp, "the speaker, who urges it")
			continue
		}
		if own := a.speakersOwnRole(tokens, m, ref, sp); own != nil {
			ref = own // '"The president is not putting US soldiers on the ground," the US envoy said': his president's
		}
		add(ref, "the subject")
		if sp != nil && ref != nil && ref.entry != nil && ref.entry.name == a.topic.q.Target && tokens[at].quote != 0 && ref.key != sp.key && !a.speaksFor(sp, ref) {
			// '"Greenland is not for sale," Frederiksen said': what one says in
			// one's own words of the country the debate is about is one's own.
			add(sp, "the speaker, of the debate's country in their own words")
		}
		if sp != nil && ref != nil && ref.key != sp.key && !a.speaksFor(sp, ref) && a.quotesOwnBody(tokens, m, ref, sp) {
			add(sp, "the speaker, who quotes a party's line as their own")
		} else if sp != nil && ref != nil && (ref.key == sp.key || a.speaksFor(sp, ref)) {
			if ref.entry != nil && ref.entry.kind == model.Organisation {
				add(sp, "the speaker, of their own party or body")
			} else {
				add(sp, "the speaker, of their own government")
			}
		} else if sp != nil && c.urged && sp.person != nil {
			add(sp, "the speaker, who urges it") // "Kessler said Germany must be prepared to send troops"
		}
	}
	if len(subjects) == 0 {
		// A passive names its agent after the cue: "was ruled out by Berlin".
		if agents := a.agentsAfter(tokens, c, at, last, mentions); len(agents) > 0 {
			for _, agent := range agents {
				add(agent, "the agent of a passive")
			}
		} else if c.inside {
			// "a fee, which the Commission wants", "and so do the Greens"; "a
			// force that wants no war" names no one inside: no one holds it.
			for _, m := range a.subjectInMatch(tokens, at, first+c.last, last) {
				add(m.actor, "the subject inside the phrase")
			}
		} else if inv := invertedSubject(tokens, first, at, first+c.last, last, mentions); inv != nil {
			if inv.kind == personMention {
				add(inv.actor, "the subject after the copula")
			} else {
				for _, m := range coordinatedAfter(tokens, inv, a.endsAt, last+1) {
					add(m.actor, "the subject after the copula") // "were Hungary and Slovakia"
				}
			}
		} else if !thirdPartySubject(tokens, first, at) && !groupReportsBefore(tokens, at) {
			route := "the speaker"
			if sp == quoteSpeaker && sp != nil {
				route = "the speaker of the quote"
			} else if sp != nil && sp == a.turn {
				route = "the one answering in the interview"
			}
			add(sp, route)
			for _, c := range coSpeakers {
				add(c, "a speaker with them")
			}
		}
	}
	// A person speaking for the government that holds it, by whatever route
	// it was named ("by Russian forces"; "Peskov said Russia's view was …:"
	// nests Russia's words in his), states it as their own.
	for _, s := range speakers {
		if s.from <= at && at <= s.to && s.at < at && s.ref.person != nil && s.ref != sp && s.ref.nation() != nil {
			a.addSpeakerOfGovernment(s.ref, out, add) // an outer speaker only when their country is known
		}
	}
	if sp != nil && sp.person != nil {
		a.addSpeakerOfGovernment(sp, out, add)
	}
	if isSpokesperson(quoteSpeaker) && len(out) > 0 {
		add(quoteSpeaker, "the spokesperson who relays it") // "the president has made it clear …," her spokesman said: both
	} else if len(out) > 0 && isSpokesperson(sp) {
		add(sp, "the spokesperson who relays it") // "press secretary Leavitt repeated that the president had ruled out"
	}
	if len(out) > 0 {
		for _, m := range a.joinedBy(tokens, at, last) {
			add(m.actor, "joined by those who hold it") // "Germany voted against, joined by Hungary and Malta"
		}
	}
	if len(out) == 0 {
		for _, m := range a.includedAfter(tokens, at, last+maxIncludedReach, mentions) {
			add(m.actor, "named among those who hold it") // "Almost all the parties supported it, including Law and Justice"
		}
	}
	if len(out) == 0 && !waiting && sp == nil && !othersSay && !c.inside && (c.stance == model.Supports || c.stance == model.Opposes) {
		// Only a plain support or objection reaches this far: a hedge, a
		// question or a refusal scoped to its own clause ("left without
		// speaking to reporters waiting outside") does not.
		for _, m := range a.soleSubject(tokens, at) {
			add(m.actor, "the sentence's subject, the only one named before it") // "Sánchez has weighed in firmly behind the deal"
		}
	}
	if extra, drop := a.leadInHolders(out); len(extra) > 0 {
		if drop != nil {
			out = slices.DeleteFunc(out, func(h holder) bool { return h.ref.entry == drop })
			delete(seen, entityRef(drop).key)
		}
		for _, h := range extra {
			add(h.ref, h.route)
		}
	}
	// A head of government, minister or spokesperson states their
	// government's stance ("Italy will not send troops, Meloni said"
	// and "Meloni said Italy will not" alike).
	for _, h := range out {
		if h.ref.entry != nil && a.govLeaders[h.ref.entry] != nil {
			add(a.govLeaders[h.ref.entry], "the leader whose government it is") // "Evika Siliņa's government says"
		}
		if p := a.principals[h.ref.person]; h.ref.person != nil && p != nil && p.ref != nil {
			add(p.ref, "the one their spokesperson speaks for") // "Peskov, Putin's spokesman, said": Putin's stance
		}
		if h.ref.person != nil && a.orgsHere[h.ref.person] != nil {
			add(entityRef(a.orgsHere[h.ref.person]), "the party or body their role names") // "Salvini, leader of the League, said"
		}
		if n := a.governmentVoiced(h.ref); n != nil && a.namedByName[n.name] {
			add(entityRef(n), "the government its minister speaks for") // only a government the article names itself
		} else if n != nil && !seen[entityRef(n).key] {
			seen[entityRef(n).key] = true
			out = append(out, holder{ref: entityRef(n), route: "the government its minister speaks for, once the paragraph names it", ifNamed: true})
		}
	}
	if c.owners {
		before := out // the holders other than the owners: "soldiers from Spain, Italy and others" are both countries' own
		for _, s := range senders(tokens, first, last, mentions) {
			// A bloc's troops ("a European force") belong to no one government,
			// and "a Ukraine force" is where they go, not whose they are.
			if s.ref.entry != nil && (s.ref.entry.kind == model.Group || s.ref.entry.name == a.topic.q.Target) {
				continue
			}
			if s.at >= at-senderReach && s.at <= at+senderReach && a.mayOwn(before, s.ref, c.urged) {
				add(s.ref, "the owner of the troops") // troops named near the at are the ones it is about
				if n := len(out); n > 0 && out[n-1].ref == s.ref {
					out[n-1].owner = true
				}
			}
		}
	}
	if o := optionFor(tokens, c, last, mentions); o != nil && o.entry.name != a.topic.q.Target {
		add(o.actor, "the one it is named an option for") // "troops are not an option for Norway": Norway's
	}
	return out, waiting
}

// thirdPartySubject reports a verb whose subject is others named by a
// plural noun, not the speaker: "revealed that a number of Western states
// were discussing the dispatch of troops".
func thirdPartySubject(tokens []token, first, at int) bool {
	k := skipGap(tokens, at-1, first)
	if k < first || k < 0 || !thirdParties[tokens[k].fold] {
		return false
	}
	// Only others left vague: "a number of states", "several allies", "some
	// capitals"; not "troops from NATO countries" or "26 countries".
	for j := k - 1; j >= first && j >= k-3; j-- {
		switch tokens[j].fold {
		case "from", "of":
			return j >= 1 && vagueCollectives[tokens[j-1].fold] // "a number of states", "a list of countries willing to"
		}
		if vagueQuantifiers[tokens[j].fold] {
			return true
		}
		if !tokens[j].word || !tokens[j].cap && !strings.HasSuffix(tokens[j].fold, "ern") {
			return false
		}
	}
	return false
}

// thirdParties are the plural nouns that name others as a subject, and
// vagueQuantifiers the words that leave them unnamed ("several allies").
var thirdParties, vagueQuantifiers = namedSet("third-parties"), namedSet("vague-quantifiers")

// vagueCollectives before "of" leave the others unnamed: "a number of",
// "a list of", "a handful of".
var vagueCollectives = namedSet("vague-collectives")

// addSpeakerOfGovernment adds a speaker whose own government holds the
// stance.
func (a *analyzer) addSpeakerOfGovernment(sp *actorRef, out []holder, add func(*actorRef, string)) {
	for _, h := range out {
		if h.ref.entry != nil && h.ref.entry.kind == model.Government && a.speaksFor(sp, h.ref) {
			add(sp, "the speaker, of their own government")
			return
		}
	}
}

// othersReportBefore reports "they said" before token at: in a quote or an
// interview's answer, the speaker reports others' words ("They have said,
// over and over, that Western troops would be targets"), not their own.
func othersReportBefore(tokens []token, at int) bool {
	j := reportingSubjectBefore(tokens, at)
	return j > 0 && (tokens[j].fold == "they" || groupAt(tokens, j))
}

// groupReportsBefore reports a verb of saying before the cue whose subject
// is an unnamed group: "the far left says no Belgian soldier should go";
// what follows is the group's, not the speaker's.
func groupReportsBefore(tokens []token, at int) bool {
	j := reportingSubjectBefore(tokens, at)
	return j > 0 && groupAt(tokens, j)
}

// reportingSubjectBefore is the word before the last verb of saying
// before token at (over "have", "always"), or 0.
func reportingSubjectBefore(tokens []token, at int) int {
	for k := at - 1; k > 0; k-- {
		if !tokens[k].is(classReporting) {
			continue
		}
		j := k - 1
		for j > 0 && (tokens[j].fold == "have" || tokens[j].fold == "had" || tokens[j].fold == "always" || tokens[j].fold == "repeatedly") {
			j--
		}
		return j
	}
	return 0
}

// groupAt reports an unnamed group's noun at j, not after a nationality
// ("Russian officials said" names Russia).
func groupAt(tokens []token, j int) bool {
	t := &tokens[j]
	return t.word && !t.cap && sayingGroups[t.fold] && !tokens[j-1].cap
}

// sayingGroups are nouns for unnamed groups whose reported words are their
// own, not those of the one who reports them: "the far left says",
// "critics say".
var sayingGroups = namedSet("saying-groups")

// backsAlready reports an actor the article has read supporting or open
// to the proposal before.
func (a *analyzer) backsAlready(r *actorRef) bool {
	s := a.byKey[r.key]
	return s != nil && s.backs()
}

// mayOwn reports whether the country whose troops a cue names holds it too:
// when no one else does, or when one of its holders speaks for that
// country. "No French soldier must be sent", said by the opposition, is not
// France's stance.
func (a *analyzer) mayOwn(out []holder, owner *actorRef, urged bool) bool {
	if len(out) == 0 || owner.entry == nil {
		return true
	}
	for _, h := range out {
		if h.ref.entry == owner.entry || a.governmentVoiced(h.ref) == owner.entry {
			return true
		}
		if urged {
			// "no French soldier should die for this war": what someone
			// says their country should do is its stance only when they
			// speak for its government.
			continue
		}
		if p := h.ref.person; p != nil && (p.nation == nil || p.nation == owner.entry) && !a.voiceOf(p).party {
			return true // a person of that country, or of none known, not speaking for a party
		}
	}
	return false
}

// holder is one who holds a stance, with the route that made them one.
type holder struct {
	ref   *actorRef
	route string
	// ifNamed: a government its minister speaks for, which holds the stance
	// only if the article names it, maybe later ("German Defence Minister
	// Boris Pistorius called it premature. … whether Germany would").
	ifNamed bool
	owner   bool // holds it as the owner of the troops the cue names
}

// speaksFor reports whether a speaker states their own government's stance:
// the subject is the government their role names, or, when no role or
// lexicon says which country they serve, a government at all (a minister
// saying "Italy will not send troops" speaks for Italy).
func (a *analyzer) speaksFor(sp, subject *actorRef) bool {
	if subject.entry == nil {
		return false
	}
	n := sp.nation()
	if n != nil && subject.entry == n || sp.person != nil && a.orgsHere[sp.person] == subject.entry {
		return true // "The OPZZ supports it, said its chairman Piotr Ostrowski"
	}
	if n != nil {
		return false
	}
	if sp.person == nil || subject.entry.kind != model.Government {
		return false
	}
	role := strings.Fields(model.Fold(sp.person.role))
	for _, w := range role {
		if a.lex.wordIs(w, classRoleHead) {
			return true // an office of government, not, say, an analyst
		}
	}
	// A lawmaker or committee chair saying what their country will do says
	// it as their own; an observer of it does not.
	if len(role) == 0 {
		return false
	}
	for _, w := range role {
		if observers[w] {
			return false
		}
	}
	return true
}

// observers are the role words of those who describe a country's stance
// rather than state it.
var observers = namedSet("observers")

// partyWords in a role make it a party's or the opposition's, not an office
// of government.
var partyWords = namedSet("party-words")

// orgVoices are the role words of those who speak for a party or an
// organisation.
var orgVoices = namedSet("org-voices")

// governmentVoiced is the government a person speaks for by office: their
// role names a government office and their nation is a government.
func (a *analyzer) governmentVoiced(r *actorRef) *entry {
	if r.person == nil {
		return nil
	}
	return a.voiceOf(r.person).gov
}

// speaksForOrg reports a role in which one speaks for a party or body:
// "leader of the League", "Conservative leader", "AfD spokesman".
func speaksForOrg(role string) bool {
	for _, w := range strings.Fields(model.Fold(role)) {
		if orgVoices[w] {
			return true
		}
	}
	return false
}

// voice is what a person's roles say of whom they speak for.
type voice struct {
	gov   *entry // the government or organisation they voice, if any
	party bool   // their role is a party's or the opposition's
	head  bool   // a role names the head of a government (inherit.go)
}

// voiceOf reads the roles the article gives the person, else every role
// the corpus and lexicon give them; it is kept per article and forgotten
// when the article gives the person another role (analyze.go).
func (a *analyzer) voiceOf(p *person) voice {
	if v, ok := a.voiced[p]; ok {
		return v
	}
	roles := a.rolesHere[p]
	if len(roles) == 0 {
		roles = append([]string{p.role}, p.roles...)
	}
	var words []string
	var v voice
	for _, role := range roles {
		w := strings.Fields(model.Fold(role))
		words = append(words, w...)
		v.head = v.head || headOfGovernment(w)
	}
	for _, w := range words {
		v.party = v.party || partyWords[w] // "president of the National Rally group" leads no government
	}
	switch {
	case p.nation == nil:
	case p.nation.kind == model.Organisation:
		// A party's or an organisation's leader or spokesperson speaks for
		// it: "Reform UK leader Nigel Farage", "AfD defence spokesman"; so
		// does one it owns with no role said ("Sumar's Yolanda Díaz").
		if len(words) == 0 || slices.ContainsFunc(words, func(w string) bool { return orgVoices[w] }) {
			v.gov = p.nation
		}
	case p.nation.kind == model.Government && !v.party:
		if slices.ContainsFunc(words, func(w string) bool {
			return a.lex.wordIs(w, classRoleHead) && w != "leader" && w != "king" && w != "queen" && w != "pope"
		}) {
			v.gov = p.nation
		}
	}
	if a.voiced == nil {
		a.voiced = map[*person]voice{}
	}
	a.voiced[p] = v
	return v
}

// agentsAfter finds the actors named by "by" right after a cue ("troops
// were ruled out by Berlin"), perhaps after a day ("signed on Tuesday by
// Macron, Starmer and Zelensky"), or a government named by its capital
// after "in" in a passive ("rejected in Warsaw").
func (a *analyzer) agentsAfter(tokens []token, c cue, at, last int, mentions []*mention) []*actorRef {
	end := at + (c.last - c.first)             // the cue's last token in sentence indexes
	for k := end; k <= min(end+9, last); k++ { // "by" may end the frame: "the same position was presented by"
		if k <= end+2 && tokens[k].fold == "in" && passiveAt(tokens, at) && c.stance != model.Undecided && c.stance != model.Open {
			// (not "was debated in Paris": where a question is discussed is no one's stance)
			// "The proposal was quickly rejected in Warsaw": the capital's
			// government, where a passive names no agent.
			for _, m := range mentions {
				if m.first == k+1 && m.place && m.entry != nil && m.entry.kind == model.Government && a.namedByCapital(tokens[m.first].fold, m.entry) {
					return []*actorRef{m.actor}
				}
			}
		}
		if tokens[k].fold != "by" {
			continue
		}
		if k > end+2 && !dateBetween(tokens, end+1, k) && !reportedPassiveBefore(tokens, end+1, k) {
			return nil // only a date may stand further between: "signed on 6 January by"
		}
		agent := a.startsAt.at(k + 1) // the sentence's index of actors, built by speakers
		for j := k + 1; agent == nil && j < len(tokens) && j <= k+3 && tokens[j].word && !tokens[j].cap && !tokens[j].is(classReporting); j++ {
			agent = a.startsAt.at(j + 1) // "by the opposition Conservatives", "by the right-wing Progress Party"
		}
		if agent == nil {
			return nil
		}
		var out []*actorRef
		for _, m := range coordinatedModified(tokens, agent, a.endsAt, last+1) {
			out = append(out, m.actor)
		}
		return out
	}
	return nil
}

// reportedPassiveBefore reports a stance noun's clause going on to a
// passive reporting verb right before "by" at k: "The refusal to take part
// in this initiative was also communicated by Romania". Only words stand
// between, and the verb is one of saying, so "was criticised by" still
// names no holder.
func reportedPassiveBefore(tokens []token, from, k int) bool {
	if k-from > 8 || !tokens[k-1].is(classReporting) || !strings.HasSuffix(tokens[k-1].fold, "ed") {
		return false
	}
	be := -1
	for j := from; j < k-1; j++ {
		if !tokens[j].word {
			return false
		}
		if passiveAt(tokens, j) {
			be = j
		}
	}
	return be >= 0 && k-1-be <= 2 // "was communicated", "was also communicated"
}

// dateBetween reports tokens [from, to) that are "on" and a day or a date.
func dateBetween(tokens []token, from, to int) bool {
	if tokens[from].fold != "on" {
		return false
	}
	for k := from + 1; k < to; k++ {
		if !tokens[k].is(classTime) && !isDigits(tokens[k].fold) {
			return false
		}
	}
	return true
}

// joinedBy are the actors ", joined by" lists after the cue at, in its
// clause or right after it (last): "…, joined by Hungary and Malta".
func (a *analyzer) joinedBy(tokens []token, at, last int) []*mention {
	k := at + 1
	for k < len(tokens) && k <= last+3 && !(tokens[k].fold == "joined" && tokens[k-1].fold == ",") {
		k++
	}
	if k+2 >= len(tokens) || tokens[k].fold != "joined" || tokens[k+1].fold != "by" {
		return nil
	}
	head := a.startsAt.at(k + 2)
	if head == nil {
		return nil
	}
	return coordinatedAfter(tokens, head, a.endsAt, len(tokens))
}

// maxIncludedReach is how far past its clause a cue's ", including X" may
// stand: the clause ends at the comma before "including".
const maxIncludedReach = 4

// includedAfter are the actors ", including" names after a cue whose
// holders are a group no mention names: "Almost all the parties supported
// the project, including the opposition Law and Justice."
func (a *analyzer) includedAfter(tokens []token, at, limit int, mentions []*mention) []*mention {
	for k := at + 1; k < len(tokens) && k <= limit; k++ {
		open := tokens[k-1].fold == "," || isDash(tokens[k-1].fold) || tokens[k-1].fold == "("
		n := 0 // the words that open the list
		switch {
		case tokens[k].fold == "including" && open:
			n = 1
		case tokens[k].fold == "among" && open && k+1 < len(tokens) && (tokens[k+1].fold == "them" || tokens[k+1].fold == "those"):
			n = 2 // "countries backing the text - among them France, Spain and Italy"
		default:
			continue
		}
		for _, m := range mentions {
			if m.actor != nil && !m.place && !m.possessive && m.kind != pronounMention && m.first > k+n-1 && m.first <= k+n+2 {
				return coordinatedAfter(tokens, m, a.endsAt, len(tokens))
			}
		}
		return nil
	}
	return nil
}

// passiveAt reports a verb group at token at that opens with a form of
// "be": "was quickly rejected".
func passiveAt(tokens []token, at int) bool {
	switch tokens[at].fold {
	case "was", "were", "is", "are", "been", "be", "being":
		return true
	}
	return false
}

// invertedSubject is the subject of a judgement fronted before its copula:
// "More sceptical was the SPD's group leader Matthias Miersch", "Firmly
// opposed were Hungary and Slovakia". The judgement opens its clause (after
// a few degree words) and the copula follows it within a few words.
func invertedSubject(tokens []token, first, at, cueEnd, last int, mentions []*mention) *mention {
	for j := 0; j < first; j++ {
		if tokens[j].word {
			return nil // the judgement opens the sentence, not a clause inside it
		}
	}
	k := first
	for k < cueEnd && (degreeWords[tokens[k].fold] || isGapWord(&tokens[k]) || strings.HasSuffix(tokens[k].fold, "ly")) {
		k++ // "More cautious", "Firmly opposed"
	}
	if k > cueEnd || at > k || !tokens[k].word || tokens[k].cap && k > first || strings.HasSuffix(tokens[k].fold, "ing") || questionWords[tokens[k].fold] {
		return nil
	}
	for j := cueEnd + 1; j <= last && j <= cueEnd+5; j++ {
		switch tokens[j].fold {
		case "was", "were", "is", "are":
			if j+1 <= last && strings.HasSuffix(tokens[j+1].fold, "ing") {
				return nil // "… the West was sending Moscow a signal": a verb, not a copula
			}
			// The head of the subject: a person over the party or country
			// before their name ("the SPD's group leader Matthias Miersch").
			var found *mention
			for _, m := range mentions {
				if m.actor != nil && m.first > j && m.first <= j+6 && m.kind != pronounMention {
					if m.kind == personMention {
						return m
					}
					if found == nil {
						found = m
					}
				}
			}
			return found
		case ",", ";", ":":
			return nil
		}
	}
	return nil
}

// degreeWords may open a fronted judgement: "More sceptical was";
// questionWords open no judgement: "Whether there is a U.S. backstop is
// unclear".
var degreeWords, questionWords = namedSet("degree-words"), namedSet("question-words")

// gapPhrases are the phrases of gap_phrases.txt, as lists of words, by
// their last word: skipGap asks at every step.
var gapPhrases = func() map[string][][]string {
	out := map[string][][]string{}
	for _, line := range lexiconLines("gap_phrases.txt") {
		words := strings.Fields(model.Fold(line))
		last := words[len(words)-1]
		out[last] = append(out[last], words)
	}
	return out
}()

// gapPhraseEndingAt is the length of a gap phrase whose last word is token
// k, or 0.
func gapPhraseEndingAt(tokens []token, k, first int) int {
	for _, p := range gapPhrases[tokens[k].fold] {
		n := len(p)
		if k-n+1 < first {
			continue
		}
		i := 0
		for i < n && tokens[k-n+1+i].fold == p[i] {
			i++
		}
		if i == n {
			return n
		}
	}
	return 0
}

// senderReach is how many tokens from a cue the troops it is about may be named.
const senderReach = 12

// skipGap walks back from token k over auxiliaries, adverbs and a short
// parenthetical (", by contrast,") to where a subject would end.
func skipGap(tokens []token, k, first int) int {
	for steps := 0; k >= first && steps < 8; steps++ {
		switch {
		case isGapWord(&tokens[k]) || tokens[k].text == "“" || tokens[k].text == "\"":
			k-- // auxiliaries, adverbs, an opening quote: 'Britain would "play its part"'
		case aspectualVerbs[tokens[k].fold] && k+1 < len(tokens) && strings.HasSuffix(tokens[k+1].fold, "ing"):
			k-- // "Florida began enforcing": the one who does it
		case tokens[k].fold == "to" && k-1 >= first && tokens[k-1].is(classRaising):
			k -= 2 // "Olsen was quick to stress"
		case tokens[k].is(classRaising) && k+1 < len(tokens) && tokens[k+1].fold == "to":
			k--
		case tokens[k].fold == "it" && k-1 >= first && (tokens[k-1].fold == "made" || tokens[k-1].fold == "makes" || tokens[k-1].fold == "make"):
			k -= 2 // "Hegseth made it clear"
		case k-2 >= first && isYear(tokens[k].fold) && tokens[k-1].is(classTime) && (tokens[k-2].fold == "in" || tokens[k-2].fold == "since" || tokens[k-2].fold == "until"):
			k -= 3 // "Macron, who in February 2024 refused"
		case k-1 >= first && tokens[k].is(classTime) && timeLeads[tokens[k-1].fold]:
			k -= 2 // "Macron on Tuesday repeated", "X last week said", "has for weeks argued"
		case k-2 >= first && tokens[k].is(classTime) && tokens[k-1].is(classTime) && timeLeads[tokens[k-2].fold]:
			k -= 3 // "Tusk on Friday evening underlined"
		case gapPhraseEndingAt(tokens, k, first) > 0:
			k -= gapPhraseEndingAt(tokens, k, first) // "Kallas had in contrast said"
		case outletAsideStart(tokens, k, first) >= 0:
			k = outletAsideStart(tokens, k, first) - 1 // "Stoltenberg for the agency AP told": a translation's word order
		case tokens[k].fold == ")":
			// "The Green Party (GP) also does not want": over the brackets.
			j := bracketOpening(tokens, k, 6)
			if j <= first {
				return k
			}
			k = j - 1
		case tokens[k].fold == ",":
			j := k - 1
			for j > first && j >= k-4 && tokens[j].word && !tokens[j].cap {
				j--
			}
			if j < k-1 && j >= first && tokens[j].fold == "," {
				k = j - 1 // ", by contrast,"
				continue
			}
			return k
		default:
			return k
		}
	}
	return k
}

// outletAsideStart is where a phrase naming the outlet spoken to opens
// when it ends at k, before the verb: "for the agency AP", "to the daily
// Pravda", or -1.
func outletAsideStart(tokens []token, k, first int) int {
	j := k
	for j > first && j > k-3 && tokens[j].cap && tokens[j].word {
		j--
	}
	if j == k || j-2 < first || !outletNouns[tokens[j].fold] || tokens[j-1].fold != "the" {
		return -1
	}
	if p := tokens[j-2].fold; p != "for" && p != "to" {
		return -1
	}
	return j - 2
}

// outletNouns say what kind of outlet a name is: "the agency AP".
var outletNouns = namedSet("outlet-nouns")

// stanceSubjects finds the subject just before the cue, with any actors
// coordinated with it ("the UK and France will send").
// overOwnAppositive moves k, inside a mention that took its appositive in
// ("Omar Haddad, a senator"), to that mention's end, when it ends before
// the cue: the gap skipped back over the appositive into the name.
func overOwnAppositive(k, cue int, endsAt mentionIndex) int {
	for j := k + 1; j < cue; j++ {
		if m := endsAt.at(j); m != nil && m.first <= k {
			return j
		}
	}
	return k
}

func stanceSubjects(tokens []token, first, cue int, mentions []*mention) []*mention {
	endsAt := make(mentionIndex, len(tokens))
	for _, m := range mentions {
		if (m.actor != nil || m.kind == pronounMention) && !m.place && !m.sender {
			endsAt[m.last] = m
		}
	}
	if joined := joinedIn(tokens, first, cue, endsAt); joined != nil {
		return joined
	}
	k := skipGap(tokens, cue-1, first)
	if k >= first && k >= 0 && endsAt.at(k) == nil {
		k = overOwnAppositive(k, cue, endsAt) // "Omar Haddad, a senator, ruled out": the gap skipped the name's own appositive
	}
	if j := unsureVerbBefore(tokens, first, cue); j >= 0 {
		k = skipGap(tokens, j-1, first) // "he cannot yet tell anyone whether": the one who cannot tell
	}
	if k > first && isDash(tokens[k].fold) {
		if list, ok := dashedList(tokens, first, k, endsAt); ok {
			return list // "Smaller states - Estonia, Belgium, Lithuania - have put their hands up"
		}
		if list := labelledLine(tokens, first, k, endsAt); list != nil {
			return list // "EDRi, Access Now, CDT Europe — against delaying": the line's label
		}
	}
	if j := partOfBefore(tokens, first, cue); j >= 0 {
		k = skipGap(tokens, j-1, first) // "Madrid will not be part of a coalition to postpone": Madrid
	}
	if w := wantedDoneBefore(tokens, first, cue); w >= 0 {
		k = skipGap(tokens, w-1, first) // "Stegner wants German participation ruled out": the one who wants it
	}
	if j := lightVerbBefore(tokens, first, cue); j >= 0 {
		k = skipGap(tokens, j-1, first) // "Denmark has shown interest in": over the verb that shows the noun
	}
	if tokens[cue].fold == "against" && k >= first && k >= 0 { // not "Against anyone sending troops" opening a line
		// "which has been leading street protests against the euro": the
		// protest is the verb's object, and its subject holds the stance.
		j := k
		if j > first && tokens[j-1].word && !tokens[j-1].cap && protestNouns[tokens[j].fold] {
			j-- // "street protests", "mass rallies"
		}
		if protestNouns[tokens[k].fold] && j-1 >= first && tokens[j-1].word && !tokens[j-1].cap && !protestNouns[tokens[j-1].fold] {
			k = skipGap(tokens, j-2, first)
		}
	}
	if before := endsAt.at(k); k >= first && (before == nil || isOrganisation(before)) && k+1 < cue && tokens[k+1].fold == "(" {
		// "Also the Left (Die Linke) rejects": the name in the brackets
		// skipGap stepped over, when the words before them name no one or
		// an organisation the brackets name more exactly.
		for e := k + 2; e < cue && e < k+8; e++ {
			if tokens[e].fold == ")" {
				if m := endsAt.at(e - 1); m != nil && m.first == k+2 && (before == nil || isOrganisation(m)) {
					return []*mention{m}
				}
				break
			}
		}
	}
	for k-1 >= first && k-1 >= 0 && (tokens[k].fold == "and" || tokens[k].fold == "or") && modalBefore(tokens[k-1].fold) {
		k = skipGap(tokens, k-2, first) // "Austria cannot and will not send": over the first modal to the subject
	}
	if k >= first-1 && k >= 0 && (tokens[k].fold == "but" || tokens[k].fold == "and") && k+1 < len(tokens) && (isGapWord(&tokens[k+1]) || pastVerbAt(tokens, k+1)) &&
		!(k > 0 && modalBefore(tokens[k-1].fold)) { // "Austria cannot and will not send": one group, Austria's
		// The second of two verbs: "Berg skipped the summit but is prepared to
		// send" (the clause starts after the "but"); inside a "that" clause,
		// that clause's subject: "Berg writes that Norway will assist with
		// funding but will not deploy soldiers".
		for j := k - 1; j > 0; j-- {
			if tokens[j].fold == "that" {
				at := j + 1
				if at < k && tokens[at].fold == "the" {
					at++
				}
				for e := at; e < k && e < at+6; e++ {
					if m := endsAt.at(e); m != nil && m.first == at && m.kind != pronounMention {
						return []*mention{m}
					}
				}
				break
			}
		}
		if m := sentenceSubject(tokens, endsAt, k); m != nil {
			return coordinatedAfter(tokens, m, endsAt, k)
		}
	}
	if k > first && strings.HasSuffix(tokens[cue].fold, "ing") && (tokens[k].is(classStatement) || documentNouns[tokens[k].fold]) {
		// "Schlein has tabled a motion calling on the government to
		// recognise": the motion's author, the sentence's subject.
		if m := sentenceSubject(tokens, endsAt, k); m != nil && m.kind != pronounMention && !m.possessive {
			return coordinatedAfter(tokens, m, endsAt, k)
		}
	}
	if tokens[cue].fold == "without" && cue > first {
		// "Italy will support the mission without sending troops": the
		// gerund's subject is the sentence's.
		if m := sentenceSubject(tokens, endsAt, cue); m != nil && m.kind != pronounMention {
			return coordinatedAfter(tokens, m, endsAt, cue)
		}
	}
	if k >= first && k > 0 && (tokens[k].fold == "," || tokens[k].fold == "and") && strings.HasSuffix(tokens[cue].fold, "ing") {
		// A participle after the main verb is the sentence subject's: "Spain,
		// Portugal and Ireland are at the same stage, weighing their choices
		// and waiting on Brussels".
		if m := sentenceSubject(tokens, endsAt, k); m != nil && m.kind != pronounMention {
			return coordinatedAfter(tokens, m, endsAt, k)
		}
	}
	if j := judgingParticipleBefore(tokens, first, cue); j > 0 {
		// "Paul Murphy went further, describing the concept of a Western
		// force as a recipe for a wider war": the one describing judges.
		if m := sentenceSubject(tokens, endsAt, j-1); m != nil && m.kind != pronounMention {
			return coordinatedAfter(tokens, m, endsAt, j-1)
		}
	}
	if k-2 >= first && (tokens[k].fold == "who" || tokens[k].fold == "which") && tokens[k-1].fold == "," {
		// A relative clause's verb is its antecedent's: "Britain and France,
		// which have offered troops, …", "Poland's president, who has long
		// opposed sending troops, …", even after "of": "without the
		// backing of Canada, which has declined to send".
		k -= 2
		if endsAt.at(k) == nil && k-1 >= first && (orgNouns[tokens[k].fold] || memberNouns[tokens[k].fold]) {
			if m := endsAt.at(k - 1); m != nil && m.kind == entityMention && m.entry != nil && m.entry.kind == model.Organisation {
				k-- // "The pro-Russian Vazrazhdane party, which has been leading protests": the party named before its noun
			}
		}
		if endsAt.at(k) == nil {
			// "Estonia, a country of 1.3 million, which has put …": over the
			// appositive to the name it describes.
			for j := k - 1; j > first && j >= k-7; j-- {
				if tokens[j].fold == "," {
					if a := tokens[j+1].fold; (a == "a" || a == "an" || a == "the") && endsAt.at(j-1) != nil {
						k = j - 1
					}
					break
				}
			}
		}
		if m := endsAt.at(k); m != nil && m.first >= first && !m.possessive {
			if head := overAgentPhrase(tokens, endsAt, m); head != m {
				if head == nil {
					return nil // "the group led by Britain and France, which": the group's, named by no actor
				}
				return []*mention{head} // "the coalition of the willing led by Britain and France, which is planning"
			}
			return append([]*mention{m}, coordinated(tokens, m, endsAt)...)
		}
	}
	if m := oneOfThoseTo(tokens, cue, endsAt); m != nil {
		return []*mention{m} // "Germany was one of only five member states to vote against"
	}
	if m := theOnlyOneThat(tokens, cue, endsAt); m != nil {
		return []*mention{m} // "The AfD is the only party in the Bundestag that rejects any ban"
	}
	if m := amongThose(tokens, cue, endsAt); m != nil {
		return []*mention{m} // "Greece is one of the few that have ruled out", "Portugal is not among the countries ready to"
	}
	if m := appositiveHead(tokens, cue, endsAt); m != nil {
		return append([]*mention{m}, coordinated(tokens, m, endsAt)...)
	}
	if k-3 >= first && whoseVoices[tokens[k].fold] && tokens[k-1].fold == "whose" && tokens[k-2].fold == "," {
		// "Macron and Starmer, whose governments have signed up to send
		// troops": the antecedent's stance.
		if m := endsAt.at(k - 3); m != nil && m.first >= first && !m.possessive {
			return append([]*mention{m}, coordinated(tokens, m, endsAt)...)
		}
	}
	if k-3 >= first && endsAt.at(k) == nil && tokens[k].is(classGroupNoun) && possessiveDet(tokens[k-1].fold) && tokens[k-2].fold == "and" {
		if o := endsAt.at(k - 3); o != nil && o.kind != pronounMention && !o.possessive {
			k -= 3 // "Britain and its allies are unlikely to send": Britain, with its unnamed allies
		}
	}
	m := endsAt.at(k) // "members of the alliance remain": the alliance is not the subject
	if m != nil && m.kind == entityMention && m.first > first+1 && m.first == m.last && (tokens[m.first-1].fold == "for" || tokens[m.first-1].fold == "to") && tokens[m.first-2].word && (!tokens[m.first-2].cap || endsAt.at(m.first-2) == nil) &&
		!voiceNouns[tokens[m.first-2].fold] && // "a spokesperson for Germany said": the voice speaks for it
		(m.last+1 >= len(tokens) || tokens[m.last+1].fold != "to") { // "relevant for Norway to send" is Norway's
		// "said troops for Ukraine were not on the table": the country the
		// troops are for is no subject.
		m = nil
	}
	if m == nil && k > first {
		m = possessorOf(tokens, k+1, endsAt) // "Macron's refusal to exclude troops": the refusal's owner
		if m != nil && m.first >= first {
			return append([]*mention{m}, coordinated(tokens, m, endsAt)...)
		}
	}
	if m == nil && k > first {
		if named := namedBeforeUnnamedConjunct(tokens, first, k, endsAt); named != nil {
			return named // "The Greens and the radical left voted against": the Greens
		}
	}
	if m == nil && k > first && tokens[k].is(classGroupNoun|classInstitution) && !tokens[k].cap && !strings.HasSuffix(tokens[k].fold, "s") {
		// one body ("The GroenLinks-PvdA alliance"), not its members ("some NATO and EU members")
		if o := endsAt.at(k - 1); o != nil && o.kind == entityMention && o.first >= first {
			return []*mention{o} // "The Green-Labour bloc supported sending troops"
		}
		if o := possessorOf(tokens, k, endsAt); o != nil && o.kind == entityMention && o.first >= first {
			return []*mention{o} // "Estonia's government has been careful not to rule out"
		}
	}
	if m == nil && k > first && tokens[k].fold == "," {
		// An appositive or an aside between subject and verb: "Germany's
		// chancellor, Friedrich Merz, has", "Meloni, speaking in Rome, said".
		if s := subjectBefore(tokens, k, endsAt); s != nil && s.first >= first {
			m = s
		}
	}
	if m == nil && k > first {
		if s := beforeWhereabouts(tokens, k, first, endsAt); s != nil {
			m = s // "The Greens in the Landtag oppose": the Greens, wherever they sit
		}
	}
	if m == nil && k >= first {
		// "Her cabinet went further, calling troops 'out of the question'":
		// the object of a participle after the main clause; the participle's
		// subject is the sentence's.
		if p := participleBefore(tokens, first, cue); p > first {
			if s := sentenceSubject(tokens, endsAt, p-1); s != nil && s.first >= first && !s.possessive {
				return append([]*mention{s}, coordinated(tokens, s, endsAt)...)
			}
		}
	}
	if m != nil {
		// "the Five Star Movement of Giuseppe Conte has asked": the party
		// the person leads, and the person.
		if o := partyLedBy(tokens, m, endsAt); o != nil && o.first >= first {
			return []*mention{o, m}
		}
		// "Geert Wilders' PVV remains against": the party and its leader.
		if m.kind == entityMention && m.entry != nil && m.entry.kind == model.Organisation && m.first-2 >= first &&
			(tokens[m.first-1].fold == "'s" || tokens[m.first-1].fold == "'") {
			if p := endsAt.at(m.first - 2); p != nil && p.kind == personMention {
				return []*mention{m, p}
			}
		}
	}
	if m != nil && m.first >= first+2 && m.kind == entityMention && (tokens[m.first-1].fold == "from" || tokens[m.first-1].fold == "of" ||
		tokens[m.first-1].fold == "the" && m.first >= first+3 && (tokens[m.first-2].fold == "from" || tokens[m.first-2].fold == "of")) {
		// "Anna Vogel from the Greens opposes": the person the phrase
		// describes is the subject, not the party after "from".
		prep := m.first - 1
		if tokens[prep].fold == "the" {
			prep--
		}
		if p := endsAt.at(prep - 1); p != nil && p.kind == personMention && p.first >= first {
			if m.entry != nil && m.entry.kind == model.Organisation {
				return []*mention{p, m} // "Ida Holm of the Green Party objected": she speaks for it
			}
			return []*mention{p}
		}
	}
	if m != nil && m.first >= 3 && beforeModifiers(tokens, m.first) >= 2 {
		// "Belgium stepped up pressure on the Commission to outlaw": the
		// one pressed is urged; the one pressing, the sentence's subject,
		// holds it.
		j := beforeModifiers(tokens, m.first)
		if tokens[j].fold == "the" && j >= 2 {
			j--
		}
		if tokens[j].fold == "on" && pressingNouns[tokens[j-1].fold] {
			if s := sentenceSubject(tokens, endsAt, j-1); s != nil && s != m && s.kind != pronounMention && !s.possessive {
				return append([]*mention{s}, coordinated(tokens, s, endsAt)...)
			}
			return nil
		}
	}
	if m != nil && m.first >= first+2 && m.kind == entityMention && tokens[m.first-1].fold == "in" && governingBodies[tokens[m.first-2].fold] {
		// "The government in Copenhagen has offered", "Governments in London
		// and Paris have drafted": the capitals' governments (governmentIn
		// kept them from being places).
		start := m.first
		for _, o := range coordinated(tokens, m, endsAt) {
			start = min(start, o.first)
		}
		if start >= first+2 && tokens[start-1].fold == "in" && governingBodies[tokens[start-2].fold] && !hypotheticalGovernment(tokens, start-2) {
			return append([]*mention{m}, coordinated(tokens, m, endsAt)...)
		}
	}
	if o := membersIn(tokens, first, k, endsAt); o != nil {
		return []*mention{o} // "I and my colleagues in the Greens/EFA group support": the group
	}
	if m != nil && m.kind == personMention && m.first-2 >= first && tokens[m.first-1].fold == "under" {
		// "Hungary under Viktor Orbán refuses": the country and the leader
		// it is under.
		if g := endsAt.at(m.first - 2); g != nil && g.kind == entityMention && g.entry != nil && g.entry.kind != model.Group && g.first >= first && !g.possessive {
			return []*mention{g, m} // "The Bundesbank under Joachim Nagel is a firm backer"
		}
	}
	if k < first || m == nil || m.possessive && !possessedPredicate(tokens, m.last+2) || m.first < first || m.first > 0 && (tokens[m.first-1].fold == "of" || tokens[m.first-1].is(classTelling) || urgedOne(tokens, m.first) ||
		notSubjectAfter[tokens[beforeModifiers(tokens, m.first)].fold] && m.kind != pronounMention) { // "Under UN, we are ready", "in Eastern Europe"
		return nil // nor is the one told: "Meloni tells Ukraine's allies no soldiers will go"
	}
	subjects := append([]*mention{m}, coordinated(tokens, m, endsAt)...)
	return subjects
}

var whoseVoices = namedSet("whose-voices")

// namedBeforeUnnamedConjunct reads a subject whose last conjunct names no
// actor ("The Greens and the radical left", "Poland and several smaller
// states"): the actors named before it hold the stance, when they open
// the clause. k is the subject's last word.
func namedBeforeUnnamedConjunct(tokens []token, first, k int, endsAt mentionIndex) []*mention {
	j := k
	for ; j > first && j >= k-5; j-- {
		t := &tokens[j]
		if t.fold == "and" {
			break
		}
		if !t.word || t.cap || endsAt.at(j) != nil || t.info != nil && t.is(classTelling) || auxiliaries[t.fold] || conjunctStops[t.fold] {
			return nil // not a plain noun phrase: "Poland and others said", "France and, later, Spain"
		}
	}
	if j == k || j <= first || tokens[j].fold != "and" {
		return nil
	}
	m := endsAt.at(j - 1)
	if m == nil || m.possessive || m.kind == pronounMention {
		return nil
	}
	subjects := append([]*mention{m}, coordinated(tokens, m, endsAt)...)
	opens := m.first
	for _, o := range subjects {
		opens = min(opens, o.first)
	}
	if o := possessorOf(tokens, opens, endsAt); o != nil {
		return nil // "Poland's president and his ministers": the conjuncts are someone's
	}
	if opens-first > 1 || opens-first == 1 && tokens[first].fold != "the" {
		return nil // the named ones must open the clause
	}
	return subjects
}

// conjunctStops end the plain noun phrase of an unnamed conjunct.
var conjunctStops = namedSet("conjunct-stops")

// optionFor is the government or body a judgement of the proposal as an
// option names after "for": "not an option for Norway", "out of the
// question for the Danish government".
func optionFor(tokens []token, c cue, last int, mentions []*mention) *mention {
	if c.stance != model.RulesOut && c.stance != model.Open || c.last+2 > last || tokens[c.last+1].fold != "for" {
		return nil
	}
	at := c.last + 2
	if tokens[at].fold == "the" {
		at++
	}
	for _, m := range mentions {
		if (m.first == at || m.first == c.last+2) && m.kind == entityMention && m.entry != nil && m.entry.kind != model.Group && m.actor != nil && !m.possessive {
			return m
		}
	}
	return nil
}

// labelledLine is the list of names that is all a line holds before the
// dash at k: "EDRi, Access Now, CDT Europe — against", "- KernD
// (nuclear technology association) – Says". Nil if other words stand
// there.
func labelledLine(tokens []token, first, k int, endsAt mentionIndex) []*mention {
	start := first
	for start < k && (bullets[tokens[start].fold] || tokens[start].fold == "**") {
		start++ // "- KernD …", "**RWE** –"
	}
	return namesBack(tokens, start, k, endsAt, true)
}

// leadsBody reports a role that leads a party or body, and no office of
// government: "co-leader", "chairman", "general secretary"; not "marshal"
// nor an MEP.
func leadsBody(role string) bool {
	lead := false
	for _, w := range strings.Fields(model.Fold(role)) {
		if governmentOffices[w] {
			return false
		}
		lead = lead || bodyLeaders[w]
	}
	return lead
}

var (
	bodyLeaders       = namedSet("body-leaders")
	governmentOffices = namedSet("government-offices")
)

// urgedOne reports a mention that is the object of a verb of asking
// before it, over its article: in "urged the European Commission to
// withdraw the proposal" the one urged holds nothing; the one urging does.
func urgedOne(tokens []token, first int) bool {
	k := first - 1
	if k > 0 && tokens[k].fold == "the" {
		k--
	}
	if k >= 1 && tokens[k].fold == "on" && callingVerbs[tokens[k-1].fold] {
		return true // "called on the Commission to withdraw it"
	}
	return k >= 0 && (tokens[k].is(classAsking) || tokens[k].is(classTelling) || urgingVerbs[tokens[k].fold]) && !tokens[k].cap
}

var (
	urgingVerbs  = namedSet("urging-verbs")
	callingVerbs = namedSet("calling-verbs")
)

func isOrganisation(m *mention) bool {
	return m.kind == entityMention && m.entry != nil && m.entry.kind == model.Organisation
}

// membersIn is the organisation of a subject that names its members in it,
// ending at k: "colleagues in the EPP group", "MEPs in the Left group".
func membersIn(tokens []token, first, k int, endsAt mentionIndex) *mention {
	if k < first || !memberBodyNouns[tokens[k].fold] && endsAt.at(k) == nil {
		return nil
	}
	end := k
	if memberBodyNouns[tokens[k].fold] && endsAt.at(k) == nil {
		end = k - 1
	}
	o := endsAt.at(end)
	if o == nil || o.kind != entityMention || o.entry == nil || o.entry.kind != model.Organisation || o.first-2 < first {
		return nil
	}
	j := o.first - 1
	if tokens[j].fold == "the" {
		j--
	}
	if j <= first || tokens[j].fold != "in" || !tokens[j-1].is(classGroupNoun) && !memberNouns[tokens[j-1].fold] && tokens[j-1].fold != "colleagues" {
		return nil
	}
	return o
}

// wantedDoneBefore is the "want" of "wants German participation ruled
// out", "wanted the plan dropped": a past participle cue whose object,
// up to four words of no verb, follows a verb of wanting; or -1.
func wantedDoneBefore(tokens []token, first, cue int) int {
	if !strings.HasSuffix(tokens[cue].fold, "ed") && tokens[cue].fold != "taken" {
		return -1
	}
	for j := cue - 1; j >= first && j >= cue-5; j-- {
		t := &tokens[j]
		if wantingVerbs[t.fold] {
			if j == cue-1 {
				return -1 // "wanted excluded": no object between
			}
			return j
		}
		if !t.word || t.is(classReporting) || auxiliaries[t.fold] || wantedObjectStops[t.fold] {
			return -1 // "wants more than the Commission proposed": a clause of its own
		}
	}
	return -1
}

var wantedObjectStops = namedSet("wanted-object-stops")

// askedOfWhether take "whether" after them, with its answer the
// subject's to give: "cannot tell anyone whether", "does not know if".
var askedOfWhether = namedSet("asked-of-whether")

// unsureVerbBefore is the verb of "cannot tell anyone whether", "does not
// know if" before a "whether" or "if" cue, up to two words between, or -1.
func unsureVerbBefore(tokens []token, first, cue int) int {
	if tokens[cue].fold != "whether" && tokens[cue].fold != "if" {
		return -1
	}
	for j := cue - 1; j >= first && j >= cue-3; j-- {
		if askedOfWhether[tokens[j].fold] {
			return j
		}
		if !tokens[j].word {
			return -1
		}
	}
	return -1
}

// dashedList is the list of names a pair of dashes sets off, the second
// dash at k: "Smaller states - Estonia, Belgium, Lithuania - have put
// their hands up". ok is false when no opening dash stands within reach;
// a list is nil when the aside names something else.
func dashedList(tokens []token, first, k int, endsAt mentionIndex) (list []*mention, ok bool) {
	for j := k - 1; j > first && j >= k-14; j-- {
		if isDash(tokens[j].fold) {
			return namesBack(tokens, j+1, k, endsAt, false), true
		}
	}
	return nil, false
}

// namesBack is the list of names that is all tokens[start:end] holds,
// over the commas, "and" and "&" between them, in order; nil if another
// word stands there or none is named. A label's may be people and have
// bracketed descriptions and Markdown's "**" ("KernD (nuclear technology
// association)"); a dashed aside's names only governments and bodies.
func namesBack(tokens []token, start, end int, endsAt mentionIndex, label bool) []*mention {
	var list []*mention
	for j := end - 1; j >= start; {
		switch f := tokens[j].fold; {
		case f == "," || f == "and" || f == "&":
			j--
			continue
		case label && f == "**":
			j--
			continue
		case label && f == ")":
			o := bracketOpening(tokens, j, j-start)
			if o < 0 {
				j = start - 1 // an unopened bracket ends the walk
				continue
			}
			j = o - 1
			continue
		}
		m := endsAt.at(j)
		if m == nil || m.first < start || (label && m.kind == pronounMention) || (!label && m.kind != entityMention) {
			return nil
		}
		list = append(list, m)
		j = m.first - 1
	}
	slices.Reverse(list)
	return list
}

// partOfBefore is the "part" of "be part of a coalition to" before an
// infinitive cue at cue, whose subject is the one who would be part; or -1.
func partOfBefore(tokens []token, first, cue int) int {
	if tokens[cue].fold != "to" && cue > 0 && tokens[cue-1].fold == "to" {
		cue-- // the cue at its verb, not at its "to"
	}
	if cue < first+3 || tokens[cue].fold != "to" {
		return -1
	}
	for j := cue - 1; j > first && j >= cue-5; j-- {
		if tokens[j].fold == "part" && tokens[j+1].fold == "of" {
			return j
		}
		if !tokens[j].word {
			return -1
		}
	}
	return -1
}

// aspectualVerbs before an -ing verb only time it: "began enforcing".
var aspectualVerbs = namedSet("aspectual-verbs")

// wantingVerbs take an object and its participle: "wants it ruled out".
var wantingVerbs = namedSet("wanting-verbs")

// beforeWhereabouts is the actor a phrase of place ending at k describes:
// "The Greens in the Landtag", "Socialists in the European Parliament",
// "the unions at Stellantis". The phrase is "in" or "at" and up to four
// capitalised words or "the"; the actor named right before it, not
// a pronoun, is the subject.
func beforeWhereabouts(tokens []token, k, first int, endsAt mentionIndex) *mention {
	if !tokens[k].cap {
		return nil // "following Brussels in the escalation": no place named
	}
	for j := k; j > first && j >= k-4; j-- {
		t := &tokens[j]
		if t.fold == "in" || t.fold == "at" {
			if j == k {
				return nil
			}
			if m := endsAt.at(j - 1); m != nil && (m.kind == personMention || m.kind == entityMention && m.entry != nil && m.entry.kind != model.Group) &&
				m.first >= first && !m.possessive {
				return m // not "Officials in Madrid": the capital's, which no one named holds
			}
			return nil
		}
		if !t.word || !t.cap && t.fold != "the" {
			return nil
		}
	}
	return nil
}

var (
	lightVerbs       = namedSet("light-verbs")
	lightDeterminers = namedSet("light-determiners")
)

// lightVerbBefore is the light verb right before a noun cue ("has shown
// interest", "voiced their readiness"), or -1.
func lightVerbBefore(tokens []token, first, cue int) int {
	j := cue - 1
	for n := 0; n < 2 && j >= first && lightDeterminers[tokens[j].fold]; n++ {
		j--
	}
	if j >= first && j < cue && lightVerbs[tokens[j].fold] {
		return j
	}
	return -1
}

// protestNouns before "against" are what their verb's subject leads or
// joins against something: "has been leading street protests against".
var protestNouns = namedSet("protest-nouns")

// hypotheticalGovernment reports a government at k that is not the one in
// office: "a Conservative government in Cardiff would repeal the levy".
func hypotheticalGovernment(tokens []token, k int) bool {
	j := k - 1
	for j >= 0 && tokens[j].word && tokens[j].cap && !tokens[j].is(classStopCapital) {
		j-- // "a Labour-led government": over the party
	}
	return j >= 0 && (tokens[j].fold == "a" || tokens[j].fold == "an" || tokens[j].fold == "any" || tokens[j].fold == "future" || tokens[j].fold == "next")
}

// ledParticiples join a group to those who lead it: "the coalition of the
// willing led by Britain and France".
var ledParticiples = namedSet("led-participles")

// withLeaders adds to a group holding a stance those its phrase names as
// leading it, and to those leaders the group ("the coalition, led by
// Britain and France, has been planning"; "a coalition led by Britain and
// France would draw up a plan"): the leaders speak for it.
func withLeaders(tokens []token, subjects []*mention, endsAt mentionIndex, cue int) []*mention {
	if len(subjects) == 0 {
		return subjects
	}
	s := subjects[0]
	k := s.last + 1
	if k < len(tokens) && tokens[k].fold == "," {
		k++
	}
	if k+2 < cue && ledParticiples[tokens[k].fold] && tokens[k+1].fold == "by" {
		for e := k + 2; e < cue && e < k+6; e++ {
			if m := endsAt.at(e); m != nil && m.first == k+2 && m.kind == entityMention {
				return append(subjects, coordinatedAfter(tokens, m, endsAt, cue)...)
			}
		}
	}
	listFirst := s.first
	for _, o := range subjects {
		listFirst = min(listFirst, o.first)
	}
	if listFirst >= 3 && ledParticiples[tokens[listFirst-2].fold] {
		if head := overAgentPhrase(tokens, endsAt, s); head != nil && head != s && !slices.Contains(subjects, head) {
			return append(subjects, head) // the phrase's group, after its leaders
		}
	}
	return subjects
}

// embeddedQuestion open a clause that asks rather than states.
var embeddedQuestion = map[string]bool{"what": true, "whether": true, "how": true, "why": true, "if": true}

// pressingNouns put pressure on the one after "on" to act: "pressure on
// the Commission to outlaw", "calls on Berlin to send".
var pressingNouns = map[string]bool{"pressure": true, "call": true, "calls": true, "demands": true}

// documentNouns are what someone tables or signs, whose participle says
// what they ask: "a motion calling on", "a letter urging".
var documentNouns = namedSet("document-nouns")

// oneOfThoseTo is X in "X was one of (only five member states) to" right
// before the cue, or nil.
func oneOfThoseTo(tokens []token, cue int, endsAt mentionIndex) *mention {
	if cue >= 0 && cue < len(tokens) && tokens[cue].fold == "to" {
		cue++ // the cue's verb group opens with its "to"
	}
	if cue < 1 || tokens[cue-1].fold != "to" {
		return nil
	}
	for j := cue - 2; j >= max(2, cue-9); j-- { // the clause may start after the copula
		if !tokens[j].word {
			return nil
		}
		if tokens[j].fold == "of" && tokens[j-1].fold == "one" {
			k := j - 2
			if k >= 0 && (tokens[k].fold == "is" || tokens[k].fold == "was" || tokens[k].fold == "became" || tokens[k].fold == "remains") {
				if m := endsAt.at(k - 1); m != nil && !m.possessive {
					return m
				}
			}
			return nil
		}
	}
	return nil
}

// joinedIn reads "Belgium joined France and Britain in offering troops":
// the one who joined and those joined all hold what the gerund says.
func joinedIn(tokens []token, first, cue int, endsAt mentionIndex) []*mention {
	if cue-2 < first || tokens[cue-1].fold != "in" || !strings.HasSuffix(tokens[cue].fold, "ing") {
		return nil
	}
	joinedOnes := endsAt.at(cue - 2)
	if joinedOnes == nil {
		return nil
	}
	head, list := joinedOnes, []*mention{joinedOnes}
	for { // back over "France and Britain", "France, Britain and Italy"
		j := head.first - 1
		if j < first || tokens[j].fold != "and" && tokens[j].fold != "," {
			break
		}
		prev := endsAt.at(j - 1)
		if prev == nil {
			break
		}
		head = prev
		list = append(list, prev)
	}
	v := head.first - 1
	if v-1 < first || tokens[v].fold != "joined" && tokens[v].fold != "joins" && tokens[v].fold != "join" {
		return nil
	}
	subject := endsAt.at(skipGap(tokens, v-1, first))
	if subject == nil || subject.possessive {
		return nil
	}
	return append([]*mention{subject}, list...)
}

// amongThose is the subject of "X is one of the few that have ruled out"
// or "X is not among the countries ready to send": the group described
// names no one of its own between.
func amongThose(tokens []token, cue int, endsAt mentionIndex) *mention {
	for j := cue - 1; j >= max(2, cue-8); j-- {
		if !tokens[j].word || endsAt.at(j) != nil {
			return nil
		}
		k := -1
		switch {
		case tokens[j].fold == "of" && tokens[j-1].fold == "one":
			k = j - 2
		case tokens[j].fold == "among":
			k = j - 1
		}
		if k < 0 {
			continue
		}
		if tokens[k].fold == "not" && k > 0 {
			k-- // "is not among": the negation is read with the cue
		}
		if copulaForms[tokens[k].fold] {
			if m := endsAt.at(k - 1); m != nil && !m.possessive && m.kind != pronounMention {
				return m
			}
		}
		return nil
	}
	return nil
}

// copulaForms link a subject to what it is among: "Greece is one of the
// few that", "The AfD is the only party that".
var copulaForms = map[string]bool{"is": true, "was": true, "are": true, "were": true, "remains": true, "became": true}

// theOnlyOneThat is the subject of "X is the only (first, last) N … that
// VERB" whose relative clause holds the cue: "The AfD is the only party in
// the Bundestag that rejects", "Estonia was the first country to offer".
func theOnlyOneThat(tokens []token, cue int, endsAt mentionIndex) *mention {
	k := skipGap(tokens, cue-1, 0)
	if k < 4 {
		return nil
	}
	if f := tokens[k].fold; f != "that" && f != "who" && f != "which" && f != "to" {
		return nil
	}
	for j := k - 1; j >= 2 && j >= k-8; j-- {
		if !tokens[j].word {
			return nil
		}
		if (tokens[j].fold == "only" || tokens[j].fold == "first" || tokens[j].fold == "last") && tokens[j-1].fold == "the" {
			if copulaForms[tokens[j-2].fold] {
				if m := endsAt.at(j - 3); m != nil && !m.possessive && m.kind != pronounMention {
					return m
				}
			}
			return nil
		}
	}
	return nil
}

// appositiveHead is the mention an appositive noun phrase opening at a
// comma before the cue describes: "France, the main backer of the duties,"
// and "France and Spain, among the most consistent backers of scanning,".
func appositiveHead(tokens []token, cue int, endsAt mentionIndex) *mention {
	for j := cue - 1; j >= max(1, cue-5); j-- { // the appositive may be a clause of its own, after its head's
		if tokens[j].fold == "," {
			if j == cue-1 {
				return nil
			}
			if m := endsAt.at(j - 1); m != nil && !m.possessive {
				return m
			}
			return nil
		}
		if !appositiveWords[tokens[j].fold] && !strings.HasSuffix(tokens[j].fold, "est") {
			return nil
		}
	}
	return nil
}

// appositiveWords may open an appositive before its noun: "the main", "among
// the most consistent", "one of the".
var appositiveWords = namedSet("appositive-words")

// pastVerbAt reports a lower-case word in -ed at k: the second verb of
// "did not sign the declaration but endorsed the framework".
func pastVerbAt(tokens []token, k int) bool {
	t := &tokens[k]
	return t.word && !t.cap && strings.HasSuffix(t.fold, "ed") && len(t.fold) > 4
}

// isYear reports a four-digit year from 1900 to 2099.
func isYear(fold string) bool {
	return len(fold) == 4 && (fold[:2] == "19" || fold[:2] == "20") && fold[2] >= '0' && fold[2] <= '9' && fold[3] >= '0' && fold[3] <= '9'
}

// modalBefore reports a word that ends a first modal of two joined ones
// ("cannot and will not", "could and should").
func modalBefore(fold string) bool {
	return modalsAndNegators[fold] || strings.HasSuffix(fold, "n't")
}

var modalsAndNegators = namedSet("modals-and-negators")

// timeLeads open a phrase of time that may stand between a subject and its
// verb, or after the verb of saying: "Macron on Tuesday repeated", "has for
// weeks argued", "said last week".
var timeLeads = namedSet("time-leads")

// senders are the actors whose troops a clause is about: "U.S. troops",
// "troops from Spain, Greece and Italy", "on the part of Canada or the
// EU", "under a UN flag".
type sender struct {
	ref *actorRef
	at  int // the token that names it
}

func senders(tokens []token, first, last int, mentions []*mention) []sender {
	startsAt := make(mentionIndex, len(tokens))
	var out []sender
	for _, m := range mentions {
		if m.actor == nil || m.first < first || m.last > last {
			continue
		}
		startsAt[m.first] = m
		if m.sender {
			out = append(out, sender{m.actor, m.first})
		}
		if m.kind == entityMention && m.last+1 <= last && (tokens[m.last+1].fold == "auspices" || tokens[m.last+1].fold == "flag" || tokens[m.last+1].fold == "command") && m.first > 0 && tokens[m.first-1].fold == "under" {
			out = append(out, sender{m.actor, m.first})
		}
	}
	list := func(k int) {
		for k <= last {
			m := startsAt.at(k)
			if m == nil && tokens[k].fold == "the" {
				k++
				continue
			}
			if m == nil {
				return
			}
			out = append(out, sender{m.actor, m.first})
			k = m.last + 1
			for k <= last && (tokens[k].fold == "," || tokens[k].fold == "and" || tokens[k].fold == "or") {
				k++
			}
		}
	}
	for k := first; k <= last; k++ {
		switch {
		case tokens[k].is(classTroopHead) && k+1 <= last && tokens[k+1].fold == "from":
			list(k + 2)
		case tokens[k].fold == "part" && k >= 2 && tokens[k-1].fold == "the" && tokens[k-2].fold == "on" && k+1 <= last && tokens[k+1].fold == "of":
			list(k + 2)
		}
	}
	return out
}

// notSubjectAfter are prepositions whose object is no stance's subject
// ("Under the UN, we are ready", "From Stockholm, the prime minister
// said"); "for" is left out: "For the AfD, no
// soldier should be sent" is the AfD's.
var notSubjectAfter = namedSet("not-subject-after")

// participleBefore finds ", V-ing" opening the stretch before the cue at
// cue, with no verb of saying or "that" after it: the cue is inside the
// participle's clause. It returns the comma's index, or -1.
func participleBefore(tokens []token, first, cue int) int {
	for k := cue - 1; k > first && k >= cue-10; k-- {
		switch {
		case tokens[k].fold == "that" || tokens[k].is(classReporting) && !strings.HasSuffix(tokens[k].fold, "ing"):
			return -1
		case strings.HasSuffix(tokens[k].fold, "ing") && len(tokens[k].fold) > 4 && tokens[k-1].fold == ",":
			return k - 1
		}
	}
	return -1
}

// possessedPredicate reports a noun at k that carries a stance for its
// owner: "Macron's refusal to exclude", "Berlin's readiness to send".
func possessedPredicate(tokens []token, k int) bool {
	if k >= len(tokens) {
		return false
	}
	return possessedPredicates[tokens[k].fold]
}

var possessedPredicates = namedSet("possessed-predicates")

// beforeModifiers is the token before a mention and the capitalised
// compass words that may open its phrase ("in Eastern Europe").
func beforeModifiers(tokens []token, first int) int {
	k := first - 1
	for k > 0 && compassWords[tokens[k].fold] {
		k--
	}
	return max(k, 0)
}

var compassWords = namedSet("compass-words")

// memberNouns after a party's name make the party the subject: "the PiS
// faction", "the SPD parliamentary group".
var memberNouns = namedSet("member-nouns")

// soleSubject is the subject opening the sentence, with those coordinated
// with it, when no other actor is named between it and the cue at: the one
// whose verb chain the cue ends ("Hummelgaard, the justice minister, had
// spent the summer insisting that …"), when no closer route found a holder.
func (a *analyzer) soleSubject(tokens []token, at int) []*mention {
	m := sentenceSubject(tokens, a.endsAt, at)
	if m == nil || m.actor == nil || m.kind == pronounMention || m.possessive || m.place || m.sender {
		return nil
	}
	subjects := coordinatedAfter(tokens, m, a.endsAt, at)
	end := subjects[len(subjects)-1].last
	for end+1 < at && memberNouns[tokens[end+1].fold] && m.entry != nil && m.entry.kind == model.Organisation {
		end++ // "The PiS faction supports", "The Greens' parliamentary group": the party's own
	}
	if next := end + 1; next < at && !verbChainStart(tokens, next) {
		return nil // "The Biden administration ruled out", "Berlin summit: Europeans back": a modifier, not the subject
	}
	for k := end + 1; k < at; k++ {
		if o := a.endsAt.at(k); o != nil && o.actor != nil && !o.place && !inRelativeClause(tokens, o.first) && !bracketedAfter(tokens, end, o) && !slices.ContainsFunc(subjects, func(s *mention) bool { return s.actor.key == o.actor.key }) {
			return nil // another actor named between ("The Federation … (FCD), which …, has": the same one)
		}
		if embeddedQuestion[tokens[k].fold] && !(tokens[k].fold == "if" && k+1 < at && tokens[k+1].fold == "not") {
			return nil // "has not spelled out what the backstop would involve": asked, not held; "politically if not yet legally" asks nothing
		}
	}
	return subjects
}

// judgingParticipleBefore finds ", describing" (", calling", ",
// branding") opening the stretch before the cue at cue, with no clause
// between: the judgement the participle makes is the sentence subject's.
func judgingParticipleBefore(tokens []token, first, cue int) int {
	for j := cue - 1; j > first && j >= cue-14; j-- {
		t := &tokens[j]
		if t.fold == ";" || t.fold == ":" || t.quoteMark != 0 {
			return -1
		}
		if judgingParticiples[t.fold] && tokens[j-1].fold == "," {
			return j
		}
	}
	return -1
}

// judgingParticiples call something what it is judged to be.
var judgingParticiples = namedSet("judging-participles")

// bracketOpening is the "(" that opens the bracket closed by the ")" at
// close, at most reach tokens before it, or -1.
func bracketOpening(tokens []token, close, reach int) int {
	if close < 0 || close >= len(tokens) || tokens[close].fold != ")" {
		return -1
	}
	for o := close - 1; o >= 0 && o >= close-reach; o-- {
		if tokens[o].fold == "(" {
			return o
		}
	}
	return -1
}

// bracketClosing is the ")" that closes the bracket opened by the "(" at
// open, at most reach tokens after it, or -1.
func bracketClosing(tokens []token, open, reach int) int {
	if open < 0 || open >= len(tokens) || tokens[open].fold != "(" {
		return -1
	}
	for c := open + 1; c < len(tokens) && c <= open+reach; c++ {
		if tokens[c].fold == ")" {
			return c
		}
	}
	return -1
}

// bracketedAfter reports a mention in brackets right after the subject
// that ends at end: "Hendrik Streeck (CDU), a critic of it," names his
// party, not a second holder.
func bracketedAfter(tokens []token, end int, o *mention) bool {
	return o.first == end+2 && tokens[end+1].fold == "(" && o.last+1 < len(tokens) && tokens[o.last+1].fold == ")"
}

// verbChainStart reports whether token k can follow a subject: a comma or
// bracket opening an aside, an auxiliary or adverb, or a verb ("backs",
// "ruled").
func verbChainStart(tokens []token, k int) bool {
	t := &tokens[k]
	if !t.word {
		return t.fold == "," || t.fold == "("
	}
	return !t.cap && (isGapWord(t) || pastVerbAt(tokens, k) || strings.HasSuffix(t.fold, "s") && !strings.HasSuffix(t.fold, "ss"))
}

// subjectInMatch is the subject a frame's own words hold, for frames that
// name the proposal before their verb: the one after "which" or "that" ("a
// handling fee, which the Commission wants"), after a stance noun ("a
// position Peskov repeated"), or after a closing "so do" ("and so do the
// Greens"); with those coordinated with it.
func (a *analyzer) subjectInMatch(tokens []token, at, end, last int) []*mention {
	opensAt := func(k int) *mention {
		for j := k; j <= last && j <= k+1; j++ { // "the European Commission" may open with its "the"
			if m := a.startsAt.at(j); m != nil && m.actor != nil && !m.place && !m.possessive && (m.kind == personMention || m.kind == entityMention) {
				return m // not "the Prime Minister's Office": a role may stand for someone named long before
			}
			if tokens[j].fold != "the" {
				break
			}
		}
		return nil
	}
	var m *mention
	switch tokens[end].fold {
	case "of", "from":
		// "had the full support of the Free Democrats": the ones after "of";
		// "Sharp criticism came from the Greens".
		if o := opensAt(end + 1); o != nil {
			return coordinatedAfter(tokens, o, a.endsAt, last+1)
		}
		return nil
	case "do", "does", "did", "is", "are", "was", "were", "has", "have", "had":
		// "and so do the Liberals and the Greens": the actors named after it,
		// before the clause ends.
		var after []*mention
		for k := end + 1; k <= last && k <= end+8 && tokens[k].fold != "," && tokens[k].fold != "."; k++ {
			if m := opensAt(k); m != nil && m.first >= k {
				after = append(after, m)
				k = m.last
			}
		}
		return after
	}
	for k := at; k < end && m == nil; k++ {
		if f := tokens[k].fold; f == "which" || f == "that" || f == "by" || heldNouns[f] {
			if o := opensAt(k + 1); o != nil && o.last < end {
				m = o
			} else if f == "by" && k+3 < end && groupHeads[tokens[k+2].fold] && tokens[k+3].fold == "of" {
				if o := opensAt(k + 4); o != nil && o.last < end {
					m = o // "signed by the leaders of Britain and France"
				}
			}
		}
	}
	if m == nil {
		return nil
	}
	return coordinatedAfter(tokens, m, a.endsAt, end)
}

// indefiniteSubjects are no one in particular: what they do is no one's stance.
var indefiniteSubjects = map[string]bool{"anyone": true, "anybody": true, "someone": true, "somebody": true, "whoever": true, "those": true}

// groupHeads lead the ones a "by" names: "signed by the leaders of".
var groupHeads = map[string]bool{"leaders": true, "heads": true, "governments": true, "presidents": true, "ministers": true}

// heldNouns name a stance a subject after them holds: "a position Peskov
// repeated".
var heldNouns = map[string]bool{"position": true, "view": true, "line": true, "stance": true, "message": true, "warning": true}

// quotedFragment reports a quote that opens after the sentence's first
// word and closes before its end: a phrase the sentence's subject is
// quoted with ('Anna Berg denounces "an irresponsible escalation"'), not
// a speech whose speaker may be named later.
func quotedFragment(tokens []token, at int) bool {
	q := tokens[at].quote
	open, closed := -1, false
	for k := range tokens {
		if tokens[k].quote != q {
			continue
		}
		if tokens[k].quoteMark == quoteOpening && open < 0 {
			open = k
		}
		if tokens[k].quoteMark == quoteClosing && open >= 0 {
			closed = true
		}
	}
	// A quote after a colon is speech ("Asked about soldiers: “We don't
	// exclude it.”"), not a phrase quoted, unless a name labels it
	// ("Kyiv: “Russia does not decide”"): then it is no earlier speaker's.
	return open > firstWord(tokens) && closed && (tokens[open-1].text != ":" || open >= 2 && tokens[open-2].cap)
}

// speakersOwnRole reads a role named alone inside a quote ("the
// president", "the government") as the speaker's own country's when the
// article's latest holder of that role is another country's: the
// government the speaker speaks for, or nil to keep ref.
func (a *analyzer) speakersOwnRole(tokens []token, m *mention, ref, sp *actorRef) *actorRef {
	if m.kind != roleMention || m.nation != nil || tokens[m.first].quote == 0 || sp == nil || sp.person == nil || ref == nil || ref.key == sp.key {
		return nil
	}
	own, theirs := sp.nation(), ref.nation()
	if own == nil || theirs == nil || own == theirs || own.kind != model.Government {
		return nil
	}
	return entityRef(own)
}

// quotesOwnBody reports '"The SDP will not give its votes for …," said
// Hajdaš Dončić': a person whose own quote has a national party or body
// as its subject, and whose party the article does not give otherwise,
// speaks its line.
func (a *analyzer) quotesOwnBody(tokens []token, m *mention, ref, sp *actorRef) bool {
	if sp.person == nil || ref.entry == nil || ref.entry.kind != model.Organisation || a.lex.international[ref.entry.name] || tokens[m.first].quote == 0 {
		return false
	}
	return a.partyOf(sp.person) == nil
}

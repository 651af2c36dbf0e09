package loader

import (
	"slices"
	"strings"

	"standpoint/model"
)

// Round-ups open a paragraph with the countries it is about and nothing
// else ("Romania, Croatia and Greece." or "Belgium: Defence Minister …"),
// then state their positions with "All four", "Both" or a minister the
// article gives no country. readLeadIn reads such an opening; the holders of
// the paragraph's cues fall back on it.

// readLeadIn returns the governments and organisations a sentence opens with
// when nothing but their names, after a few opening words ("Some reaction
// from"), stands before its end or a colon; nil otherwise. A capital is a dateline ("Berlin."), not a lead-in.
func (a *analyzer) readLeadIn(tokens []token, mentions []*mention) []*actorRef {
	var out []*actorRef
	k := 0
	for k < len(tokens) && k < 2 && bullets[tokens[k].fold] {
		k++ // "- Slovakia: …", "• Slovakia: …"
	}
	for k < len(tokens) && k < 6 && leadInOpeners[tokens[k].fold] {
		k++ // "Some reaction from Luxembourg.", "Over to Sofia:", "Now to Spain."
	}
	for k < len(tokens) {
		t := &tokens[k]
		switch {
		case t.fold == ":" || t.fold == "." || t.fold == "|" || isDash(t.fold):
			if len(out) == 0 || t.fold == "." && k != len(tokens)-1 && tokens[k+1].word {
				return nil
			}
			return out // "Romania, Croatia and Greece.", "Belgium: …", "Czech Republic - The government …"
		case t.fold == "," || t.fold == "and" || t.fold == "&" || t.fold == "the" && mentionStarting(mentions, k) == nil || t.fold == "*" || t.fold == "**": // "The Netherlands" may start with its article
			k++ // "**Slovakia** - …" in a page without Markdown
			continue
		case t.fold == "(" && len(out) > 0:
			// "Slovakia (Robert Fico): …": over the aside to the colon.
			j := k + 1
			for j < len(tokens) && j < k+8 && tokens[j].fold != ")" {
				j++
			}
			if j >= len(tokens) || tokens[j].fold != ")" {
				return nil
			}
			k = j + 1
			continue
		}
		m := mentionStarting(mentions, k)
		if m == nil || m.actor == nil || m.entry == nil || m.kind != entityMention || m.entry.kind == model.Group || a.namedByCapital(tokens[k].fold, m.entry) {
			return nil
		}
		out = append(out, m.actor)
		k = m.last + 1
	}
	return nil // no end: a line of names only is a heading, not a lead-in
}

// leadInOpeners may open a lead-in before its names, as live blogs write
// them; bullets may open it in a list.
var leadInOpeners = namedSet("lead-in-openers")

var bullets = map[string]bool{"-": true, "–": true, "—": true, "•": true, "*": true, "·": true, ">": true, "▪": true}

// mentionStarting is the mention that opens at token k, if any.
func mentionStarting(mentions []*mention, k int) *mention {
	for _, m := range mentions {
		if m.first == k {
			return m
		}
	}
	return nil
}

// leadInHolders are the paragraph's lead-in countries as holders of a cue
// whose holders name no government: one with no holder ("All five have
// ruled out deploying soldiers"), a bloc standing for them ("Both Baltic
// states", which they replace: drop), and a minister whose country the
// article does not say ("Defence Minister Theo Francken has offered
// soldiers" under "Belgium.").
func (a *analyzer) leadInHolders(out []holder) (extra []holder, drop *entry) {
	if len(a.leadIn) == 0 {
		return nil, nil
	}
	if len(out) == 0 {
		if a.leadInIsSection {
			return nil, nil // a section's paragraphs name others too: "The resistance comes from the far left"
		}
		for _, r := range a.leadIn {
			extra = append(extra, holder{ref: r, route: "the country the paragraph opens with"})
		}
		return extra, nil
	}
	for _, h := range out {
		switch {
		case h.ref.entry != nil && h.ref.entry.kind == model.Group && len(a.leadIn) > 1:
			drop = h.ref.entry
			for _, r := range a.leadIn {
				extra = append(extra, holder{ref: r, route: "the country the paragraph opens with, for " + h.ref.entry.name})
			}
		case h.ref.person != nil && h.ref.person.nation == nil && len(a.leadIn) == 1 && a.leadIn[0].entry.kind == model.Government && a.governmentVoiced(h.ref) == nil &&
			(!a.leadInIsSection || a.governmentRole(h.ref.person)): // under a section's label, "ACT leader David Seymour" speaks for his party
			extra = append(extra, holder{ref: a.leadIn[0], route: "the country the paragraph opens with, which " + h.ref.person.name + " speaks for"})
		case h.ref.person != nil && len(a.leadIn) == 1 && a.leadIn[0].entry.kind == model.Organisation && !a.leadInIsSection &&
			(h.ref.person.nation == nil || h.ref.person.nation == a.leadIn[0].entry) && a.governmentVoiced(h.ref) == nil:
			// "- Rassemblement National: Jordan Bardella repeats that …": the
			// party a line opens with, which its leader speaks for.
			extra = append(extra, holder{ref: a.leadIn[0], route: "the party the paragraph opens with, which " + h.ref.person.name + " speaks for"})
		}
	}
	return extra, drop
}

// namedByCapital reports a word that names a country only as its capital.
func (a *analyzer) namedByCapital(fold string, e *entry) bool {
	for _, h := range a.lex.aliases[fold] {
		if h.entry == e && !h.capital {
			return false
		}
	}
	return true
}

// officeRole reports a role that holds a government office ("Federal
// Interior Minister"), not a party's or a former one.
func (a *analyzer) officeRole(role string) bool {
	found := false
	for _, w := range strings.Fields(model.Fold(role)) {
		if partyWords[w] || w == "leader" {
			return false
		}
		found = found || a.lex.wordIs(w, classRoleHead)
	}
	return found
}

// governmentRole reports a person whose roles in the article are a
// government's ("Defence Minister", "the prime minister"), not a party's.
func (a *analyzer) governmentRole(p *person) bool {
	roles := a.rolesHere[p]
	if len(roles) == 0 {
		roles = p.roles
	}
	return len(roles) > 0 && !slices.ContainsFunc(roles, func(r string) bool { return !a.officeRole(r) })
}

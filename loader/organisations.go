package loader

import (
	"strings"
	"unicode"

	"standpoint/model"
)

// Organisations the gazetteer does not know (companies, unions, business
// lobbies) are actors in many debates: "the carmaker BMW", "the VDA auto
// industry association", "BMW's chief executive". An article names one
// first with such a noun; after that its bare name is a mention too. Only
// these contexts count, so that an outlet that "reported" is no actor.

// orgNouns name what kind of organisation the name beside them is.
var orgNouns = namedSet("org-nouns")

// appositionOpeners open an apposition that may say what a name is.
var appositionOpeners = namedSet("apposition-openers")

// orgHeads after "X's" make X an organisation: "BMW's chief executive".
var orgHeads = namedSet("org-heads")

// findOrganisations finds the sentence's unknown organisations, and the
// ones the article has named before.
func (f *finder) findOrganisations(hits []*gazHit) []*mention {
	var found []*mention
	lastOrg := -1 // where the latest organisation found here ends
	for i := 0; i < len(f.tokens); i++ {
		if f.taken[i] || hits[i] != nil || !f.orgWord(i) && !f.firstNameOpensBody(i) {
			continue
		}
		end := i
		for end+1 < len(f.tokens) && end-i < 5 && !f.taken[end+1] && hits[end+1] == nil {
			if f.orgWord(end+1) && end-i < 2 {
				end++
				continue
			}
			if j := end + 2; j < len(f.tokens) && orgNameConnectors[f.fold(end+1)] {
				if f.fold(j) == "the" {
					j++ // "Friends at the End"
				}
				if j < len(f.tokens) && !f.taken[j] && hits[j] == nil && f.orgWord(j) && f.tokens[j].word {
					end = j // "Dignity in Dying": a name over a small word
					continue
				}
			}
			break
		}
		company := f.companyWordAt(end + 1)
		if company {
			end++ // "Harbour Energy said": a company's name
		} else {
			company = end > i && companyWords[f.tokens[end].fold] // "Mistral AI", its company word read into the run
		}
		phraseEnd, ok := f.orgContext(i, end)
		ok = ok || company || f.listedWithOrg(i, end, hits, lastOrg)
		if !ok && f.orgs == nil {
			i = end
			continue // most runs: no noun says what they are, and the article has named none before
		}
		e := f.orgs[f.foldRun(i, end)]
		if e == nil && !ok {
			i = end
			continue
		}
		if e == nil {
			e = f.orgEntry(i, end)
		}
		m := f.newMention(mention{kind: entityMention, first: i, last: max(end, phraseEnd), entry: e, surface: f.surface(i, end)})
		f.take(m.first, m.last)
		found = append(found, m)
		i, lastOrg = m.last, m.last
	}
	return found
}

// listedWithOrg reports a capitalised run [first, last] in a list beside
// an organisation ("Iberdrola, Endesa and Naturgy"): the one before it
// (known, or found just before at lastOrg) or the known one after it.
func (f *finder) listedWithOrg(first, last int, hits []*gazHit, lastOrg int) bool {
	isOrg := func(h *gazHit) bool {
		return h != nil && !h.demonym && !h.capital && h.entry.kind == model.Organisation
	}
	if j := first - 1; j > 0 && listJoins[f.fold(j)] {
		if j-1 == lastOrg || isOrg(f.hitEndingAt(hits, j-1)) {
			return f.lex.genders[f.tokens[first].fold] == 0 // not a person's first name
		}
	}
	if j := last + 1; j+1 < len(f.tokens) && listJoins[f.fold(j)] {
		k := j + 1
		if f.fold(k) == "the" && k+1 < len(f.tokens) {
			k++
		}
		return isOrg(hits[k]) && f.lex.genders[f.tokens[first].fold] == 0
	}
	return false
}

// listJoins join the members of a list.
var listJoins = map[string]bool{",": true, "and": true, "or": true, "&": true}

// firstNameOpensBody reports a first name that opens a capitalised run
// closed by an organisation noun: "the Vardan Unity party", a party's
// name, not a person's.
func (f *finder) firstNameOpensBody(i int) bool {
	t := &f.tokens[i]
	if !t.word || !t.cap || f.lex.genders[t.fold] == 0 {
		return false
	}
	j := i + 1
	for j < len(f.tokens) && j <= i+3 && f.tokens[j].cap && f.tokens[j].word {
		j++
	}
	return j > i+1 && j < len(f.tokens) && !f.tokens[j].cap && orgNouns[f.tokens[j].fold]
}

// orgNameConnectors may join the capitalised words of an unknown
// organisation's name: "Dignity in Dying", "Friends at the End".
var orgNameConnectors = namedSet("org-name-connectors")

// companyWords close a company's name: "Harbour Energy", "Loke Marine
// Minerals".
var companyWords = namedSet("company-words")

// companyWordAt reports a capitalised company word at k that ends the
// capitalised run, not taken by a name: "Harbour Energy said", not
// "Harbour Energy Week" nor "the Department of Energy".
func (f *finder) companyWordAt(k int) bool {
	if k >= len(f.tokens) || f.taken[k] || !f.tokens[k].cap || !companyWords[f.tokens[k].fold] {
		return false
	}
	return k+1 >= len(f.tokens) || !(f.tokens[k+1].cap && f.tokens[k+1].word)
}

// orgWord reports a capitalised word that may be part of an
// organisation's name: no title, no word that opens sentences, no outlet.
func (f *finder) orgWord(i int) bool {
	t := &f.tokens[i]
	return t.word && t.cap && len(t.fold) > 1 && !t.is(classTitle|classStopCapital|classSource|classReporting|classInstitution|classTime|classPlace) &&
		f.lex.genders[t.fold] == 0 && !orgNouns[t.fold] && !orgHeads[t.fold]
}

// orgContext reports the nouns around a name that make it an
// organisation ("carmaker BMW", "the VDA auto industry association",
// "BMW's chief executive"), and where a noun phrase the name opens ends
// ("association"), which the mention covers as a subject.
func (f *finder) orgContext(first, last int) (int, bool) {
	if first == last && (f.acronymBody(first) || f.openingNameSays(first)) {
		return last, true
	}
	if first > 0 && orgNouns[f.fold(first-1)] && !f.tokens[first-1].cap {
		return last, true
	}
	if f.appositiveOrgNoun(last) {
		return last, true // "Unison, the largest public sector union, said"
	}
	if f.fold(first-1) == "the" && f.fold(last+1) == "(" && last+3 < len(f.tokens) && f.tokens[last+2].allCaps && f.fold(last+3) == ")" {
		return last, true // "The Deutsche Umwelthilfe (DUH) spoke of": a body and its short name
	}
	for k := last + 1; k < len(f.tokens) && k <= last+4; k++ {
		t := &f.tokens[k]
		if t.word && !t.cap && orgNouns[t.fold] {
			if k+1 < len(f.tokens) && f.tokens[k+1].word && f.tokens[k+1].cap {
				break // "Digital rights organisation EDRi": the noun is EDRi's
			}
			return k, true // "the VDA car lobby"
		}
		if !t.word || t.cap || t.is(classReporting|classGap|classStopCapital) || f.isVerb(k) {
			break // "Rufián said that his group": a verb between, no name of a group
		}
	}
	if orgLeaders[f.fold(last+1)] && !f.tokens[last+1].cap && last+2 < len(f.tokens) && f.tokens[last+2].cap && f.tokens[last+2].word && f.lex.genders[f.tokens[last+2].fold] != 0 {
		return last, true // "Confcommercio president Carlo Sangalli": a first name after its leader's title
	}
	return last, f.fold(last+1) == "'s" && orgHeads[f.fold(last+2)]
}

// appositiveOrgNoun reports an apposition after the name that says what
// kind of organisation it is: ", the largest public sector union,", ", a
// civil liberties group.".
func (f *finder) appositiveOrgNoun(last int) bool {
	if f.fold(last+1) != "," || !appositionOpeners[f.fold(last+2)] {
		return false
	}
	for k := last + 3; k < len(f.tokens) && k <= last+8; k++ {
		t := &f.tokens[k]
		if !t.word || t.cap || f.isVerb(k) || t.is(classReporting|classGap) {
			return false
		}
		if orgNouns[t.fold] {
			next := f.fold(k + 1)
			return next == "," || next == "." || next == ")" || k+1 >= len(f.tokens) ||
				strings.HasSuffix(next, "ing") || next == "that" || next == "which" || next == "whose" || next == "based" // ", a start-up developing a reactor,"
		}
	}
	return false
}

// orgOpeningRole is the organisation an unknown name opening a role
// stands for, when a leader's title follows it ("Confcommercio president",
// "Corvanta Chief Executive"), with the name's last token.
func (f *finder) orgOpeningRole(first, last int, hits []*gazHit) (*entry, int) {
	end := first
	for end < last && end-first < 2 && hits[end] == nil && f.orgWord(end) && f.orgWord(end+1) {
		end++
	}
	if hits[end] != nil || !f.orgWord(end) || end+1 > last || !f.leaderTitleAt(end+1) {
		return nil, 0
	}
	if roleOpeners[f.fold(first)] || roleOpeners[f.fold(end)] && first == end || demonymShaped(f.fold(end)) {
		return nil, 0 // "Former president", "Party leader", "Uruguayan president": no name of a body ("Communist Party leader" is one)
	}
	return f.orgEntry(first, end), end
}

// orgEntry is the article's organisation named by tokens [first, last],
// made the first time: its folded words key it, and so do its initials
// ("the British Medical Association" goes on as "the BMA").
func (f *finder) orgEntry(first, last int) *entry {
	key := f.foldRun(first, last)
	if e := f.orgs[key]; e != nil {
		return e
	}
	if f.orgs == nil {
		f.orgs = map[string]*entry{}
	}
	e := &entry{kind: model.Organisation, name: f.surface(first, last)}
	e.ref = &actorRef{key: "o:" + key, entry: e}
	f.orgs[key] = e
	if a := f.initials(first, last); len(a) >= 3 && f.orgs[a] == nil {
		f.orgs[a] = e
	}
	return e
}

// roleOpeners qualify a title ("Former president") and name no body.
var roleOpeners = namedSet("role-openers")

// demonymShaped reports a word shaped like a nationality the gazetteer may
// not know ("Uruguayan", "Maltese", "Kurdish").
func demonymShaped(w string) bool {
	return strings.HasSuffix(w, "an") || strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "ish")
}

// orgLeaders are the titles of an organisation's heads and voices.
var orgLeaders = namedSet("org-leaders")

// foldRun is the folded words of tokens [first, last], space-joined.
func (f *finder) foldRun(first, last int) string {
	var b strings.Builder
	for k := first; k <= last; k++ {
		if k > first {
			b.WriteByte(' ')
		}
		b.WriteString(f.tokens[k].fold)
	}
	return b.String()
}

// partyAround finds the party a clause around a name gives its person:
// "Sahra Vogt, whose BSW party …", "From the Confederation, Jan Bosak
// wrote", "Jan Bosak (PiS)", "Isamaa's Urmas Reinsalu". Only an
// organisation the gazetteer knows.
func (f *finder) partyAround(first, last int, hits []*gazHit) *entry {
	party := func(h *gazHit) *entry {
		if h != nil && !h.demonym && h.entry.kind == model.Organisation {
			return h.entry
		}
		return nil
	}
	if f.fold(last+1) == "(" && last+2 < len(hits) {
		// "Mariusz Blaszczak (PiS) said"
		if e := party(hits[last+2]); e != nil && f.fold(hits[last+2].last+1) == ")" {
			return e
		}
	}
	if first >= 2 && f.fold(first-1) == "'s" {
		// "Isamaa's Urmas Reinsalu backed it"
		if e := party(f.hitEndingAt(hits, first-2)); e != nil {
			return e
		}
	}
	if f.fold(last+1) == "," && f.fold(last+2) == "whose" && last+3 < len(hits) {
		if e := party(hits[last+3]); e != nil {
			if after := hits[last+3].last + 1; f.fold(after) == "party" || f.fold(after) == "(" || after < len(f.tokens) && !f.tokens[after].cap && (f.isVerb(after) || auxiliaries[f.fold(after)] || strings.HasSuffix(f.fold(after), "ed")) {
				return e // "whose BSW party …", "whose Party for Freedom (PVV) lost ground"
			}
		}
	}
	if f.fold(last+1) == "," && f.fold(last+2) == "who" && leadingVerbs[f.fold(last+3)] {
		// "Valerie Hayer, who chairs the Renew Europe group, said"
		k := last + 4
		if f.fold(k) == "the" {
			k++
		}
		if k < len(hits) {
			if e := party(hits[k]); e != nil {
				return e
			}
		}
	}
	if j := last + 1; (f.fold(j) == "of" || f.fold(j) == "from") && j+2 < len(hits) {
		// "Yaroslav Sheremet of the European Solidarity party said": a
		// party named as such (not "Ida Holm of Oslo").
		k := j + 1
		if f.fold(k) == "the" {
			k++
		}
		if h := hits[k]; h != nil && party(h) != nil && (f.fold(h.last+1) == "party" || f.fold(h.last) == "party") {
			return h.entry
		}
	}
	if f.fold(first-1) != "," {
		return nil
	}
	g := f.hitEndingAt(hits, first-2)
	if g == nil {
		return nil
	}
	k := g.first - 1
	if f.fold(k) == "the" {
		k--
	}
	if f.fold(k) == "from" && (k == 0 || !f.tokens[k-1].word) {
		return party(g)
	}
	return nil
}

// leadingVerbs in "X, who leads the P" give X the party or body P.
var leadingVerbs = namedSet("leading-verbs")

// bodyHeads are the capitalised nouns that make a run of capitalised words
// the name of a body: "the British Heart Foundation", "the Royal College
// of Physicians", "the UK Vaping Industry Association".
var bodyHeads = namedSet("body-heads")

// bankPlaces before "Bank" name a place by a river: "the West Bank".
var bankPlaces = namedSet("bank-places")

// localBodyHeads name a local or national body after one word of its own:
// "Highland Council", "Cornwall Council".
var localBodyHeads = namedSet("local-body-heads")

// stateBodyWords open the names of a state's own councils ("Security
// Council", "Supreme Council"), which speak for it as institutions do.
var stateBodyWords = namedSet("state-body-words")

// bodyConnectors may stand between the capitalised words of a body's
// name: "Action on Smoking and Health", "Institute of Economic Affairs".
var bodyConnectors = map[string]bool{"of": true, "for": true, "and": true, "on": true, "the": true, "&": true, "+": true}

// findNamedBodies finds the bodies a run of capitalised words names by its
// head noun ("Association", "Foundation", "College"), which the gazetteer
// does not know, and takes their tokens, so that the people pass does not
// read "Vaping Industry Association" as a person.
func (f *finder) findNamedBodies(hits []*gazHit) []*mention {
	if !f.anyBodyHead() {
		return nil // most sentences: no head, no body
	}
	var found []*mention
	for i := 0; i < len(f.tokens); i++ {
		if f.taken[i] || !f.bodyWord(i) {
			continue
		}
		end, head := i, -1
		for k := i; k < len(f.tokens) && k-i < 8; k++ {
			switch {
			case f.tokens[k].cap && f.tokens[k].fold == "government" && k > i && !inHit(hits, k-1):
				end, head = k, k // "the Scottish Government", "the Flemish Government": a region's, the gazetteer's countries aside
				continue
			case (k >= i+2 || k == i+1 && localBodyHeads[f.tokens[k].fold] && !stateBodyWords[f.tokens[i].fold]) && bodyHeads[f.tokens[k].fold] && f.tokens[k].cap && f.is(k, classInstitution) && !anyHitIn(hits, i, k):
				end, head = k, k // "the Natural Resources Defense Council", "the Nuclear Regulatory Commission": a body, no country's institution
				continue
			case k == i+1 && hits[i] != nil && hits[i].demonym && hits[i].last == i && bodyHeads[f.tokens[k].fold] && f.tokens[k].cap && f.is(k, classInstitution) &&
				(f.fold(k+1) == "for" || f.fold(k+1) == "on") && k+2 < len(f.tokens) && f.bodyPart(k+2, i):
				end, head = k, k // "the Irish Council for Civil Liberties": a body of its own, not Ireland's council
				hits[i] = nil
				continue
			case f.bodyPart(k, i):
				end = k
				if bodyHeads[f.tokens[k].fold] && (!inHit(hits, k) || f.headOpensLongerName(hits, k) || f.headClosesLongerName(hits, i, k)) {
					head = k
				}
				continue
			case (bodyConnectors[f.tokens[k].fold] || f.tokens[k].fold == "'") && k+1 < len(f.tokens) && f.bodyPart(k+1, i):
				continue // "Action on Smoking", "Teachers' Union of Ireland"
			}
			break
		}
		first := i
		if first+1 < end && inHit(hits, first) && f.tokens[first+1].fold == "the" {
			first++ // "(In) Copenhagen the Red-Green Alliance": the place is no part of the name
		}
		if f.tokens[first].fold == "the" {
			first++
		}
		if head < 0 || end == first || f.tokens[end].fold == "the" || f.tokens[head].allCaps {
			i = end
			continue // no head, a head alone ("Council"), or a masthead in capitals ("CONTINENTAL NEWS AGENCY")
		}
		if f.tokens[head].fold == "bank" && head == first+1 && bankPlaces[f.tokens[first].fold] {
			i = end
			continue // "the West Bank", "the South Bank": a place by a river, no bank
		}
		if f.headClosesLongerName(hits, first, head) {
			hits[head] = nil // "the Recruitment and Employment Confederation" is no party "Confederation"
		}
		if f.headOpensLongerName(hits, head) {
			for k := max(0, first-1); k <= head; k++ {
				if h := hits[k]; h != nil && h.last == head {
					hits[k] = nil // the longer name wins: "the Confederation of Icelandic Enterprise" is no party "Confederation"
				}
			}
		}
		e := f.orgEntry(first, end)
		found = append(found, f.newMention(mention{kind: entityMention, first: first, last: end, entry: e, surface: f.surface(first, end)}))
		f.take(first, end)
		if a := f.bracketedShortName(end); a != "" && f.orgs[a] == nil {
			// "The German Trade Association (HDE) warned … Later, HDE said":
			// the short name the article gives it names it from then on.
			f.orgs[a] = e
			f.take(end+1, end+3)
			end += 3
		}
		i = end
	}
	return found
}

// initials are the folded first letters of a body's capitalised words,
// the acronym articles go on with ("Royal College of Physicians": "rcp").
func (f *finder) initials(first, last int) string {
	var b []byte
	for k := first; k <= last; k++ {
		if t := &f.tokens[k]; t.word && t.cap && t.fold != "" {
			b = append(b, t.fold[0])
		}
	}
	return string(b)
}

// anyBodyHead reports a capitalised body head in the sentence.
func (f *finder) anyBodyHead() bool {
	for i := range f.tokens {
		if t := &f.tokens[i]; t.cap && len(t.fold) >= 4 && (bodyHeads[t.fold] || t.fold == "government") {
			return true
		}
	}
	return false
}

// bodyPart reports a word at k of a body's name that opens at i: a body
// word, or a title after "of" or "for" ("the National Association of Head
// Teachers").
func (f *finder) bodyPart(k, i int) bool {
	return f.bodyWord(k) || k > i && (f.fold(k-1) == "of" || f.fold(k-1) == "for") && f.tokens[k].cap && f.tokens[k].is(classTitle)
}

// bodyWord reports a capitalised word that may be part of a body's name:
// no title ("President"; a portfolio such as "Health" is one), institution
// of a government ("Ministry"), verb of saying, word that opens sentences
// ("While the Union") or "Washington-based".
func (f *finder) bodyWord(i int) bool {
	t := &f.tokens[i]
	return t.word && t.cap && (!t.is(classTitle) || t.is(classTitleModifier)) && !t.is(classReporting|classInstitution|classStopCapital) && !strings.HasSuffix(t.fold, "-based")
}

// anyHitIn reports a gazetteer hit on a token of [first, last].
func anyHitIn(hits []*gazHit, first, last int) bool {
	for k := first; k <= last; k++ {
		if inHit(hits, k) {
			return true
		}
	}
	return false
}

// inHit reports a token inside a gazetteer hit.
func inHit(hits []*gazHit, k int) bool {
	for h := max(0, k-8); h <= k && h < len(hits); h++ {
		if g := hits[h]; g != nil && g.first <= k && k <= g.last {
			return true
		}
	}
	return false
}

// acronymBody reports an unknown acronym that the words around it make an
// organisation: a leader's title after it ("CEOE president", "UGT general
// secretary", "Rengo's president"), "the" before it and a verb after it
// ("The OPZZ supports", "the CBI says", "The STUC, …, called"), or a
// leader's title and "of" before it ("chair of BSRB"). Unions, employers'
// federations and parties are often named so, in translations above all.
func (f *finder) acronymBody(i int) bool {
	t := &f.tokens[i]
	if !t.allCaps || len(t.fold) > 7 || nonBodyAcronyms[t.fold] || !isAcronym(strings.ReplaceAll(t.text, "-", "")) {
		return false
	}
	next := f.fold(i + 1)
	if next == "'s" {
		next = f.fold(i + 2)
		return orgLeaders[next] || orgHeads[next] || next == "leader"
	}
	if i+1 < len(f.tokens) && !f.tokens[i+1].cap && f.leaderTitleAt(i+1) {
		return true
	}
	if next == "," && (f.fold(i+2) == "the" || f.fold(i+2) == "a" || f.fold(i+2) == "an") {
		for k := i + 3; k < len(f.tokens) && k <= i+6; k++ {
			if orgNouns[f.fold(k)] {
				return true // "TAP, the national carrier, …", "EEB, a green lobby group"
			}
			if !f.tokens[k].word && f.fold(k) != "'" && f.fold(k) != "’" {
				break // not over "the farmers' union"
			}
		}
	}
	if i > 0 && f.fold(i-1) == "the" && !f.tokens[i-1].allCaps && i+1 < len(f.tokens) { // not a heading in capitals: "THE WILLING, WITH CONDITIONS"
		n := &f.tokens[i+1]
		if next == "," || n.is(classReporting) || auxiliaries[next] || f.lex.frames.Opens(next) || next == "does" || next == "did" || next == "wants" {
			return true
		}
	}
	if i == firstWord(f.tokens) && i+1 < len(f.tokens) {
		// "EKRE has said it is against it", "PVV said": an acronym opening
		// the sentence as the one who speaks ("AFP reported" is an outlet's).
		k := i + 1
		if auxiliaries[f.fold(k)] {
			k++
		}
		if k < len(f.tokens) && f.tokens[k].word && !f.tokens[k].cap && f.tokens[k].is(classReporting) && !outletVerbs[f.fold(k)] {
			return true
		}
		if v := f.fold(i + 1); f.tokens[i+1].word && !f.tokens[i+1].cap && f.lex.frames.Opens(v) && (strings.HasSuffix(v, "s") || strings.HasSuffix(v, "ed")) {
			return true // "FNSEA opposes the deal", "EKRE rejected it": a predicate of its own
		}
	}
	return i > 1 && f.fold(i-1) == "of" && orgLeaders[f.fold(i-2)]
}

// nonBodyAcronyms are capitals that name no organisation: measures,
// units, time zones, titles.
var nonBodyAcronyms = namedSet("non-body-acronyms")

// leaderTitleAt reports a leader's title at k: "president", "boss", or
// "general secretary", as unions name theirs.
func (f *finder) leaderTitleAt(k int) bool {
	return orgLeaders[f.fold(k)] || f.fold(k) == "general" && f.fold(k+1) == "secretary"
}

// headOpensLongerName reports a body head that the gazetteer knows alone
// as a one-word name ("Confederation", a Polish party) but that here opens
// a longer one with "of" ("the Confederation of Icelandic Enterprise").
func (f *finder) headOpensLongerName(hits []*gazHit, k int) bool {
	h := hits[k]
	if h == nil && k > 0 && hits[k-1] != nil && hits[k-1].last == k && f.fold(k-1) == "the" {
		h = hits[k-1] // "the Confederation"
	}
	return h != nil && h.last == k && f.fold(k+1) == "of" && k+2 < len(f.tokens) && f.tokens[k+2].cap && f.tokens[k+2].word
}

// headClosesLongerName reports a head that the gazetteer knows as a
// one-word name ("Confederation") closing a longer name whose words it
// does not know: "the Recruitment and Employment Confederation".
func (f *finder) headClosesLongerName(hits []*gazHit, first, k int) bool {
	h := hits[k]
	if h == nil || h.last != k || k == first {
		return false
	}
	for j := first; j < k; j++ {
		if inHit(hits, j) {
			return false
		}
	}
	return f.tokens[first].cap && f.tokens[first].fold != "the"
}

// bracketedShortName is the short name in brackets right after a body's
// name ending at end ("(HDE)", "(vzbv)"), folded, or "".
func (f *finder) bracketedShortName(end int) string {
	if end+3 >= len(f.tokens) || f.fold(end+1) != "(" || f.fold(end+3) != ")" {
		return ""
	}
	t := &f.tokens[end+2]
	if !t.word || len(t.fold) < 2 || len(t.fold) > 10 || f.lex.genders[t.fold] != 0 {
		return ""
	}
	return t.fold
}

// openingNameSays reports an unknown one-word name that opens its sentence
// and says or does something at once: "Ecolo says it is ready", "Volt
// wants the age lowered". A person is named with a first name or a title,
// and a plural noun ("Critics say", "Officials said") is no name.
func (f *finder) openingNameSays(i int) bool {
	t := &f.tokens[i]
	camel := camelCase(t.text) // "CyberSafeKids", "NetChoice": no common noun is written so
	if i != firstWord(f.tokens) || i+1 >= len(f.tokens) || len(t.fold) < 3 || t.allCaps ||
		!camel && (strings.HasSuffix(t.fold, "s") || hasCommonSuffix(t.fold)) || t.is(classGroupNoun|classTime|classPlace) || f.lex.genders[t.fold] != 0 ||
		openingNonNames[t.fold] || f.lex.frames.Opens(t.fold) ||
		f.people != nil && f.people.lookup(t.text) != nil { // "Ryle says": a person the corpus names in full
		return false
	}
	n := &f.tokens[i+1]
	if n.word && !n.cap && n.is(classReporting) && !outletVerbs[n.fold] {
		return true // "Legambiente said", "Codacons warns"; "Meridian reported" is an outlet's
	}
	if n.fold == "," && f.appositiveThenSays(i+2) {
		return true // "Unionplast, which represents plastics processors, said"
	}
	return n.word && !n.cap && f.lex.frames.Opens(n.fold) && strings.HasSuffix(n.fold, "s") // "Ecolo wants the levy"
}

// camelCase reports a word with a capital letter after a small one:
// "NetChoice", "InternetNZ", a name's spelling, never a common noun's.
func camelCase(w string) bool {
	lower := false
	for _, r := range w {
		switch {
		case unicode.IsLower(r):
			lower = true
		case unicode.IsUpper(r) && lower:
			return true
		}
	}
	return false
}

// outletVerbs are what outlets do with news, not what actors say.
var outletVerbs = namedSet("outlet-verbs")

// openingNonNames open sentences as subjects and name no one: "Nothing
// changes", "Everyone agrees".
var openingNonNames = namedSet("opening-non-names")

// hasCommonSuffix reports a word shaped like a common noun or a
// comparative, which names no organisation: "Prohibition", "Smaller".
func hasCommonSuffix(fold string) bool { return hasAnySuffix(fold, commonNounSuffixes) }

var commonNounSuffixes = []string{"tion", "sion", "ity", "ness", "ment", "ship", "ance", "ence", "er", "ism", "ing", "ly"}

// hasAnySuffix reports a word ending in one of suffixes.
func hasAnySuffix(w string, suffixes []string) bool {
	for _, suffix := range suffixes {
		if strings.HasSuffix(w, suffix) {
			return true
		}
	}
	return false
}

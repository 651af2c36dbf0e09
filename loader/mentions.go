package loader

import (
	"slices"
	"strings"
	"unicode"

	"standpoint/loader/dates"
	"standpoint/model"
)

type mentionKind int

const (
	entityMention  mentionKind = iota // a government, organisation or group
	personMention                     // a named person
	roleMention                       // a person named by role only: "the French president"
	pronounMention                    // he, she
)

// mention is a reference to a possible actor in one sentence, over tokens
// [first, last].
type mention struct {
	kind          mentionKind
	first, last   int
	entry         *entry      // entityMention: what it names
	name          string      // personMention: the name as written, without title
	role          string      // personMention, roleMention: the role as written
	nation        *entry      // the country or organisation the role belongs to
	party         *entry      // personMention: the party a clause gives them ("X, whose P party"; "From P, X said")
	nationSurface string      // the nation's name as the role writes it ("AfD" in "AfD co-chairman"), if it is no demonym
	place         bool        // a place used as a place ("in Paris"): not an actor here
	military      bool        // entityMention: the country's army or command ("the Latvian army"), no alias of its government
	sender        bool        // the country whose troops these are ("U.S. troops")
	possessive    bool        // followed by 's
	nationOf      bool        // pronounMention: "his government", the person's nation
	partyOf       bool        // pronounMention: "her party", the party the person speaks for
	weak          bool        // pronounMention "it"/"we": stands only for a speaker's country
	bound         bool        // pronounMention "it" given the government its own sentence named before it
	plural        bool        // pronounMention "they": the sentence's list of subjects
	orgRef        bool        // pronounMention "the group", "the union": the organisation just named
	itSays        bool        // orgRef: "It says" opening a sentence after one that named a body
	govRef        bool        // with orgRef, "its government": the country just named
	sameSentence  bool        // with govRef, "the government": named in its own sentence only
	group         []*actorRef // plural: who "they" are, if the sentence opens with them
	surface       string      // the words as written, kept as an alias
	actor         *actorRef
}

var nameParticles = namedSet("name-particles")

// orgReferences after "the" refer to the organisation just named: "the
// group", "the union".
var orgReferences = namedSet("org-references")

// governmentModifiers stand between "the" and "government" or "cabinet"
// without naming another one: "the caretaker cabinet".
var governmentModifiers = namedSet("government-modifiers")

func isGapWord(t *token) bool {
	return t.word && (t.is(classGap) || !t.cap && strings.HasSuffix(t.fold, "ly") && len(t.fold) > 3)
}

// finder finds mentions in the tokens of one sentence.
type finder struct {
	lex        *lexicon
	people     *personIndex
	tokens     []token
	taken      []bool // tokens already part of a mention
	peopleOnly bool   // the first pass needs named people only
	masthead   bool   // the tokens are the page's first line, where an outlet's name opens it ("TASR - …")
	// Scratch reused from sentence to sentence.
	orgs       map[string]*entry // organisations the article has named that the gazetteer does not know (organisations.go)
	outlet     string            // the article's outlet, folded: never an actor
	hitBuf     []*gazHit
	gazBuf     []gazHit
	mentionBuf []mention // the sentence's mentions: none outlives it
}

// is reports whether token i is a word of one of the classes.
func (f *finder) is(i int, c wordClass) bool {
	return i >= 0 && i < len(f.tokens) && f.tokens[i].is(c)
}

func (f *finder) isTitle(i int) bool {
	return i >= 0 && i < len(f.tokens) && f.tokens[i].word && (f.tokens[i].is(classTitle) || f.hyphenTitle(i))
}

// titleAfterName is the last token of a lowercase title right after the
// name ending at last ("Makuron president", "Kihara Minoru chief cabinet
// secretary"), or last when there is none; a capitalised word after the
// title makes it the next name's ("the Japan foreign minister Iwaya said").
func (f *finder) titleAfterName(last int) int {
	end := last // the title's last word so far
	for k := last + 1; k < len(f.tokens) && k <= last+4; k++ {
		t := &f.tokens[k]
		if !t.word || t.cap {
			break
		}
		if f.isTitle(k) && !f.is(k, classTitleModifier) {
			if strings.HasSuffix(t.fold, "s") && !strings.HasSuffix(t.fold, "ss") {
				return last // "Sports ministers from Poland": many, no one's title
			}
			end = k
			continue
		}
		if !f.is(k, classTitleModifier) && !titleInfixes[t.fold] {
			break // no word of a title
		}
	}
	if end+1 < len(f.tokens) && f.tokens[end+1].cap && f.tokens[end+1].word {
		return last
	}
	return end
}

// seatHolders stand before "for" and the seat they hold ("the member for
// Islington North").
var seatHolders = namedSet("seat-holders")

// titleInfixes may stand inside a title after a name: "chief cabinet secretary".
var titleInfixes = namedSet("title-infixes")

// hyphenTitle reports a word that joins a body to a title with a hyphen,
// as German-style translations write it: "vzbv-head", "AfD-chairwoman".
func (f *finder) hyphenTitle(i int) bool {
	fold := f.tokens[i].fold
	j := strings.LastIndexByte(fold, '-')
	if j <= 0 || j >= len(fold)-1 || !f.lex.wordIs(fold[j+1:], classTitle) || f.lex.wordIs(fold[j+1:], classTitleModifier) {
		return false
	}
	prefix := fold[:j]
	return !f.lex.wordIs(prefix, classTitle|classTitleModifier) && prefix != "co" && prefix != "ex" // not "prime-minister", "co-chair": titles of their own
}

func (f *finder) isWord(i int) bool { return i >= 0 && i < len(f.tokens) && f.tokens[i].word }

func (f *finder) fold(i int) string {
	if i < 0 || i >= len(f.tokens) {
		return ""
	}
	return f.tokens[i].fold
}

func (f *finder) surface(first, last int) string {
	var b strings.Builder
	for i := first; i <= last; i++ {
		t := &f.tokens[i]
		if i > first && t.start > f.tokens[i-1].end {
			b.WriteByte(' ')
		}
		b.WriteString(t.text)
	}
	return b.String()
}

// gazetteerHits returns the longest gazetteer match starting at each token.
func (f *finder) gazetteerHits() []*gazHit {
	hits := clear0(f.hitBuf, len(f.tokens))
	f.hitBuf, f.gazBuf = hits, f.gazBuf[:0]
	for i := range f.tokens {
		if !f.tokens[i].word {
			continue
		}
		var best *gazHit
		if info := f.tokens[i].info; info != nil {
			var longer []aliasHit
			if i+1 < len(f.tokens) {
				longer = info.longer[f.tokens[i+1].fold]
			}
			best = f.bestAlias(i, longer, nil)
			best = f.bestAlias(i, info.single, best)
		}
		if best == nil {
			best = f.compoundHit(i)
		}
		if best != nil && best.capital && f.capitalOpensName(best.last+1) {
			best = nil // "Copenhagen Atomics, a start-up": a name that opens with a city, not its government
		}
		hits[i] = best
	}
	// Of two overlapping names the longer wins: "the Union for a Free
	// Bohemia" is UFB, not "the Union".
	for i, h := range hits {
		if h == nil {
			continue
		}
		for j := i + 1; j <= h.last && j < len(hits); j++ {
			if o := hits[j]; o != nil && o.last > h.last && o.last-o.first > h.last-h.first {
				hits[i] = nil
				break
			}
		}
	}
	return hits
}

// capitalOpensName reports a capitalised word at k, after a capital, that
// carries the city into a name of its own: no title, no word of saying,
// no known name, no time word.
func (f *finder) capitalOpensName(k int) bool {
	if k >= len(f.tokens) {
		return false
	}
	t := &f.tokens[k]
	return t.word && t.cap && !t.allCaps && !t.is(classTitle|classTitleModifier|classReporting|classTime|classStopCapital|classSource|classPlace) &&
		t.info == nil && f.lex.genders[t.fold] == 0
}

// bestAlias returns the longest alias of hits (sorted longest first) that
// the tokens at i spell, or best if it is longer.
func (f *finder) bestAlias(i int, hits []aliasHit, best *gazHit) *gazHit {
	for _, h := range hits {
		n := len(h.words)
		if best != nil && n < best.last-best.first+1 {
			break
		}
		if i+n > len(f.tokens) || !f.aliasFits(i, h.words) {
			continue
		}
		// Of two readings of the same words, a name beats an adjective ("U.S.").
		if best == nil || best.demonym && !h.demonym {
			best = f.newHit(gazHit{aliasHit: h, first: i, last: i + n - 1})
		}
	}
	return best
}

// compoundHit finds a one-word name that opens a hyphenated word
// ("NATO-led", "UN-mandated"): the word names it, as a modifier.
func (f *finder) compoundHit(i int) *gazHit {
	t := &f.tokens[i]
	cut := strings.IndexByte(t.text, '-') // most words have none: the cheapest test first
	if cut <= 0 {
		return nil
	}
	headToken := newToken(t.text[:cut], t.start, true, nil)
	for _, h := range f.lex.aliases[headToken.fold] {
		if len(h.words) == 1 && !h.demonym {
			a := h.words[0]
			if !(a.allCaps && !headToken.allCaps || a.cap && !headToken.cap) {
				return f.newHit(gazHit{aliasHit: h, first: i, last: i, compound: true})
			}
		}
	}
	return nil
}

// newMention keeps m in the finder's scratch, like newHit.
func (f *finder) newMention(m mention) *mention {
	f.mentionBuf = append(f.mentionBuf, m)
	return &f.mentionBuf[len(f.mentionBuf)-1]
}

// newHit keeps h in the finder's scratch. A pointer into it stays valid
// when the scratch grows: the old array lives on while pointed to.
func (f *finder) newHit(h gazHit) *gazHit {
	f.gazBuf = append(f.gazBuf, h)
	return &f.gazBuf[len(f.gazBuf)-1]
}

// clear0 returns s resized to n zero values, reusing its array.
func clear0[S ~[]E, E any](s S, n int) S {
	if cap(s) < n {
		return make(S, n)
	}
	s = s[:n]
	clear(s)
	return s
}

type gazHit struct {
	aliasHit
	first, last int
	compound    bool // the head of a hyphenated word ("NATO-led"): a modifier only
}

// aliasFits checks that the tokens at i spell the alias, with its capitals,
// so that "us" is not "US" and "turkey" is not "Turkey".
func (f *finder) aliasFits(i int, words []token) bool {
	if len(words) == 1 && f.tokens[i].is(classStopCapital) && (i == 0 || !f.tokens[i-1].word) {
		return false // "Most coalition lawmakers voted": the word, not the party Most
	}
	capsSeen := false // a later word of a name once its first capital is written: "Rassemblement national"
	for k, a := range words {
		t := &f.tokens[i+k]
		if t.fold != a.fold || a.allCaps && !t.allCaps || a.cap && !t.cap && !(capsSeen && len(words) > 1 && !a.allCaps) {
			return false
		}
		capsSeen = capsSeen || a.cap && t.cap && t.word && !articleWord(a.fold)
	}
	return true
}

// articleWord reports an alias's article, whose capital says nothing.
func articleWord(fold string) bool { return fold == "the" || fold == "a" || fold == "an" }

func (f *finder) isNameToken(i int, hits []*gazHit) bool {
	if i < 0 || i >= len(f.tokens) {
		return false
	}
	t := &f.tokens[i]
	if t.is(classStopCapital) && i > 0 && f.tokens[i-1].cap && t.cap && !f.taken[i] && f.lex.genders[f.tokens[i-1].fold] != 0 {
		// "Elizabeth May", "Theresa May": after a known first name a
		// month or a modal is a surname.
		return !t.is(classTitle | classInstitution)
	}
	if !t.word || !t.cap || f.taken[i] || t.is(classTitle|classStopCapital|classInstitution) {
		return false
	}
	if t.is(classSource) {
		return false
	}
	for k := max(0, i-f.lex.maxAliasLen); k <= i; k++ {
		if h := hits[k]; h != nil && h.last >= i {
			return false
		}
	}
	return !t.is(classReporting)
}

// knownNamesOverPlaces drops a gazetteer hit that ends a known person's
// name: "Luís Montenegro" is Portugal's prime minister, not the country.
func (f *finder) knownNamesOverPlaces(hits []*gazHit) {
	for k, h := range hits {
		if h == nil || k == 0 || h.first != k || !f.tokens[k-1].cap || !f.tokens[k-1].word {
			continue
		}
		if f.people.knowsFullName(f.tokens[k-1 : h.last+1]) {
			hits[k] = nil
			continue
		}
		// "Megan Ford opposed it": a one-word name after a first name is a
		// surname, not the carmaker, unless the first name opens a hit of
		// its own or names a title.
		if h.first == h.last && f.lex.genders[f.tokens[k-1].fold] != 0 && (k < 2 || hits[k-1] == nil) && !f.tokens[k-1].allCaps &&
			!f.tokens[k-1].is(classTitle) && !f.tokens[h.first].allCaps {
			hits[k] = nil
		}
	}
}

// placeFirstNames are places that are also first names: before a
// capitalised word that names nothing else they open a person's name
// ("Jordan Bardella", "Victoria Collins"), not the place.
var placeFirstNames = namedSet("place-first-names")

// firstNamesOverPlaces drops a one-word hit that is a first name here.
func (f *finder) firstNamesOverPlaces(hits []*gazHit) {
	for k, h := range hits {
		if h == nil || h.first != k || h.last != k || !placeFirstNames[f.tokens[k].fold] || k+1 >= len(f.tokens) {
			continue
		}
		n := &f.tokens[k+1]
		if n.word && n.cap && !n.allCaps && hits[k+1] == nil && !n.is(classTitle|classInstitution|classGroupNoun|classStopCapital|classTime|classPlace|classReporting) && !bodyHeads[n.fold] {
			hits[k] = nil
		}
	}
}

// nationalChapters joins an organisation and the country right after it
// into one body, its national branch: "Greenpeace UK said", "WWF Norway's
// head", "Friends of the Earth Germany". Only where the pair ends a name
// (a verb, a comma or a possessive follows), so that "the EU Ukraine
// summit" stays two names.
func (f *finder) nationalChapters(hits []*gazHit) {
	for k, h := range hits {
		if h == nil || h.first != k || h.demonym || h.entry.kind != model.Organisation || h.last+1 >= len(hits) {
			continue
		}
		n := h.last + 1
		g := hits[n]
		if g == nil || g.first != n || g.demonym || g.capital || !(g.entry.kind == model.Government || f.fold(n) == "europe") {
			continue
		}
		if after := g.last + 1; after < len(f.tokens) && !f.chapterEnds(after) {
			continue
		}
		e := f.orgEntry(h.first, g.last)
		hits[k] = f.newHit(gazHit{aliasHit: aliasHit{entry: e, surface: e.name}, first: h.first, last: g.last})
		for j := n; j <= g.last; j++ {
			hits[j] = nil
		}
	}
}

// chapterEnds reports a token that may follow a body's name: punctuation,
// a possessive, or a verb.
func (f *finder) chapterEnds(k int) bool {
	t := &f.tokens[k]
	if !t.word {
		return t.fold != "-"
	}
	return t.fold == "'s" || !t.cap && (f.isVerb(k) || t.is(classReporting|classGap) || voiceNouns[t.fold] || orgLeaders[t.fold])
}

// find returns the sentence's mentions in token order.
func (f *finder) find() []*mention {
	f.taken = clear0(f.taken, len(f.tokens))
	clear(f.mentionBuf) // let the last sentence's strings go
	f.mentionBuf = f.mentionBuf[:0]
	hits := f.gazetteerHits()
	f.knownNamesOverPlaces(hits)
	f.firstNamesOverPlaces(hits)
	f.nationalChapters(hits)
	bodies := f.findNamedBodies(hits) // before the people: "Vaping Industry Association" is no person
	var found []*mention
	found = append(found, f.findPeople(hits)...)
	if f.peopleOnly {
		return found
	}
	found = append(found, bodies...)
	found = append(found, f.findItemLabels(hits)...)
	found = append(found, f.findRoles(hits)...)
	found = append(found, f.findEntities(hits)...)
	found = append(found, f.findOrganisations(hits)...)
	for i := range f.tokens {
		t := &f.tokens[i]
		switch {
		case f.taken[i]:
		case t.fold == "he" || t.fold == "she" ||
			(t.fold == "him" || t.fold == "her" && !f.isWord(i+1)) && f.fold(i-1) == "to" && f.fold(i-2) == "according":
			// "According to him, the plan is a provocation": the speaker.
			found = append(found, f.newMention(mention{kind: pronounMention, first: i, last: i, surface: t.text}))
		case (t.fold == "his" || t.fold == "her" || t.fold == "their") && i == firstWord(f.tokens)+1 && f.fold(i-1) == "in" && opinionNouns[f.fold(i+1)]:
			// "In his opinion, …" opening a sentence: the one it stands for speaks.
			found = append(found, f.newMention(mention{kind: pronounMention, first: i, last: i, surface: t.text}))
		case opensLineThat(f.tokens, i):
			// "His line is that no decision has been made": the one "his"
			// stands for holds what follows.
			found = append(found, f.newMention(mention{kind: pronounMention, first: i, last: i, surface: t.text}))
		case (t.fold == "his" || t.fold == "her") && voiceNouns[f.fold(i+1)] && !f.is(i+2, classTitle) && !(i+2 < len(f.tokens) && f.tokens[i+2].cap):
			// "His spokesman later called the idea unacceptable": the one
			// "his" stands for, through their voice (not "her spokesman Ivo Maric").
			found = append(found, f.newMention(mention{kind: pronounMention, first: i, last: i + 1, surface: t.text}))
			f.take(i, i+1)
		case (t.fold == "his" || t.fold == "her" || t.fold == "the") && ownPartyNouns[f.fold(i+1)] && (t.fold != "the" || f.fold(i+1) == "party") && !(i+2 < len(f.tokens) && (f.tokens[i+2].cap || f.fold(i+2) == "of" || f.fold(i+2) == "'s")):
			// "Dröge said her party supports the target" (not "her party
			// colleague Anna Roth"); "the party" may also be the one just named.
			found = append(found, f.newMention(mention{kind: pronounMention, first: i, last: i + 1, surface: t.text, partyOf: true, orgRef: t.fold == "the"}))
			f.take(i, i+1)
		case (t.fold == "his" || t.fold == "her") && f.is(i+1, classPronounNation):
			found = append(found, f.newMention(mention{kind: pronounMention, first: i, last: i + 1, surface: t.text, nationOf: true}))
			f.take(i, i+1)
		case t.fold == "the" && orgReferences[f.fold(i+1)] && !f.tokens[i+1].cap && !f.taken[i+1] && !(i+2 < len(f.tokens) && (f.tokens[i+2].cap || f.fold(i+2) == "of" || f.fold(i+2) == "'s")):
			// "The group wants the plan abandoned": the organisation just
			// named (not "the union of", "the group's", "the group Liberty").
			found = append(found, f.newMention(mention{kind: pronounMention, first: i, last: i + 1, surface: t.text + " " + f.tokens[i+1].text, orgRef: true}))
			f.take(i, i+1)
		case t.fold == "the" && governmentModifiers[f.fold(i+1)] && leaderGovernments[f.fold(i+2)] && !f.taken[i+1] && !f.taken[i+2] && f.fold(i+3) != "of" && !(i+3 < len(f.tokens) && (f.tokens[i+3].cap || f.fold(i+3) == "'s")):
			// "The caretaker cabinet has said it is ready": the country's government.
			found = append(found, f.newMention(mention{kind: pronounMention, first: i, last: i + 2, surface: f.surface(i, i+2), orgRef: true, govRef: true, sameSentence: true}))
			f.take(i, i+2)
		case (t.fold == "its" || t.fold == "the") && leaderGovernments[f.fold(i+1)] && !f.taken[i+1] && !(t.fold == "the" && f.fold(i+2) == "of") && !(i+2 < len(f.tokens) && (f.tokens[i+2].cap || f.fold(i+2) == "'s")):
			// "Sweden offers air cover. Its government says it is ready":
			// the country just named.
			found = append(found, f.newMention(mention{kind: pronounMention, first: i, last: i + 1, surface: t.text + " " + f.tokens[i+1].text, orgRef: true, govRef: true, sameSentence: t.fold == "the"}))
			f.take(i, i+1)
		case t.fold == "they":
			found = append(found, f.newMention(mention{kind: pronounMention, first: i, last: i, surface: t.text, plural: true}))
		case t.fold == "it" && i == firstWord(f.tokens) && i+1 < len(f.tokens) && f.tokens[i+1].is(classReporting) && strings.HasSuffix(f.tokens[i+1].fold, "s"):
			// "The Commons Defence Committee has put out a statement. It says
			// it supports …": the body just named.
			found = append(found, f.newMention(mention{kind: pronounMention, first: i, last: i, surface: t.text, orgRef: true, itSays: true}))
		case t.fold == "it" || t.fold == "we":
			// "Stocker said … that it would not send": the speaker's country, if a speaker has one.
			found = append(found, f.newMention(mention{kind: pronounMention, first: i, last: i, surface: t.text, nationOf: true, weak: true}))
		}
	}
	for _, m := range found {
		m.possessive = f.fold(m.last+1) == "'s"
	}
	sortMentions(found)
	for k := 1; k < len(found); k++ {
		prev, m := found[k-1], found[k]
		if prev.kind == entityMention && m.kind == entityMention && prev.entry != nil && m.entry != nil && !prev.possessive &&
			prev.entry.kind == model.Organisation && m.entry.kind == model.Government && m.first == prev.last+1 {
			// "Amnesty International UK campaign": the body, not the
			// government (nationalChapters made the branch where the pair
			// ends a name).
			prev.last, prev.possessive = m.last, m.possessive
			found = slices.Delete(found, k, k+1)
			k--
		}
	}
	return found
}

func sortMentions(ms []*mention) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].first < ms[j-1].first; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// findPeople finds named people: a run of capitalised words introduced by a
// title, set off by an appositive or a reporting verb, or already known.
func (f *finder) findPeople(hits []*gazHit) []*mention {
	var found []*mention
	for i := 0; i < len(f.tokens); i++ {
		if !f.isNameToken(i, hits) {
			continue
		}
		end := i
		for end+1 < len(f.tokens) && len(f.tokens) > 0 {
			if f.isNameToken(end+1, hits) {
				end++
				continue
			}
			if end+2 < len(f.tokens) && nameParticles[f.tokens[end+1].text] && f.isNameToken(end+2, hits) {
				end += 2
				continue
			}
			if end+3 < len(f.tokens) && nameParticles[f.tokens[end+1].text] && nameParticles[f.tokens[end+2].text] && f.isNameToken(end+3, hits) {
				end += 3 // "Anouk van der Werf", "Maria da Costa"
				continue
			}
			// A middle initial: "Tore O. Sandvik".
			if end+2 < len(f.tokens) && f.tokens[end+1].text == "." && len(f.tokens[end].text) == 1 && f.isNameToken(end+2, hits) {
				end += 2
				continue
			}
			break
		}
		if capitalisedWords(f.tokens, i, end) >= 5 {
			i = end
			continue // a long capitalised run is a headline or a proper noun phrase, not a name
		}
		for _, m := range f.personAt(i, end, hits) {
			found = append(found, m)
		}
		i = end
	}
	return found
}

// noFirstNames reports a run of words none of which is a first name the
// lexicon knows ("Loke Marine Minerals" holds one).
func (f *finder) noFirstNames(first, last int) bool {
	for k := first; k <= last; k++ {
		if f.lex.genders[f.tokens[k].fold] != 0 {
			return false
		}
	}
	return true
}

// acronymShaped reports a word written as a short name is: all capitals,
// or a capital after the first letter that ends the word or stands before
// another ("EnBW", "KernD"); not "McDonald" nor "DeSantis".
func acronymShaped(s string) bool {
	if isAcronym(s) {
		return true
	}
	runes := []rune(s)
	for i := 1; i < len(runes); i++ {
		if unicode.IsUpper(runes[i]) && (i == len(runes)-1 || unicode.IsUpper(runes[i+1])) {
			return true
		}
	}
	return false
}

// isAcronym reports a word of capitals (and digits) only, like "LRT".
func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r >= '0' && r <= '9':
		default:
			return false
		}
	}
	return letters >= 2
}

// capitalisedWords counts the words of tokens[first..last] that are not
// name particles: "Luiz Inacio Lula da Silva" has four.
func capitalisedWords(tokens []token, first, last int) int {
	n := 0
	for k := first; k <= last; k++ {
		if !nameParticles[tokens[k].text] {
			n++
		}
	}
	return n
}

// outletHeads end an outlet's or a programme's name and no person's:
// "Fox News", "the Irish Times".
var outletHeads = namedSet("outlet-heads")

// personAt decides whether the name run [first, last] is a person, and
// returns its mentions (a hyphenated pair of known surnames gives two).
func (f *finder) personAt(first, last int, hits []*gazHit) []*mention {
	if f.people != nil && last-first >= 2 && f.people.lookup(f.surface(first, last)) == nil && f.people.lookup(f.surface(first+1, last)) != nil {
		// "the minister of the Interior Anna Vik": the capitalised
		// word before a name the corpus knows is the role's, not the name's.
		first++
	}
	unknownTitle := -1
	if last-first == 2 && titleShaped(f.tokens[first].fold) && f.lex.genders[f.tokens[first].fold] == 0 && f.lex.genders[f.tokens[first+1].fold] != 0 && hits[first] == nil &&
		!f.tokens[first].allCaps && !f.tokens[first].is(classGroupNoun|classPlace) && (f.people == nil || f.people.lookup(f.surface(first, last)) == nil) {
		// "Assemblymember Chris Holden", "Councilwoman Ana Ruiz": a word
		// before a known first name and a surname is a title the lexicon
		// does not know.
		unknownTitle = first
		first++
	}
	if first == last && last+2 < len(f.tokens) && !f.tokens[last+1].cap && f.tokens[last+1].word && (f.isTitle(last+1) || f.fold(last+1) == "member") && f.tokens[last+2].cap && f.tokens[last+2].word {
		return nil // "says Chamber member Anna Berg": the word opens her role
	}
	name := f.surface(first, last)
	if f.outlet != "" && model.Fold(name) == f.outlet {
		return nil
	}
	var folded [64]byte
	if _, ok := f.lex.sources[string(model.AppendFold(folded[:0], name))]; ok || outletHeads[f.tokens[last].fold] {
		return nil // "told Fox News", "RTÉ's News at One": an outlet or its programme, never a person
	}
	if first >= 2 && outletNouns[f.fold(first-1)] && f.fold(first-2) == "the" && !f.tokens[first-1].cap {
		return nil // "to the daily Pravda": an outlet
	}
	if f.journalistAt(first, last) {
		return nil // "CBC's Mélanie Tremblay", "(Tom Aldridge, Reuters)", "my colleague Marc Duval": the press, no actor
	}
	known := f.people != nil && f.people.lookup(name) != nil // a person the corpus names elsewhere
	if !known && last > first && companyWords[f.tokens[last].fold] && f.noFirstNames(first, last) {
		return nil // "Mistral AI said": a company's name (organisations.go)
	}
	if _, org := f.orgContext(first, last); org || f.orgs != nil && f.orgs[f.foldRun(first, last)] != nil {
		if !known {
			return nil // "the carmaker Volkswagen said": an organisation (organisations.go)
		}
	}
	m := f.newMention(mention{kind: personMention, first: first, last: last, name: name})
	roleFirst := f.roleBefore(first, hits) // where the role starts, first if there is none
	if roleFirst < first {
		m.first = roleFirst
		m.role = f.surface(roleFirst, lastRoleToken(f, first))
		f.roleNation(m, roleFirst, first-1, hits)
		if m.nation == nil {
			if e, end := f.orgOpeningRole(roleFirst, first-1, hits); e != nil {
				m.nation, m.nationSurface = e, f.surface(roleFirst, end) // "Confcommercio president Carlo Sangalli"
			}
		}
		if k := last + 2; m.nation == nil && f.fold(last+1) == "of" && k < len(hits) && hits[k] != nil && !hits[k].demonym && hits[k].entry.kind == model.Government {
			// "Defence Minister Ole Lund of Norway said": the country after the
			// name is the role's, and the mention ends there, so that the
			// speaker of "said" is the minister, not Norway.
			m.nation, m.nationSurface = hits[k].entry, f.hitSurface(hits[k])
			m.last = hits[k].last
			f.take(last+1, m.last)
			last = m.last
		}
	}
	if first >= 2 && f.fold(first-1) == "for" && seatHolders[f.fold(first-2)] && !known {
		return nil // "the independent member for Islington North": a seat, not a person
	}
	if unknownTitle >= 0 && roleFirst == first {
		m.first, m.role, roleFirst = unknownTitle, f.surface(unknownTitle, unknownTitle), unknownTitle
	}
	confirmed := roleFirst < first
	if !confirmed && !known && first >= 2 && f.fold(first-1) == "of" && f.tokens[first-2].word && f.tokens[first-2].cap && !f.is(first-2, classTitle) && f.hitEndingAt(hits, first-2) == nil && f.lex.genders[f.tokens[first].fold] == 0 {
		return nil // "Jeanne Shaheen of New Hampshire": the name's state or seat, not a second person
	}
	if !confirmed && first == last && (f.fold(first-1) == "the" || f.fold(first-1) == "in" || f.fold(first-1) == "at") && !known {
		// "in Milano has said": after "in" or "at" a lone capitalised word is a place.
		return nil // "Across the Pacific, Australian Prime Minister …": a name after "the" is a place's or a thing's
	}
	var roleNation *gazHit // a country or body named inside a role before a comma
	if role, end, ok := f.appositive(last); ok {
		if m.role == "" {
			m.role = role.text
			f.roleNation(m, role.first, role.last, hits)
		}
		m.last = end
		confirmed = true
	}
	// "The Danish foreign minister, Lars Berg, said": the role stands before,
	// perhaps with a post ("Russia's ambassador to London, Andrei Kelin,").
	if !confirmed && f.fold(first-1) == "," {
		titleAt := first - 2
		if g := f.hitEndingAt(hits, first-2); g != nil && (f.fold(g.first-1) == "to" || f.fold(g.first-1) == "in" || f.fold(g.first-1) == "at") {
			titleAt = g.first - 2
		}
		// "the minister of the National Defence, Ionut Mosteanu,", "the
		// leader of AUR, George Simion,": the title may stand a few words
		// before the comma, with what it is of.
		for j := first - 2; j >= max(0, first-8) && !(f.isTitle(titleAt) && !f.is(titleAt, classTitleModifier)); j-- {
			if f.isTitle(j) && !f.is(j, classTitleModifier) && f.fold(j+1) == "of" {
				titleAt = j
				break
			}
			if t := &f.tokens[j]; !t.word {
				break
			}
		}
		if f.isTitle(titleAt) && !f.is(titleAt, classTitleModifier) {
			if rs := f.roleBefore(titleAt+1, hits); rs <= titleAt {
				m.role = f.surface(rs, first-2)
				roleNation = f.roleNation(m, rs, first-2, hits)
				f.take(rs, first-1)
				roleFirst, confirmed = rs, true
				m.first = rs // the mention opens where its role does, as a subject
			}
		}
	}
	if !confirmed && m.role == "" && !f.isTitle(first) && !f.is(first, classTitleModifier) && !possessiveDet(f.fold(first-1)) && f.fold(first-1) != "a" && f.fold(first-1) != "an" && f.fold(first-1) != "this" {
		// "Makuron president said", "Kihara Minoru chief cabinet secretary
		// also repeated": a translation in Japanese order puts the title
		// after the name.
		if end := f.titleAfterName(last); end > last {
			m.role = f.surface(last+1, end)
			m.last = end
			confirmed = true
		}
	}
	m.party = f.partyAround(first, last, hits)
	if m.party == nil {
		m.party = f.forPartyOpener(m.first, hits)
	}
	// "Australia's Anthony Albanese": a country owns the name.
	if !confirmed && first < last && first >= 2 && f.fold(first-1) == "'s" {
		if g := f.hitEndingAt(hits, first-2); g != nil && !g.demonym && g.entry.kind == model.Government && !f.is(last, classInstitution|classGroupNoun|classTroopHead) {
			m.nation, confirmed = g.entry, true
		} else if g != nil && !g.demonym && g.entry.kind == model.Organisation && last-first == 1 && !f.is(last, classInstitution|classGroupNoun|classTroopHead) &&
			!bodyHeads[f.fold(last)] && last+1 < len(f.tokens) && (f.fold(last+1) == "," || auxiliaries[f.fold(last+1)] || f.is(last+1, classReporting) || f.isVerb(last+1)) {
			// "Reform UK's Lee Anderson was in blunt form": a party's member,
			// named as a subject (not "the EU's Green Deal").
			m.party, confirmed = g.entry, true
		}
	}
	if !confirmed && f.people != nil {
		if known {
			confirmed = true
		} else if first == last && strings.Contains(name, "-") {
			var parts []*mention
			for _, part := range strings.Split(name, "-") {
				if f.people.lookup(part) != nil {
					parts = append(parts, f.newMention(mention{kind: personMention, first: first, last: last, name: part, surface: part}))
				}
			}
			if len(parts) > 0 {
				f.take(first, last)
				return parts
			}
		}
	}
	if !confirmed && first < last && (last-first <= 2 || last-first == 3 && nameParticles[f.tokens[first+1].text]) && f.lex.genders[f.tokens[first].fold] != 0 && !f.tokens[first].allCaps && hits[first] == nil && !f.is(last, classInstitution|classGroupNoun) &&
		!f.creditNeighbour(first-1) && !f.creditNeighbour(last+1) && !f.creditLine() {
		// "Krzysztof Bosak from the Confederation was sharper": a known first
		// name opens a person's name, with no title or verb of saying.
		confirmed = true
	}
	if !confirmed {
		// A lone capitalised word opening the sentence ("Observers noted") is
		// more often a common noun than a surname.
		// Nor is an acronym a name: "told LRT radio" is a broadcaster.
		// A lone group noun is no one's name: "remarks by Officials in Rome".
		confirmed = f.speakerContext(first, last) && (first < last || !f.opensSentence(first) && !isAcronym(name) && !f.is(first, classGroupNoun))
	}
	if first == last && !known && (f.is(first, classGap) || nonNameWords[f.fold(first)]) {
		confirmed = false // "Iceland: Has no armed forces", "Elsewhere, the French prime minister": a word, no surname
	}
	if !confirmed {
		return nil
	}
	if first == last && m.first == first && acronymShaped(f.tokens[first].text) {
		// "RWE, E.ON and EnBW have said", "KernD said": a body's short
		// name where a surname would stand.
		o := f.newMention(mention{kind: entityMention, first: first, last: last, entry: f.orgEntry(first, last), surface: name})
		f.take(first, last)
		return []*mention{o}
	}
	m.surface = f.surface(m.first, min(m.last, last))
	if f.fold(first-1) == "," {
		m.surface = name // the role before the comma is no part of the name
	}
	f.take(m.first, m.last)
	found := []*mention{m}
	// "the leader of AUR, George Simion," names AUR too.
	if h := roleNation; h != nil && !h.demonym {
		found = append(found, f.newMention(mention{kind: entityMention, first: h.first, last: h.last, entry: h.entry, surface: f.surface(h.first, h.last), possessive: true}))
	}
	// "Ukraine's foreign minister Andrii Sybiha" names Ukraine too.
	if h := hits[roleFirst]; h != nil && !h.demonym && f.fold(h.last+1) == "'s" {
		found = append(found, f.newMention(mention{kind: entityMention, first: h.first, last: h.last, entry: h.entry, surface: f.surface(h.first, h.last), possessive: true}))
	}
	return found
}

// forPartyOpener is the party a sentence opens with before the person who
// speaks for it, at first: "For JA21, MP Hugo de Ridder said", "For the
// Greens, Tamsin Okafor said". A country there is no one's party.
func (f *finder) forPartyOpener(first int, hits []*gazHit) *entry {
	if f.fold(first-1) != "," {
		return nil
	}
	h := f.hitEndingAt(hits, first-2)
	if h == nil || h.demonym || h.entry.kind != model.Organisation {
		return nil
	}
	k := h.first - 1
	if f.fold(k) == "the" {
		k--
	}
	if f.fold(k) != "for" || !f.opensSentence(k) {
		return nil
	}
	return h.entry
}

// titleShaped reports a word shaped like a title or office the lexicon may
// not know: "Assemblymember", "Councilwoman", "Supervisor", "Alderman"
// (not a name: "Thorgerdur Katrin Gunnarsdottir").
func titleShaped(w string) bool { return hasAnySuffix(w, titleSuffixes) }

var titleSuffixes = []string{"member", "man", "woman", "person", "or", "er", "ent", "ant", "ary", "ist", "eer", "ess"}

// memberBodyNouns after an organisation's name make "in" a membership:
// "my colleagues in the EPP group", "those in the Left party".
var memberBodyNouns = namedSet("member-body-nouns")

// ownPartyNouns after "his" or "her" are the party its person speaks for:
// "said her party", "his faction supported", "his movement announced".
var ownPartyNouns = namedSet("own-party-nouns")

// nonNameWords open or link sentences and are never a surname alone.
var nonNameWords = namedSet("non-name-words")

// voiceNouns speak for the one "his" or "her" before them stands for.
var voiceNouns = namedSet("voice-nouns")

// opensLineThat reports "His (her, their) line (view, position …) is
// that" opening the sentence at k: the one the pronoun stands for holds
// what follows "that".
func opensLineThat(tokens []token, k int) bool {
	at := func(j int) string {
		if j < len(tokens) {
			return tokens[j].fold
		}
		return ""
	}
	switch tokens[k].fold {
	case "his", "her", "their":
	default:
		return false
	}
	switch at(k + 2) {
	case "is", "was", "remains", "remained":
	default:
		return false
	}
	return lineNouns[at(k+1)] && at(k+3) == "that" && k == firstWord(tokens)
}

// lineNouns name a view held ("His line is that …").
var lineNouns = namedSet("line-nouns")

// creditNames stand next to the names of a page's own staff, who are no
// actors: "By Claire Dumont and", "Translation: Ingrid Solheim",
// "Piotr Zaleski reporting".
var creditNames = namedSet("credit-neighbours")

// journalistAt reports a name its context gives to the press: after an
// outlet's possessive ("CBC's Mélanie Tremblay"), before an outlet in
// brackets ("(Tom Aldridge, Reuters)"), after "colleague" ("told my
// colleague Marc Duval").
func (f *finder) journalistAt(first, last int) bool {
	if first >= 2 && f.fold(first-1) == "'s" && f.is(first-2, classSource) {
		return true
	}
	if first >= 2 && (f.fold(first-1) == "colleague" || f.fold(first-1) == "colleagues") && (f.fold(first-2) == "my" || f.fold(first-2) == "our") {
		return true // the writer's colleague; "her colleague Anna Berg" may well be an actor
	}
	if first >= 1 && f.fold(first-1) == "(" && f.fold(last+1) == "," && f.is(last+2, classSource) {
		return true
	}
	if first >= 3 && f.fold(first-1) == "with" {
		for j := first - 2; j >= 1 && j >= first-5; j-- {
			if f.fold(j) == "'s" && f.is(j-1, classSource) {
				return true // "on the BBC's Sunday with Laura Kuenssberg": the show's host
			}
		}
	}
	return f.datedByline(first, last)
}

// datedByline reports a line that is a name and then only a date and a
// time: "Marta Zielińska, 09.03.2024, 07:15", an author's line.
func (f *finder) datedByline(first, last int) bool {
	if firstWord(f.tokens) != first || f.fold(last+1) != "," {
		return false
	}
	digits := false
	for k := last + 2; k < len(f.tokens); k++ {
		t := &f.tokens[k]
		switch {
		case dateOrTime(t.fold):
			digits = true
		case !t.word, dates.IsMonth(t.fold):
		default:
			return false
		}
	}
	return digits
}

// dateOrTime reports a token of digits with dots, colons or slashes:
// "09.03.2024", "07:15", "3/9".
func dateOrTime(fold string) bool {
	digits := false
	for i := 0; i < len(fold); i++ {
		switch c := fold[i]; {
		case '0' <= c && c <= '9':
			digits = true
		case c == '.' || c == ':' || c == '/':
		default:
			return false
		}
	}
	return digits
}

// creditNeighbour reports a credit word at k; "and" only after "by" or in a
// short line, as credits are ("By Claire Dumont and Piotr Zaleski"), not in
// a sentence ("US envoys Steve Witkoff and Jared Kushner are here").
func (f *finder) creditNeighbour(k int) bool {
	if !creditNames[f.fold(k)] {
		return false
	}
	if f.fold(k) != "and" {
		return true
	}
	words := 0
	for i := range f.tokens {
		if f.tokens[i].word {
			words++
		}
		if i < k && f.tokens[i].fold == "by" {
			return true // "By Claire Dumont and", "Edited by Anna Rudnicka and"
		}
	}
	return words <= maxBylineWords
}

// maxBylineWords is the longest line read as a byline.
const maxBylineWords = 10

// creditLine reports a sentence that credits the page's staff ("Reporting
// by", "Editing by", "Graphic:"), where a first name confirms no actor.
func (f *finder) creditLine() bool {
	for k := range f.tokens {
		if creditWords[f.tokens[k].fold] {
			return true
		}
	}
	return false
}

var creditWords = namedSet("credit-words")

func (f *finder) opensSentence(k int) bool {
	for j := 0; j < k; j++ {
		if f.tokens[j].word {
			// An interview's "Q: Critics say …": the question's label opens
			// no name.
			return j+2 == k && f.tokens[k-1].fold == ":" && (f.fold(j) == "q" || f.fold(j) == "question")
		}
	}
	return true
}

func (f *finder) take(first, last int) {
	for k := first; k <= last && k < len(f.taken); k++ {
		f.taken[k] = true
	}
}

// lastRoleToken is the last token of the role before a name at first,
// skipping the stop of an abbreviated title ("Gen.").
func lastRoleToken(f *finder, first int) int {
	k := first - 1
	if k >= 0 && f.tokens[k].text == "." {
		k--
	}
	return k
}

// roleBefore walks back from a name over its title ("White House Press
// Secretary", "Kremlin spokesperson", "Gen.") and returns where the role
// starts, or first when there is none.
func (f *finder) roleBefore(first int, hits []*gazHit) int {
	k := lastRoleToken(f, first)
	// "the minister of foreign affairs Andrii Sybiha": over the office's
	// portfolio to the title it belongs to.
	for j := k; j >= 0 && j >= k-3 && f.tokens[j].word && (!f.tokens[j].is(classTitle) || f.is(j, classTitleModifier)); j-- {
		if (f.fold(j) == "of" || f.fold(j) == "for") && f.isTitle(j-1) && !f.is(j-1, classTitleModifier) && portfolio[f.fold(k)] {
			k = j - 1
			break
		}
	}
	if g := f.hitEndingAt(hits, k); g != nil && !g.demonym {
		// "the leader of the Movement 5 Stars Giuseppe Conte", written
		// without a comma: the title is of the party named before the name.
		j := g.first - 1
		if f.fold(j) == "the" {
			j--
		}
		if f.fold(j) == "of" && f.isTitle(j-1) && !f.is(j-1, classTitleModifier) {
			k = j - 1
		}
	}
	if !f.isTitle(k) || f.is(k, classTitleModifier) {
		return first
	}
	start := k
	for k--; k >= 0; k-- {
		t := &f.tokens[k]
		if o := bracketOpening(f.tokens, k, 4); o > 0 && start == k+1 && !f.taken[o] {
			k = o // "a Red Party (Rødt) MP": over the party's own name
			continue
		}
		if f.taken[k] || !t.word {
			break
		}
		if f.isTitle(k) || t.cap && !t.is(classStopCapital) || t.is(classInstitution) || roleQualifiers[t.fold] {
			start = k // "German government spokesman", "SPD parliamentary group leader"
			continue
		}
		if (t.fold == "of" || t.fold == "for") && f.isTitle(k-1) {
			continue // "Secretary of State", "Minister for Foreign Affairs"
		}
		break
	}
	// "Estonia's Prime Minister": the country that owns the title is part of it.
	if start >= 2 && (f.tokens[start-1].fold == "'s" || f.tokens[start-1].fold == "'" && strings.HasSuffix(f.fold(start-2), "s")) { // "the Greens' spokesperson"
		if g := f.hitEndingAt(hits, start-2); g != nil && !f.taken[g.first] {
			return g.first
		}
	}
	return start
}

// roleQualifiers stand inside a role between a party's name and its title
// ("CDU/CSU group leader"); they are no titles of their own.
var roleQualifiers = namedSet("role-qualifiers")

type tokenRange struct {
	first, last int
	text        string
}

// appositive finds ", the ROLE," after a name and returns the role, with
// the index of its closing comma.
func (f *finder) appositive(last int) (tokenRange, int, bool) {
	if f.fold(last+1) != "," {
		return tokenRange{}, 0, false
	}
	k := last + 2
	if f.fold(k) == "who" {
		return tokenRange{}, 0, false
	}
	if t := &f.tokens[min(k, len(f.tokens)-1)]; k < len(f.tokens) && t.word && !t.cap && strings.HasSuffix(t.fold, "ing") {
		return tokenRange{}, 0, false // "Kallas, presenting the plan alongside Commissioner Maros Sefcovic,": what she does, no role
	}
	if f.fold(k) == "the" || f.fold(k) == "a" || f.fold(k) == "an" {
		k++
	}
	start := k
	hasTitle, paren, titleNamesOther := false, false, false
	for ; k < len(f.tokens) && k-start < 16; k++ {
		t := &f.tokens[k]
		if !t.word {
			if t.fold == "," && !paren {
				break
			}
			switch t.fold {
			case "(":
				paren = true // "leader of the Union for a Free Bohemia (UFB),"
			case ")":
				paren = false
			case "-", "'s":
			default:
				if !paren {
					return tokenRange{}, 0, false
				}
			}
		}
		if t.is(classTitle) {
			hasTitle = true
			// "Kallas, with Commissioner Maros Sefcovic,": a title before a
			// first name and surname is that person's.
			titleNamesOther = titleNamesOther || k+2 < len(f.tokens) && f.lex.genders[f.fold(k+1)] != 0 && f.tokens[k+2].cap && f.tokens[k+2].word
		}
		if t.is(classReporting) && !(k+1 < len(f.tokens) && f.tokens[k+1].is(classTitle)) { // "state secretary" is a title, not a verb of saying
			return tokenRange{}, 0, false
		}
	}
	if hasTitle && titleNamesOther {
		hasTitle = false
	}
	if !hasTitle || k <= start || k >= len(f.tokens) || f.tokens[k].fold != "," {
		return tokenRange{}, 0, false // no closing comma: "Abroad, British Prime Minister Keir Starmer and … continue" is no aside
	}
	f.take(last+1, k-1)
	return tokenRange{first: start, last: k - 1, text: f.surface(start, k-1)}, k - 1, true
}

// afterQuoteOrComma reports a verb right after a comma or a closing
// quote mark, maybe over a perfect auxiliary (a translation's inverted
// perfect).
func (f *finder) afterQuoteOrComma(verb int) bool {
	j := verb - 1
	if perfectAuxiliary(f.fold(j)) {
		j--
	}
	return f.fold(j) == "," || j >= 0 && f.tokens[j].quoteMark == quoteClosing
}

// speakerContext reports a name run that speaks: "X said", "X, who",
// "according to X", "said X", "remarks by X", "X's remarks".
func (f *finder) speakerContext(first, last int) bool {
	next := last + 1
	if c := bracketClosing(f.tokens, next, 5); c > 0 && first < last && !bodyHeads[f.fold(last)] && !partyWords[f.fold(last)] && f.fold(first-1) != "the" {
		next = c + 1 // "Ates Gürpinar (Die Linke) accused": over a short bracket, a party's
	}
	for next < len(f.tokens) && isGapWord(&f.tokens[next]) {
		next++
	}
	switch {
	case f.is(next, classReporting):
		return true
	case f.fold(last+1) == "," && f.fold(last+2) == "who":
		return true
	case f.fold(last+1) == "," && isDigits(f.fold(last+2)) && f.fold(last+3) == "," && first < last:
		return f.speakerContext(first, last+2) // "Dave Hill, 58, who served in Iraq, said": over the age
	case f.fold(last+1) == "," && f.fold(last+2) == "whose" && first < last:
		return true // "Ida Holm, whose party lost all its seats, demanded"
	case f.fold(last+1) == "," && first < last && f.appositiveThenSays(last+2):
		return true // "Lars Berg, defence spokesman of the Liberals, said"
	case f.fold(last+1) == "," && first < last && f.appositiveTitle(last+2):
		return true // "Brando Benifei, the S&D MEP who steered the act": a title says who
	case f.fold(first-1) == "," && f.fold(last+1) == "," && f.is(last+2, classReporting) && first < last:
		return true // "The architect of the review, Erik Dahl, said"
	case f.fold(first-2) == "according" && f.fold(first-1) == "to":
		return true
	case f.fold(first-2) == "attributed" && f.fold(first-1) == "to":
		return true
	case f.is(first-1, classReporting) && f.afterQuoteOrComma(first-1):
		return true // '…, said Kolar', '"…," said Kolar', '"…," has written Kolar'
	case (f.fold(first-1) == "by" || f.fold(first-1) == "from") && f.is(first-2, classStatement):
		return true
	case f.fold(last+1) == "'s" && (f.is(last+2, classStatement) || f.is(last+3, classStatement)):
		return true
	}
	return false
}

// roleNation gives m the first government or organisation named inside
// its role, [first, last], and the name the role writes it by ("AfD" in
// "AfD co-chairman"); it returns that hit, or nil.
func (f *finder) roleNation(m *mention, first, last int, hits []*gazHit) *gazHit {
	h := f.nationHit(first, last, hits)
	m.nation, m.nationSurface = nil, ""
	if h != nil {
		m.nation, m.nationSurface = h.entry, f.hitSurface(h)
	}
	return h
}

// hitEndingAt is the gazetteer hit whose last token is k, or nil: the
// name before "'s" or before a comma.
func (f *finder) hitEndingAt(hits []*gazHit, k int) *gazHit {
	for h := max(0, k-f.lex.maxAliasLen); h <= k && h < len(hits); h++ {
		if g := hits[h]; g != nil && g.last == k {
			return g
		}
	}
	return nil
}

// hitSurface is a hit's words as written, or "" for none or a demonym
// ("German" names Germany, but is no name of it).
func (f *finder) hitSurface(h *gazHit) string {
	if h == nil || h.demonym {
		return ""
	}
	return f.surface(h.first, h.last)
}

// nationHit is the first gazetteer hit in [first, last], or nil.
func (f *finder) nationHit(first, last int, hits []*gazHit) *gazHit {
	for k := max(first, 0); k <= last && k < len(hits); k++ {
		if hits[k] != nil {
			return hits[k]
		}
	}
	return nil
}

// findRoles finds people named by role only: "the French president", "the
// Polish foreign minister", "the President".
func (f *finder) findRoles(hits []*gazHit) []*mention {
	var found []*mention
	for i := 0; i < len(f.tokens); i++ {
		if f.taken[i] {
			continue
		}
		k := i + 1
		var nation *entry
		if f.fold(i) != "the" {
			// "Spain's defence minister": a country's title with no name after it.
			h := hits[i]
			if h == nil || h.demonym || f.fold(h.last+1) != "'s" {
				continue
			}
			k = i
		}
		if k < len(hits) && hits[k] != nil && !f.taken[k] {
			nation = hits[k].entry
			k = hits[k].last + 1
			if f.fold(k) == "'s" {
				k++
			}
		}
		start := k
		if n := headOfAt(f, start); n > 0 {
			k = start + n // "the head of state", "the head of the government"
		} else {
			for k < len(f.tokens) && f.isTitle(k) && !f.taken[k] {
				k++
			}
			if k == start || !f.is(k-1, classRoleHead) || f.isNameToken(k, hits) || f.portfolioThenName(k, hits) {
				continue
			}
		}
		if f.fold(k) == "of" && k+1 < len(hits) && hits[k+1] != nil && nation == nil {
			nation = hits[k+1].entry // "the president of France"
			k = hits[k+1].last + 1
		}
		m := f.newMention(mention{kind: roleMention, first: i, last: k - 1, role: f.surface(start, k-1), nation: nation})
		m.surface = f.surface(i, k-1)
		f.take(i, k-1)
		found = append(found, m)
		i = k - 1
	}
	return found
}

// isVerb reports a word that cannot modify a noun before it: a stance
// predicate, an auxiliary or an -ing form ("Norway opposes sending troops"
// names Norway's stance, not Norway's troops).
func (f *finder) isVerb(j int) bool {
	t := &f.tokens[j]
	return t.is(classGap) || strings.HasSuffix(t.fold, "ing") || f.lex.frames.Opens(t.fold)
}

// findEntities turns gazetteer hits into mentions: names and metonyms
// directly, demonyms only in group phrases ("Russian officials") or as the
// owners of troops ("American forces").
func (f *finder) findEntities(hits []*gazHit) []*mention {
	var found []*mention
	for i := 0; i < len(hits); i++ {
		h := hits[i]
		if h == nil || f.taken[i] {
			continue
		}
		m := f.newMention(mention{kind: entityMention, first: h.first, last: h.last, entry: h.entry})
		if h.compound {
			f.take(m.first, m.last)                                       // no alias: "NATO-led" is not a name
			m.place = strings.HasSuffix(f.tokens[h.first].fold, "-based") // "the Washington-based Tax Foundation": where it sits
			found = append(found, m)                                      // named, but "a NATO-led force" is not NATO's own
			continue
		}
		k := h.last + 1
		if f.fold(k) == "'s" {
			k++
		}
		// Up to two modifiers may stand between: "U.S. defense officials", "American military personnel".
		j := k
		for j < len(f.tokens) && j-k < 2 && f.tokens[j].word && !f.tokens[j].cap && !f.isVerb(j) && !isGapWord(&f.tokens[j]) &&
			!f.is(j, classGroupNoun) && !f.is(j, classTroopHead) && !f.is(j, classStopCapital) && !f.is(j, classReporting) {
			j++
		}
		switch {
		case f.institutionAt(k) >= 0:
			m.last = f.institutionAt(k) // "Russia's Foreign Ministry" speaks for Russia
			m.military = militaryInstitutions[f.fold(m.last)]
		case f.is(k, classTroopHead) || f.is(j, classTroopHead) && j > k:
			m.sender = true
		case f.is(k, classGroupNoun) || (j == k+1 && f.is(j, classGroupNoun)):
			if !f.is(k, classGroupNoun) {
				k = j
			}
			m.last = k
			for m.last+1 < len(f.tokens) && f.is(m.last+1, classGroupNoun) {
				m.last++ // "member states"
			}
		case h.demonym && f.fold(h.first-1) == "the" && f.fold(h.last+1) == "side" && h.last+1 < len(f.tokens) && !f.tokens[h.last+1].cap:
			m.last = h.last + 1 // "the French side has confirmed": a translation's name for the government
		case h.demonym && f.demonymAsPeople(hits, h):
			// "The French are ready to send troops", "the British and the
			// French want": the people named by their adjective are their
			// government.
		case h.demonym && f.coordinatedDemonymGroup(hits, h):
			// "the British and French governments": each country's, the
			// first one named only by its adjective here.
		case h.demonym:
			i = h.last
			continue // an adjective alone ("Ukrainian soil") names no actor
		default:
			m.place = (f.isPlaceUse(h.first, h.last) || listedAfter(f.tokens, found, h.first) && !f.frontedPlaceEnds(found, h.first, h.last) && !f.opensClauseAfterComma(h.first, h.last)) &&
				!f.governmentIn(h.first) && // "the government in Ljubljana says": the capital names its government
				!(h.entry.kind == model.Organisation && (memberBodyNouns[f.fold(h.last)] || memberBodyNouns[f.fold(h.last+1)])) && // "colleagues in the Greens/EFA group": members, not a place
				!(!h.capital && f.fold(h.first-1) == "in" && countryVoices[f.fold(h.first-2)]) // "leaders in Germany, Poland and Spain had said": their governments
		}
		if m.military {
			m.surface = "" // "the Latvian army" speaks for Latvia, but is no name of its government
		} else if !(m.sender && h.demonym) {
			m.surface = f.surface(h.first, max(h.last, m.last)) // an adjective is no name
		}
		if m.last < h.last {
			m.last = h.last
		}
		f.take(m.first, m.last)
		found = append(found, m)
		i = m.last
	}
	return found
}

// coordinatedDemonymGroup reports a demonym joined by "and" or a comma to
// another that owns an institution or group noun: "British" in "the
// British and French governments".
func (f *finder) coordinatedDemonymGroup(hits []*gazHit, h *gazHit) bool {
	k := h.last + 1
	if f.fold(k) != "and" && f.fold(k) != "," || k+1 >= len(hits) {
		return false
	}
	o := hits[k+1]
	if o == nil || !o.demonym || o.entry == h.entry {
		return false
	}
	next := o.last + 1
	return f.institutionAt(next) == next || next < len(f.tokens) && f.is(next, classGroupNoun)
}

// demonymAsPeople reports an adjective of a country used as its people's
// name, the subject of a verb: "the French are ready", "the British and
// French want", "the British and the French want" (not "the French
// soldiers", "the British government", which other rules read).
func (f *finder) demonymAsPeople(hits []*gazHit, h *gazHit) bool {
	opens := f.fold(h.first-1) == "the"
	if !opens && (f.fold(h.first-1) == "and" || f.fold(h.first-1) == ",") {
		if p := f.hitEndingAt(hits, h.first-2); p != nil && p.demonym && f.fold(p.first-1) == "the" {
			opens = true // "the British and French": the second of the pair
		}
	}
	if !opens {
		return false
	}
	k := h.last + 1
	if f.fold(k) == "and" || f.fold(k) == "," {
		j := k + 1
		if f.fold(j) == "the" {
			j++
		}
		if j < len(hits) && hits[j] != nil && hits[j].demonym {
			k = hits[j].last + 1 // the pair's verb
		}
	}
	if k >= len(f.tokens) || f.tokens[k].cap || f.isTitle(k) {
		return false // "The British premier Keir Starmer": a title's adjective
	}
	saying := f.is(k, classReporting) && (strings.HasSuffix(f.fold(k), "ed") || f.fold(k) == "said" || f.fold(k) == "say" || f.fold(k) == "told")
	return auxiliaries[f.fold(k)] || saying || f.isVerb(k) // not "the German state of Baden-Württemberg"
}

// governmentIn reports a capital after "the government in" (or cabinet,
// authorities, leadership): the country's government, not a place.
func (f *finder) governmentIn(first int) bool {
	if first < 2 || f.fold(first-1) != "in" {
		return false
	}
	return governingBodies[f.fold(first-2)] // not "the Russian embassy in Oslo": an embassy sits in a capital not its own
}

// institutionAt finds an institution noun at k or one or two words after
// it ("Foreign Ministry", "Defence Ministry"), and returns its index or -1.
func (f *finder) institutionAt(k int) int {
	for j := k; j < len(f.tokens) && j <= k+2; j++ {
		if !f.tokens[j].word || f.is(j, classGroupNoun) || f.is(j, classReporting) || isGapWord(&f.tokens[j]) {
			return -1 // "Britain will establish military hubs": the verb's subject, not "Britain's military"
		}
		if f.is(j, classInstitution) {
			return j
		}
		if f.isVerb(j) && f.fold(j) != "the" || notInstitutionModifiers[f.fold(j)] {
			// "Russia rebuilt its army", "Ukraine's own army", "European
			// leaders opposed sending military": not an institution's name
			// ("In Ireland the parliament" is Ireland's; a frame opens at "the").
			return -1
		}
	}
	return -1
}

// militaryInstitutions are a country's forces among its institutions.
var militaryInstitutions = map[string]bool{"army": true, "military": true, "navy": true, "command": true, "headquarters": true}

// notInstitutionModifiers cannot stand inside an institution's name
// between its country and its noun.
var notInstitutionModifiers = namedSet("not-institution-modifiers")

// frontedPlaceEnds reports a name after the comma that closes a sentence's
// opening place ("In Paris, France signed", "In Paris, Britain and France
// signed"): the subject, not another place, when a verb follows the names.
func (f *finder) frontedPlaceEnds(before []*mention, first, last int) bool {
	prev := before[len(before)-1]
	if prev.first < 1 || !f.is(prev.first-1, classPlace) || f.fold(prev.last+1) != "," {
		return false
	}
	for j := 0; j < prev.first-1; j++ {
		if t := &f.tokens[j]; t.word && !t.is(classTime) && !frontedTimes[t.fold] {
			return false // only a time may stand before it: "Yesterday in Paris, France signed"
		}
	}
	k := last + 1
	if f.fold(k) == "," && relativeOpeners[f.fold(k+1)] {
		return true // "Outside Europe, Thailand, which decriminalised in 2022,": a name the clause describes
	}
	for k+1 < len(f.tokens) && (f.fold(k) == "," || f.fold(k) == "and") {
		k += 2 // over the rest of a list, one word a name
		for k < len(f.tokens) && f.tokens[k].cap {
			k++
		}
	}
	return k < len(f.tokens) && f.tokens[k].word && !f.tokens[k].cap && (f.isVerb(k) || f.tokens[k].is(classReporting|classGap))
}

// frontedTimes may open a sentence before its place: "Yesterday in Paris,".
var frontedTimes = namedSet("fronted-times")

// governingBodies before "in" and a capital make it the capital's
// government: "the government in Ljubljana".
var governingBodies = namedSet("governing-bodies")

// countryVoices before "in" and a country (not a capital: "EU leaders in
// Brussels" meet there) are its government's: "leaders in Germany".
var countryVoices = namedSet("country-voices")

// listedAfter reports a name that follows a place in a list ("in Paris,
// London and Berlin"): it is a place too.
func listedAfter(tokens []token, before []*mention, first int) bool {
	if len(before) == 0 {
		return false
	}
	prev := before[len(before)-1]
	if !prev.place || prev.last >= first {
		return false
	}
	for k := prev.last + 1; k < first; k++ {
		if f := tokens[k].fold; f != "," && f != "and" && f != "or" {
			return false
		}
	}
	return true
}

// opensClauseAfterComma reports a name after ", and" that a verb of
// saying or an auxiliary follows: "The talks opened in Oslo, and Norway
// said it opposes": the subject of a new clause, not a third place. After
// a bare comma, a past verb does too.
func (f *finder) opensClauseAfterComma(first, last int) bool {
	next := f.fold(last + 1)
	verb := f.is(last+1, classReporting) || auxiliaries[next]
	if f.fold(first-1) == "," {
		// "While Britain offered troops for Ukraine, Spain expressed doubts":
		// after a bare comma, only a verb of its own makes it a subject.
		return verb || last+1 < len(f.tokens) && pastVerbAt(f.tokens, last+1)
	}
	if f.fold(first-1) != "and" && f.fold(first-1) != "but" || f.fold(first-2) != "," {
		return false
	}
	return verb
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// isPlaceUse reports a country or city used as a place: after a place
// preposition ("in Paris", "to Ukraine"), unless it owns something next
// ("in Moscow's view").
func (f *finder) isPlaceUse(first, last int) bool {
	if f.fold(last+1) == "'s" {
		return false
	}
	if first == 0 && f.fold(last+1) == "," && (dates.IsMonth(f.fold(last+2)) || f.fold(last+2) == "(" || isDigits(f.fold(last+2))) {
		return true // a dateline: "KYIV, Dec 20 (Reuters) -"
	}
	k := first - 1
	if f.fold(k) == "the" {
		k--
	}
	if f.fold(k) == "to" && (f.fold(k-1) == "according" || f.fold(k-1) == "attributed") {
		return false // "According to the Élysée, France is ready": a source, not a place
	}
	return k >= 0 && f.is(k, classPlace)
}

// appositiveThenSays reports a short lowercase-led phrase from k closed by
// a comma and a verb of saying: ", defence spokesman of the Liberals, said",
// ", a coalition partner, said".
func (f *finder) appositiveThenSays(k int) bool {
	if k >= len(f.tokens) || !f.tokens[k].word || f.tokens[k].cap && f.fold(k) != "the" && f.fold(k) != "a" {
		return false
	}
	reach := 9
	if relativeOpeners[f.fold(k)] || f.fold(k) == "whose" {
		reach = 20 // "which represents plastics processors within the business lobby,"
	}
	for j := k; j < len(f.tokens) && j < k+reach; j++ {
		t := &f.tokens[j]
		if t.fold == "," {
			next := j + 1
			if auxiliaries[f.fold(next)] && !f.tokens[next].cap {
				next++ // "…, has said"
			}
			return j > k && f.is(next, classReporting)
		}
		if !t.word && t.fold != "-" && t.fold != "(" && t.fold != ")" || t.is(classReporting) {
			return false
		}
	}
	return false
}

// appositiveTitle reports an apposition at k that opens with an article
// and holds a title within four words: ", the S&D MEP who", ", a
// Conservative senator from".
func (f *finder) appositiveTitle(k int) bool {
	if k >= len(f.tokens) || f.fold(k) != "the" && f.fold(k) != "a" && f.fold(k) != "an" {
		return false
	}
	for j := k + 1; j < len(f.tokens) && j <= k+4; j++ {
		if f.is(j, classTitle) && (!f.tokens[j].allCaps || len(f.fold(j)) <= 3) { // "MEP", "MP"; not a masthead in capitals
			// "In an interview with Fox News, the vice-president said": the
			// title opens the next clause's subject, no apposition.
			return !f.is(j+1, classReporting|classGap) && !f.isVerb(j+1) && !auxiliaries[f.fold(j+1)]
		}
		if !f.tokens[j].word && f.fold(j) != "&" {
			return false
		}
	}
	return false
}

// headOfAt is the length of "head of state" or "head of (the) government"
// at token k, or 0: the role translations give a president or premier.
func headOfAt(f *finder, k int) int {
	if f.fold(k) != "head" || f.fold(k+1) != "of" || f.taken[k] {
		return 0
	}
	switch {
	case f.fold(k+2) == "state" || f.fold(k+2) == "government":
		return 3
	case f.fold(k+2) == "the" && f.fold(k+3) == "government":
		return 4
	}
	return 0
}

// portfolio ends an office named after a title with "of" or "for": "the
// minister of foreign affairs", "the minister for defence".
var portfolio = namedSet("portfolio")

// portfolioThenName reports "of foreign affairs Andrii Sybiha" at k: the
// title before k is the named person's, not a role on its own.
func (f *finder) portfolioThenName(k int, hits []*gazHit) bool {
	if f.fold(k) != "of" && f.fold(k) != "for" {
		return false
	}
	for j := k + 1; j < len(f.tokens) && j <= k+3; j++ {
		if portfolio[f.fold(j)] {
			return f.isNameToken(j+1, hits)
		}
	}
	return false
}

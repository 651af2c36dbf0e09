package loader

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"standpoint/model"
)

// person is one real person across the corpus.
type person struct {
	key      string
	name     string         // the best full name: most often written, diacritics preferred
	names    map[string]int // full names as written, with counts
	role     string
	roles    []string // every role seen, for role-only mentions
	nation   *entry   // the government or organisation the person speaks for
	mentions int
	lexicon  string    // the name people.tsv gives, when it knows the person
	ref      *actorRef // the one reference to an indexed person, made with the index
}

// personIndex finds people by full name, surname or lexicon alias. It is
// built before the second pass and only read during it.
type personIndex struct {
	byKey     map[string]*person
	bySurname map[string][]*person
	all       []*person
	byRole    map[string][]*person // role word + "|" + nation → people of the corpus with that role
}

func newPersonIndex() *personIndex {
	return &personIndex{byKey: map[string]*person{}, bySurname: map[string][]*person{}}
}

// nameKey folds spelling variants together: accents, case, doubled letters,
// umlauts written out ("oe", "ue", "ae": "Soeder" and "Söder"),
// letters that spell one sound (soundsLike, "kh" and "k", "ou" and "u", an
// opening "s" before a vowel and "z") and the "-iy" ending ("Zelenskyy",
// "Zelenskiy", "Zelenskij", "Selenskyj" → "zelensky").
func nameKey(name string) string {
	var buf [64]byte
	return string(appendNameKey(buf[:0], name))
}

// appendNameKey appends name's nameKey to dst. It is called for every name
// the passes look up, so it works in one sweep over the folded name, in a
// buffer on the stack for most names, without intermediate strings.
func appendNameKey(dst []byte, name string) []byte {
	var foldBuf [64]byte
	s := model.AppendFold(foldBuf[:0], name)
	word := -1 // where the current word starts in dst, -1 before its first letter
	var prev rune
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		var space, letter bool
		if r < utf8.RuneSelf { // folded: no capitals
			space = r == ' ' || '\t' <= r && r <= '\r'
			letter = 'a' <= r && r <= 'z'
		} else {
			r, size = utf8.DecodeRune(s[i:])
			space, letter = unicode.IsSpace(r), unicode.IsLetter(r)
		}
		i += size
		if r == '-' || space {
			dst, word, prev = endNameWord(dst, word), -1, 0
			continue
		}
		if letter {
			r = soundsLike(r)
			switch {
			case r == 'h' && prev == 'k':
				continue // "Sacharowa", "Zakharova": one sound
			case r == 'u' && prev == 'o' && word >= 0:
				dst[len(dst)-1], prev = 'u', 'u' // "Pistorious" is Pistorius
				continue
			case r == 's' && word < 0 && i < len(s) && strings.IndexByte("aeiouy", s[i]) >= 0:
				r = 'z' // German spells Z- as S-: "Selenskyj", "Sacharowa"
			case r == 'e' && word >= 0 && (prev == 'a' || prev == 'o' || prev == 'u'):
				continue // an umlaut written out: "Soeder" is Söder, "Mueller" Müller
			}
		}
		if !letter || r == prev {
			prev = r // a non-letter between two like letters keeps both
			continue
		}
		if word < 0 {
			if len(dst) > 0 {
				dst = append(dst, ' ')
			}
			word = len(dst)
		}
		dst = utf8.AppendRune(dst, r)
		prev = r
	}
	return endNameWord(dst, word)
}

// soundsLike folds the letters that transliterations and machine
// translations spell one sound with: "Makron" is Macron, "Podoljak" and
// "Podolyak" one man, "Medwedew" Medvedev. ("y" and "i" stay apart: "Xy"
// is not Xi.)
func soundsLike(r rune) rune {
	switch r {
	case 'c':
		return 'k'
	case 'j':
		return 'y'
	case 'w':
		return 'v'
	}
	return r
}

// endNameWord turns the "-iy" ending of the word starting at dst[word:] into
// "-y".
func endNameWord(dst []byte, word int) []byte {
	if n := len(dst); word >= 0 && n-word >= 2 && dst[n-2] == 'i' && dst[n-1] == 'y' {
		dst[n-2] = 'y'
		dst = dst[:n-1]
	}
	return dst
}

func surnameKey(name string) string {
	key := nameKey(name)
	return key[strings.LastIndexByte(key, ' ')+1:]
}

// lookup finds the person a name stands for: a full name or alias, or a
// surname that only one known person has.
func (ix *personIndex) lookup(name string) *person {
	var buf [64]byte
	key := appendNameKey(buf[:0], name) // string(key) in a map index does not allocate
	if len(key) == 0 {
		return nil
	}
	if p := ix.byKey[string(key)]; p != nil {
		return p
	}
	if bytes.IndexByte(key, ' ') < 0 {
		return mostMentioned(ix.bySurname[string(key)])
	}
	if p := ix.variantOf(key); p != nil {
		return p
	}
	return ix.tailOf(key)
}

// variantOf is the one people.tsv figure whose surname a full name's key
// shares and whose first name starts like it: "Dmitri Peskow" is Dmitry
// Peskov, as transliterations spell first names apart. It takes the key's
// bytes, so that lookup's misses, on the hot path, allocate nothing.
func (ix *personIndex) variantOf(key []byte) *person {
	first := bytes.IndexByte(key, ' ')
	if first < 3 {
		return nil
	}
	spaces := bytes.Count(key, []byte{' '})
	var found *person
	for _, p := range ix.bySurname[string(key[bytes.LastIndexByte(key, ' ')+1:])] {
		if p.lexicon != "" && len(p.key) >= 3 && p.key[:3] == string(key[:3]) && strings.Count(p.key, " ") == spaces {
			if found != nil && found != p {
				return nil // two of them: neither
			}
			found = p
		}
	}
	return found
}

// tailOf is the one person whose full name ends with a surname of
// several words written alone: "Grande-Marlaska" is Fernando
// Grande-Marlaska, "Kosiniak-Kamysz" Władysław Kosiniak-Kamysz.
func (ix *personIndex) tailOf(key []byte) *person {
	last := bytes.LastIndexByte(key, ' ')
	if last < 0 {
		return nil
	}
	var found *person
	for _, p := range ix.bySurname[string(key[last+1:])] {
		if len(p.key) > len(key) && p.key[len(p.key)-len(key)-1] == ' ' && p.key[len(p.key)-len(key):] == string(key) {
			if found != nil && found != p {
				return nil // two of them: neither
			}
			found = p
		}
	}
	return found
}

// knowsFullName reports a known person's full name or alias written by
// the tokens, keyed in a buffer on the stack: it is asked for many
// gazetteer hits, on the hot path.
func (ix *personIndex) knowsFullName(tokens []token) bool {
	var buf [64]byte
	key := buf[:0]
	for i := range tokens {
		key = appendNameKey(key, tokens[i].text) // which puts a space between words
	}
	return ix.byKey[string(key)] != nil
}

// lookupKey is lookup for a name already turned into its key.
func (ix *personIndex) lookupKey(key string) *person {
	if key == "" {
		return nil
	}
	if p := ix.byKey[key]; p != nil {
		return p
	}
	if !strings.Contains(key, " ") {
		return mostMentioned(ix.bySurname[key])
	}
	if p := ix.variantOf([]byte(key)); p != nil {
		return p
	}
	return ix.tailOf([]byte(key))
}

// mostMentioned picks, among the people who share a surname, the one
// mentioned most (the first of them on a tie).
func mostMentioned(candidates []*person) *person {
	if len(candidates) == 0 {
		return nil
	}
	best := candidates[0]
	for _, c := range candidates[1:] {
		if c.mentions > best.mentions {
			best = c
		}
	}
	return best
}

func (ix *personIndex) add(p *person) {
	ix.byKey[p.key] = p
	ix.all = append(ix.all, p)
	ix.addSurnames(p.key, p)
}

// addSurnames files p under the surnames of a full name's key: its last
// word, and the word before a particle (particleTail).
func (ix *personIndex) addSurnames(k string, p *person) {
	if !strings.Contains(k, " ") {
		return
	}
	word, tail := particleTail(k)
	for _, s := range [2]string{surnameKey(k), word} {
		if s != "" && !slices.Contains(ix.bySurname[s], p) {
			ix.bySurname[s] = append(ix.bySurname[s], p)
		}
	}
	if tail != "" && ix.byKey[tail] == nil {
		ix.byKey[tail] = p
	}
}

func (ix *personIndex) alias(name string, p *person) { ix.aliasKey(nameKey(name), p) }

// aliasKey is alias for a name already turned into its key.
func (ix *personIndex) aliasKey(k string, p *person) {
	if k != "" && ix.byKey[k] == nil {
		ix.byKey[k] = p
		ix.addSurnames(k, p)
	}
}

// particleTail is the word of a name key just before its first particle,
// when another word comes before it, and the key from that word on:
// Iberian and Brazilian figures go by either alone ("lula" of "luiz inazio
// lula da zilva", "rebelo de zouza" of "marzelo rebelo de zouza"). A name
// opening with its particle's word ("anouk van der werf") gives none.
func particleTail(key string) (word, tail string) {
	words := strings.Fields(key)
	for i := 2; i < len(words)-1; i++ {
		if nameParticles[words[i]] {
			return words[i-1], strings.Join(words[i-1:], " ")
		}
	}
	return "", ""
}

// lexiconPeople indexes the well-known figures of people.tsv.
func lexiconPeople(lex *lexicon) *personIndex {
	ix := newPersonIndex()
	byName := map[string]*entry{}
	for _, e := range lex.entries {
		byName[e.name] = e
	}
	for _, pe := range lex.people {
		p := &person{key: nameKey(pe.name), name: pe.name, lexicon: pe.name, names: map[string]int{}, role: pe.role,
			roles: []string{pe.role}, nation: byName[pe.affiliation]}
		ix.add(p)
		for _, a := range pe.aliases {
			ix.alias(a, p)
		}
	}
	return ix
}

// personSighting is a named person found in the first pass.
type personSighting struct {
	name, role string
	nation     *entry
	count      int // the same sighting so many times in a row (0 counts as 1)
}

// buildPersonIndex merges the first pass's sightings with the lexicon: one
// person per full name, then surnames and titled single names attached to
// the person they name.
// opensWithFirstName reports a name whose first word is a first name the
// lexicon knows ("Javier Zarzalejos", not "Grande-Marlaska").
func opensWithFirstName(lex *lexicon, name string) bool {
	first, _, _ := strings.Cut(strings.ReplaceAll(model.Fold(name), "-", " "), " ")
	return lex.genders[first] != 0
}

func buildPersonIndex(lex *lexicon, sightings []personSighting) *personIndex {
	ix := lexiconPeople(lex)
	// Each sighting's key once: the sort and the loop below need it often.
	keys := make([]string, len(sightings))
	spaces := make([]int, len(sightings))
	order := make([]int, len(sightings))
	for i, s := range sightings {
		keys[i] = nameKey(s.name)
		spaces[i] = strings.Count(keys[i], " ")
		order[i] = i
	}
	// Full names first, so that a surname seen alone can find its owner.
	slices.SortStableFunc(order, func(i, j int) int { return spaces[j] - spaces[i] })
	for _, i := range order {
		s, key := sightings[i], keys[i]
		full := spaces[i] > 0
		p := ix.lookupKey(key)
		if full && p != nil && key != p.key && strings.HasSuffix(p.key, " "+key) && !opensWithFirstName(lex, s.name) {
			full = false // "Grande-Marlaska" alone: a surname of two words, no full name
		}
		if p == nil || full && key != p.key && ix.byKey[key] == nil && p.lexicon == "" {
			p = &person{key: key, name: s.name, names: map[string]int{}}
			ix.add(p)
		}
		n := max(s.count, 1)
		p.mentions += n
		if full {
			p.names[s.name] += n
			ix.aliasKey(key, p)
		}
		if s.role != "" {
			if !containsFold(p.roles, s.role) {
				p.roles = append(p.roles, s.role)
			}
			if p.role == "" || p.names[s.name] > 0 && len(p.roles) == 1 {
				p.role = s.role
			}
		}
		if p.nation == nil && s.nation != nil {
			p.nation = s.nation
		}
	}
	ix.byRole = map[string][]*person{}
	var seen []string // a person's role keys so far: only a few
	for _, p := range ix.all {
		p.ref = &actorRef{key: "p:" + p.key, person: p}
		p.name = bestName(p)
		if len(p.roles) > 1 && p.role == p.roles[0] {
			p.role = p.roles[1] // a role written in the corpus beats the lexicon's
		}
		// Only people the corpus names: a lexicon entry's role may be out of
		// date, and an actor the articles never name is no one's answer.
		if p.mentions == 0 || p.nation == nil {
			continue
		}
		seen = seen[:0]
		for _, r := range p.roles {
			for _, w := range strings.Fields(model.Fold(r)) {
				if key := roleKey(w, p.nation); !slices.Contains(seen, key) {
					seen = append(seen, key)
					ix.byRole[key] = append(ix.byRole[key], p)
				}
			}
		}
	}
	return ix
}

// leaderRoles are the role words a head of state or government goes by, so
// that "the French leader" finds the French president.
var leaderRoles = []string{"president", "prime", "chancellor", "premier", "leader"}

// roleWordsFor lists the role words that a role-only mention's head stands for.
func roleWordsFor(head string) []string {
	switch head {
	case "leader":
		return leaderRoles
	case "pm", "premier", "prime":
		return []string{"prime", "premier"} // "the PM", "the premier" is the prime minister
	case "fm":
		return []string{"foreign"} // "the FM"
	case "state": // "the head of state"
		return []string{"president"}
	case "government": // "the head of government"
		return []string{"prime", "premier", "chancellor", "taoiseach"}
	case "taoiseach":
		return []string{"taoiseach", "prime"}
	}
	return []string{head}
}

// bestName prefers the full name written most often, then the one with
// diacritics ("Radosław" over "Radoslaw"), then the lexicon's.
func bestName(p *person) string {
	best, bestCount := p.name, -1
	if strings.Contains(p.name, " ") {
		bestCount = 0
	}
	for name, count := range p.names {
		if count > bestCount || count == bestCount && (hasDiacritics(name) && !hasDiacritics(best) || hasDiacritics(name) == hasDiacritics(best) && name < best) {
			best, bestCount = name, count
		}
	}
	return best
}

func hasDiacritics(s string) bool { return model.Fold(s) != strings.ToLower(s) }

func containsFold(list []string, s string) bool {
	if len(list) == 0 {
		return false
	}
	folded := model.Fold(s) // once, not per item
	for _, x := range list {
		if model.Fold(x) == folded {
			return true
		}
	}
	return false
}

func roleKey(head string, nation *entry) string { return head + "|" + nation.name }

// roleMatches reports whether a person's roles fit a role-only mention:
// the role's head word, and its nation when the mention names one.
func (p *person) roleMatches(head string, nation *entry) bool {
	if nation != nil && p.nation != nil && p.nation != nation {
		return false
	}
	for _, r := range p.roles {
		role := model.Fold(r)
		if !slices.Contains(strings.Fields(role), head) {
			continue
		}
		if nation == nil || p.nation == nation || strings.Contains(role, model.Fold(nation.name)) {
			return true
		}
		for _, d := range nation.demonyms {
			if strings.Contains(role, model.Fold(d)) {
				return true
			}
		}
	}
	return false
}

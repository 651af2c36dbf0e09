package loader

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"

	"standpoint/loader/question"
	"standpoint/loader/stance"
	"standpoint/model"
)

// topic is one question compiled for the analysis: its proposal phrases
// and verbs as phrase sets, its off-topic list and its stance frames (the
// generic ones with the question's own).
type topic struct {
	q        *question.Question
	proposal phraseSet
	acts     phraseSet
	opposite phraseSet      // what the proposal would end ("the veto"): marked as a halt to it
	offTopic filteredRegexp // matches nothing when the question lists none
	hasOff   bool
	frames   *stance.Frames
	plural   map[string]bool // the plural heads ("checks", "tariffs"): bare after the question's verb, they name it
}

// roomBeforeProposal lets a question's own frame read up to two words
// between a word and the proposal after it, as the generic frames write
// "*2 {P}": a user writes "lift~ the ban on {P}" and means "lift the ban on
// new nuclear plants" too.
func roomBeforeProposal(pattern string) string {
	elems := strings.Fields(pattern)
	out := make([]string, 0, len(elems)+2)
	for i, e := range elems {
		if e == "{P}" && i > 0 && !strings.HasPrefix(elems[i-1], "*") {
			out = append(out, "*2")
		}
		out = append(out, e)
	}
	return strings.Join(out, " ")
}

// isName reports a word that opens a known name (a country, an alliance),
// which is no head noun to refer back with.
// demonyms ("german", "polish") may stand before a head and still name the
// proposal: "the Polish checks", "German controls".
func compileTopic(q *question.Question, isName func(fold string) bool, demonyms []string) (*topic, error) {
	t := &topic{q: q}
	var err error
	if t.proposal, err = newPhraseSet(q.Proposal); err != nil {
		return nil, phraseError(q, q.Proposal, "proposal", err)
	}
	if t.acts, err = newPhraseSet(q.Acts); err != nil {
		return nil, phraseError(q, q.Acts, "acts", err)
	}
	if t.opposite, err = newPhraseSet(q.Opposite); err != nil {
		return nil, phraseError(q, q.Opposite, "opposite", err)
	}
	// A proposal named by a noun that is also its verb ("a sugar tax", "a
	// ban") is carried out by that verb too ("urged countries to tax
	// sugary drinks"), whether or not the file lists it.
	for _, h := range headNouns(t.proposal, isName) {
		if verbalHeads[h] && !t.acts.has([]string{h}) && !t.acts.has([]string{h + "~"}) {
			t.acts[h+"~"] = append(t.acts[h+"~"], []string{h + "~"}) // every form, once inflected below
		}
	}
	if len(q.OffTopic) > 0 {
		if t.offTopic, err = compileFiltered(`\b(?:` + strings.Join(q.OffTopic, "|") + `)\b`); err != nil {
			return nil, q.ErrorAt("offtopic", "offtopic: "+err.Error())
		}
		t.hasOff = true
	}
	var extra []string
	var from []int // the question frame each line of extra comes from
	for i, f := range q.Frames {
		extra, from = append(extra, f.Line()), append(from, i)
		if gapped := roomBeforeProposal(f.Pattern); gapped != f.Pattern {
			// The pattern as written still reads "it" for its last {P}.
			f.Pattern = gapped
			extra, from = append(extra, f.Line()), append(from, i)
		}
	}
	heads := headNouns(t.proposal, isName)
	if t.frames, err = stance.CompileWith(extra, headReferences(heads)); err != nil {
		var fe *stance.FrameError
		if errors.As(err, &fe) {
			f := q.Frames[from[fe.Index]]
			return nil, q.ErrorAt(f.Pattern, fmt.Sprintf("frame %q: %v", f.Pattern, fe.Err))
		}
		return nil, err
	}
	t.frames.SetCommonAct(len(q.Own) == 0)
	t.acts.inflect(t.frames.Forms)
	for _, h := range heads {
		if strings.HasSuffix(h, "s") && !strings.HasSuffix(h, "ss") {
			if t.plural == nil {
				t.plural = map[string]bool{}
			}
			t.plural[h] = true
		}
	}
	t.proposal.addDefinite(heads, demonyms)
	t.proposal.addActNouns(heads, t.acts)
	return t, nil
}

// verbalHeads are the heads that are also the verb carrying the proposal
// out: "tax" (to tax), "ban" (to ban), "levy", "cap".
var verbalHeads = namedSet("verbal-heads")

// addActNouns adds, bare, each head that is the noun of one of the
// question's verbs ("recognition" of "recognise", "reintroduction" of
// "reintroduce"): "calling for immediate recognition" names the proposal
// as surely as "the recognition" does.
func (set phraseSet) addActNouns(heads []string, acts phraseSet) {
	for _, h := range heads {
		if len(acts[h]) > 0 {
			continue // "recognised" in "recognised the state" is the verb
		}
		for verb := range acts {
			if actNoun(h, verb) && !set.single(h) {
				set[h] = append(set[h], []string{h})
				break
			}
		}
	}
}

// actNoun reports a noun that shares the stem of a verb: they open
// alike over six letters at least and all of the verb but its last two.
func actNoun(noun, verb string) bool {
	n := 0
	for n < len(noun) && n < len(verb) && noun[n] == verb[n] {
		n++
	}
	return n >= 6 && n >= len(verb)-2 && len(noun) > len(verb) && !strings.HasSuffix(noun, "ing") && noun != verb+"s" && noun != verb+"d"
}

// phraseError names the phrase of a list that does not compile.
func phraseError(q *question.Question, list []string, key string, err error) error {
	for _, p := range list {
		if _, e := newPhraseSet([]string{p}); e != nil {
			return q.ErrorAt(p, fmt.Sprintf("%s: %q: %v", key, p, e))
		}
	}
	return q.ErrorAt(key, key+": "+err.Error())
}

// lexicon is the lexicon of the options' questions.
func (opt Options) lexicon() *lexicon {
	lex, err := lexiconFor(opt.Questions)
	if err != nil {
		panic(err) // the caller was to check them with CheckQuestions
	}
	return lex
}

// info is the question as the model lists it.
func (t *topic) info() model.QuestionInfo {
	return model.QuestionInfo{ID: t.q.ID, Text: t.q.Text, Labels: t.q.Labels}
}

// offTopicMatch reports a clause's folded text about another subject.
func (t *topic) offTopicMatch(text []byte) bool {
	return t.hasOff && t.offTopic.Match(text)
}

// lexicons caches the lexicon of each set of questions, by their texts.
var lexicons sync.Map // string → *lexiconEntry

type lexiconEntry struct {
	once sync.Once
	lex  *lexicon
	err  error
}

// lexiconFor is the lexicon that reads the questions given (the built-in
// default when none are).
func lexiconFor(qs []*question.Question) (*lexicon, error) {
	if len(qs) == 0 {
		return lexiconOnce(), nil
	}
	var key strings.Builder
	for _, q := range qs {
		key.WriteString(q.File)
		key.WriteByte(0)
		key.Write(q.Source())
		key.WriteByte(0)
	}
	v, _ := lexicons.LoadOrStore(key.String(), &lexiconEntry{})
	e := v.(*lexiconEntry)
	e.once.Do(func() { e.lex, e.err = buildLexicon(qs) })
	return e.lex, e.err
}

// CheckQuestions compiles the questions as the analysis would, so that a
// bad pattern in a question file is reported before anything is read.
func CheckQuestions(qs []*question.Question) error {
	_, err := lexiconFor(qs)
	return err
}

// headNouns are the head nouns of the proposal's phrases: an article that
// has named "a reparations loan backed by the assets" goes on with "the
// loan", one that named "an invitation to join the alliance" with "the
// invitation". The head is the last word before a preposition, or the
// last word; one-word phrases are the proposal already, and names of the
// gazetteer are no heads.
func headNouns(set phraseSet, isName func(string) bool) []string {
	heads := map[string]bool{}
	for _, phrases := range set {
		for _, words := range phrases {
			// The head of the phrase as written: a hyphenated variant ("boots
			// on-the ground") would otherwise make "ground" one.
			words = splitHyphens(words)
			if len(words) < 2 {
				continue
			}
			head := words[len(words)-1]
			for k := 1; k < len(words); k++ {
				if headStops[words[k]] {
					head = words[k-1]
					break
				}
			}
			if len(head) >= 3 && !strings.HasSuffix(head, "ing") && !headStops[head] && !set.single(head) && !isName(head) && !notHeads[head] {
				heads[head] = true
			}
		}
	}
	list := make([]string, 0, len(heads))
	for h := range heads {
		list = append(list, h)
	}
	slices.Sort(list)
	return list
}

// headReferences makes the heads references back to the proposal, for
// the frames ("such a loan").
func headReferences(heads []string) []string {
	if len(heads) == 0 {
		return nil
	}
	return []string{"the|this|that|such ?a|an " + strings.Join(heads, "|")}
}

// addDefinite adds "the loan", "this loan", "that loan", "any loan" and
// "such loans" for each head to the proposal's phrases: a definite head
// names the proposal itself, and "opposes any ban" refuses it whatever its
// form.
func (set phraseSet) addDefinite(heads, demonyms []string) {
	seen := set.index()
	for _, h := range heads {
		for _, d := range demonyms {
			set.addOnce(seen, []string{d, h}) // "German controls"
		}
		// "the European Union's proposed regulation", "Brussels' planned
		// ban": a head after a possessive, or after a word that says it is
		// proposed, names the proposal whoever owns it.
		set.addOnce(seen, []string{"'s", h})
		for _, mod := range headModifiers {
			set.addOnce(seen, []string{"'s", mod, h})
			set.addOnce(seen, []string{mod, h})
		}
		for _, det := range []string{"the", "this", "that", "any", "such", "a", "an"} {
			phrases := [][]string{{det, h}}
			for _, mod := range headModifiers {
				phrases = append(phrases, []string{det, mod, h}) // "the new target", "this proposed ban"
			}
			for _, d := range demonyms {
				phrases = append(phrases, []string{det, d, h}) // "the Polish checks"
			}
			for _, words := range phrases {
				set.addOnce(seen, words)
			}
		}
	}
	set.longestFirst()
}

// headModifiers may stand between a determiner and a head that names the
// proposal: "the new target", "the proposed ban", "the whole plan".
var headModifiers = slices.Sorted(maps.Keys(namedSet("head-modifiers")))

// splitHyphens is a phrase's words with hyphenated ones split in parts.
func splitHyphens(words []string) []string {
	if !slices.ContainsFunc(words, func(w string) bool { return strings.Contains(w, "-") }) {
		return words
	}
	var out []string
	for _, w := range words {
		out = append(out, strings.Split(w, "-")...)
	}
	return out
}

// headStops end a noun phrase's head: prepositions and the words that open
// a clause after it.
var headStops = namedSet("head-stops")

// notHeads are nouns too wide to stand for a proposal alone: "the
// members", "the role".
var notHeads = namedSet("not-heads")

// single reports a one-word phrase of the set.
func (set phraseSet) single(word string) bool {
	for _, words := range set[word] {
		if len(words) == 1 {
			return true
		}
	}
	return false
}

// inflect reads a first word marked with "~" in every form of the verb,
// as the frames do: "contribute~" reads "contribute", "contributes",
// "contributed", "contributing"; "take~ part" reads "took part". Words
// written without it ("go", whose "going on" is no act) stay as written.
func (set phraseSet) inflect(forms func(string) []string) {
	var added [][]string
	for first, phrases := range set {
		base, marked := strings.CutSuffix(first, "~")
		if !marked || base == "" {
			continue
		}
		for _, words := range phrases {
			for _, f := range forms(base) {
				added = append(added, append([]string{f}, words[1:]...))
			}
		}
		delete(set, first)
	}
	seen := set.index()
	for _, words := range added {
		set.addOnce(seen, words)
	}
	set.longestFirst()
}

// has reports a phrase of the set.
func (set phraseSet) has(words []string) bool {
	return slices.ContainsFunc(set[words[0]], func(p []string) bool { return slices.Equal(p, words) })
}

// index is the set's phrases as keys, for addOnce: looking each new
// phrase up in its first word's list made compiling a question quadratic
// (about 0.14 s of every start for the built-in one).
func (set phraseSet) index() map[string]bool {
	seen := map[string]bool{}
	for _, phrases := range set {
		for _, p := range phrases {
			seen[strings.Join(p, "\x1f")] = true
		}
	}
	return seen
}

// addOnce adds a phrase the set does not hold yet.
func (set phraseSet) addOnce(seen map[string]bool, words []string) {
	if k := strings.Join(words, "\x1f"); !seen[k] {
		seen[k] = true
		set[words[0]] = append(set[words[0]], words)
	}
}

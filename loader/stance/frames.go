package stance

import (
	"embed"
	"fmt"
	"strconv"
	"strings"

	"standpoint/internal/datafile"
	"standpoint/model"
)

//go:embed frames.txt grammar.txt inflections.txt references.txt wordsets.txt
var data embed.FS

// class is what a predicate means for its holder (see frames.txt).
type class uint8

const (
	classFixed class = iota // a stance given as is
	classAct
	classFavor
	classAgainst
	classExclude
	classConsider
	classUndecided
	classThreat
	classDeny
	classDecide
	classQuestion
	classInherit
	classAccept
	classHedge
	classLimit
	classIdiom
)

var classNames = map[string]class{
	"act": classAct, "favor": classFavor, "against": classAgainst, "exclude": classExclude,
	"consider": classConsider, "undecided": classUndecided, "threat": classThreat, "deny": classDeny,
	"decide": classDecide, "question": classQuestion, "inherit": classInherit, "accept": classAccept,
	"hedge": classHedge, "limit": classLimit, "idiom": classIdiom,
}

type elemKind uint8

const (
	elemWords    elemKind = iota // one word of a set
	elemGap                      // up to n words
	elemProposal                 // a run of words naming the proposal
	elemAct                      // a run of words carrying it out
	elemTarget                   // a run of words naming the debate's country
)

type elem struct {
	kind     elemKind
	words    map[string]bool
	optional bool
	verb     bool // made of verb~ forms
	n        int
	commas   bool // a gap that crosses commas: a list ("offer logistics, training and bases, but not")
	// ownAct: a gap after wanting that no infinitive of the act crosses:
	// "does not want to send troops" is one's own act, not a want of troops.
	ownAct bool
	// orProposal, orAct: the words' alternatives include {P} or {A}
	// ("{P}|mission"), kept beside the set so that a miss costs one lookup.
	orProposal, orAct bool
	// refTail: a {P} that ends the pattern right after a word may be a
	// reference back to it ("drop it", "scrap the scheme").
	refTail bool
	// not: the words include "not", which a contracted negation ("don't",
	// "wouldn't") also matches.
	not bool
}

// frame is one line of frames.txt.
type frame struct {
	class    class
	stance   model.Stance // classFixed
	text     string       // class and pattern as written, for explanations
	elems    []elem
	owners   bool
	fallback bool
	object   bool   // the proposal must follow it (or be referred to)
	strict   bool   // the proposal must follow it
	subject  bool   // the proposal must be its subject
	closes   bool   // it must end its phrase: no infinitive or object after it ("stands ready.", not "ready to host talks")
	inside   bool   // its holder is named inside it, or no one is ("a fee, which the Commission wants")
	contrary bool   // an inherit frame taking the opposite of the stance before ("took the opposite view")
	haltOnly bool   // tied only by a halt to the proposal in its object ("lift the ban", "keep the veto")
	home     bool   // the place it ends on is a country's own, never the debate's country ("stay on Polish soil")
	request  bool   // it asks for it ("call for"): negated, no stance ("has not asked for soldiers"), not against
	topical  bool   // the pattern names the proposal ({P}) itself
	needs    []need // what a clause must hold for the frame to match in it (prefilter.go)
}

// Frames is the compiled frame lexicon with the grammar it composes with.
type Frames struct {
	byFirst     map[string][]*frame // first word → frames, in file order
	byFirstID   [][]*frame          // the same, by the first word's number in wordID
	refs        map[string][]*frame // references back to the proposal, by first word
	proposal    []*frame            // frames opening with {P}
	act         []*frame            // frames opening with {A}
	grammar     map[string]role
	irregular   map[string][]string
	participles map[string]bool  // the irregular past participles ("sent", "taken")
	undoing     map[string]bool  // every form of the verbs that undo or stop a thing (wordsets.txt), which no gap crosses
	knowing     map[string]bool  // verbs of knowing, whose infinitive is what one wants ("want to know what the mission is")
	wordID      map[string]int32 // every literal word of the frames, numbered for a clause's presence bits (prefilter.go)
	notID       int32            // the number of "not", which a contracted negation also stands for; -1 for none
	// commonAct: the proposal is one decision taken together (a treaty, an
	// EU law), with no share of its own for each country; a member's vote
	// against it is then its own part refused (SetCommonAct).
	commonAct            bool
	voteAgainst, voteFor map[string]bool // every form of the verbs of a vote refused or given (wordsets.txt)
}

// SetCommonAct says the proposal is one decision taken together, with no
// share of its own for each country: a question with no own-share nouns.
func (f *Frames) SetCommonAct(common bool) { f.commonAct = common }

// role is what a function word does in composition (grammar.txt).
type role uint16

const (
	roleNegator role = 1 << iota
	roleRefusal
	roleAuxiliary
	rolePossible
	roleObligation
	roleNotYet
	roleQuestion
	roleNobody
	roleNothing
	roleClaim
	roleLight
	rolePremise
	roleSaying
	roleCatenative
)

var roleNames = map[string]role{
	"negator": roleNegator, "refusal": roleRefusal, "auxiliary": roleAuxiliary, "possible": rolePossible,
	"obligation": roleObligation, "notyet": roleNotYet, "question": roleQuestion, "nobody": roleNobody,
	"nothing": roleNothing, "claim": roleClaim, "light": roleLight, "premise": rolePremise, "saying": roleSaying,
	"catenative": roleCatenative,
}

func lines(name string) ([]string, error) { return datafile.Lines(data, name) }

// wordSets are the named sets of wordsets.txt, read once.
var wordSets = datafile.MustSets(data, "wordsets.txt")

// wordSet is one set of wordsets.txt.
func wordSet(name string) map[string]bool { return wordSets.Set(name) }

// Default compiles the embedded frames; they are part of the binary, so an
// error is a build bug.
func Default() *Frames {
	f, err := Compile()
	if err != nil {
		panic(err)
	}
	return f
}

// Compile reads the embedded lexicon files.
func Compile() (*Frames, error) { return CompileWith(nil, nil) }

// FrameError is a bad frame line given to CompileWith: Index is its place
// in the list given, from 0.
type FrameError struct {
	Index int
	Line  string
	Err   error
}

func (e *FrameError) Error() string { return fmt.Sprintf("frame %q: %v", e.Line, e.Err) }

// CompileWith reads the embedded lexicon files and adds the frames given
// (in frames.txt's syntax: class, tab, pattern, tab, options), for
// wordings special to one debate, and references back to its proposal (in
// references.txt's syntax).
func CompileWith(extra, references []string) (*Frames, error) {
	f := &Frames{byFirst: map[string][]*frame{}, refs: map[string][]*frame{}, grammar: map[string]role{}, irregular: map[string][]string{}, participles: map[string]bool{}}
	gram, err := lines("grammar.txt")
	if err != nil {
		return nil, err
	}
	for _, l := range gram {
		name, words, _ := strings.Cut(l, "\t")
		r, ok := roleNames[name]
		if !ok {
			return nil, fmt.Errorf("grammar.txt: unknown role %q", name)
		}
		for _, w := range strings.Fields(words) {
			f.grammar[w] |= r
		}
	}
	irr, err := lines("inflections.txt")
	if err != nil {
		return nil, err
	}
	for _, l := range irr {
		cols := strings.Split(l, "\t")
		if len(cols) != 5 {
			return nil, fmt.Errorf("inflections.txt: %q needs 5 columns", l)
		}
		var forms []string
		for _, c := range cols[1:] {
			forms = append(forms, strings.Split(c, "|")...)
		}
		f.irregular[cols[0]] = forms
		for _, pp := range strings.Split(cols[3], "|") {
			f.participles[pp] = true
		}
	}
	f.knowing = wordSet("knowing-verbs")
	f.undoing = verbForms(wordSet("undoing-verbs"), f.irregular)
	f.voteAgainst, f.voteFor = verbForms(wordSet("vote-refusing-verbs"), f.irregular), verbForms(wordSet("vote-giving-verbs"), f.irregular)
	frameLines, err := lines("frames.txt")
	if err != nil {
		return nil, err
	}
	builtin := len(frameLines)
	frameLines = append(frameLines, extra...)
	for n, l := range frameLines {
		fr, err := f.parseFrame(l)
		if err != nil && n >= builtin {
			return nil, &FrameError{Index: n - builtin, Line: l, Err: err}
		}
		if err != nil {
			return nil, fmt.Errorf("frames.txt: frame %d %q: %v", n+1, l, err)
		}
		switch first := fr.elems[0]; first.kind {
		case elemProposal:
			f.proposal = append(f.proposal, fr)
		case elemAct:
			f.act = append(f.act, fr)
		case elemWords:
			for w := range first.words {
				f.byFirst[w] = append(f.byFirst[w], fr)
			}
		}
	}
	f.indexNeeds()
	refLines, err := lines("references.txt")
	if err != nil {
		return nil, err
	}
	for _, l := range append(refLines, references...) {
		fr, err := f.parseFrame("question\t" + l) // a pattern alone; its class is not read
		if err != nil || fr.elems[0].kind != elemWords {
			return nil, fmt.Errorf("references.txt: %q: a pattern opening with a word: %v", l, err)
		}
		fr.text = l
		for w := range fr.elems[0].words {
			f.refs[w] = append(f.refs[w], fr)
		}
	}
	return f, nil
}

// RefersBack reports a clause that points back to the proposal with one
// of the reference phrases ("such a move", "the idea").
func (f *Frames) RefersBack(w []Word) bool {
	for i := range w {
		if f.referencePhraseAt(w, i) {
			return true
		}
	}
	return false
}

// referencePhraseAt reports a reference phrase opening at word i.
func (f *Frames) referencePhraseAt(w []Word, i int) bool {
	if !w[i].Word {
		return false
	}
	for _, fr := range f.refs[w[i].Fold] {
		if end, _ := f.matchAt(fr.elems, w, i); end >= 0 && !(end < len(w) && w[end].Fold == "of" && w[end-1].Fold != "it") {
			return true // not "the idea of a ceasefire": the "of" says what it is
		}
	}
	return false
}

// Forms lists a verb's forms: base, third person, past, participle, -ing.
func (f *Frames) Forms(base string) []string { return forms(base, f.irregular) }

// Opens reports a word that opens a frame: a predicate, not a modifier.
func (f *Frames) Opens(fold string) bool {
	return len(f.byFirst[fold]) > 0
}

func (f *Frames) parseFrame(line string) (*frame, error) {
	cols := strings.Split(line, "\t")
	if len(cols) < 2 || len(cols) > 3 {
		return nil, fmt.Errorf("want class, pattern and options")
	}
	fr := &frame{text: cols[0] + " " + cols[1]}
	if c, ok := classNames[cols[0]]; ok {
		fr.class = c
	} else if s := model.Stance(cols[0]); s.Valid() && s != model.None {
		fr.class, fr.stance = classFixed, s
	} else {
		return nil, fmt.Errorf("unknown class %q", cols[0])
	}
	if len(cols) == 3 {
		for _, o := range strings.Fields(cols[2]) {
			switch o {
			case "owners":
				fr.owners = true
			case "fallback":
				fr.fallback = true
			case "object":
				fr.object = true
			case "strict":
				fr.object, fr.strict = true, true
			case "subject":
				fr.subject = true
			case "closes":
				fr.closes = true
			case "inside":
				fr.inside = true
			case "home":
				fr.home = true
			case "request":
				fr.request = true
			case "contrary":
				fr.contrary = true
			case "halt":
				fr.haltOnly = true
			default:
				return nil, fmt.Errorf("unknown option %q", o)
			}
		}
	}
	for _, item := range strings.Fields(cols[1]) {
		var e elem
		switch {
		case item == "{P}":
			e.kind, fr.topical = elemProposal, true
		case item == "{A}":
			e.kind = elemAct
		case item == "{T}":
			e.kind = elemTarget
		case strings.HasPrefix(item, "*"):
			e.kind, e.n = elemGap, 3
			digits, commas := strings.CutSuffix(item[1:], ",")
			e.commas = commas
			if len(digits) > 0 {
				n, err := strconv.Atoi(digits)
				if err != nil || n < 1 {
					return nil, fmt.Errorf("bad gap %q", item)
				}
				e.n = n
			}
		default:
			e.kind, e.words = elemWords, map[string]bool{}
			if rest, ok := strings.CutPrefix(item, "?"); ok {
				if strings.HasPrefix(rest, "*") {
					return nil, fmt.Errorf("%q: a gap is optional already (*N is up to N words)", item)
				}
				e.optional, item = true, rest
			}
			for _, alt := range strings.Split(item, "|") {
				switch {
				case alt == "{P}" || alt == "{A}":
					// an alternative of a proposal word and literals: "{P}|mission"
					e.words[alt] = true
					e.orProposal = e.orProposal || alt == "{P}"
					e.orAct = e.orAct || alt == "{A}"
					fr.topical = fr.topical || alt == "{P}"
				case strings.HasSuffix(alt, "~"):
					e.verb = true
					for _, form := range forms(strings.TrimSuffix(alt, "~"), f.irregular) {
						e.words[form] = true
					}
				case alt == "":
					return nil, fmt.Errorf("empty alternative in %q", item)
				default:
					e.words[alt] = true
					e.not = e.not || alt == "not"
				}
			}
		}
		fr.elems = append(fr.elems, e)
	}
	if first := fr.elems[0]; fr.class == classFavor && first.verb && (first.words["want"] || first.words["need"] || first.words["seek"] || first.words["wish"]) {
		for i := range fr.elems {
			fr.elems[i].ownAct = fr.elems[i].kind == elemGap
		}
	}
	if k := fr.elems[0]; k.kind == elemGap || k.kind == elemTarget || k.optional || k.kind == elemWords && (k.words["{P}"] || k.words["{A}"]) {
		return nil, fmt.Errorf("a frame must open with a word, {P} or {A}")
	}
	if n := len(fr.elems); n >= 2 && fr.elems[n-1].kind == elemProposal && fr.elems[n-2].kind == elemWords && !fr.elems[n-2].optional {
		fr.elems[n-1].refTail = true
	}
	return fr, nil
}

package loader

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"standpoint/loader/question"
	"standpoint/model"
)

const twoDebates = `Allies split on missiles and troops

Chancellor Olaf Scholz said Germany would not supply Taurus missiles to Ukraine.
President Emmanuel Macron said France could send troops to Ukraine one day.
`

// Two questions over one corpus: each position names the question it
// answers, and each question's view has the stances read for it alone.
func TestTwoQuestionsOverOneCorpus(t *testing.T) {
	fsys := fstest.MapFS{"a.txt": {Data: []byte(twoDebates)}}
	missiles, troops := question.Builtin("long-range-missiles"), question.Builtin(question.DefaultID)
	c, err := LoadFS(fsys, "", Options{Questions: []*question.Question{missiles, troops}})
	if err != nil {
		t.Fatal(err)
	}
	if got := c.QuestionIDs(); len(got) != 2 || got[0] != missiles.ID || got[1] != troops.ID || c.Question != missiles.Text {
		t.Fatalf("questions %v, question %q", got, c.Question)
	}
	for _, a := range c.Actors {
		if len(a.Positions) != 2 || a.Positions[0].Question == a.Positions[1].Question {
			t.Errorf("%s: positions %+v, want one per question", a.Name, a.Positions)
		}
	}
	stances := func(view *model.Corpus) map[string]model.Stance {
		m := map[string]model.Stance{}
		for _, a := range view.Actors {
			m[a.Name] = a.Stance
		}
		return m
	}
	onMissiles, onTroops := stances(c.ForQuestion(missiles.ID)), stances(c.ForQuestion(troops.ID))
	if onMissiles["Olaf Scholz"] != model.RulesOut || onMissiles["Emmanuel Macron"] != model.None {
		t.Errorf("missiles: %v", onMissiles)
	}
	if onTroops["Emmanuel Macron"] == model.None || onTroops["Olaf Scholz"] != model.None {
		t.Errorf("troops: %v", onTroops)
	}
	if got := stances(c); got["Olaf Scholz"] != model.RulesOut {
		t.Errorf("the corpus' own stances are the first question's: %v", got)
	}
}

// With no question given, the built-in one is read and positions name none.
func TestDefaultQuestion(t *testing.T) {
	c, err := LoadFS(fstest.MapFS{"a.txt": {Data: []byte(twoDebates)}}, "", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Questions) != 1 || c.Questions[0].ID != question.DefaultID || c.Question != model.Question {
		t.Fatalf("questions %+v", c.Questions)
	}
	for _, a := range c.Actors {
		for _, p := range a.Positions {
			if p.Question != "" {
				t.Errorf("%s: position names question %q", a.Name, p.Question)
			}
		}
	}
}

// A pattern that does not compile is the file's error, at its line.
func TestCheckQuestionsNamesTheLine(t *testing.T) {
	q, err := question.Parse("bad.toml", []byte("id = \"x\"\nquestion = \"Q?\"\nproposal = [\"ok\",\n  \"a(b\"]\nacts = [\"do\"]\n"))
	if err != nil {
		t.Fatal(err)
	}
	err = CheckQuestions([]*question.Question{q})
	if err == nil || err.Error()[:11] != "bad.toml:4:" {
		t.Errorf("got %v, want bad.toml:4: …", err)
	}
	q, err = question.Parse("frame.toml", []byte("id = \"x\"\nquestion = \"Q?\"\nproposal = [\"ok\"]\nacts = [\"do\"]\n[[frames]]\nclass = \"wish\"\npattern = \"hope~ for {P}\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	if err := CheckQuestions([]*question.Question{q}); err == nil || err.Error()[:13] != "frame.toml:7:" {
		t.Errorf("got %v, want frame.toml:7: …", err)
	}
}

const loanQuestion = `id = "loan"
question = "Should the frozen assets back a loan to Ukraine?"
proposal = ['(?:a |the )?reparations loans?', "the commission's plan"]
acts = ['lend', 'lent']
`

// The head noun of a proposal phrase refers back to it ("a reparations
// loan" … "the loan"), and a phrase written with a possessive matches the
// text's possessive.
func TestHeadNounsReferBackAndPossessivesMatch(t *testing.T) {
	q, err := question.Parse("loan.toml", []byte(loanQuestion))
	if err != nil {
		t.Fatal(err)
	}
	text := "Leaders weigh loan\n\nLeaders discussed a reparations loan for Ukraine on Thursday. " +
		"Prime Minister Jan Peeters said Belgium would not back the loan. " +
		"Prime Minister Ida Holm said Denmark supported the Commission's plan.\n"
	c, err := LoadFS(fstest.MapFS{"a.txt": {Data: []byte(text)}}, "", Options{Questions: []*question.Question{q}})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]model.Stance{}
	for _, a := range c.Actors {
		got[a.Name] = a.Stance
	}
	// A loan the union backs together: "would not back" it is Belgium's own
	// part refused.
	if got["Jan Peeters"] != model.RulesOut || got["Ida Holm"] != model.Supports {
		t.Errorf("stances %v, want Jan Peeters rules_out (the loan), Ida Holm supports (the Commission's plan)", got)
	}
	set, _ := newPhraseSet(q.Proposal)
	refs := headReferences(headNouns(set, func(string) bool { return false }))
	if len(refs) != 1 || refs[0] != "the|this|that|such ?a|an loan|loans|plan" {
		t.Errorf("head references %q", refs)
	}
}

// A "~" after an act's first word reads every form of the verb; without
// it the word is read as written. A question's own verb is its act even
// where a generic frame reads it otherwise ("block" is against troops, but
// carries out a ban).
func TestActsWithATildeReadEveryForm(t *testing.T) {
	src := `id = "vidtok"
question = "Should VidTok be banned?"
proposal = ['vidtok']
acts = ['throttle~', 'choke', 'block~']
`
	text := "VidTok under fire\n\nLawmakers debated VidTok on Monday. " +
		"Prime Minister Jan Peeters said Belgium had throttled VidTok. " +
		"Prime Minister Ida Holm said Denmark choked VidTok. " +
		"President Anna Kovac said Croatia blocked VidTok.\n"
	got := stancesUnder(t, src, text)
	if got["Jan Peeters"] != model.Supports || got["Ida Holm"] != model.None || got["Anna Kovac"] != model.Supports {
		t.Errorf("stances %v, want Jan Peeters supports ('throttled' from throttle~), Ida Holm none ('choked' is not 'choke'), Anna Kovac supports (the act, not the frame)", got)
	}
}

// In one article, as many sentences of openness as of support give
// openness: the hedge qualifies the pledge.
func TestAHedgeQualifiesAPledgeInOneArticle(t *testing.T) {
	text := "Troops for Ukraine\n\nPrime Minister Ida Holm said Denmark was ready to send troops to Ukraine.\n\n" +
		"Later Prime Minister Ida Holm said Denmark was open to sending troops to Ukraine.\n"
	if got := stancesUnder(t, "", text); got["Ida Holm"] != model.Open {
		t.Errorf("Ida Holm: %q, want open (all %v)", got["Ida Holm"], got)
	}
}

// Judgements of a proposal in any debate: "theft", "robbery", "a
// declaration of war" against it; "the only way", "supportive" for it.
func TestJudgementsOfAProposal(t *testing.T) {
	text := "Leaders weigh loan\n\nLeaders discussed a reparations loan for Ukraine on Thursday. " +
		"Spokesman Ivan Petrov called the reparations loan \"theft\". " +
		"Prime Minister Ida Holm said the reparations loan was the only way to fund Ukraine. " +
		"Prime Minister Jan Peeters said Belgium was supportive of a reparations loan.\n"
	got := stancesUnder(t, loanQuestion, text)
	if got["Ivan Petrov"] != model.Opposes || got["Ida Holm"] != model.Supports || got["Jan Peeters"] != model.Supports {
		t.Errorf("stances %v, want Petrov opposes, Holm and Peeters support", got)
	}
}

// A definite head noun names the proposal itself, so a frame that wants
// the proposal as its object finds it: "We need the invitation."
func TestDefiniteHeadNamesTheProposal(t *testing.T) {
	src := `id = "invite"
question = "Should Ukraine be invited to join the alliance?"
proposal = ['an invitation to join the alliance']
acts = ['invite~']
`
	text := "Summit opens\n\nLeaders discussed an invitation to join the alliance. " +
		"\"We need the invitation now,\" President Anna Kovac said.\n"
	if got := stancesUnder(t, src, text); got["Anna Kovac"] != model.Supports {
		t.Errorf("Anna Kovac: %q, want supports (all %v)", got["Anna Kovac"], got)
	}
}

// "came out strongly in favour", "not closing any door", "self-harm",
// "a historic step", in another debate.
func TestJudgementsAndIdiomsInAnotherDebate(t *testing.T) {
	text := "Leaders weigh loan\n\nLeaders discussed a reparations loan for Ukraine on Thursday. " +
		"Minister Sara Lind came out strongly in favour of the reparations loan. " +
		"Minister Marco Conti said Rome was not closing any door on the reparations loan. " +
		"Deputy Prime Minister Ivan Petrov called the reparations loan economic self-harm. " +
		"Commissioner Ida Holm called the reparations loan a historic step.\n"
	got := stancesUnder(t, loanQuestion, text)
	want := map[string]model.Stance{"Sara Lind": model.Supports, "Marco Conti": model.Open, "Ivan Petrov": model.Opposes, "Ida Holm": model.Supports}
	checkWanted(t, got, want)
}

// A negation reaches a noun predicate through a light verb and its
// article ("did not see a need"), "no" before such a predicate is its
// negator rather than a refusal of one's own share, "be part of" is taking
// part, and the proposal called "the answer" is backed by it.
func TestNegatedNeedsPartsAndAnswers(t *testing.T) {
	text := "Leaders weigh loan\n\nLeaders discussed a reparations loan for Ukraine on Thursday. " +
		"Minister Sara Lind said Sweden did not see a need for a reparations loan. " +
		"Minister Marco Conti said there was no need for a reparations loan. " +
		"Prime Minister Ivan Petrov said Slovakia would not be part of a reparations loan. " +
		"Minister Ida Holm said a reparations loan was not the answer. " +
		"Minister Jan Peeters said a reparations loan was the only answer.\n"
	got := stancesUnder(t, loanQuestion, text)
	want := map[string]model.Stance{"Sara Lind": model.Opposes, "Sweden": model.Opposes, "Marco Conti": model.Opposes,
		"Ivan Petrov": model.RulesOut, "Ida Holm": model.Opposes, "Jan Peeters": model.Supports}
	checkWanted(t, got, want)
}

// In an article about the proposal, "it" after a verb of backing or
// objecting is the proposal even a few sentences on; backing "in the
// abstract" or "in theory" is openness.
func TestItInAnArticleAboutTheProposal(t *testing.T) {
	text := "Reparations loan splits leaders\n\nLeaders discussed a reparations loan for Ukraine on Thursday. " +
		"The reparations loan would use frozen assets. Several capitals want guarantees first. " +
		"Talks went on late into the night over dinner. Diplomats expect a long summit.\n\n" +
		"The summit also discussed migration. Ministers met farmers outside. The weather was cold. " +
		"Police closed two streets. A new building houses the council.\n\n" +
		"Prime Minister Ivan Petrov said Slovakia would oppose it. " +
		"Minister Sara Lind said Sweden supported it in the abstract.\n"
	got := stancesUnder(t, loanQuestion, text)
	want := map[string]model.Stance{"Ivan Petrov": model.Opposes, "Sara Lind": model.Open}
	checkWanted(t, got, want)
}

// A proposal phrase that opens with one of the question's verbs is that
// verb done on the rest: "would formally recognise a free Veland" carries
// out "recognise a free Veland"; "will not recognise" refuses it.
func TestProposalOpeningWithAnAct(t *testing.T) {
	src := `id = "veland"
question = "Should governments recognise Veland?"
proposal = ['recognise a free veland', 'a free veland']
acts = ['recognise~']
`
	text := "Veland recognition\n\nPrime Minister Ida Holm said Denmark would formally recognise a free Veland next week. " +
		"Prime Minister Jan Peeters said Belgium would not recognise a free Veland.\n"
	got := stancesUnder(t, src, text)
	want := map[string]model.Stance{"Ida Holm": model.Supports, "Denmark": model.Supports, "Jan Peeters": model.RulesOut}
	checkWanted(t, got, want)
}

// The head of a proposal phrase that is the noun of one of the question's
// verbs names the proposal bare: "called for immediate recognition".
func TestActNounHeadNamesTheProposalBare(t *testing.T) {
	src := `id = "veland"
question = "Should governments recognise Veland?"
proposal = ['recognition of a free veland', 'recognised a free veland']
acts = ['recognise~']
`
	text := "Veland debate\n\nLeaders discussed Veland on Monday. " +
		"Minister Sara Lind said Sweden called for immediate recognition.\n"
	got := stancesUnder(t, src, text)
	if got["Sara Lind"] != model.Supports {
		t.Errorf("Sara Lind: %s, want supports (all %v)", got["Sara Lind"], got)
	}
	if n := len(actNounsOf(t, src)); n != 1 {
		t.Errorf("%d bare act nouns, want 1 (recognition; not the verb recognised)", n)
	}
}

// actNounsOf lists the one-word proposal phrases a question's heads added.
func actNounsOf(t *testing.T, src string) []string {
	t.Helper()
	q, err := question.Parse("q.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	tp, err := compileTopic(q, func(string) bool { return false }, nil)
	if err != nil {
		t.Fatal(err)
	}
	var bare []string
	for first, list := range tp.proposal {
		for _, words := range list {
			if len(words) == 1 && first != "veland" {
				bare = append(bare, first)
			}
		}
	}
	return bare
}

// A head noun names the proposal after "the new", "the proposed"; and
// "the decision" refers back to it as "the plan" does.
func TestNewHeadsAndDecisionsReferBack(t *testing.T) {
	src := `id = "target"
question = "Should allies commit to a spending target of five percent?"
proposal = ['a spending target of five percent']
acts = ['meet~']
`
	text := "Allies weigh target\n\nLeaders discussed a spending target of five percent on Monday. " +
		"Prime Minister Ida Holm said Denmark would meet the new target. " +
		"Prime Minister Jan Peeters condemned the decision.\n"
	got := stancesUnder(t, src, text)
	if got["Ida Holm"] != model.Supports || got["Jan Peeters"] != model.Opposes {
		t.Errorf("stances %v, want Ida Holm supports, Jan Peeters opposes", got)
	}
}

// "despite opposition from Germany and Hungary": the ones after "from"
// oppose the proposal named just before, when nothing else says their
// stance.
func TestOppositionFromNamesTheOpponents(t *testing.T) {
	text := "Leaders weigh loan\n\nThe reparations loan is expected to pass despite opposition from Germany and Hungary.\n"
	got := stancesUnder(t, loanQuestion, text)
	if got["Germany"] != model.Opposes || got["Hungary"] != model.Opposes {
		t.Errorf("stances %v, want Germany and Hungary opposed", got)
	}
}

// Organisations the gazetteer does not know are actors where a noun says
// what they are ("the carmaker Volkara", "the AVDI auto industry
// association", "Bremor's chief executive"); their bare name counts after
// that, and an outlet that "reported" is none.
func TestUnknownOrganisations(t *testing.T) {
	text := "Leaders weigh loan\n\nLeaders discussed a reparations loan for Ukraine on Thursday. " +
		"The carmaker Volkara opposes the reparations loan. The AVDI auto industry association said the reparations loan was a mistake. " +
		"Later Volkara said it would oppose it. Meridian reported the vote was close. " +
		"Spokesman Ivo Maric said that his group was divided.\n"
	got := stancesUnder(t, loanQuestion, text)
	checkWanted(t, got, map[string]model.Stance{"Volkara": model.Opposes, "AVDI": model.Opposes})
	if _, ok := got["Meridian"]; ok {
		t.Errorf("an outlet that reported is an actor: %v", got)
	}
	if _, ok := got["Ivo Maric"]; !ok {
		t.Errorf("a person before \"said that his group\" is no longer a person: %v", got)
	}
}

// An unknown name before a leader's title and a first name is an
// organisation ("Corvanta president Carlo Rossi"); a noun between two names
// is the second's ("Digital rights organisation Netzfrei"); a polling
// institute is no actor.
func TestOrganisationsByTheirLeaders(t *testing.T) {
	text := "Leaders weigh loan\n\nLeaders discussed a reparations loan for Ukraine on Thursday. " +
		"Corvanta president Carlo Rossi said the federation backed the reparations loan. " +
		"Digital rights organisation Netzfrei opposes the reparations loan. " +
		"A survey by the polling institute Demora found most voters opposed the reparations loan. " +
		"Former president Anna Berg said she backed the reparations loan.\n"
	got := stancesUnder(t, loanQuestion, text)
	checkWanted(t, got, map[string]model.Stance{"Corvanta": model.Supports, "Netzfrei": model.Opposes})
	for _, name := range []string{"Digital", "Demora", "Former"} {
		if _, ok := got[name]; ok {
			t.Errorf("%s is an actor: %v", name, got)
		}
	}
}

// The owner of "X's decision to", "X's call for" backs it, as the owner
// of "X's plan to" does.
func TestDecisionsAndCallsOfOwners(t *testing.T) {
	text := "Leaders weigh loan\n\nLeaders discussed a reparations loan for Ukraine on Thursday. " +
		"Sweden's call for a reparations loan was heard in Brussels. Denmark's decision to back a reparations loan came later.\n"
	got := stancesUnder(t, loanQuestion, text)
	checkWanted(t, got, map[string]model.Stance{"Sweden": model.Supports, "Denmark": model.Supports})
}

// A head noun after a nationality names the proposal: "the Polish checks",
// "German controls".
func TestHeadsAfterNationalities(t *testing.T) {
	text := "Leaders weigh loan\n\nLeaders discussed a reparations loan for Ukraine on Thursday. " +
		"Prime Minister Ida Holm said Denmark supported the Belgian loan. Minister Jan Peeters condemned Dutch loans.\n"
	got := stancesUnder(t, loanQuestion, text)
	checkWanted(t, got, map[string]model.Stance{"Ida Holm": model.Supports, "Jan Peeters": model.Opposes})
}

// A phrase matches the text hyphenated or split: "fast track" reads
// "fast-track", "cease-fire" reads "cease fire".
func TestPhrasesMatchHyphenatedOrSplit(t *testing.T) {
	set, err := newPhraseSet([]string{"fast track membership", "cease-fire"})
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{"fast-track membership", "fast track membership", "cease fire", "cease-fire"} {
		if !phraseOpens(set, text) {
			t.Errorf("%q not matched", text)
		}
	}
}

// phraseOpens reports a phrase of set that text opens with.
func phraseOpens(set phraseSet, text string) bool {
	tokens := tokenize(text, 0)
	for _, words := range set[tokens[0].fold] {
		if len(words) <= len(tokens) && wordsAt(tokens, 0, words) {
			return true
		}
	}
	return false
}

// stancesUnder loads one article with the question in src (TOML; the
// built-in one when src is empty) and returns each actor's stance.
func stancesUnder(t *testing.T, src, text string) map[string]model.Stance {
	t.Helper()
	var opt Options
	if src != "" {
		q, err := question.Parse("q.toml", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		opt.Questions = []*question.Question{q}
	}
	c, err := LoadFS(fstest.MapFS{"a.txt": {Data: []byte(text)}}, "", opt)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]model.Stance{}
	for _, a := range c.Actors {
		got[a.Name] = a.Stance
	}
	return got
}

// checkWanted reports each actor whose stance is not the one wanted.
func checkWanted(t *testing.T, got, want map[string]model.Stance) {
	t.Helper()
	for name, w := range want {
		if got[name] != w {
			t.Errorf("%s: %s, want %s (all %v)", name, got[name], w, got)
		}
	}
}

// A phrase's head is the one of the phrase as written: its hyphenated
// variants ("boots on-the ground", "leave the-ottawa treaty") name no head
// of their own, so "the ground" and "the treaty" do not become the proposal.
func TestHyphenVariantsAddNoHeads(t *testing.T) {
	set, err := newPhraseSet([]string{"boots on the ground", "leave the ottawa treaty", "a peace keeping force"})
	if err != nil {
		t.Fatal(err)
	}
	got := headNouns(set, func(string) bool { return false })
	if want := []string{"boots", "force", "leave"}; !slices.Equal(got, want) {
		t.Errorf("heads %q, want %q", got, want)
	}
}

// A clause a few sentences on that points back with the question's own
// head noun ("such a loan") is read: the gate before the frames knows the
// question's references, not only the generic ones.
func TestHeadReferenceAFewSentencesOn(t *testing.T) {
	text := "Leaders meet in Brussels\n\nLeaders discussed a reparations loan for Ukraine on Thursday. " +
		"The summit also discussed migration. Ministers met farmers outside. The weather was cold. " +
		"Police closed two streets. A new building houses the council. Diplomats expect a long night. " +
		"Minister Sara Lind said Sweden would oppose such a loan.\n"
	got := stancesUnder(t, loanQuestion, text)
	checkWanted(t, got, map[string]model.Stance{"Sara Lind": model.Opposes})
}

// A plural head bare after the question's verb names the proposal: "will
// not introduce checks"; bare elsewhere it does not.
func TestPluralHeadsAfterTheVerb(t *testing.T) {
	src := `id = "checks"
question = "Should Schengen states bring back border checks?"
proposal = ['border checks']
acts = ['introduce~', 'reintroduce~']
`
	text := "Checks at the border\n\nGermany extended border checks on Monday. " +
		"Interior Minister Jan Novak said the Czech Republic will not introduce checks of its own. " +
		"Minister Eva Holm said the checks she saw at the airport were slow.\n"
	got := stancesUnder(t, src, text)
	if got["Jan Novak"] != model.RulesOut {
		t.Errorf("Jan Novak: %s, want rules_out (all %v)", got["Jan Novak"], got)
	}
	if s := got["Eva Holm"]; s != model.None && s != "" {
		t.Errorf("Eva Holm: %s, want none (all %v)", s, got)
	}
}

// A head after a possessive or a word saying it is proposed names the
// proposal: "the European Union's proposed regulation".
func TestHeadsAfterPossessivesAndProposed(t *testing.T) {
	src := `id = "scan"
question = "Should the EU adopt the message-scanning regulation?"
proposal = ['the message scanning regulation']
acts = ['adopt~']
`
	text := "Scanning law\n\nMinisters met on the message scanning regulation on Monday. " +
		"Germany will not support the European Union's proposed regulation, Justice Minister Eva Kranz said.\n"
	got := stancesUnder(t, src, text)
	if got["Germany"] != model.RulesOut { // its own vote, in a regulation adopted together
		t.Errorf("Germany: %s, want rules_out (all %v)", got["Germany"], got)
	}
}

// Three-letter heads ("fee", "tax", "ban") refer back like longer ones:
// "a handling fee on small parcels" goes on as "the fee".
func TestShortHeadsReferBack(t *testing.T) {
	set, err := newPhraseSet([]string{"a handling fee on small parcels", "a digital tax", "a visa ban"})
	if err != nil {
		t.Fatal(err)
	}
	got := headNouns(set, func(string) bool { return false })
	if want := []string{"ban", "fee", "tax"}; !slices.Equal(got, want) {
		t.Errorf("heads %q, want %q", got, want)
	}
}

// "pushed it" and "wants it", right after the proposal was named, back it;
// "would destroy the economy" opposes it.
func TestPushedItAndDestroyTheEconomy(t *testing.T) {
	text := "Leaders weigh loan\n\nLeaders discussed a reparations loan for Ukraine on Thursday. Sweden pushed it.\n\n" +
		"Leaders discussed a reparations loan for Ukraine again. Hungary said the reparations loan would destroy the economy.\n"
	got := stancesUnder(t, loanQuestion, text)
	checkWanted(t, got, map[string]model.Stance{"Sweden": model.Supports, "Hungary": model.Opposes})
}

// A pronoun object followed by a when or how is still the proposal just
// named: "wants it in force by June", "will fight it every step of the way".
func TestPronounObjectWithAdjunct(t *testing.T) {
	text := "Leaders weigh loan\n\nLeaders discussed a reparations loan for Ukraine on Thursday. Sweden wants it in force by June.\n\n" +
		"Leaders discussed a reparations loan for Ukraine again. Hungary will fight it every step of the way.\n"
	got := stancesUnder(t, loanQuestion, text)
	checkWanted(t, got, map[string]model.Stance{"Sweden": model.Supports, "Hungary": model.Opposes})
}

// Countries beyond Europe's neighbours are actors too: a debate on trade
// or migration names Argentina, Rwanda or Tunisia.
func TestCountriesBeyondEurope(t *testing.T) {
	text := "Leaders weigh loan\n\nLeaders discussed a reparations loan for Ukraine on Thursday. Argentina backed the reparations loan, and Tunisia rejected the reparations loan.\n"
	got := stancesUnder(t, loanQuestion, text)
	checkWanted(t, got, map[string]model.Stance{"Argentina": model.Supports, "Tunisia": model.Opposes})
}

// A person whose first name the lexicon knows is named without a title or
// a verb of saying ("Esther Duflo has backed it"); where a question was
// debated ("in Paris") holds no stance.
func TestFirstNamesAndDebatedIn(t *testing.T) {
	text := "Leaders weigh loan\n\nThe reparations loan was debated in Paris on Thursday. Esther Duflo has backed the reparations loan.\n"
	got := stancesUnder(t, loanQuestion, text)
	checkWanted(t, got, map[string]model.Stance{"Esther Duflo": model.Supports})
	if s := got["France"]; s != "" && s != model.None {
		t.Errorf("France = %q: where it was debated is no stance", s)
	}
}

// A run of capitalised words with a body's head noun names an
// organisation the gazetteer does not know ("the British Heart
// Foundation", "the Association of Convenience Stores"), not a person; a
// think tank is one too, but what its analyst says is the analyst's own;
// and a place before "the" is no part of the name.
func TestNamedBodies(t *testing.T) {
	text := "Leaders weigh loan\n\nLeaders discussed a reparations loan for Ukraine on Thursday. " +
		"The British Heart Foundation welcomed the reparations loan. The Association of Convenience Stores warned against the reparations loan. " +
		"In Copenhagen the Red-Green Alliance opposed the reparations loan. Anna Berg of the Nordic Institute for Security Studies said the reparations loan was a mistake.\n"
	got := stancesUnder(t, loanQuestion, text)
	checkWanted(t, got, map[string]model.Stance{"British Heart Foundation": model.Supports, "Association of Convenience Stores": model.Opposes, "Red-Green Alliance": model.Opposes})
	text = "Leaders weigh loan\n\nThe British Medical Association spoke first. Leaders discussed a reparations loan for Ukraine on Thursday. The BMA backed the reparations loan.\n"
	checkWanted(t, stancesUnder(t, loanQuestion, text), map[string]model.Stance{"British Medical Association": model.Supports})
	text = "Leaders weigh loan\n\nLeaders discussed a reparations loan for Ukraine on Thursday. The Bremish Government backed the reparations loan. The German Government opposed the reparations loan.\n"
	checkWanted(t, stancesUnder(t, loanQuestion, text), map[string]model.Stance{"Bremish Government": model.Supports, "Germany": model.Opposes})
	if _, ok := got["Copenhagen the Red-Green Alliance"]; ok {
		t.Errorf("a place is part of a name: %v", got)
	}
	if s := got["Nordic Institute for Security Studies"]; s != model.None {
		t.Errorf("Nordic Institute for Security Studies = %q, want none: its analyst speaks for herself (%v)", s, got)
	}
}

// A phrase that opens with "a" reads "an" too: 'a (?:outright )?ban' is
// "an outright ban".
func TestArticleVariants(t *testing.T) {
	set, err := newPhraseSet([]string{"a (?:outright )?ban"})
	if err != nil {
		t.Fatal(err)
	}
	if !set.has([]string{"an", "outright", "ban"}) || !set.has([]string{"a", "ban"}) {
		t.Errorf("phrases %v, want \"an outright ban\" and \"a ban\"", set)
	}
}

// levyQuestion is a debate whose proposal's head ("levy") is not its verb.
const levyQuestion = `id = "levy"
question = "Should small parcels pay a levy?"
proposal = ['a levy on small parcels']
acts = ['impose~']
`

// levyLead opens the levy tests' articles: a headline and a sentence that
// names the proposal.
const levyLead = "Parcel levy\n\nMinisters discussed a levy on small parcels on Thursday. "

// checkLevy checks the stances an article reads under levyQuestion.
func checkLevy(t *testing.T, text string, want map[string]model.Stance) {
	t.Helper()
	checkWanted(t, stancesUnder(t, levyQuestion, text), want)
}

// "any" before a head names the proposal: "rejected any levy" in a debate
// on "a levy on small parcels".
func TestAnyHead(t *testing.T) {
	text := levyLead + "Sweden rejected any levy.\n"
	got := stancesUnder(t, levyQuestion, text)
	checkWanted(t, got, map[string]model.Stance{"Sweden": model.Opposes})
}

// "would fight any levy" and "would fuel a black market" oppose it.
func TestFightAndBlackMarket(t *testing.T) {
	text := levyLead + "Sweden said it would fight any levy at every stage. " +
		"Ministers discussed a levy on small parcels again. The retailers' federation said the levy on small parcels would fuel a black market.\n"
	got := stancesUnder(t, levyQuestion, text)
	checkWanted(t, got, map[string]model.Stance{"Sweden": model.Opposes})
}

// Regions with governments of their own are actors where the policy is
// theirs: "Bavaria will ban it", "the Scottish government backed it".
// A body's name may hold a title after "of" and an apostrophe.
func TestBodiesWithTitlesAndApostrophes(t *testing.T) {
	text := "Leaders weigh loan\n\nLeaders discussed a reparations loan for Ukraine on Thursday. The National Association of Head Teachers opposed the reparations loan. The Teachers' Union of Ireland backed the reparations loan.\n"
	checkWanted(t, stancesUnder(t, loanQuestion, text), map[string]model.Stance{"National Association of Head Teachers": model.Opposes, "Teachers' Union of Ireland": model.Supports})
}

func TestRegionsAsActors(t *testing.T) {
	text := "Leaders weigh loan\n\nLeaders discussed a reparations loan for Ukraine on Thursday. Bavaria opposed the reparations loan, and the Scottish government backed the reparations loan.\n"
	checkWanted(t, stancesUnder(t, loanQuestion, text), map[string]model.Stance{"Bavaria": model.Opposes, "Scotland": model.Supports})
}

// A head that is also the proposal's verb carries it out without being
// listed in acts: "urged all countries to tax sugary drinks" in a debate
// on "a sugar tax".
func TestVerbalHeads(t *testing.T) {
	q := `id = "sugar"
question = "Should sugary drinks be taxed?"
proposal = ['a sugar tax']
acts = ['introduce~']
`
	text := "Sugar tax\n\nMinisters discussed a sugar tax on Thursday. Sweden plans to tax sugary drinks.\n"
	checkWanted(t, stancesUnder(t, q, text), map[string]model.Stance{"Sweden": model.Supports})
}

// A portfolio word inside a body's name is part of it ("the Federal
// Health Authority"); "who" is not the WHO.
func TestPortfolioInsideBodiesAndWho(t *testing.T) {
	text := "Leaders weigh loan\n\nLeaders discussed a reparations loan for Ukraine on Thursday. The Nordic Health Alliance, who met in Oslo, backed the reparations loan. The WHO opposed the reparations loan.\n"
	checkWanted(t, stancesUnder(t, loanQuestion, text), map[string]model.Stance{"Nordic Health Alliance": model.Supports, "World Health Organization": model.Opposes})
}

// An article and a word that qualifies the head name the proposal too:
// "called for a broader levy", "rejected a flat levy" in a debate on "a
// levy on small parcels"; a head with a word the list does not hold
// ("a customs levy") does not.
func TestQualifiedHeads(t *testing.T) {
	text := levyLead + "Sweden called for a broader levy. Denmark rejected a flat levy.\n"
	checkLevy(t, text, map[string]model.Stance{"Sweden": model.Supports, "Denmark": model.Opposes})
	text = "Parcel levy\n\nSweden rejected a customs levy.\n"
	if got := stancesUnder(t, levyQuestion, text); got["Sweden"] != model.None && got["Sweden"] != "" {
		t.Errorf("Sweden: %v, want no stance for a levy the question does not name", got["Sweden"])
	}
}

// Undoing the proposal is against it ("vowed to scrap the levy", "wants it
// abolished"); making the case for it and speaking for it back it; leaning
// towards it is openness.
func TestUndoingAndArguingFrames(t *testing.T) {
	text := levyLead + "Sweden vowed to scrap the levy. " +
		"Ministers discussed a levy on small parcels again. The Left Party wants it abolished. " +
		"Denmark made the case for a levy on small parcels. Finland is leaning towards the levy. Estonia has spoken for the levy.\n"
	checkLevy(t, text, map[string]model.Stance{
		"Sweden": model.Opposes, "Die Linke": model.Opposes, "Denmark": model.Supports, "Finland": model.Open, "Estonia": model.Supports})
}

// An acronym the gazetteer does not know is an organisation when the
// words around it make one: "The KZPR backed …", "the FNV says", "TUV
// general secretary …", "chair of BSRK"; "the GDP" and a bare acronym
// stay none.
func TestAcronymBodies(t *testing.T) {
	text := "Leaders weigh loan\n\nLeaders discussed a reparations loan for Ukraine on Thursday. The KZPR backed the reparations loan. " +
		"The FNV says the reparations loan is a mistake. TUV general secretary Jan Mol spoke. The head of BSRK spoke. " +
		"The GDP will grow. XYZW tables were set.\n"
	got := stancesUnder(t, loanQuestion, text)
	checkWanted(t, got, map[string]model.Stance{"KZPR": model.Supports, "FNV": model.Opposes, "TUV": model.None})
	if _, ok := got["BSRK"]; !ok {
		t.Errorf("BSRK is no actor: %v", got)
	}
	for _, name := range []string{"GDP", "XYZW"} {
		if _, ok := got[name]; ok {
			t.Errorf("%s is an actor: %v", name, got)
		}
	}
}

// A body head the gazetteer knows alone as a one-word name (the Polish
// party "Confederation") opens a longer name with "of": "the
// Confederation of Icelandic Enterprise" is a body of its own, and so are
// plural heads ("the British Chambers of Commerce").
func TestLongerBodyNameOverGazetteerWord(t *testing.T) {
	text := "Leaders weigh loan\n\nLeaders discussed a reparations loan for Ukraine on Thursday. The Confederation of Icelandic Enterprise opposed the reparations loan. " +
		"The British Chambers of Commerce backed the reparations loan.\n"
	got := stancesUnder(t, loanQuestion, text)
	checkWanted(t, got, map[string]model.Stance{"Confederation of Icelandic Enterprise": model.Opposes, "British Chambers of Commerce": model.Supports})
	if _, ok := got["Confederation"]; ok {
		t.Errorf("the party Confederation is an actor: %v", got)
	}
}

// Judgements of the proposal: "called the levy ruinous", "a job killer",
// "a game changer", "the wrong answer"; "pointless to guess" judges the
// guessing, and "he is wrong" a person, not the proposal.
func TestJudgementWords(t *testing.T) {
	text := levyLead + "Sweden called the levy ruinous. " +
		"Denmark said the levy would be a game changer. Norway called the levy a job killer. Finland said the levy was the wrong answer. " +
		"Estonia said it was pointless to guess the yield of the levy.\n"
	checkLevy(t, text, map[string]model.Stance{
		"Sweden": model.Opposes, "Denmark": model.Supports, "Norway": model.Opposes, "Finland": model.Opposes, "Estonia": model.None})
}

// "consider" that judges is no weighing: "considered the levy a mistake"
// is against it, "We consider that the levy is ruinous" says what its
// complement says; "is considering the levy" still weighs it.
func TestConsiderThatJudges(t *testing.T) {
	text := levyLead + "Poland considered the levy a mistake. " +
		"\"We consider that the levy is ruinous,\" said Minister Jan Kral. Denmark is considering the levy.\n"
	checkLevy(t, text, map[string]model.Stance{"Poland": model.Opposes, "Jan Kral": model.Opposes, "Denmark": model.Open})
}

// Asking for the proposal to be suspended is against it; "said in the same
// week" takes over no stance.
func TestAskedSuspendedAndSameDay(t *testing.T) {
	text := levyLead + "Sweden has asked for the levy to be suspended until July. " +
		"Norway opposed the levy. Denmark said in the same week that it would host a meeting.\n"
	checkLevy(t, text, map[string]model.Stance{"Sweden": model.Opposes, "Norway": model.Opposes, "Denmark": model.None})
}

// A person whose role "its" owns speaks for the organisation just named:
// "The Swedish Trade Federation has spoken out. Its chair Anna Berg said
// …", "Erik Holm, its director, said …".
func TestItsRoleSpeaksForTheOrganisationJustNamed(t *testing.T) {
	text := levyLead + "The Swedish Trade Federation has spoken out. Its chair Anna Berg said the levy was a mistake. " +
		"The Danish Chamber of Commerce was less clear. Erik Holm, its director, said he backed the levy.\n"
	checkLevy(t, text, map[string]model.Stance{
		"Swedish Trade Federation": model.Opposes, "Anna Berg": model.Opposes, "Danish Chamber of Commerce": model.Supports, "Erik Holm": model.Supports})
}

// An organisation's possessive before a person's title makes the person
// its voice: "Cepyme's chairman Gerardo Cuerva said …".
func TestPossessiveOrgRole(t *testing.T) {
	text := levyLead + "Cepyme's chairman Gerardo Cuerva said the levy was a mistake.\n"
	checkLevy(t, text, map[string]model.Stance{"Cepyme": model.Opposes, "Gerardo Cuerva": model.Opposes})
}

// "Their leader X" and "the union's general secretary X" speak for the
// organisation just named, as "its chair X" does.
func TestTheirAndTheUnionsRoles(t *testing.T) {
	text := levyLead + "The Scottish Conservatives have spoken out. Their leader Russell Findlay said the levy was a mistake. " +
		"The Swedish Transport Union was also heard. The union's general secretary Eva Lund said she backed the levy.\n"
	checkLevy(t, text, map[string]model.Stance{"Swedish Transport Union": model.Supports, "Eva Lund": model.Supports})
}

// Switching to the proposal is doing it: "Denmark switched to a levy on
// small parcels".
func TestMovingOntoTheProposal(t *testing.T) {
	text := levyLead + "Denmark switched to a levy on small parcels in May.\n"
	checkLevy(t, text, map[string]model.Stance{"Denmark": model.Supports})
}

// A short name in brackets after a body's name names it from then on:
// "The German Trade Association (HDE) warned … Later, HDE said …".
func TestBracketedShortName(t *testing.T) {
	text := levyLead + "The German Trade Association (HDE) met on Monday. Later, HDE said the levy was a mistake.\n"
	got := stancesUnder(t, levyQuestion, text)
	checkWanted(t, got, map[string]model.Stance{"German Trade Association": model.Opposes})
	if _, ok := got["HDE"]; ok {
		t.Errorf("HDE is an actor of its own: %v", got)
	}
}

// Large companies are actors by name: "Panasonic backed the levy".
func TestCompaniesByName(t *testing.T) {
	text := levyLead + "Panasonic backed the levy. Carrefour opposed the levy.\n"
	checkLevy(t, text, map[string]model.Stance{"Panasonic": model.Supports, "Carrefour": model.Opposes})
}

// More judgements: "a good start", "a step forward", "nanny state",
// "paternalism", "a slap in the face"; "legitimate targets" judges no
// proposal and is left out.
func TestMoreJudgements(t *testing.T) {
	text := levyLead + "Sweden called the levy a good start. Norway called the levy paternalism. " +
		"Finland said the levy was a step forward. Denmark called the levy a slap in the face.\n"
	checkLevy(t, text, map[string]model.Stance{
		"Sweden": model.Supports, "Norway": model.Opposes, "Finland": model.Supports, "Denmark": model.Opposes})
}

// Carrying out a law is doing it whatever verbs the question lists:
// "will bring in a levy on small parcels", "has adopted the levy".
func TestPolicyActs(t *testing.T) {
	text := levyLead + "Sweden will bring in a levy on small parcels. Denmark has adopted the levy.\n"
	checkLevy(t, text, map[string]model.Stance{"Sweden": model.Supports, "Denmark": model.Supports})
}

// "Keir Starmer's government has adopted it" is the United Kingdom's, and
// Starmer's whose government it is; "The education union GEW also sent a statement
// backing it": a name after the noun that says what it is opens the
// sentence's subject.
func TestLeadersGovernmentAndDescribedName(t *testing.T) {
	text := levyLead + "Keir Starmer's government has adopted the levy. The education union GEW also sent a statement backing the levy.\n"
	got := stancesUnder(t, levyQuestion, text)
	checkWanted(t, got, map[string]model.Stance{"United Kingdom": model.Supports, "GEW": model.Supports, "Keir Starmer": model.Supports})
}

// An unknown one-word name that opens its sentence and says or does
// something at once is an organisation ("Ecolo wants the levy", "Groen
// says …"); plural nouns, quantifiers and common-noun shapes are not
// ("Critics say", "Nothing changes", "Prohibition works").
func TestOpeningNamesThatSay(t *testing.T) {
	text := levyLead + "Ecolo wants the levy. Groen says the levy is a mistake. " +
		"Critics say the levy is a mistake. Nothing suggests the levy is a mistake. Prohibition works better than the levy.\n"
	got := stancesUnder(t, levyQuestion, text)
	checkWanted(t, got, map[string]model.Stance{"Ecolo": model.Supports, "Groen": model.Opposes})
	for _, name := range []string{"Critics", "Nothing", "Prohibition"} {
		if _, ok := got[name]; ok {
			t.Errorf("%s is an actor: %v", name, got)
		}
	}
}

// Dismissive idioms: "a red herring", "a vanity project", "wishful
// thinking", "a power grab" are against it.
func TestDismissiveIdioms(t *testing.T) {
	text := levyLead + "Sweden called the levy a red herring. Norway called the levy wishful thinking. Denmark called the levy a power grab.\n"
	checkLevy(t, text, map[string]model.Stance{"Sweden": model.Opposes, "Norway": model.Opposes, "Denmark": model.Opposes})
}

// The speaker who speaks for the organisation that is the subject holds
// it too: "The OPZZ backs the levy, said its chairman Piotr Ostrowski".
func TestSpeakerOfTheSubjectOrganisation(t *testing.T) {
	text := levyLead + "The OPZZ backs the levy \"unambiguously\", said its chairman Piotr Ostrowski.\n"
	checkLevy(t, text, map[string]model.Stance{"OPZZ": model.Supports, "Piotr Ostrowski": model.Supports})
}

// A person whose appositive title holds a body speaks, and speaks for the
// body: "Daniel Kebede, general secretary of the National Education
// Union, said …".
func TestAppositiveTitleOfABody(t *testing.T) {
	text := levyLead + "Daniel Kebede, general secretary of the National Education Union, said the levy was a mistake.\n"
	checkLevy(t, text, map[string]model.Stance{"Daniel Kebede": model.Opposes, "National Education Union": model.Opposes})
}

// A surname alone opening a sentence is the person the article named in
// full, not an organisation: "Joe Ryle … spoke. Ryle says …".
func TestOpeningSurnameIsThePerson(t *testing.T) {
	text := levyLead + "Joe Ryle, director of the campaign, spoke on Monday. Ryle says the levy is a mistake.\n"
	got := stancesUnder(t, levyQuestion, text)
	checkWanted(t, got, map[string]model.Stance{"Joe Ryle": model.Opposes})
	if _, ok := got["Ryle"]; ok {
		t.Errorf("Ryle is an organisation: %v", got)
	}
}

// A one-word gazetteer name after a first name is a surname: "Megan Ford
// opposed the levy" is a person, not the carmaker.
func TestSurnameOverGazetteerWord(t *testing.T) {
	text := levyLead + "Megan Ford opposed the levy.\n"
	got := stancesUnder(t, levyQuestion, text)
	checkWanted(t, got, map[string]model.Stance{"Megan Ford": model.Opposes})
	if _, ok := got["Ford"]; ok {
		t.Errorf("Ford, the carmaker, is an actor: %v", got)
	}
}

// Two particles may stand inside a name, and a known first name confirms
// it: "Anouk van der Werf thinks the levy is a mistake".
func TestNameWithTwoParticles(t *testing.T) {
	text := levyLead + "Anouk van der Werf thinks the levy is a mistake.\n"
	checkLevy(t, text, map[string]model.Stance{"Anouk van der Werf": model.Opposes})
}

// "Minister-President" is a title, and more first names confirm names:
// "Flemish Minister-President Matthias Diependaele (N-VA) said …",
// "Annelies Verlinden (CD&V)".
func TestHyphenTitleAndFirstNames(t *testing.T) {
	text := levyLead + "Flemish Minister-President Matthias Diependaele (N-VA) said his government would not introduce the levy. Annelies Verlinden opposed the levy.\n"
	checkLevy(t, text, map[string]model.Stance{"Matthias Diependaele": model.RulesOut, "Annelies Verlinden": model.Opposes})
}

// "X from the campaign group Y said": both the person and the body hold
// it.
func TestPersonFromDescribedBody(t *testing.T) {
	text := levyLead + "Priya Nand from the campaign group Youth Vote said the levy was a mistake.\n"
	checkLevy(t, text, map[string]model.Stance{"Priya Nand": model.Opposes, "Youth Vote": model.Opposes})
}

// "TAP, the national carrier, …" makes the acronym a body; "want one" and
// "is fighting it" take the proposal just named.
func TestAppositiveAcronymAndPronounObjects(t *testing.T) {
	text := levyLead + "TAP, the national carrier, said the levy was a mistake. " +
		"Ministers discussed a levy on small parcels again. The Left Party wants one. Ministers discussed a levy on small parcels once more. The retail group Coop is fighting it.\n"
	checkLevy(t, text, map[string]model.Stance{"TAP": model.Opposes, "Die Linke": model.Supports, "Coop": model.Opposes})
}

// "says the levy does not go far enough" wants more of it; "expressed
// himself in the same terms" takes over the stance just stated.
func TestNotFarEnoughAndSameTerms(t *testing.T) {
	text := levyLead + "Sweden says the levy does not go far enough. " +
		"Norway opposed the levy. Finnish minister Anna Lind expressed herself in the same terms.\n"
	checkLevy(t, text, map[string]model.Stance{"Sweden": model.Supports, "Norway": model.Opposes, "Anna Lind": model.Opposes})
}

// Reversing or undoing it, or scrapping "it", is against it.
func TestReverseAndScrapIt(t *testing.T) {
	text := levyLead + "Sweden said it would reverse the levy. " +
		"Ministers discussed a levy on small parcels again. Norway said it would scrap it.\n"
	checkLevy(t, text, map[string]model.Stance{"Sweden": model.Opposes, "Norway": model.Opposes})
}

// Wordings of refusal, openness, objection and indecision with no verb of
// their own on the proposal: "not on our agenda", "ready to talk", "a bad
// signal", "symbolic politics", "striking until it is withdrawn", "the
// subject of consultations".
func TestAgendaTalkSignalAndConsultations(t *testing.T) {
	checkLevy(t, levyLead+`Prime Minister Lars Holm said the levy was "simply not on this government's agenda".`+"\n",
		map[string]model.Stance{"Lars Holm": model.RulesOut})
	checkLevy(t, levyLead+`Finland's President Anna Virta has said Helsinki is "ready to talk" about the levy.`+"\n",
		map[string]model.Stance{"Anna Virta": model.Open})
	checkLevy(t, levyLead+`Its president Jan Novak said the levy "is a bad signal for investors".`+"\n",
		map[string]model.Stance{"Jan Novak": model.Opposes})
	checkLevy(t, levyLead+"Sweden said the levy was symbolic politics.\n",
		map[string]model.Stance{"Sweden": model.Opposes})
	checkLevy(t, levyLead+"The dockers' union ABX says it will keep striking until the levy is withdrawn.\n",
		map[string]model.Stance{"ABX": model.Opposes})
	checkLevy(t, levyLead+`Poland said its position on the levy was "still the subject of consultations between ministries".`+"\n",
		map[string]model.Stance{"Poland": model.Undecided})
}

// A bare "in favour" in an article about the proposal backs it: "Denmark -
// described by diplomats as in favour".
func TestBareInFavour(t *testing.T) {
	checkLevy(t, levyLead+"Denmark was described by diplomats as in favour.\n", map[string]model.Stance{"Denmark": model.Supports})
}

// "the motion", "the vote", "the resolution" point back to the proposal
// just named: "Prime Minister Eva Dahl welcomed the vote".
func TestVoteAndMotionReferBack(t *testing.T) {
	checkLevy(t, levyLead+"Parliament voted for a levy on small parcels. Prime Minister Eva Dahl welcomed the vote.\n",
		map[string]model.Stance{"Eva Dahl": model.Supports})
}

// Bodies named in other ways: a one-word name that opens its sentence and
// says something in any tense, or after a relative clause ("Tessaplast,
// which represents processors, said"); a run with a capitalised head noun
// that is also a government's institution ("the Coastal Resources Defense
// Council"); "Group" and "Consortium" as heads. A masthead in capitals is
// no body, and what a person does in an aside is no role.
func TestMoreNamedBodies(t *testing.T) {
	text := "Leaders weigh loan\n\nLeaders discussed a reparations loan for Ukraine on Thursday. " +
		"Ligambro said it backed the reparations loan. " +
		"Tessaplast, which represents plastics processors within the business lobby, said the reparations loan was a mistake. " +
		"The Coastal Resources Defense Council said it opposed the reparations loan. " +
		"The Open Ledger Group said it opposed the reparations loan. The British Retail Consortium welcomed the reparations loan.\n"
	got := stancesUnder(t, loanQuestion, text)
	checkWanted(t, got, map[string]model.Stance{"Ligambro": model.Supports, "Tessaplast": model.Opposes,
		"Coastal Resources Defense Council": model.Opposes, "Open Ledger Group": model.Opposes, "British Retail Consortium": model.Supports})
	text = "Leaders weigh loan\n\nEASTERN NEWS AGENCY\n\nLeaders discussed a reparations loan for Ukraine on Thursday. " +
		"EU foreign policy chief Kaja Kallas, presenting the plan alongside Trade Commissioner Maros Sefcovic, said the reparations loan was a mistake. " +
		"Sefcovic said he backed the reparations loan.\n"
	got = stancesUnder(t, loanQuestion, text)
	checkWanted(t, got, map[string]model.Stance{"Maros Sefcovic": model.Supports, "Kaja Kallas": model.Opposes})
	if _, ok := got["EASTERN NEWS AGENCY"]; ok {
		t.Errorf("a masthead in capitals is an actor: %v", got)
	}
}

// A bare halt noun, once the article has named a halt to the proposal,
// halts it: a call for "a pause" is against the proposal. A halt with an
// object of its own ("a pause in the fighting") is not one.
func TestBareHaltsAfterAHaltToTheProposal(t *testing.T) {
	text := "Leaders weigh loan\n\nLeaders discussed a reparations loan for Ukraine on Thursday. " +
		"Several governments have called for a moratorium on the reparations loan. " +
		"Chile said it would keep pressing for a precautionary pause. Peru called for a pause in the fighting.\n"
	got := stancesUnder(t, loanQuestion, text)
	checkWanted(t, got, map[string]model.Stance{"Chile": model.Opposes})
	if s := got["Peru"]; s != model.None && s != "" {
		t.Errorf("Peru = %q: a pause in the fighting is no halt to the loan (%v)", s, got)
	}
}

// A person's party in brackets stands between the name and the verb
// ("Ates Gurpinar (Die Linke) said"); a body after "the" with its short
// name in brackets is a body ("The Deutsche Umwelthilfe (DUH) welcomed");
// a country after a fronted place that a relative clause describes is an
// actor ("Outside Europe, Thailand, which …, opposed").
func TestBracketsAndFrontedPlaces(t *testing.T) {
	text := "Leaders weigh loan\n\nLeaders discussed a reparations loan for Ukraine on Thursday. " +
		"Ates Gurpinar (Die Linke) said he backed the reparations loan. " +
		"The Deutsche Umwelthilfe (DUH) welcomed the reparations loan. " +
		"Outside Europe, Thailand, which lent money in 2022, opposed the reparations loan.\n"
	got := stancesUnder(t, loanQuestion, text)
	checkWanted(t, got, map[string]model.Stance{"Ates Gurpinar": model.Supports, "Deutsche Umwelthilfe": model.Supports, "Thailand": model.Opposes})
}

// An organisation and the country right after it are one body, its
// national branch ("Greenpeace UK", "WWF Norway's head"), where the pair
// ends a name; "the EU Ukraine summit" stays two names.
func TestNationalChapters(t *testing.T) {
	text := "Leaders weigh loan\n\nLeaders discussed a reparations loan for Ukraine on Thursday. " +
		"Greenpeace UK said it backed the reparations loan. WWF Norway opposed the reparations loan.\n"
	got := stancesUnder(t, loanQuestion, text)
	checkWanted(t, got, map[string]model.Stance{"Greenpeace UK": model.Supports, "WWF Norway": model.Opposes})
	for _, name := range []string{"Greenpeace", "WWF"} {
		if _, ok := got[name]; ok {
			t.Errorf("%s is an actor beside its national branch: %v", name, got)
		}
	}
	text = "Leaders weigh loan\n\nLeaders discussed a reparations loan for Ukraine on Thursday. At the EU Ukraine summit, Germany opposed the reparations loan.\n"
	got = stancesUnder(t, loanQuestion, text)
	if _, ok := got["EU Ukraine"]; ok {
		t.Errorf("a summit's two names made one body: %v", got)
	}
}

// A council named by one word of its own is a body ("Highland Council");
// a state's own council is not made one ("the Security Council").
func TestLocalCouncils(t *testing.T) {
	text := "Leaders weigh loan\n\nLeaders discussed a reparations loan for Ukraine on Thursday. " +
		"Highland Council opposed the reparations loan.\n"
	checkWanted(t, stancesUnder(t, loanQuestion, text), map[string]model.Stance{"Highland Council": model.Opposes})
	text = "Leaders weigh loan\n\nLeaders discussed a reparations loan for Ukraine on Thursday. " +
		"Russia's Security Council opposed the reparations loan.\n"
	if _, ok := stancesUnder(t, loanQuestion, text)["Security Council"]; ok {
		t.Errorf("a state's Security Council is a body of its own")
	}
}

// In any debate: keeping the proposal carries it on, one who "could live
// with" it accepts it, a proposal that "would hit investment" is objected
// to, and "a reasonable response" is no threat but approval.
func TestKeepingLivingWithAndHarmInAnotherDebate(t *testing.T) {
	text := "Leaders weigh loan\n\nLeaders discussed a reparations loan for Ukraine on Thursday. " +
		"Prime Minister Sara Lind said Sweden would keep the reparations loan. " +
		"Banker Marco Conti said his bank could live with a reparations loan. " +
		"Minister Ivan Petrov said a reparations loan would hurt investment. " +
		"Professor Ida Holm said a reparations loan was a reasonable response.\n"
	got := stancesUnder(t, loanQuestion, text)
	want := map[string]model.Stance{"Sara Lind": model.Supports, "Marco Conti": model.Open, "Ivan Petrov": model.Opposes, "Ida Holm": model.Supports}
	checkWanted(t, got, want)
}

// Approving the proposal carries it out, and "the X party" as a subject is
// the party.
func TestApprovedAndThePartyAsSubject(t *testing.T) {
	text := "Leaders weigh loan\n\nLeaders discussed a reparations loan for Ukraine on Thursday. " +
		"Belgium's cabinet approved a reparations loan on Friday. " +
		"Poland's PiS party called the reparations loan theft.\n"
	got := stancesUnder(t, loanQuestion, text)
	want := map[string]model.Stance{"Belgium": model.Supports, "Law and Justice": model.Opposes}
	checkWanted(t, got, want)
}

// TestQuestionFramesAndJudgedUndoing: a question's own frame reads two
// words before its proposal ("switch off its last coal plants"), and
// judging the undoing of the proposal an error backs the proposal.
func TestQuestionFramesAndJudgedUndoing(t *testing.T) {
	src := `id = "coal"
question = "Should the country keep its coal plants running?"
proposal = ['coal plants?', 'coal power']
acts = ['keep~']

[[frames]]
class = "against"
pattern = "switch~ off {P}"
`
	got := stancesUnder(t, src, "Coal plants\n\nMinister Jan Berg said the decision to switch off the last coal plants had been a grave error.\n\nSenator Eva Lind wants to switch off our remaining coal plants.\n")
	checkWanted(t, got, map[string]model.Stance{"Jan Berg": model.Supports, "Eva Lind": model.Opposes})
	got = stancesUnder(t, "", "Troops for Ukraine\n\nMinister Jan Berg said that scrapping the plan to send troops to Ukraine was a mistake.\n")
	checkWanted(t, got, map[string]model.Stance{"Jan Berg": model.Supports})
}

// vetoQuestion names what its proposal would end: the veto.
const vetoQuestion = `id = "qmv"
question = "Should the EU decide foreign policy by qualified majority?"
proposal = ['qualified majority (?:voting)?', 'majority voting']
acts = ['introduce~']
opposite = ['(?:the |its |our |a )?(?:national )?vetoe?s?', 'unanimity']
`

// TestOppositeOfTheProposal: undoing what the proposal would end backs
// it, keeping it or refusing to give it up objects to it, judging it an
// error backs the proposal, and the opposite's noun is no verb of vetoing.
func TestOppositeOfTheProposal(t *testing.T) {
	text := "EU veto row over qualified majority voting\n\n" +
		"Minister Anna Berg said the EU should abolish unanimity in foreign policy.\n\n" +
		"Premier Matteo Rossi said Italy will never give up its veto.\n\n" +
		"President Jan Kowal said: \"We will keep our veto.\"\n\n" +
		"Minister Aino Laine said it was time to do away with the national veto.\n\n" +
		"Minister Karl Weber said the veto was a grave error.\n"
	got := stancesUnder(t, vetoQuestion, text)
	checkWanted(t, got, map[string]model.Stance{
		"Matteo Rossi": model.Opposes, "Jan Kowal": model.Opposes, "Aino Laine": model.Supports, "Karl Weber": model.Supports,
	})
	if s := got["European Union"]; s == model.Opposes {
		t.Errorf("European Union = %q: the 'veto row' of the title vetoes nothing (%v)", s, got)
	}
	// Without the opposite, keeping the veto is about nothing of the debate.
	got = stancesUnder(t, strings.Replace(vetoQuestion, "opposite =", "offtopic =", 1), text)
	if s := got["Jan Kowal"]; s != model.None && s != "" {
		t.Errorf("Jan Kowal = %q with no opposite named (%v)", s, got)
	}
	if _, err := question.Parse("q.toml", []byte(vetoQuestion+"opposite = ['a(b']\n")); err == nil {
		t.Error("a second opposite key parsed")
	}
	q, err := question.Parse("q.toml", []byte(strings.Replace(vetoQuestion, "'unanimity'", "'unan(imity'", 1)))
	if err == nil {
		err = CheckQuestions([]*question.Question{q})
	}
	if err == nil || !strings.HasPrefix(err.Error(), "q.toml:5:") {
		t.Errorf("a bad opposite phrase: got %v, want q.toml:5: …", err)
	}
}

// TestCastItsVoteAgainst: in a decision taken together, a government that
// will cast its vote against it refuses its own part.
func TestCastItsVoteAgainst(t *testing.T) {
	src := `id = "deal"
question = "Should the EU sign the trade agreement?"
proposal = ['the (?:trade )?agreement', 'the deal']
acts = ['sign~', 'ratify~']
`
	got := stancesUnder(t, src, "Trade deal vote\n\nThe EU will vote on the trade agreement. Warsaw's government has said plainly that it will cast its vote against the agreement.\n")
	checkWanted(t, got, map[string]model.Stance{"Poland": model.RulesOut})
}

package loader

import (
	"testing"

	"standpoint/model"
)

// Organisations no lexicon knows, named as real coverage names them: a
// CamelCase name before a long relative clause and "has said", a body
// named "Project", a demonym before "Council for …", a "campaign" after
// its name.
func TestUnknownBodiesInTheirShapes(t *testing.T) {
	text := "Pact row\n\nMinisters met on Friday to discuss the Andean pact. " +
		"TradeWatchers, which has tracked every clause of the text since the talks began in Lima, has said it opposes the pact. " +
		"The Open Markets Project, which filed a complaint last month, said it backed the pact. " +
		"The Chilean Council for Fair Trade has warned against the pact. " +
		"The Fair Fields campaign, which has been lobbying deputies, said it rejected the pact.\n"
	got := stancesUnder(t, pactQuestion, text)
	checkWanted(t, got, map[string]model.Stance{
		"TradeWatchers":                  model.Opposes,
		"Open Markets Project":           model.Supports,
		"Chilean Council for Fair Trade": model.Opposes,
		"Fair Fields":                    model.Opposes,
	})
	for _, wrong := range []string{"Fair Trade", "Markets Project", "Chile"} {
		if s, ok := got[wrong]; ok && s != model.None {
			t.Errorf("%s: %s, want no such actor (all %v)", wrong, s, got)
		}
	}
}

// US states, Canadian provinces and Australian states make laws of their
// own: "Utah, Tennessee and Louisiana have passed bans" names three actors.
func TestStatesAndProvincesAreGovernments(t *testing.T) {
	text := "Pact row\n\nMinisters met on Friday to discuss the Andean pact. " +
		"Utah, Tennessee and Alberta said they would back the pact.\n"
	got := stancesUnder(t, pactQuestion, text)
	checkWanted(t, got, map[string]model.Stance{"Utah": model.Supports, "Tennessee": model.Supports, "Alberta": model.Supports})
}

// A modifier the question file does not list may stand after a proposal
// phrase's determiner: "a legal minimum age" names "a minimum age".
func TestModifierInsideAProposalPhrase(t *testing.T) {
	src := `id = "age"
question = "Should social media have a minimum age?"
proposal = ['a minimum age']
acts = ['restrict~']
`
	text := "Age limit\n\nMinisters discussed a minimum age for social media. Norway wants a legal minimum age. Sweden wants a legal framework.\n"
	got := stancesUnder(t, src, text)
	checkWanted(t, got, map[string]model.Stance{"Norway": model.Supports})
	if s := got["Sweden"]; s != model.None && s != "" {
		t.Errorf("Sweden: %s, want no stance (all %v)", s, got)
	}
}

// Judgements of a proposal as news words them: disagreeing with it, a
// blunt tool, risking harm, here to stay.
func TestJudgementsOfALevy(t *testing.T) {
	text := levyLead + "Parcelo said it would comply while continuing to disagree with the levy. " +
		"Consumer group Votra said the levy was a blunt instrument. " +
		"Shipwell argued the levy risked pushing shoppers abroad. " +
		"\"The levy is here to stay,\" said Finance Minister Ida Holm. " +
		"Analyst Jan Berg said the economy risked losing ground.\n"
	got := stancesUnder(t, levyQuestion, text)
	checkWanted(t, got, map[string]model.Stance{"Parcelo": model.Opposes, "Votra": model.Opposes, "Shipwell": model.Opposes, "Ida Holm": model.Supports})
	if s := got["Jan Berg"]; s != model.None && s != "" {
		t.Errorf("Jan Berg: %s, want no stance", s)
	}
}

// "Leaders in Germany, Poland and Spain" are those countries' governments;
// "EU leaders in Brussels" meet in a capital and name no Belgian voice.
func TestLeadersInCountries(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "Leaders in Germany, Poland and Spain had said they had no intention of sending troops to Ukraine. EU leaders in Brussels said troops were not on the agenda.",
			map[string]model.Stance{"Germany": model.RulesOut, "Poland": model.RulesOut, "Spain": model.RulesOut, "Belgium": "-"}},
	})
}

// Enforcing a law is carrying it out, and "began enforcing" is the
// subject's; "an EU-wide levy" names "a levy".
func TestEnforcingAndWideModifiers(t *testing.T) {
	text := levyLead + "Portugal began enforcing its levy on small parcels in May. The European Parliament called for an EU-wide levy on small parcels.\n"
	checkWanted(t, stancesUnder(t, levyQuestion, text), map[string]model.Stance{"Portugal": model.Supports, "European Parliament": model.Supports})
}

// A proposal phrase opening with a verb before its object's determiner is
// an act even when the question does not list the verb ("stop the
// clock"); sympathy for it is openness.
func TestVerbPhraseProposalAndSympathy(t *testing.T) {
	src := `id = "clock"
question = "Should the rules be paused?"
proposal = ['stop the clock', 'a postponement']
acts = ['postpone~']
`
	text := "Rules\n\nMinisters discussed a postponement on Monday. \"We are not going to stop the clock,\" Commissioner Ida Holm said. " +
		"Officials in Poland have signalled sympathy for a postponement.\n"
	checkWanted(t, stancesUnder(t, src, text), map[string]model.Stance{"Ida Holm": model.RulesOut, "Poland": model.Open})
}

// A pronoun or an adverb opening a sentence before a verb of saying is no
// organisation ("You called it something else.", "Quickly does not mean
// without Parliament."); a name before ", the S&D MEP who" is a person.
func TestOpeningNonNamesAndTitledAppositives(t *testing.T) {
	text := levyLead + "You called it something else. Quickly does not mean without parliament. " +
		"Dario Venturelli, the S&D MEP who steered the file, said he backed the levy on small parcels.\n"
	got := stancesUnder(t, levyQuestion, text)
	for _, wrong := range []string{"You", "Quickly"} {
		if _, ok := got[wrong]; ok {
			t.Errorf("an actor %q (all %v)", wrong, got)
		}
	}
	checkWanted(t, got, map[string]model.Stance{"Dario Venturelli": model.Supports})
}

// A phrase of five or six words matches its text hyphenated or with a
// dash between two names: "the EU-Mercosur trade agreement", "the
// EU–Mercosur trade agreement".
func TestLongPhraseHyphenatedOrDashed(t *testing.T) {
	set, err := newPhraseSet([]string{"the eu mercosur trade agreement"})
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{"the EU-Mercosur trade agreement", "the EU–Mercosur trade agreement", "the EU Mercosur trade agreement"} {
		tokens := tokenize(text, 0)
		found := false
		for _, words := range set[tokens[0].fold] {
			found = found || len(words) <= len(tokens) && wordsAt(tokens, 0, words)
		}
		if !found {
			t.Errorf("%q not matched", text)
		}
	}
}

// Declaring oneself contrary or favourable, without the object, after the
// proposal was named; a vote against in a setting.
func TestDeclaredContraryAndVotedAgainstIn(t *testing.T) {
	text := "Pact vote\n\nMinisters met on Friday to discuss the Andean pact. France has already declared itself contrary. " +
		"Ministers discussed the Andean pact again on Monday. Hungary voted against in the Council in January.\n"
	checkWanted(t, stancesUnder(t, pactQuestion, text), map[string]model.Stance{"France": model.Opposes, "Hungary": model.RulesOut})
}

// A title after a comma that opens the next clause's subject is no
// apposition: "In an interview with Fox News, the vice-president said".
func TestTitleOpeningTheNextClause(t *testing.T) {
	got := stancesUnder(t, "", troopsLead+"In an interview with Fox News, the vice-president said: \"I don't see American troops going into Ukraine.\"\n")
	if _, ok := got["Fox News"]; ok {
		t.Errorf("Fox News made an actor: %v", got)
	}
}

// A name of several words whose later words a translation writes small
// is the name still ("The Rassemblement national also voted"); a lone
// small word is not ("us" is no "US").
func TestLaterWordsOfANameWrittenSmall(t *testing.T) {
	got := stancesUnder(t, "", troopsLead+"The Rassemblement national also voted against sending troops to Ukraine. Tell us about troops for Ukraine.\n")
	checkWanted(t, got, map[string]model.Stance{"National Rally": model.Opposes})
	if _, ok := got["United States"]; ok {
		t.Errorf("\"us\" read as the United States: %v", got)
	}
}

// "to" after the one urged is an infinitive's: "urging him to follow
// Sweden" follows it, no noun "follow".
func TestUrgingHimTo(t *testing.T) {
	src := `id = "sweden"
question = "Should the country adopt the Swedish model?"
proposal = ['the swedish model']
acts = ['adopt~']

[[frames]]
class = "favor"
pattern = "follow~ sweden"
`
	text := "Model\n\nMinisters discussed the Swedish model on Monday. Campaigner Ana Holm wrote to the premier urging him to follow Sweden.\n"
	checkWanted(t, stancesUnder(t, src, text), map[string]model.Stance{"Ana Holm": model.Supports})
}

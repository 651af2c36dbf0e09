package loader

import (
	"testing"

	"standpoint/model"
)

// A question file's frame that ends in {P} after a word reads a pronoun
// or "the scheme" in its place once the proposal is in view ("should drop
// it"); wanting it undone or saying it should be undone is objecting to
// it; "the group" is the organisation just named.
const idCardQuestion = `id = "id-card"
question = "Should the country bring in a national ID card?"
proposal = ['(?:a |the )?national id cards?']
acts = ['introduce~']

[[frames]]
class = "against"
pattern = "drop~ {P}"
`

// checkIDCard reads text under the ID card question and checks the
// stances wanted.
func checkIDCard(t *testing.T, text string, want map[string]model.Stance) {
	t.Helper()
	checkWanted(t, stancesUnder(t, idCardQuestion, text), want)
}

func TestReferencesBackAndUndoing(t *testing.T) {
	text := "ID card row\n\nThe cabinet wants a national ID card for every adult. " +
		"\"The cabinet should drop it,\" said Nora Blom, an MP.\n\n" +
		"Civil liberties group Privacy Watch met ministers on Monday. The group wants the national ID card abandoned.\n\n" +
		"\"We want it stopped,\" said Omar Haddad, a lawyer.\n\n" +
		"Eva Lind, a senator, said the national ID card should be scrapped.\n"
	checkIDCard(t, text, map[string]model.Stance{
		"Nora Blom": model.Opposes, "Privacy Watch": model.Opposes, "Omar Haddad": model.Opposes, "Eva Lind": model.Opposes,
	})
}

// "the group" with no organisation named before it stands for no one:
// the speaker holds what the clause says.
func TestGroupWithoutOrganisation(t *testing.T) {
	text := "ID card row\n\nThe cabinet wants a national ID card for every adult. " +
		"Nora Blom, an MP, said the group backed the national ID card.\n"
	checkIDCard(t, text, map[string]model.Stance{"Nora Blom": model.Supports})
}

// An apposition that says what kind of body a name is makes it one
// ("Unison, the largest public sector union,"); not having adopted or
// reached a (settled) view, and not being persuaded either way, is being
// undecided; a think tank named by its head noun is an actor.
func TestBodiesAndUnsettledViews(t *testing.T) {
	text := "ID card row\n\nThe cabinet wants a national ID card for every adult. " +
		"Verdana, the largest public sector union, said it had not adopted a formal position on the national ID card. " +
		"The Federation of Small Shops said its members had not yet reached a settled view on the national ID card. " +
		"Nora Blom said she had \"not yet been persuaded either way\" on the national ID card. " +
		"The Halden Institute for Public Policy has campaigned for a national ID card for years.\n"
	checkIDCard(t, text, map[string]model.Stance{
		"Verdana": model.Undecided, "Federation of Small Shops": model.Undecided, "Nora Blom": model.Undecided,
		"Halden Institute for Public Policy": model.Supports,
	})
}

// TestIdiomsOfJudgement: "the jury is out", "haven't made my mind up",
// calling it "a rubbish policy" or "an attack on" something.
func TestIdiomsOfJudgement(t *testing.T) {
	text := "ID card row\n\nThe cabinet wants a national ID card for every adult. " +
		"\"On the national ID card the jury is still out,\" said Nora Blom, an MP. " +
		"\"I haven't made my mind up on the national ID card,\" said Omar Haddad, a lawyer. " +
		"Eva Lind called the national ID card \"a rubbish policy\". " +
		"Jan Berg described the national ID card as an attack on privacy.\n"
	checkIDCard(t, text, map[string]model.Stance{
		"Nora Blom": model.Undecided, "Omar Haddad": model.Undecided, "Eva Lind": model.Opposes, "Jan Berg": model.Opposes,
	})
}

// Wanting it undone objects to it, unless undoing is the question's own
// act: in a debate on suspending an agreement, "we want it suspended" is
// support.
func TestUndoingThatIsTheAct(t *testing.T) {
	const q = `id = "suspend-pact"
question = "Should the union suspend the trade pact?"
proposal = ['(?:the )?trade pacts?']
acts = ['suspend~']
`
	text := "Pact row\n\nMinisters met to discuss the trade pact. \"We want it suspended,\" said Foreign Minister Nora Blom.\n"
	checkWanted(t, stancesUnder(t, q, text), map[string]model.Stance{"Nora Blom": model.Supports})
}

// "to" after "expected", "likely" or a past participle marks an
// infinitive, so "is expected to vote against" is a verb with no object
// at its clause's end, not the noun "vote" (its own vote refused, with no
// own share: rules out); "unable to" negates.
func TestInfinitivesAfterTo(t *testing.T) {
	text := "ID card row\n\nThe cabinet wants a national ID card for every adult. " +
		"Finland, whose minister met the cabinet on Monday, is also expected to vote against. " +
		"Nora Blom said she was unable to support the national ID card.\n"
	checkIDCard(t, text, map[string]model.Stance{"Finland": model.RulesOut, "Nora Blom": model.Opposes})
}

// Counting votes and timing decisions: "is a no", "pushing for a yes",
// "will not be part of a majority for that", "will settle its position
// before the summit"; "for as long as" says how long, not on what
// condition; "not only … but" negates nothing; "a fatal signal" objects.
func TestVoteCounting(t *testing.T) {
	text := "ID card row\n\nThe cabinet wants a national ID card for every adult. " +
		"Finland, in other words, is a no. " +
		"The Green Party is pushing for a yes. " +
		"\"Estonia will not be part of a majority for that,\" said Foreign Minister Kai Tamm. " +
		"Prime Minister Ole Lund said Norway would settle its position before the summit in May. " +
		"\"We want a national ID card for as long as fraud goes on,\" said Nora Blom. " +
		"Anna Roth demands not only a national ID card but a register too. " +
		"Jan Berg called the national ID card \"a fatal signal\".\n"
	checkIDCard(t, text, map[string]model.Stance{
		"Finland": model.RulesOut, "The Greens": model.Supports, "Kai Tamm": model.RulesOut, "Norway": model.Undecided,
		"Nora Blom": model.Supports, "Anna Roth": model.Supports, "Jan Berg": model.Opposes,
	})
}

// Undoing and naming: "withdraw the proposals" objects; an infinitive as
// a subject names the act ("to bring in a national ID card would be an
// own goal"); "not sure either way" is undecided.
func TestWithdrawOwnGoalEitherWay(t *testing.T) {
	text := "ID card row\n\nThe cabinet wants a national ID card for every adult. " +
		"Jan Berg called on the cabinet to withdraw the national ID card. " +
		"Eva Lind said that to introduce the national ID card would be an own goal. " +
		"\"I'm not sure either way on the national ID card,\" said Omar Haddad.\n"
	checkIDCard(t, text, map[string]model.Stance{"Jan Berg": model.Opposes, "Eva Lind": model.Opposes, "Omar Haddad": model.Undecided})
}

// Words of the troops debate stay there: in another debate "to be there"
// carries nothing out; a weighing verb after a determiner is a noun ("a
// review that tells us"), unless it is the weighing of something.
func TestTroopsWordingsStayInTheirDebate(t *testing.T) {
	text := "ID card row\n\nThe cabinet wants a national ID card for every adult. " +
		"Nora Blom said she did not expect the political will to be there today. " +
		"\"We have a review that tells us the national ID card works,\" said Jan Berg.\n"
	got := stancesUnder(t, idCardQuestion, text)
	for _, name := range []string{"Nora Blom", "Jan Berg"} {
		if s := got[name]; s != model.None {
			t.Errorf("%s = %q, want none: %v", name, s, got)
		}
	}
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nAsked about a force, Defence Minister Ole Lund said: \"Canada will be there.\"",
			map[string]model.Stance{"Ole Lund": model.Supports}},
	})
}

// Pressing ahead carries it out: "the government would press ahead",
// "will push ahead with the national ID card".
func TestPressingAhead(t *testing.T) {
	text := "ID card row\n\nThe cabinet wants a national ID card for every adult. " +
		"The minister, Nora Blom, said the government would press ahead.\n"
	checkIDCard(t, text, map[string]model.Stance{"Nora Blom": model.Supports})
}

// "the Union" written as a name is no "the union" pointing back to the
// organisation just named.
func TestCapitalisedUnionIsAName(t *testing.T) {
	text := "ID card row\n\nThe cabinet wants a national ID card for every adult. " +
		"The carmaker Volkara met ministers on Monday. The Union backed the national ID card.\n"
	got := stancesUnder(t, idCardQuestion, text)
	if s := got["Volkara"]; s != "" && s != model.None {
		t.Errorf("Volkara = %q: \"The Union\" is not the carmaker (%v)", s, got)
	}
}

// A condition written without a comma ends where the main clause's own
// subject begins: "if his party forms the next government it will not
// introduce a national ID card" is a refusal, not a supposition; "asked
// if it would" stays a question.
func TestConditionWithoutComma(t *testing.T) {
	text := "ID card row\n\nThe cabinet wants a national ID card for every adult. " +
		"Jan Berg says that if his party forms the next government it will not introduce a national ID card.\n"
	checkIDCard(t, text, map[string]model.Stance{"Jan Berg": model.RulesOut})
}

// "Something so intrusive", "anything like this" point back to the
// proposal in view.
func TestSomethingSoIntrusive(t *testing.T) {
	text := "ID card row\n\nThe cabinet wants a national ID card for every adult. " +
		"MP Jan Berg tells the chamber he cannot support \"something so intrusive\" and warns that trust in government IT is low.\n"
	checkIDCard(t, text, map[string]model.Stance{"Jan Berg": model.Opposes})
}

// "had the full support of the Greens": the ones after "of" back it; "a
// step backwards" objects.
func TestSupportOfAndStepBackwards(t *testing.T) {
	text := "ID card row\n\nThe cabinet wants a national ID card for every adult. " +
		"The national ID card had \"the full support\" of the Greens, a spokesman said. " +
		"Jan Berg said the national ID card would be \"a step backwards\".\n"
	checkIDCard(t, text, map[string]model.Stance{"The Greens": model.Supports, "Jan Berg": model.Opposes})
}

// TestTheDemandRefersBack: "the demand" and "any detailed proposal" refer
// back to the proposal just named.
func TestTheDemandRefersBack(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nKyiv has asked for European troops on its soil. Poland supports the demand.",
			map[string]model.Stance{"Poland": model.Supports}},
		{"Troops for Ukraine\n\nBritain has floated sending troops to Ukraine. Ireland said it will look at any detailed proposal on its merits.",
			map[string]model.Stance{"Ireland": model.Open}},
	})
}

// TestOwnAndOptionsReferBack: "its own" after a verb of sending, "our own
// people", and "its options" refer back to the proposal just named; "its
// own soil" does not.
func TestOwnAndOptionsReferBack(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nRomania will host troops but will not deploy its own to Ukraine.",
			map[string]model.Stance{"Romania": model.RulesOut}},
		{"Troops for Ukraine\n\nEstonia is ready to send troops, whereas Latvia is still weighing its options.",
			map[string]model.Stance{"Estonia": model.Supports, "Latvia": model.Open}},
		{"Troops for Ukraine\n\nTroops for Ukraine were discussed. Bulgaria can offer support vessels and access to infrastructure on its own soil.",
			map[string]model.Stance{"Bulgaria": model.None}},
	})
}

// TestLegislativeReferences: a law's debate names the bill as "the text",
// "the file", "this dossier" or "the compromise" once it has named it.
func TestLegislativeReferences(t *testing.T) {
	text := "ID card row\n\nThe cabinet wants a national ID card for every adult. " +
		"Privacy Watch said it rejected the text. " +
		"Nora Blom, an MP, said the Greens would back the compromise. " +
		"Omar Haddad, a senator, said he would vote against this dossier.\n"
	checkIDCard(t, text, map[string]model.Stance{
		"Privacy Watch": model.Opposes, "The Greens": model.Supports, "Omar Haddad": model.RulesOut, // a vote against a common act
	})
}

// TestSomethingOneWouldNotAccept: "troops on Ukrainian soil were
// something Russia could not accept" objects to the troops.
func TestSomethingOneWouldNotAccept(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nSpokesman Ivan Sorokin said that European troops on Ukrainian soil were something Russia could not accept.",
			map[string]model.Stance{"Ivan Sorokin": model.Opposes, "Russia": model.Opposes}},
	})
}

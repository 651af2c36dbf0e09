package loader

import (
	"testing"

	"standpoint/model"
)

// TestOtherNewsParagraph: a paragraph that opens "Separately," is about
// other news: its "it" does not point back to the proposal, nor does the
// article's topic reach it.
func TestOtherNewsParagraph(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nBritain will send troops to Ukraine, Prime Minister Tom Vale said.\n\nSeparately, Prime Minister Ida Holm of Denmark hit back at talk of buying Greenland. \"We will not discuss it through the newspapers,\" she said.",
			map[string]model.Stance{"Tom Vale": model.Supports, "Ida Holm": model.None}},
		{"Troops for Ukraine\n\nBritain will send troops to Ukraine, Prime Minister Tom Vale said.\n\n\"We will not discuss it through the newspapers,\" Prime Minister Ida Holm of Denmark said.",
			map[string]model.Stance{"Ida Holm": model.RulesOut}},
	})
}

// TestAnyonesAsking: what "anyone" does is no one's stance, and not the
// speaker's.
func TestAnyonesAsking(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\n\"Before anyone asks us to send British soldiers to Ukraine, the government has to tell us how many,\" opposition leader Kay Moor said.",
			map[string]model.Stance{"Kay Moor": model.None}},
		{"Troops for Ukraine\n\n\"Anyone who sends troops to Ukraine will be a target,\" Foreign Minister Igor Lavin said.",
			map[string]model.Stance{"Igor Lavin": model.Opposes}},
	})
}

// TestDeferredAndExpected: weighing it "once there is a plan" and leaving
// the decision to the next government leave it unsettled; "none of our
// partners expects Polish soldiers" refuses it; troops quoted as
// "mandatory" are wanted.
func TestDeferredAndExpected(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nPresident Aino Laine has said Finland will weigh its role in a force for Ukraine once there is a concrete plan.",
			map[string]model.Stance{"Aino Laine": model.Undecided, "Finland": model.Undecided}},
		{"Troops for Ukraine\n\nOn troops for Ukraine, Prime Minister Ruben Kok said the decision belongs to the next government.",
			map[string]model.Stance{"Ruben Kok": model.Undecided}},
		{"Troops for Ukraine\n\n\"None of our partners expects Polish soldiers in Ukraine,\" Prime Minister Jan Kowal said.",
			map[string]model.Stance{"Jan Kowal": model.RulesOut, "Poland": model.RulesOut}},
		{"Troops for Ukraine\n\nBritish troops on the ground in Ukraine are \"mandatory\", Foreign Minister Oksana Bila said.",
			map[string]model.Stance{"Oksana Bila": model.Supports}},
	})
}

// TestIntervieweeWhoSatDown: an unlabelled interview whose introduction
// says "X (party) sat down with" the paper gives X the answers.
func TestIntervieweeWhoSatDown(t *testing.T) {
	text := "The Harbour Post\n\nINTERVIEW\n\nTroops for Ukraine? Not before a ceasefire\n\n" +
		"Defence Minister Jan Peeters (CD&V) sat down with The Harbour Post in his office. The interview has been edited for length.\n\n" +
		"The prime minister says Belgium will help in the air. Does that mean no soldiers on the ground?\n\n" +
		"When there is a ceasefire and a clear mandate, I am ready to send Belgian troops to Ukraine.\n\n" +
		"How many?\n\n" +
		"A company, perhaps more. We will see.\n\n" +
		"And if the Americans say no?\n\n" +
		"Then we talk again.\n"
	checkCases(t, nil, []stanceCase{{text, map[string]model.Stance{"Jan Peeters": model.Supports}}})
}

// TestNoSoldierOrOtherwise: "no soldier, Belgian or otherwise" refuses
// everyone's, not only one's own; "no Belgian soldiers" is one's own.
func TestNoSoldierOrOtherwise(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nParty leader Raoul Mertens said that \"no soldier, Belgian or otherwise, belongs in Ukraine\".",
			map[string]model.Stance{"Raoul Mertens": model.Opposes}},
		{"Troops for Ukraine\n\nNo Belgian soldiers will go to Ukraine, Prime Minister Jan Peeters said.",
			map[string]model.Stance{"Jan Peeters": model.RulesOut, "Belgium": model.RulesOut}},
	})
}

package loader

import (
	"testing"

	"standpoint/model"
)

// TestHerPartyIsTheSpeakersParty: "her party" stands for the party the
// speaker's role names, and the speaker holds it too; with no party known
// it is the speaker alone. A party's name before "parliamentary group
// leader" or "group leader" is the role's.
func TestHerPartyIsTheSpeakersParty(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nGreens parliamentary group leader Katrin Vogt said her party supports a reassurance force.",
			map[string]model.Stance{"Katrin Vogt": model.Supports, "The Greens": model.Supports}},
		{"Troops for Ukraine\n\nThe Left Party's Hanna Roth said her party opposes a reassurance force.",
			map[string]model.Stance{"Hanna Roth": model.Opposes}},
		{"Troops for Ukraine\n\nSPD group leader Jan Brandt said his party would examine any request for a reassurance force carefully.",
			map[string]model.Stance{"Jan Brandt": model.Open, "Social Democratic Party of Germany": model.Open}},
	})
}

// TestPartyBeforeItsSpeaker: a party named before the one who speaks for
// it gives them that party: as the object of a title written without a
// comma, in a bracket inside a role, or opening the sentence with "For";
// "the party" then stands for it, or for the party just named.
func TestPartyBeforeItsSpeaker(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe leader of the FPÖ Herbert Kickl said that sending Austrian troops to Ukraine would be madness.",
			map[string]model.Stance{"Herbert Kickl": model.RulesOut, "FPÖ": model.RulesOut}}, // Austrian troops: the Austrian party's own
		{"Troops for Ukraine\n\nIn Norway, a Red Party (Rødt) MP, Ola Thorsrud, said his party would vote against any troop deployment.",
			map[string]model.Stance{"Ola Thorsrud": model.Opposes, "Red Party": model.Opposes}},
		{"Troops for Ukraine\n\nFor JA21, MP Hugo de Ridder said the party had not yet made up its mind on sending troops.",
			map[string]model.Stance{"Hugo de Ridder": model.Undecided, "JA21": model.Undecided}},
		{"Troops for Ukraine\n\nThe Greens met on Monday. The party said it opposes sending troops to Ukraine.",
			map[string]model.Stance{"The Greens": model.Opposes}},
		{"Troops for Ukraine\n\nFor Germany, Chancellor Jonas Weber said the party would decide on troops later.",
			map[string]model.Stance{"Jonas Weber": model.Undecided}},
	})
}

// TestPartyLedByAndAskers: "the Five Star Movement of Giuseppe Conte"
// speaks with its leader, and what one asks another to do is the asker's
// wish; "asked whether" is a question.
func TestPartyLedByAndAskers(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe Five Star Movement of Giuseppe Conte has called any deployment of troops to Ukraine a madness.",
			map[string]model.Stance{"Giuseppe Conte": model.Opposes, "Five Star Movement": model.Opposes}},
		{"Troops for Ukraine\n\nThe Greens asked the government to rule out sending troops to Ukraine.",
			map[string]model.Stance{"The Greens": model.RulesOut}},
		{"Troops for Ukraine\n\nThe Greens asked whether the government would rule out sending troops to Ukraine.",
			map[string]model.Stance{"The Greens": model.None}},
	})
}

// TestMembersAndItsGovernment: a party's MPs speak for it, and "its
// government" stands for the country named just before, not for one named
// long before or for an organisation.
func TestMembersAndItsGovernment(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nLabour's MPs have said they will vote against sending troops to Ukraine.",
			map[string]model.Stance{"Labour Party": model.Opposes}},
		{"Troops for Ukraine\n\nSweden has offered air surveillance. Its government says it is ready to take part in a force in Ukraine.",
			map[string]model.Stance{"Sweden": model.Supports}},
		{"Troops for Ukraine\n\nSweden has offered air surveillance. The talks went on. Nothing changed that week. Its government says it is ready to take part in a force in Ukraine.",
			map[string]model.Stance{"Sweden": model.None}},
		{"Troops for Ukraine\n\nNATO held a summit. Its government ruled out sending troops to Ukraine.",
			map[string]model.Stance{"NATO": model.None}},
	})
}

// TestTheGovernmentInItsSentence: "the government" stands for the one
// country its sentence names before it, never for one of two, nor for one
// named in an earlier sentence.
func TestTheGovernmentInItsSentence(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nJapan is cautious, and the government has ruled out sending troops to Ukraine.",
			map[string]model.Stance{"Japan": model.RulesOut}},
		{"Troops for Ukraine\n\nCzechia studied the Paris declaration, and the cabinet ruled out sending troops to Ukraine.",
			map[string]model.Stance{"France": model.None}},
		{"Troops for Ukraine\n\nJapan held talks. The government has ruled out sending troops to Ukraine.",
			map[string]model.Stance{"Japan": model.None}},
	})
}

// TestFactionAndMovementOfTheSpeaker: "his faction", "her movement" are
// the speaker's party, which "of the X party" after the name gives.
func TestFactionAndMovementOfTheSpeaker(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nOpposition MP Petro Sydor of the European Solidarity party said his faction supported sending troops to Ukraine.",
			map[string]model.Stance{"Petro Sydor": model.Supports, "European Solidarity": model.Supports}},
		{"Troops for Ukraine\n\nGreens MP Anna Berg said her movement opposes sending troops to Ukraine.",
			map[string]model.Stance{"Anna Berg": model.Opposes, "The Greens": model.Opposes}},
	})
}

// TestUnnamedPartyLeader: a party's leader the article does not name
// speaks for the party, as a government's unnamed minister speaks for it.
func TestUnnamedPartyLeader(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe SPD leader said his party would oppose sending troops to Ukraine.",
			map[string]model.Stance{"Social Democratic Party of Germany": model.Opposes}},
		{"Troops for Ukraine\n\nThe Liberal Democrat leader said sending troops to Ukraine was a non-starter.",
			map[string]model.Stance{"Liberal Democrats": model.Opposes}},
	})
}

// "his party" of one the article gives no party or country is the party
// its paragraph just named: "The strongest voice came from Konfederacja.
// … Mentzen said his party is against".
func TestHisPartyJustNamed(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "The strongest voice came from Konfederacja. Slawomir Mentzen wrote on X: \"Finally.\" Mentzen said that his party is against the whole idea of foreign troops in Ukraine.",
			map[string]model.Stance{"Konfederacja": model.Opposes, "Slawomir Mentzen": model.Opposes}},
	})
}

// "Sahra Wagenknecht and her BSW say": the leader and her party both.
func TestLeaderAndHerParty(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "Sahra Wagenknecht and her BSW say they oppose sending troops to Ukraine.",
			map[string]model.Stance{"BSW": model.Opposes, "Sahra Wagenknecht": model.Opposes}},
	})
}

// A party's leader quoted speaks for the party too: a headline's
// 'Holm digs in: "No Danish soldiers"' over "Red-Green Alliance leader
// Mette Holm" is the party's as well as hers.
func TestQuotedPartyLeaderSpeaksForTheParty(t *testing.T) {
	got := stancesOf(t, "Holm digs in on Ukraine: \"No Danish soldiers\"\n\nCOPENHAGEN - Red-Green Alliance leader Mette Holm spoke on Monday.\n")
	checkWanted(t, got, map[string]model.Stance{"Red-Green Alliance": model.RulesOut, "Mette Holm": model.RulesOut})
}

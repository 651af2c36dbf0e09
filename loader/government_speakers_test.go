package loader

import (
	"testing"

	"standpoint/model"
)

// TestSpeakersOfTheirGovernment: one who speaks for the government that
// holds a stance holds it too, whatever route named the government: the
// agent of a passive, or the government's own words nested in theirs.
func TestSpeakersOfTheirGovernment(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThere was no reaction from Moscow to the plan, but Kremlin spokesman Ivan Sokolov told reporters earlier in the day that Russia's view was \"well known and has not changed\": the presence of troops from NATO countries in Ukraine was unacceptable.",
			map[string]model.Stance{"Ivan Sokolov": model.Opposes, "Russia": model.Opposes}},
		{"Troops for Ukraine\n\nRussian Foreign Minister Pavel Orlov said any Western units in Ukraine would be regarded as legitimate targets by Russian forces.",
			map[string]model.Stance{"Pavel Orlov": model.Opposes, "Russia": model.Opposes}},
	})
}

// TestDemandsOnAGovernment: what an opposition leader says their country
// must do is theirs, not the government's; a minister's is both.
func TestDemandsOnAGovernment(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nOpposition leader Marie Lenoir said France must not send troops to Ukraine.",
			map[string]model.Stance{"Marie Lenoir": model.Opposes, "France": "-"}},
		{"Troops for Ukraine\n\nFrench Defence Minister Paul Girard said France must be ready to send troops to Ukraine.",
			map[string]model.Stance{"Paul Girard": model.Supports, "France": model.Supports}},
	})
}

// TestOfficialsInACapital: "In Madrid, officials said" speaks for Spain;
// "In Madrid, Ana Ruiz said" is hers.
func TestOfficialsInACapital(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nIn Madrid, officials said sending troops to Ukraine was \"premature\".",
			map[string]model.Stance{"Spain": model.Undecided}},
		{"Troops for Ukraine\n\nIn Madrid, analyst Ana Ruiz said sending troops to Ukraine was \"premature\".",
			map[string]model.Stance{"Spain": "-", "Ana Ruiz": model.Undecided}},
	})
}

// TestFirstNameSpeltAnotherWay: "Dmitri Peskow" is people.tsv's Dmitry
// Peskov, whose government is Russia; two people of the article whose
// first names start alike stay two.
func TestFirstNameSpeltAnotherWay(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nDmitri Peskow said on Monday that Russia's answer was clear. Dmitri Peskow said any deployment of troops to Ukraine was unacceptable.",
			map[string]model.Stance{"Dmitri Peskow": model.Opposes, "Russia": model.Opposes}},
		{"Troops for Ukraine\n\nAnna Berg backed sending troops to Ukraine. Annika Berg opposed sending troops to Ukraine.",
			map[string]model.Stance{"Anna Berg": model.Supports, "Annika Berg": model.Opposes}},
	})
}

// TestSpokespersonOfAPerson: "Dmitry Peskov, Vladimir Putin's spokesman,
// said" states Putin's stance too.
func TestSpokespersonOfAPerson(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nDmitry Peskov, Vladimir Putin's spokesman, said any deployment of troops to Ukraine was unacceptable.",
			map[string]model.Stance{"Dmitry Peskov": model.Opposes, "Vladimir Putin": model.Opposes}},
	})
}

// TestGovernmentInItsCapital: "the government in Copenhagen", "governments
// in London and Paris" are the capitals' governments as subjects; "a
// Conservative government in Copenhagen would" is no government in office.
func TestGovernmentInItsCapital(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe government in Copenhagen has offered to send troops to Ukraine.",
			map[string]model.Stance{"Denmark": model.Supports}},
		{"Troops for Ukraine\n\nGovernments in London and Paris have drafted plans for a force to be sent to Ukraine.",
			map[string]model.Stance{"United Kingdom": model.Supports, "France": model.Supports}},
		{"Troops for Ukraine\n\nA Conservative government in Copenhagen would send troops to Ukraine.",
			map[string]model.Stance{"Denmark": model.None}},
	})
}

// TestTheGovernmentOfTheSpeaker: "the government" in a sentence that
// names no country is the government of the one who speaks, by the role
// the sentence gives or as people.tsv knows them; two governments' people
// leave it unsaid.
func TestTheGovernmentOfTheSpeaker(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nYoshimasa Hayashi, Japan's chief cabinet secretary, said the government was not considering sending troops to Ukraine.",
			map[string]model.Stance{"Japan": model.RulesOut, "Yoshimasa Hayashi": model.RulesOut}},
		{"Troops for Ukraine\n\nNorwegian Deputy Prime Minister Kari Dahl told reporters the government was still weighing whether to send ground forces.",
			map[string]model.Stance{"Norway": model.Open}},
		{"Troops for Ukraine\n\nChancellor Olaf Scholz and President Emmanuel Macron said the government was not considering sending troops to Ukraine.",
			map[string]model.Stance{"Germany": "-", "France": "-"}},
	})
}

// TestRoleInAnotherCountrysQuote: "the president" inside a quote is the
// speaker's own country's, not the latest president the article named.
func TestRoleInAnotherCountrysQuote(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nFrench President Emmanuel Macron said sending troops to Ukraine could not be excluded.\n\n" +
			"US envoy Steve Witkoff spoke after the meeting. \"The president is not putting American soldiers on the ground in Ukraine,\" Witkoff said.",
			map[string]model.Stance{"Emmanuel Macron": model.Open, "Steve Witkoff": model.RulesOut, "United States": model.RulesOut}},
	})
}

// TestForeignSecretaryCameron: "the foreign secretary" after David Cameron
// is named is Cameron.
func TestForeignSecretaryCameron(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nDavid Cameron has tried to have it both ways. The foreign secretary has said there are no plans to put British troops into Ukraine.",
			map[string]model.Stance{"David Cameron": model.RulesOut}},
	})
}

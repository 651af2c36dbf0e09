package loader

import (
	"testing"

	"standpoint/model"
)

// TestPartiesAroundAName: a party is given its person's stance when a
// clause says it is theirs ("whose P party", "From P, X wrote") or a
// party office names it ("the secretary of the League").
func TestPartiesAroundAName(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nHanna Vogt, whose AfD party is second in the polls, said any deployment of troops would be \"madness\".",
			map[string]model.Stance{"Hanna Vogt": model.Opposes, "Alternative for Germany": model.Opposes}},
		{"Troops for Ukraine\n\nFrom the AfD, Hanna Vogt wrote that sending troops to Ukraine is \"madness\".",
			map[string]model.Stance{"Hanna Vogt": model.Opposes, "Alternative for Germany": model.Opposes}},
		{"Troops for Ukraine\n\nThe secretary of the League, Marco Bassi, said that sending soldiers to Ukraine would be \"madness\".",
			map[string]model.Stance{"Marco Bassi": model.Opposes, "League": model.Opposes}},
		{"Troops for Ukraine\n\nHanna Vogt, whose husband sits in the Bundestag, said any deployment of troops would be \"madness\".",
			map[string]model.Stance{"Hanna Vogt": model.Opposes}},
	})
}

// TestWhoseGovernments: "X and Y, whose governments have signed up to
// send troops" is X's and Y's stance.
func TestWhoseGovernments(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nBerlin wants to stay at the table with Emmanuel Macron and Keir Starmer, whose governments have signed up to put troops in Ukraine.",
			map[string]model.Stance{"Emmanuel Macron": model.Supports, "Keir Starmer": model.Supports}},
		{"Troops for Ukraine\n\nPrime Minister Ana Lopes, whose country has no army to speak of, said Portugal would not send troops.",
			map[string]model.Stance{"Ana Lopes": model.RulesOut}},
	})
}

// TestAppositiveBackers: "France and Spain, among the most consistent
// backers of sending troops," and "Poland, the fiercest critic of the
// plan," describe the names before the comma.
func TestAppositiveBackers(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nFrance and Spain, among the most consistent backers of sending troops, accepted the text.",
			map[string]model.Stance{"France": model.Supports, "Spain": model.Supports}},
		{"Troops for Ukraine\n\nThe summit ended late. Hungary, the fiercest opponent of a deployment of troops, left early.",
			map[string]model.Stance{"Hungary": model.Opposes}},
	})
}

// TestSupportersIncluding: "Critics, including X, say …" names X among
// the critics; "lined up behind a deployment" backs it.
func TestSupportersIncluding(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe debate over sending troops to Ukraine is heating up.\n\nCritics, including the academic Ida Holm, say it would drag Europe into war.",
			map[string]model.Stance{"Ida Holm": model.Opposes}},
		{"Troops for Ukraine\n\nGreece, Spain and Slovenia have lined up behind a deployment of troops.",
			map[string]model.Stance{"Greece": model.Supports, "Spain": model.Supports, "Slovenia": model.Supports}},
	})
}

// TestMotionsCallingOn: "X has tabled a motion calling on the government
// to send troops" is X's call.
func TestMotionsCallingOn(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nOpposition leader Ida Holm has tabled a motion calling on the government to send troops to Ukraine.",
			map[string]model.Stance{"Ida Holm": model.Supports}},
	})
}

// TestOneOfThoseJoinedBy: "Germany was one of only five member states to
// vote against …, joined by Hungary, Slovakia and Malta".
func TestOneOfThoseJoinedBy(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nGermany was one of only five member states to vote against the deployment of troops, joined by Hungary, Slovakia and Malta.",
			map[string]model.Stance{"Germany": model.Opposes, "Hungary": model.Opposes, "Slovakia": model.Opposes, "Malta": model.Opposes}},
	})
}

// TestAmongTheSupporters: "X is among the strongest supporters" and
// "among the fiercest critics of the plan".
func TestAmongTheSupporters(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe debate over sending troops to Ukraine goes on. Prime Minister Ana Lopes is among the fiercest critics of the plan.",
			map[string]model.Stance{"Ana Lopes": model.Opposes}},
		{"Troops for Ukraine\n\nThe debate over sending troops to Ukraine goes on. Prime Minister Jan Berg is among the strongest supporters of a deployment.",
			map[string]model.Stance{"Jan Berg": model.Supports}},
	})
}

// TestPartyOfItsLeader: "the Five Star Movement of Giuseppe Conte
// rejected" is the party's stance and its leader's.
func TestPartyOfItsLeader(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nIn the opposition, the Five Star Movement of Giuseppe Conte rejected any deployment of ground troops to Ukraine.",
			map[string]model.Stance{"Five Star Movement": model.Opposes, "Giuseppe Conte": model.Opposes}},
	})
}

// TestPartyInBracketsOrOwning: "Mariusz Blaszczak (PiS) said" and
// "Isamaa's Urmas Reinsalu backed it" speak for the party; a minister in
// office with a party in brackets speaks for the government, not the party.
func TestPartyInBracketsOrOwning(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nFormer defence minister Mariusz Blaszczak (PiS) said that sending troops would be dangerous.",
			map[string]model.Stance{"Mariusz Blaszczak": model.Opposes, "Law and Justice": model.Opposes}},
		{"Troops for Ukraine\n\nIsamaa's Urmas Reinsalu backed sending troops.",
			map[string]model.Stance{"Urmas Reinsalu": model.Supports, "Isamaa": model.Supports}},
		{"Troops for Ukraine\n\nFederal Interior Minister Anna Vogt (CSU) said sending troops was not on the agenda.",
			map[string]model.Stance{"Anna Vogt": model.RulesOut, "CSU": "-"}},
	})
}

// TestStateAfterASenator: "Sen. Jeanne Shaheen of New Hampshire said" is
// one person; the state is no second one.
func TestStateAfterASenator(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nSen. Jeanne Shaheen of New Hampshire, the top Democrat on the committee, said she backed sending troops.",
			map[string]model.Stance{"Jeanne Shaheen": model.Supports, "New Hampshire": "-"}},
	})
}

// TestPersonOfAnUnknownBody: "Christopher Snowdon of the free-market
// Institute of Economic Affairs said" is Snowdon speaking.
func TestPersonOfAnUnknownBody(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nChristopher Snowdon of the free-market Institute of Economic Affairs said sending troops to Ukraine was a mistake.",
			map[string]model.Stance{"Christopher Snowdon": model.Opposes}},
	})
}

// TestMorePartiesKnown: parties of Denmark, France, Italy, Spain and
// Poland the gazetteer now knows, by their own-language names too.
func TestMorePartiesKnown(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nRadikale Venstre backed sending troops, while Dansk Folkeparti rejected any deployment of troops.",
			map[string]model.Stance{"Danish Social Liberal Party": model.Supports, "Danish People's Party": model.Opposes}},
	})
}

// TestSpeakersPartyHoldsWithThem: the party a speaker is named with ("X of
// the AfD said", its article part of its name) holds what they say, in a
// quote too.
func TestSpeakersPartyHoldsWithThem(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nAlice Weidel of the AfD said Germany should not send troops.",
			map[string]model.Stance{"Alice Weidel": model.Opposes, "Alternative for Germany": model.Opposes}},
		{"Troops for Ukraine\n\nCo-leader Alice Weidel of the AfD said German soldiers \"have no place in Ukraine\".",
			map[string]model.Stance{"Alternative for Germany": model.RulesOut}}, // the German party's own country's soldiers
	})
}

// TestQuotedPartyLine: a person whose own quote gives a national party's
// line speaks it; a quote about an alliance does not make it the
// speaker's.
func TestQuotedPartyLine(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\n\"The SDP will not give its votes for any deployment of Croatian soldiers to Ukraine,\" said Petar Horvat.",
			map[string]model.Stance{"Petar Horvat": model.Opposes}},
	})
	got := stancesOf(t, "Troops for Ukraine\n\n\"NATO has no plans to send troops to Ukraine,\" said Petar Horvat.")
	if s := got["Petar Horvat"]; s != model.None && s != "" {
		t.Errorf("Petar Horvat = %q: NATO's line is not his (%v)", s, got)
	}
}

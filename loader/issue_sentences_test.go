package loader

import (
	"testing"

	"standpoint/model"
)

// TestHolderAndPolaritySentences holds the engine to sentences whose
// holder or polarity the first design got wrong: serial-comma lists,
// quotes of every style, spokespeople, denials, modality, ellipsis and
// stances taken from another. Each is checked for every actor it names.
func TestHolderAndPolaritySentences(t *testing.T) {
	cases := []struct {
		text string
		want map[string]model.Stance // actor name → stance; "-" means no position at all
		not  []model.Stance          // stances no actor of the text may get
	}{
		{text: "Portugal, Greece, and Romania said they would not send soldiers to Ukraine.",
			want: map[string]model.Stance{"Portugal": model.RulesOut, "Greece": model.RulesOut, "Romania": model.RulesOut}},
		{text: "\"We will send a contingent of soldiers if asked, and we have told Germany,\" said Defence Minister Piet Claes.",
			want: map[string]model.Stance{"Piet Claes": model.Supports, "Germany": "-"}},
		{text: "‘We will not be sending troops to Ukraine,’ Defence Minister Marta Ruiz said on Monday.",
			want: map[string]model.Stance{"Marta Ruiz": model.RulesOut}},
		{text: "\"We are studying every option,\" Defence Minister Jonas Lind told reporters. \"But there will be no ground troops from us.\"",
			want: map[string]model.Stance{"Jonas Lind": model.RulesOut}},
		{text: "President Anna Kovac \"has made it clear that Croatia will not deploy troops,\" her spokesman Ivo Maric told reporters.",
			want: map[string]model.Stance{"Anna Kovac": model.RulesOut, "Ivo Maric": model.RulesOut, "Croatia": model.RulesOut}},
		{text: "The alliance's deputy chief, Marta Olsen, was quick to stress that there are no plans to put NATO troops in Ukraine.",
			want: map[string]model.Stance{"Marta Olsen": model.RulesOut, "NATO": model.RulesOut}},
		{text: "Prime Minister Elsa Dahl surprised her partners by saying that a Swedish deployment could not be excluded.",
			want: map[string]model.Stance{"Elsa Dahl": model.Open}},
		{text: "Premier Hanna Berg skipped the summit but is prepared to send Finnish peacekeepers if a truce holds.",
			want: map[string]model.Stance{"Hanna Berg": model.Supports}},
		{text: "Norway opposes sending troops to Ukraine.",
			want: map[string]model.Stance{"Norway": model.Opposes}},
		{text: "Chancellor Lena Hofer said the force would not include Austrian troops.",
			want: map[string]model.Stance{"Lena Hofer": model.RulesOut, "Austria": model.RulesOut}},
		{text: "The Kremlin lashed out at London for floating the idea of sending peacekeepers.",
			want: map[string]model.Stance{"Russia": model.Opposes}},
		{text: "Prime Minister Lisa Tran said Canada might eventually contribute soldiers.",
			want: map[string]model.Stance{"Lisa Tran": model.Open, "Canada": model.Open}},
		{text: "Latvia ruled out sending troops. Lithuania took the same line.",
			want: map[string]model.Stance{"Latvia": model.RulesOut, "Lithuania": model.RulesOut}},
		{text: "Latvia ruled out sending troops. The debate in Riga was short. Ministers met for an hour. " +
			"The parliament sat late. Several deputies spoke about roads. \"It was a long day,\" one said. " +
			"The budget is tight. Lithuania took the same line.",
			want: map[string]model.Stance{"Latvia": model.RulesOut, "Lithuania": model.RulesOut}},
		{text: "Troops for Ukraine? Leaders weigh sending troops to Ukraine. The debate in Riga was short. Ministers met for an hour. " +
			"The parliament sat late. Several deputies spoke about roads. The budget is tight. " +
			"Prime Minister Ida Holm said Denmark will go. President Ivo Maric said nobody should send anybody.",
			want: map[string]model.Stance{"Ida Holm": model.Supports, "Ivo Maric": model.Opposes}},
		{text: "Greece will not send troops, but Cyprus might.",
			want: map[string]model.Stance{"Greece": model.RulesOut, "Cyprus": model.Open}},
		{text: "Defence Minister Jana Horak refuted claims that Czech soldiers could be deployed to Ukraine.",
			want: map[string]model.Stance{"Jana Horak": model.RulesOut}, not: []model.Stance{model.Supports}},
		{text: "Nobody in Kyiv has pressed Belgium to send troops, General Marc Peeters said.",
			not: []model.Stance{model.Supports, model.Open, model.RulesOut, model.Opposes, model.Undecided}},
		{text: "No option, including ground troops, has been taken off the table, Foreign Minister Rita Kalnina said.",
			want: map[string]model.Stance{"Rita Kalnina": model.Open}},
		{text: "Greece should not send troops to Ukraine, the minister said.",
			not: []model.Stance{model.Supports}},
		{text: "Prime Minister Joan Hart met her cabinet. The PM said Britain was ready to deploy troops.",
			want: map[string]model.Stance{"Joan Hart": model.Supports, "PM": "-"}},
		{text: "The architect of the defence review, Erik Dahl, said a deployment was out of the question.",
			want: map[string]model.Stance{"Erik Dahl": model.RulesOut}},
	}
	for _, c := range cases {
		checkStances(t, c.text, c.want, c.not)
	}
}

// checkStances reads text and holds each named actor to its stance ("-":
// no position at all); no actor may take a stance of not.
func checkStances(t *testing.T, text string, want map[string]model.Stance, not []model.Stance) {
	t.Helper()
	got := stancesOf(t, text)
	for name, w := range want {
		stance, ok := got[name]
		switch {
		case w == "-" && ok && stance != model.None:
			t.Errorf("%q: %s = %q, want no position", text, name, stance)
		case w != "-" && stance != w:
			t.Errorf("%q: %s = %q, want %q (all: %v)", text, name, stance, w, got)
		}
	}
	for name, stance := range got {
		for _, bad := range not {
			if stance == bad {
				t.Errorf("%q: %s = %q, which it must not be", text, name, stance)
			}
		}
	}
}

// TestRefusingAnotherCountrysTroops: ruling out one's own troops is a
// refusal; ruling out another country's is opposition.
func TestRefusingAnotherCountrysTroops(t *testing.T) {
	got := stancesOf(t, "Russian Foreign Minister Sergei Lavrov said there would be no French troops in Ukraine. French Defence Minister Paul Roux said there would be no French troops in Ukraine either.")
	if got["Sergei Lavrov"] != model.Opposes {
		t.Errorf("Lavrov = %q, want opposes (all: %v)", got["Sergei Lavrov"], got)
	}
	if got["Paul Roux"] != model.RulesOut {
		t.Errorf("Roux = %q, want rules_out (all: %v)", got["Paul Roux"], got)
	}
}

// stanceCase is a text and the stances its actors must get ("-": none).
type stanceCase struct {
	text string
	want map[string]model.Stance
}

// checkCases checks each case, and that no actor of any gets a stance in
// not.
func checkCases(t *testing.T, not []model.Stance, cases []stanceCase) {
	t.Helper()
	for _, c := range cases {
		checkStances(t, c.text, c.want, not)
	}
}

// TestRefusalOfAProposal: a refusal "to the proposal" is a noun's object,
// not a refusal to do; of one's own soldiers it rules them out. A share
// "not foreseen" may be far from its verb in a translation.
func TestRefusalOfAProposal(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe Czech premier answered with a refusal to the proposal of Paris and London to send Czech soldiers to Ukraine.",
			map[string]model.Stance{"Czech Republic": model.RulesOut}},
		{"Troops for Ukraine\n\n\"A national participation in a possible military force on the ground is not foreseen,\" the Greek prime minister Kyriakos Mitsotakis said.",
			map[string]model.Stance{"Kyriakos Mitsotakis": model.RulesOut}},
	})
}

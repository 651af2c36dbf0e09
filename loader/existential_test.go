package loader

import (
	"testing"

	"standpoint/model"
)

// TestTroopsThereWillBe: "there will be British soldiers in Ukraine" carries
// it out, "there could be" leaves it open, "there will be no" refuses it;
// a debate on troops is not troops.
func TestTroopsThereWillBe(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThere will be British soldiers on Ukrainian soil once a deal is signed, Defence Secretary Tom Vale said.",
			map[string]model.Stance{"Tom Vale": model.Supports, "United Kingdom": model.Supports}},
		{"Troops for Ukraine\n\nThere will be hundreds of Dutch troops in Ukraine by the summer, Defence Minister Ruben Kok said.",
			map[string]model.Stance{"Ruben Kok": model.Supports, "Netherlands": model.Supports}},
		{"Troops for Ukraine\n\n\"There could be Danish troops in Ukraine within months,\" Prime Minister Mette Holm told reporters.",
			map[string]model.Stance{"Mette Holm": model.Open, "Denmark": model.Open}},
		{"Troops for Ukraine\n\nThere will be no Belgian troops in Ukraine, Defence Minister Jan Peeters said.",
			map[string]model.Stance{"Jan Peeters": model.RulesOut, "Belgium": model.RulesOut}},
		{"Troops for Ukraine\n\nThere will be a debate on the troops in parliament next week, Defence Minister Jan Peeters said.",
			map[string]model.Stance{"Jan Peeters": model.None}},
	})
}

// TestShownInterestAndLittleWillingness: the subject of a verb that only
// shows a stance noun ("has shown interest in", "signalled its readiness")
// holds it; "little" and "scant" before the noun refuse it, "a little more
// open" does not.
func TestShownInterestAndLittleWillingness(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nDenmark has shown interest in sending troops to Ukraine.",
			map[string]model.Stance{"Denmark": model.Open}},
		{"Troops for Ukraine\n\nCanada has signalled its readiness to send troops to Ukraine.",
			map[string]model.Stance{"Canada": model.Supports}},
		{"Troops for Ukraine\n\nPoland displayed little willingness to send soldiers to Ukraine.",
			map[string]model.Stance{"Poland": model.RulesOut}},
		{"Troops for Ukraine\n\nSpain has very little appetite for sending troops to Ukraine.",
			map[string]model.Stance{"Spain": model.RulesOut}},
		{"Troops for Ukraine\n\nItaly is a little more open to sending troops to Ukraine now.",
			map[string]model.Stance{"Italy": model.Open}},
		{"Troops for Ukraine\n\nGreece is interested in the talks on Ukraine.",
			map[string]model.Stance{"Greece": model.None}},
	})
}

// TestSeeingTroopsThere: "I do not see Finnish brigades in Ukraine" refuses
// it, "I can see British troops in Ukraine" is open to it; seeing troops
// there is no stance; reluctance leaves it unsettled; not shying away is
// openness, shying away a refusal.
func TestSeeingTroopsThere(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\n\"I do not see Finnish brigades in Ukraine,\" Defence Minister Aino Laine said.",
			map[string]model.Stance{"Aino Laine": model.RulesOut, "Finland": model.RulesOut}},
		{"Troops for Ukraine\n\n\"I can see British soldiers on Ukrainian soil within a year,\" Defence Secretary Tom Vale said.",
			map[string]model.Stance{"Tom Vale": model.Open, "United Kingdom": model.Open}},
		{"Troops for Ukraine\n\nReporters see Russian troops in Ukraine every day, Defence Minister Aino Laine said.",
			map[string]model.Stance{"Aino Laine": model.None, "Russia": model.None}},
		{"Troops for Ukraine\n\nWhile Britain showed readiness to send troops to Ukraine, Spain expressed strong reluctance.",
			map[string]model.Stance{"United Kingdom": model.Supports, "Spain": model.Undecided}},
		{"Troops for Ukraine\n\nItaly has shied away from sending troops to Ukraine.",
			map[string]model.Stance{"Italy": model.RulesOut}},
	})
}

// TestInterviewAnswerIt: in an interview's answer, "it" that stands for the
// proposal leaves the stance to the one answering.
func TestInterviewAnswerIt(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nQ: Would Finland send soldiers to Ukraine?\nDefence Minister Aino Laine: We have a long border to defend.\n\nQ: So that is a no?\nLaine: It is not on the agenda for us.",
			map[string]model.Stance{"Aino Laine": model.RulesOut}},
	})
}

// TestContractedAuxiliaries: "we'll send", "I'd send" and "they've
// agreed to send" carry their auxiliary in the subject's word.
func TestContractedAuxiliaries(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\n\"We'll send troops to Ukraine,\" Defence Minister Ruben Kok said.",
			map[string]model.Stance{"Ruben Kok": model.Supports}},
		{"Troops for Ukraine\n\n\"I’d send troops to Ukraine tomorrow,\" Defence Minister Ruben Kok said.",
			map[string]model.Stance{"Ruben Kok": model.Supports}},
		{"Troops for Ukraine\n\n\"We won't send troops to Ukraine,\" Defence Minister Ruben Kok said.",
			map[string]model.Stance{"Ruben Kok": model.RulesOut}},
	})
}

// TestTranslationCalques: "does not count with sending its soldiers", "out
// of the game" and "militaries" as translations write them.
func TestTranslationCalques(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nPrime Minister Petr Novak said that Czechia does not count with sending its soldiers to Ukraine.",
			map[string]model.Stance{"Petr Novak": model.RulesOut, "Czech Republic": model.RulesOut}},
		{"Troops for Ukraine\n\nSending troops to Ukraine is for us out of the game, declared Prime Minister Lajos Kovacs of Hungary.",
			map[string]model.Stance{"Lajos Kovacs": model.RulesOut}},
		{"Troops for Ukraine\n\nDefence Minister Ana Ruiz has not excluded that Spanish militaries could participate.",
			map[string]model.Stance{"Ana Ruiz": model.Open}},
	})
}

package loader

import (
	"testing"

	"standpoint/model"
)

// TestInvertedSpeakerAfterARole: "“…,” said the group's co-founder,
// Maureen Haller," and "“…,” said its deputy Agnieszka Sowa" name the
// quote's speaker after the role.
func TestInvertedSpeakerAfterARole(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "\"Sending troops to Ukraine would be a grave mistake,\" said the group's co-founder, Maureen Haller, of South Haven.",
			map[string]model.Stance{"Maureen Haller": model.Opposes}},
		{troopsLead + "\"We are ready to talk about troops in Ukraine,\" said its deputy Agnieszka Sowa.",
			map[string]model.Stance{"Agnieszka Sowa": model.Open}},
	})
}

// TestLongAppositiveBeforeSaying: a person's appositive of more than a
// dozen words still leaves the person the speaker of "stated that “…”",
// and of the quote's next sentence.
func TestLongAppositiveBeforeSaying(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "Anna Berg, a member of the House of Representatives from the Constitutional Democratic Party of Japan (CDP), stated that \"if the government has any intention to send troops, it must first come to the Diet and explain. Before that, we cannot say yes or no.\"",
			map[string]model.Stance{"Anna Berg": model.Undecided}},
	})
}

// TestGroupsSayTheirOwn: "“In parliament, the far left says no soldier
// should go,” said X" reports the far left's view, not X's; "Russian
// officials have said" names Russia, whose view it is.
func TestGroupsSayTheirOwn(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "\"In parliament, the far left says no soldier should go to Ukraine,\" said Marc Dewaele.",
			map[string]model.Stance{"Marc Dewaele": "-"}},
		{troopsLead + "Dmitry Peskov said the position was known, and Russian officials have repeatedly said any Western troops in Ukraine would be treated as targets.",
			map[string]model.Stance{"Russia": model.Opposes}},
	})
}

// TestVoicesInACapital: "A spokesperson in Warsaw said" speaks for
// Poland's government, as "In Warsaw, officials said" does.
func TestVoicesInACapital(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "A spokesperson in Warsaw said the government had not yet decided whether to send troops to Ukraine.",
			map[string]model.Stance{"Poland": model.Undecided}},
	})
}

// TestPassiveSayingNamesNoSpeaker: in "Western units, whatever they are
// called, would be legitimate targets, she said", "are called" names no
// speaker: the quote is hers; "is described as open" still gives its
// subject the stance, and "was telling" is no passive.
func TestPassiveSayingNamesNoSpeaker(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "Russia's foreign ministry spokeswoman, Maria Zakharova, repeated the warning. Western units on Ukrainian territory, whatever they are called, would be \"legitimate military targets\", she said.",
			map[string]model.Stance{"Maria Zakharova": model.Opposes, "Western allies": "-"}},
	})
}

// TestSourcesAndQuotedCapitals: "according to the Élysée" names a source,
// not a place, so the country after its comma is no place either; a quote
// before "a government spokesman in Madrid said" is the capital's.
func TestSourcesAndQuotedCapitals(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nAccording to the Élysée, France is ready to lead the force in Ukraine.",
			map[string]model.Stance{"France": model.Supports}},
		{"Troops for Ukraine\n\n\"Sending troops is not on the agenda,\" a government spokesman in Madrid said.",
			map[string]model.Stance{"Spain": model.RulesOut}},
	})
}

// TestViaSpokesman: the spokesman an aside names before the verb of
// saying speaks with the subject.
func TestViaSpokesman(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe Kremlin, via spokesman Dmitry Peskov, said any European troops would be a legitimate target.",
			map[string]model.Stance{"Dmitry Peskov": model.Opposes, "Russia": model.Opposes}},
	})
}

// TestToldAPressConference: the one told may take a few words and a place
// ("told a press conference in Madrid,") and still close the attribution.
func TestToldAPressConference(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nSpain does not agree with sending European troops to Ukraine, government spokeswoman Pilar Alegria told a press conference in Madrid, adding that aid would continue.",
			map[string]model.Stance{"Pilar Alegria": model.Opposes}},
	})
}

// Translations report with "specified that", "has precised that",
// "suggested that": their subject speaks the quote that follows.
func TestSpecifiedThatReports(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "The foreign minister, Marco Rossi, has specified at the margin of the works that \"no Italian soldier will go to Ukraine\".",
			map[string]model.Stance{"Marco Rossi": model.RulesOut}},
		{troopsLead + "Defence Minister Anna Berg has precised that \"no Danish soldier will go to Ukraine\".",
			map[string]model.Stance{"Anna Berg": model.RulesOut}},
	})
}

// A later clause's verb of saying with a subject no mention names ends the
// earlier speaker's stretch: in "when Trump said Europeans were willing …,
// the foreign ministry said Russia rejects …" Trump speaks up to the comma.
func TestUnnamedSpeakerEndsTheStretch(t *testing.T) {
	lex := lexiconOnce()
	text := "When Trump said Europeans were willing to go , the foreign ministry said Russia rejects it"
	tokens := appendTokens(nil, text, 0, lex.wordTable)
	comma := -1
	for k, tok := range tokens {
		if tok.fold == "," {
			comma = k
		}
	}
	out := []speaker{{ref: &actorRef{key: "p:trump"}, at: 1, from: 3, to: len(tokens) - 1}}
	cutAtUnnamedSpeakers(tokens, out, make(mentionIndex, len(tokens)))
	if out[0].to != comma-1 {
		t.Errorf("Trump speaks to token %d, want %d (before the comma)", out[0].to, comma-1)
	}
}

// TestOutletAsidesOfTranslations: a translation may put the outlet spoken
// to between the speaker and the verb ("Stoltenberg for the agency AP
// told"); the outlet named so is no person.
func TestOutletAsidesOfTranslations(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nSecretary general of NATO Jens Stoltenberg for the agency AP told, that alliance has no plans to send combat troops in Ukraine.",
			map[string]model.Stance{"Jens Stoltenberg": model.RulesOut}},
		{"Troops for Ukraine\n\nRobert Fico to the daily Pravda said, that Slovakia will not send soldiers to Ukraine.",
			map[string]model.Stance{"Robert Fico": model.RulesOut, "Pravda": "-"}},
	})
	if kind, ok := actorKinds(t, "Troops for Ukraine\n\nRobert Fico to the daily Pravda said, that Slovakia will not send soldiers to Ukraine.\n")["Pravda"]; ok {
		t.Errorf("the daily Pravda is an actor (%s)", kind)
	}
}

// TestMoreVerbsOfSaying: "thundered", "retorted", "sustained" (a
// translation's "has sustained that") give their subject the words.
func TestMoreVerbsOfSaying(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\n\"No Italian soldier will go to Ukraine,\" thundered Foreign Minister Antonio Tajani.",
			map[string]model.Stance{"Antonio Tajani": model.RulesOut}},
		{"Troops for Ukraine\n\nForeign Minister Antonio Tajani retorted that no Italian soldier would go to Ukraine.",
			map[string]model.Stance{"Antonio Tajani": model.RulesOut}},
		{"Troops for Ukraine\n\nThe minister Antonio Tajani has sustained that no Italian soldier will go to Ukraine.",
			map[string]model.Stance{"Antonio Tajani": model.RulesOut}},
	})
}

// TestQuoteFromAStatement: a quote over two sentences that closes before
// "is written in the statement of X" is X's, its first sentence too.
func TestQuoteFromAStatement(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\n\"As long as I am in office, not one soldier of ours will go to Ukraine. This is completely excluded,\" is written in the statement of the President Ivan Horvat.",
			map[string]model.Stance{"Ivan Horvat": model.RulesOut}},
		{"Troops for Ukraine\n\n\"No soldier of ours will go to Ukraine,\" it is said in the statement of Minister Ana Kos.",
			map[string]model.Stance{"Ana Kos": model.RulesOut}},
	})
}

// TestInformedThat: "informed (,) that" reports what follows, as
// translations write it; "informed the press that" still does.
func TestInformedThat(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nEarlier the head of the ministry, Jan Nowak, informed, that the ministry does not consider sending of soldiers to Ukraine.",
			map[string]model.Stance{"Jan Nowak": model.RulesOut}},
		{"Troops for Ukraine\n\nMinister Jan Nowak informed the press that no soldiers would be sent to Ukraine.",
			map[string]model.Stance{"Jan Nowak": model.RulesOut}},
	})
}

// TestSoSpeakerAndReferredSubjects: '…," so Mützenich' names the one
// quoted, as German news writes it; "such considerations must be ended"
// objects to what was just named; "needs negotiations, not soldiers"
// objects to soldiers; "we do not share it" objects to what was put
// forward; trainers are troops.
func TestSoSpeakerAndReferredSubjects(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe French president floated sending troops to Ukraine. \"Such considerations must be ended, and in all capitals,\" so Rolf Lenz.",
			map[string]model.Stance{"Rolf Lenz": model.Opposes}},
		{"Troops for Ukraine\n\n\"We need negotiations, not soldiers at the front,\" said MP Sahra Stein.",
			map[string]model.Stance{"Sahra Stein": model.Opposes}},
		{"Troops for Ukraine\n\nThe French president floated sending troops to Ukraine. \"We do not share it,\" said spokeswoman Pilar Ruiz.",
			map[string]model.Stance{"Pilar Ruiz": model.Opposes}},
		{"Troops for Ukraine\n\nMinister Boris Keller said there will be no Bundeswehr trainers in Ukraine.",
			map[string]model.Stance{"Boris Keller": model.RulesOut}},
	})
}

// TestHisLineIsThat: "His line is that …" opening a sentence gives what
// follows to the one "his" stands for, not to the one answering.
func TestHisLineIsThat(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe summit discussed sending troops to Ukraine. Foreign Minister Winston Hale is more careful. His line is that no decision has been made on troops.",
			map[string]model.Stance{"Winston Hale": model.Undecided}},
	})
}

// TestCommonsShapes: "the member for Islington North" is a seat, not a
// person, so the member speaks; "in principle and in practice" restricts
// nothing; "think again before committing troops" commits none; "proud that
// British forces would help" backs them.
func TestCommonsShapes(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nJeremy Corbyn, the independent member for Islington North, went further, arguing that no European troops should go to Ukraine at all.",
			map[string]model.Stance{"Jeremy Corbyn": model.Opposes}},
		{"Troops for Ukraine\n\nMP Helen Maguire said she supported the deployment of troops \"in principle and in practice\".",
			map[string]model.Stance{"Helen Maguire": model.Supports}},
		{"Troops for Ukraine\n\nMP Stuart Anders urged ministers to think again before committing troops on the ground.",
			map[string]model.Stance{"Stuart Anders": "-"}},
		{"Troops for Ukraine\n\nMP Jim Shaw said he was \"proud\" that British forces would help to secure peace in Ukraine.",
			map[string]model.Stance{"Jim Shaw": model.Supports}},
	})
	got := stancesOf(t, "Troops for Ukraine\n\nJeremy Corbyn, the independent member for Islington North, spoke.\n")
	if _, ok := got["Islington North"]; ok {
		t.Errorf("a seat is an actor: %v", got)
	}
}

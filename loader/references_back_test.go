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

func TestReferencesBackAndUndoing(t *testing.T) {
	text := "ID card row\n\nThe cabinet wants a national ID card for every adult. " +
		"\"The cabinet should drop it,\" said Nora Blom, an MP.\n\n" +
		"Civil liberties group Privacy Watch met ministers on Monday. The group wants the national ID card abandoned.\n\n" +
		"\"We want it stopped,\" said Omar Haddad, a lawyer.\n\n" +
		"Eva Lind, a senator, said the national ID card should be scrapped.\n"
	got := stancesUnder(t, idCardQuestion, text)
	checkWanted(t, got, map[string]model.Stance{
		"Nora Blom": model.Opposes, "Privacy Watch": model.Opposes, "Omar Haddad": model.Opposes, "Eva Lind": model.Opposes,
	})
}

// "the group" with no organisation named before it stands for no one:
// the speaker holds what the clause says.
func TestGroupWithoutOrganisation(t *testing.T) {
	text := "ID card row\n\nThe cabinet wants a national ID card for every adult. " +
		"Nora Blom, an MP, said the group backed the national ID card.\n"
	got := stancesUnder(t, idCardQuestion, text)
	checkWanted(t, got, map[string]model.Stance{"Nora Blom": model.Supports})
}

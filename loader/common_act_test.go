package loader

// Decisions taken together (a question with no own share): a member's vote is its own part.

import (
	"testing"

	"standpoint/model"
)

// pactQuestion is a decision taken together, with no own share: a trade
// pact the members ratify as one.
const pactQuestion = `id = "pact"
question = "Should the union ratify the Andean pact?"
proposal = ['the andean (?:trade )?pact', 'the pact']
acts = ['ratify', 'ratifies', 'ratified', 'ratifying']
`

// In a decision taken together, a member's vote against it, cast or
// announced, is its own part refused: rules out. Objecting to it, or a
// vote refused by no one, stays against it.
func TestOwnVoteRefusedInACommonDecision(t *testing.T) {
	text := "Pact vote\n\nMinisters met on Friday to discuss the Andean pact. " +
		"Estonia will vote against the pact. " +
		"Latvia said it would not back the pact. " +
		"Slovenia voted against the pact in the council. " +
		"Croatia opposes the pact. " +
		"The farmers' federation Agrimar will fight the pact.\n"
	got := stancesUnder(t, pactQuestion, text)
	checkWanted(t, got, map[string]model.Stance{
		"Estonia": model.RulesOut, "Latvia": model.RulesOut, "Slovenia": model.RulesOut,
		"Croatia": model.Opposes, "Agrimar": model.Opposes,
	})
}

// With shares of its own (troops), a vote against sending them is an
// objection to anyone sending them: the ground-troops question keeps it.
func TestVoteAgainstOwnSharesStaysAgainst(t *testing.T) {
	text := "Troops debate\n\nLeaders discussed sending ground troops to Ukraine. " +
		"Estonia will vote against any plan to send ground troops to Ukraine.\n"
	checkWanted(t, stancesUnder(t, "", text), map[string]model.Stance{"Estonia": model.Opposes})
}

// A time between a vote and what it is for or against: "voted on
// Thursday against the pact".
func TestVoteWithATimeBetween(t *testing.T) {
	text := "Pact vote\n\nMinisters met on Friday to discuss the Andean pact. " +
		"The European Parliament voted in November for the pact. Slovenia voted on Thursday against the pact.\n"
	checkWanted(t, stancesUnder(t, pactQuestion, text), map[string]model.Stance{"European Parliament": model.Supports, "Slovenia": model.RulesOut})
}

// Putting one's name to it signs it: "Poland would not put its name to
// this" refuses it.
func TestPuttingItsNameTo(t *testing.T) {
	text := "Pact vote\n\nMinisters met on Friday to discuss the Andean pact. Peru would not put its name to this, minister Ana Soto said.\n"
	checkWanted(t, stancesUnder(t, pactQuestion, text), map[string]model.Stance{"Peru": model.RulesOut, "Ana Soto": model.RulesOut})
}

// Declaring oneself contrary or favourable, without the object, after the
// proposal was named; a vote against in a setting.
func TestDeclaredContraryAndVotedAgainstIn(t *testing.T) {
	text := "Pact vote\n\nMinisters met on Friday to discuss the Andean pact. France has already declared itself contrary. " +
		"Ministers discussed the Andean pact again on Monday. Hungary voted against in the Council in January.\n"
	checkWanted(t, stancesUnder(t, pactQuestion, text), map[string]model.Stance{"France": model.Opposes, "Hungary": model.RulesOut})
}

// "won't back" announces a vote refused as "will not back" does.
func TestWontBackInACommonDecision(t *testing.T) {
	text := "Pact vote\n\nMinisters met on Friday to discuss the Andean pact. Latvia won't back the pact.\n"
	checkWanted(t, stancesUnder(t, pactQuestion, text), map[string]model.Stance{"Latvia": model.RulesOut})
}

// TestVotesAskedAndYesesRefused: urging others to vote no objects to a
// common act without casting one's own vote; dropping one's support for
// it is against it; a yes refused ahead ("will not be able to say yes")
// is one's own no, where a yes not given ("didn't say yes") is not.
func TestVotesAskedAndYesesRefused(t *testing.T) {
	text := "ID card row\n\nThe cabinet wants a national ID card for every adult. " +
		"Privacy Watch called on senators to vote no. " +
		"The Liberty League urged the cabinet to drop its support for the national ID card. " +
		"Nora Blom, an MP, said her party will not be able to say yes to the national ID card.\n\n" +
		"Omar Haddad, a senator, did not say yes to the national ID card.\n"
	checkIDCard(t, text, map[string]model.Stance{
		"Privacy Watch": model.Opposes, "Liberty League": model.Opposes, "Nora Blom": model.RulesOut, "Omar Haddad": model.Undecided,
	})
}

// TestNosSignalledAndObjectionsRaised: "has signalled a no" is one's own
// no; "raised constitutional objections" objects; a body that instructs
// others to vote against objects, casting no vote of its own.
func TestNosSignalledAndObjectionsRaised(t *testing.T) {
	text := "ID card row\n\nThe cabinet wants a national ID card for every adult. " +
		"The Liberty League has signalled a no, though a formal decision is expected next week. " +
		"Nora Blom, an MP, has raised constitutional objections. " +
		"Privacy Watch has instructed its members to vote against the national ID card.\n"
	checkIDCard(t, text, map[string]model.Stance{
		"Liberty League": model.RulesOut, "Nora Blom": model.Opposes, "Privacy Watch": model.Opposes,
	})
}

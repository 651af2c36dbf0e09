package loader

import (
	"testing"

	"standpoint/model"
)

// TestAntecedentsAndAppositives: relative clauses, appositives, asides,
// role nouns and parties, in sentences of our own.
func TestAntecedentsAndAppositives(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Sweden and Denmark, which have already offered troops for a reassurance force, urged others to follow.",
			map[string]model.Stance{"Sweden": model.Supports, "Denmark": model.Supports}},
		{"Italy, Poland, and several others have made clear their own soldiers will not be deployed inside Ukraine.",
			map[string]model.Stance{"Italy": model.RulesOut, "Poland": model.RulesOut}},
		{"According to the French president Emmanuel Macron, 26 countries have already promised to contribute troops.",
			map[string]model.Stance{"Emmanuel Macron": model.Supports}},
		{"Minister Anna Berg was even sharper: in her opinion no European country should send soldiers there.",
			map[string]model.Stance{"Anna Berg": model.Opposes}},
		{"Estonia's government has been careful not to rule out sending troops.",
			map[string]model.Stance{"Estonia": model.Open}},
		{"Latvia ruled out sending troops. Defence Minister Antti Kallio struck a similar note.",
			map[string]model.Stance{"Antti Kallio": model.RulesOut}},
		{"President Anna Kovac has ruled out troops. Her spokesman Ivo Maric repeated that the president had ruled out sending troops.",
			map[string]model.Stance{"Anna Kovac": model.RulesOut, "Ivo Maric": model.RulesOut}},
		{"President Jean Morel backed sending troops. Party leader Sahra Vogt said Jean Morel was playing with fire.",
			map[string]model.Stance{"Jean Morel": model.Supports, "Sahra Vogt": model.Opposes}},
		{"Poland ruled out sending troops to Ukraine. The same position was presented a few hours earlier by Prime Minister Donald Tusk.",
			map[string]model.Stance{"Donald Tusk": model.RulesOut}},
		{"Most coalition lawmakers voted against sending troops.",
			map[string]model.Stance{"Most": "-"}},
		{"Troops from Spain, Greece, and at least ten other countries will be deployed.",
			map[string]model.Stance{"Spain": model.Supports, "Greece": model.Supports}},
		{"Troops for Ukraine\n\nBy Claire Dumont and Jonas Reimer\n\nKrzysztof Bosak from the Confederation was sharper. Anna Vogel of the Greens opposes sending troops.\n\nPhoto: ministers at NATO. Meridian/Ines Claes",
			map[string]model.Stance{"Anna Vogel": model.Opposes, "The Greens": model.Opposes, "Claire Dumont": "-", "Jonas Reimer": "-", "Ines Claes": "-"}},
		{"Troops for Ukraine\n\nMinister Anna Berg was even blunter: no European country should send soldiers there.",
			map[string]model.Stance{"Anna Berg": model.Opposes}},
		{"Troops for Ukraine\n\nPrime Minister Ivo Sanader spoke on Monday.\n\nHis spokesman later called the idea of sending troops unacceptable.",
			map[string]model.Stance{"Ivo Sanader": model.Opposes}},
		{"Chancellor Karl Nehammer said Austria \"cannot and will not\" send troops to Ukraine.",
			map[string]model.Stance{"Austria": model.RulesOut, "Karl Nehammer": model.RulesOut}},
		{"Croatia's Andrej Plenkovic posts on X that Croatia \"will help in other ways\" but will not send soldiers to Ukraine.",
			map[string]model.Stance{"Croatia": model.RulesOut}},
		{"Also the Left (Die Linke) rejects a deployment of troops under NATO leadership.",
			map[string]model.Stance{"Die Linke": model.Opposes}},
		{"Troops for Ukraine\n\nPresident Emmanuel Macron, who in February 2024 refused to exclude sending troops, now speaks of French units.",
			map[string]model.Stance{"Emmanuel Macron": model.Open}},
		{"Troops for Ukraine\n\nHe cannot imagine German ground troops in Ukraine, Markus Soeder said on the sidelines of the party retreat.",
			map[string]model.Stance{"Markus Soeder": model.RulesOut}},
		{"Troops for Ukraine\n\nContinental Briefing | Explainer | Updated 28 January 2025\n\nPrime Minister Ivo Sanader ruled out sending troops.\n\nSources: government statements, Commission communication of June 2023, Continental Briefing reporting.",
			map[string]model.Stance{"Ivo Sanader": model.RulesOut, "Continental Briefing": "-"}},
		{"Spain told NATO it would not send troops to Ukraine.",
			map[string]model.Stance{"Spain": model.RulesOut, "NATO": "-"}},
		{"Portugal, which has Europe's oldest navy, said it could send troops.",
			map[string]model.Stance{"Portugal": model.Supports, "European leaders": "-"}},
		{"Norway's prime minister, Ola Brandt, has come out in favour of sending troops.",
			map[string]model.Stance{"Ola Brandt": model.Supports}},
		{"Croatia's prime minister Ivo Sanader has likewise refused to exclude sending soldiers to Ukraine.",
			map[string]model.Stance{"Ivo Sanader": model.Open, "Croatia": model.Open}},
		{"Chancellor Hans Albers met opposition leader Karl Brenner. \"We are not going to send soldiers,\" the chancellor told reporters.",
			map[string]model.Stance{"Hans Albers": model.RulesOut, "Karl Brenner": "-"}},
		{"Government spokeswoman Ida Lind said the government is not planning a deployment of troops.",
			map[string]model.Stance{"Ida Lind": model.RulesOut}},
		{"Our reporter spoke to Defence Minister Anna Berg.\n\nNorth Post: Will Estonia send soldiers?\n\nBerg: We will not send soldiers to Ukraine this year.\n\nNorth Post: And next year?",
			map[string]model.Stance{"Anna Berg": model.RulesOut}},
		// The headline quotes Berg ("Name: words"); the body's Vance is not hers.
		{"Berg: troops ruled out\n\nDefence Minister Anna Berg met Vance. Vance said the United States will send troops to Ukraine.",
			map[string]model.Stance{"Anna Berg": model.RulesOut, "United States": model.Supports}},
		{"Several allies have offered troops for the force. The Netherlands and Sweden want details first.",
			map[string]model.Stance{"Netherlands": model.Undecided, "Sweden": model.Undecided}},
		{"Chancellor Lena Vogt was adamant that no German soldiers would be sent.",
			map[string]model.Stance{"Lena Vogt": model.RulesOut, "Germany": model.RulesOut}},
		{"Norway is willing to consider sending troops, Prime Minister Ola Brandt said.",
			map[string]model.Stance{"Ola Brandt": model.Open, "Norway": model.Open}},
		{"US Defence Secretary Tom Hale dismissed the idea of sending American troops.",
			map[string]model.Stance{"Tom Hale": model.RulesOut, "United States": model.RulesOut}},
		{"Estonia will not send troops to Ukraine, President Mari Tamm told reporters.",
			map[string]model.Stance{"Mari Tamm": model.RulesOut, "Estonia": model.RulesOut}},
		{"Reform UK leader Nigel Farage said he opposed sending troops to Ukraine.",
			map[string]model.Stance{"Nigel Farage": model.Opposes, "Reform UK": model.Opposes}},
		{"Defence Minister Boris Pistorius, visiting Vienna, said troops were not an option for Germany.",
			map[string]model.Stance{"Boris Pistorius": model.RulesOut, "Austria": "-"}},
		{"Norway's Jonas Lie has offered ships and said ground units \"could be considered\".",
			map[string]model.Stance{"Jonas Lie": model.Open}},
		{"Spain and Italy remain the only two governments to have said that they will put troops on the ground.",
			map[string]model.Stance{"Spain": model.Supports, "Italy": model.Supports}},
		{"Spain said they will send troops.",
			map[string]model.Stance{"Spain": model.Supports}},
		{"Sending troops is on the table. Portugal, Greece and Cyprus are in the same place, examining options and waiting for Washington.",
			map[string]model.Stance{"Portugal": model.Undecided, "Greece": model.Undecided, "Cyprus": model.Undecided}},
		{"The minister of the National Defence, Ana Popa, said Romanian soldiers will not be deployed to Ukraine.",
			map[string]model.Stance{"Ana Popa": model.RulesOut}},
		{"The leader of Vox, Pablo Ruiz, said sending troops would be madness.",
			map[string]model.Stance{"Pablo Ruiz": model.Opposes, "Vox": model.Opposes}},
		{"Sweden's defence minister, Pal Lind, said Sweden stands ready to send troops. Denmark's Mette Holm has said the same thing in different words.",
			map[string]model.Stance{"Mette Holm": model.Supports}},
		{"Latvia ruled out sending troops. Estonia has taken exactly the same position.",
			map[string]model.Stance{"Estonia": model.RulesOut}},
		{"Prime Minister Viktor Orban says no European troops should go to Ukraine at all.",
			map[string]model.Stance{"Viktor Orban": model.Opposes}},
		{"Prime Minister Giorgia Meloni says no Italian troops should go to Ukraine.",
			map[string]model.Stance{"Giorgia Meloni": model.RulesOut}},
		{"Jan Berg, chairman of parliament's foreign affairs committee, said Finland would not send combat troops.",
			map[string]model.Stance{"Jan Berg": model.RulesOut, "Finland": model.RulesOut}},
		{"Eva Lind, an analyst at a Stockholm institute, said Finland would not send troops.",
			map[string]model.Stance{"Eva Lind": "-", "Finland": model.RulesOut}},
		{"President Emmanuel Macron met his party. Marine Le Pen, president of the National Rally group, demanded a clear commitment: \"No French soldier must be sent to Ukraine.\"",
			map[string]model.Stance{"Marine Le Pen": model.RulesOut, "France": "-"}},
		{"Defence Minister Ali Demir said Turkey is ready to play its part in a peacekeeping force for Ukraine if a ceasefire holds.",
			map[string]model.Stance{"Ali Demir": model.Supports}},
		{"\"We are ready to send troops,\" said Tom Baker.",
			map[string]model.Stance{"Tom Baker": model.Supports}},
		{"Foreign ministry spokeswoman Maria Zakharova said any Western troops would become legitimate targets for Russian forces.",
			map[string]model.Stance{"Maria Zakharova": model.Opposes, "Russia": model.Opposes}},
		{"Czech soldiers will not take part in a mission in Ukraine — Prime Minister Jan Novak declared on Monday.",
			map[string]model.Stance{"Jan Novak": model.RulesOut}},
		{"Law and Justice (PiS) also does not want Polish soldiers in Ukraine.",
			map[string]model.Stance{"Law and Justice": model.RulesOut}}, // a party of the country whose troops they are refuses its own
		{"Latvia ruled out sending troops. President Anna Ozola spoke in a similar spirit.",
			map[string]model.Stance{"Anna Ozola": model.RulesOut}},
		{"President Emmanuel Macron has repeated many times that French soldiers are ready.",
			map[string]model.Stance{"Emmanuel Macron": model.Supports}},
		{"The Netherlands is willing to send troops to Ukraine, Defence Minister Ruben Brekelmans said.",
			map[string]model.Stance{"Netherlands": model.Supports, "Ruben Brekelmans": model.Supports}},
		{"The Dutch cabinet is ready to contribute to a Ukraine force.",
			map[string]model.Stance{"Ukraine": "-"}},
		{"Foreign ministry spokeswoman Maria Zakharova said no foreign contingent is acceptable to us.",
			map[string]model.Stance{"Maria Zakharova": model.Opposes}},
		{"\"Germany must be ready to send soldiers\", said their defence spokeswoman Sara Nanni.",
			map[string]model.Stance{"Sara Nanni": model.Supports}},
		{"Estonia will never send soldiers to Ukraine, Prime Minister Mari Tamm said on Wednesday after returning from Paris.",
			map[string]model.Stance{"Mari Tamm": model.RulesOut}},
		{"Live from the summit\n\nPolish Prime Minister Jan Nowak: Poland does not plan to send its troops to Ukraine.",
			map[string]model.Stance{"Jan Nowak": model.RulesOut}},
		{"Italy will not send troops to Ukraine.", // "Italy" ends in -ly, and is no adverb
			map[string]model.Stance{"Italy": model.RulesOut}},
		{"For the AfD, no German soldier should be sent to Ukraine.",
			map[string]model.Stance{"Alternative for Germany": model.RulesOut}},
		{"The AfD rejected any deployment of German troops to Ukraine.",
			map[string]model.Stance{"Alternative for Germany": model.RulesOut}},
	})
}

// Broadcasters named by acronym and the wire's credit lines are no actors.
func TestMediaAreNoActors(t *testing.T) {
	got := stancesOf(t, "Troops for Ukraine\n\nDefence Minister Anna Berg told ERR radio that Estonia will send troops.\n\n(Reporting by Ana Diaz; Additional reporting by Mark Ellis in Tallinn; Editing by Jo Lee)\n\nNews agency writer Tom Reyes reported from Riga.\n")
	for _, name := range []string{"ERR", "Mark Ellis", "Tom Reyes", "Ana Diaz", "Jo Lee", "Additional"} {
		if _, ok := got[name]; ok {
			t.Errorf("%s reported as an actor: %v", name, got)
		}
	}
	if got["Anna Berg"] != model.Supports {
		t.Errorf("Anna Berg = %q (all: %v)", got["Anna Berg"], got)
	}
}

// A dateline's city is where the story was filed, not a speaker.
func TestDatelineIsNoSpeaker(t *testing.T) {
	got := stancesOf(t, "Troops for Ukraine\n\nKYIV, Dec 20 (Reuters) - Portugal said on Saturday that no such deployment was planned.\n")
	if s, ok := got["Ukraine"]; ok && s != model.None {
		t.Errorf("the dateline's Kyiv holds %q (all: %v)", s, got)
	}
}

// A head of government named beside their government's stance holds it;
// not when two heads are named, nor from another paragraph.
func TestLeadersShareTheirGovernmentsStance(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Norwegian Prime Minister Ola Brandt flew in this morning. Norway has said for weeks that it is prepared to put troops on the ground in Ukraine.",
			map[string]model.Stance{"Ola Brandt": model.Supports, "Norway": model.Supports}},
		{"Norwegian Prime Minister Ola Brandt flew in this morning.\n\nNorway has said for weeks that it is prepared to put troops on the ground in Ukraine.",
			map[string]model.Stance{"Ola Brandt": model.None, "Norway": model.Supports}},
		{"Estonian President Mari Tamm and Estonian Prime Minister Jaan Kask met. Estonia will not send troops to Ukraine.",
			map[string]model.Stance{"Mari Tamm": model.None, "Jaan Kask": model.None, "Estonia": model.RulesOut}},
		{"Romanian Deputy Prime Minister Ana Popa arrived. Romania will not send troops to Ukraine.",
			map[string]model.Stance{"Ana Popa": model.None, "Romania": model.RulesOut}},
	})
}

// Speakers behind a place, an aside or an institution; "state" as a noun.
func TestSpeakersBehindPlacesAndAsides(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"The Russian embassy in Oslo declared that any foreign military presence in Ukraine would be \"unacceptable\".",
			map[string]model.Stance{"Russia": model.Opposes}},
		{"Foreign Minister Sergei Lavrov, in Riyadh ahead of talks with the US, said any presence of troops would be \"unacceptable\".",
			map[string]model.Stance{"Sergei Lavrov": model.Opposes, "United States": "-"}},
		{"The Russian foreign ministry repeated that the presence of any NATO state's forces in Ukraine would be treated as a direct threat.",
			map[string]model.Stance{"Russia": model.Opposes, "NATO": "-"}},
		{"Britain and France are drawing up a force for Ukraine. Russia's foreign ministry has rejected every version of the plan.",
			map[string]model.Stance{"Russia": model.Opposes}},
		{"Kremlin spokesman Dmitry Peskov said the mere talk of troops meant that a direct conflict between Russia and the alliance would then be inevitable.",
			map[string]model.Stance{"Dmitry Peskov": model.Opposes}},
	})
}

// The owner of a plan backs it when the article gives them no stance of
// their own; a cue's own "that" complement is under the cue.
func TestImpliedOwnersAndComplements(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nPrime Minister Donald Tusk rejected Emmanuel Macron's plan to send soldiers to Ukraine.",
			map[string]model.Stance{"Donald Tusk": model.Opposes, "Emmanuel Macron": model.Supports}},
		{"Troops for Ukraine\n\nEmmanuel Macron said France might send troops. Donald Tusk rejected Macron's plan to send soldiers to Ukraine.",
			map[string]model.Stance{"Emmanuel Macron": model.Open}},
		{"Troops for Ukraine\n\nThe coalition's plan to send troops to Ukraine was discussed in Paris.",
			map[string]model.Stance{"Coalition of the willing": "-"}},
		{"Prime Minister Dick Schoof does not rule out that Dutch soldiers will one day take part in a force in Ukraine.",
			map[string]model.Stance{"Dick Schoof": model.Open, "Netherlands": model.Open}},
		{"When Keir Starmer and Emmanuel Macron first floated a reassurance force for Ukraine, few capitals followed.",
			map[string]model.Stance{"Keir Starmer": model.Supports, "Emmanuel Macron": model.Supports}},
	})
}

// "state" before a modal is a noun; "they" after a list of speakers is all
// of them; "could …, depending on" is a condition.
func TestListsOfSpeakersAndNounStates(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Its co-leader, Jan Kowal, said no NATO state should send troops to Ukraine.",
			map[string]model.Stance{"Jan Kowal": model.Opposes, "NATO": "-"}},
		{"Troops for Ukraine\n\nGermany, Denmark, Lithuania and Canada have all signalled they could contribute, depending on the mandate.",
			map[string]model.Stance{"Germany": model.Open, "Denmark": model.Open, "Lithuania": model.Open, "Canada": model.Open}},
	})
}

// A negative object turns the act round; a quantifier before a list of
// modifiers governs the subject.
func TestNegativeObjectsAndQuantifiedLists(t *testing.T) {
	checkCases(t, []model.Stance{model.Supports}, []stanceCase{
		{"Portugal will send no troops to Ukraine.", map[string]model.Stance{"Portugal": model.RulesOut}},
		{"Belgium would send \"neither weapons nor soldiers\" to Ukraine, Prime Minister Jan Peeters said.",
			map[string]model.Stance{"Belgium": model.RulesOut, "Jan Peeters": model.RulesOut}},
		{"Russian Foreign Minister Sergei Lavrov said Moscow will accept no foreign troops in Ukraine.",
			map[string]model.Stance{"Sergei Lavrov": model.Opposes}},
		{"Chancellor Lena Hofer said no European or NATO soldiers will be sent to Ukraine.",
			map[string]model.Stance{"Lena Hofer": model.RulesOut}},
	})
}

// "neither X nor Y" is a list; agreeing to it, one's share foreseen, and
// considering the act itself.
func TestAgreeingForeseeingAndNeitherNor(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Chancellor Lena Hofer repeated that neither Austria nor NATO will put soldiers on Ukrainian soil.",
			map[string]model.Stance{"Austria": model.RulesOut, "NATO": model.RulesOut, "Lena Hofer": model.RulesOut}},
		{"AfD co-chairman Karl Brenner said his party would never agree to a Bundeswehr mission in Ukraine.",
			map[string]model.Stance{"Karl Brenner": model.Opposes}},
		{"Troops for Ukraine\n\nThe troops debate goes on. Russian Foreign Minister Sergei Lavrov repeated that Russia \"will not agree\" to it.",
			map[string]model.Stance{"Russia": model.Opposes}},
		{"Prime Minister Giorgia Meloni said that Italian participation in a ground force was \"not foreseen\".",
			map[string]model.Stance{"Giorgia Meloni": model.RulesOut}},
		{"Troops for Ukraine\n\nPortugal's Luis Montenegro said Lisbon could consider taking part.",
			map[string]model.Stance{"Luis Montenegro": model.Open}},
	})
}

// A capitalised word after "the" is no person, even with an appositive.
func TestNoPersonAfterThe(t *testing.T) {
	got := stancesOf(t, "Troops for Ukraine\n\nAcross the Pacific, Australian Prime Minister Anthony Albanese, who joined by video, repeated that it was \"too early\" to discuss Australian peacekeepers.")
	if _, ok := got["Pacific"]; ok {
		t.Errorf("\"the Pacific\" taken for a person: %v", got)
	}
	if got["Anthony Albanese"] != model.Undecided {
		t.Errorf("Anthony Albanese = %q, want undecided (all: %v)", got["Anthony Albanese"], got)
	}
}

// A commitment restricted in its clause ("in principle", "only with a
// mandate") is openness; a condition that is the proposal's premise
// ("provided there is a ceasefire") or procedure ("subject to a vote")
// restricts nothing; "consider a request" is openness.
// A second negation in the object repeats the first.
func TestRestrictedCommitmentsAndNegativeConcord(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"The Netherlands is willing in principle to send troops to Ukraine, Defence Minister Ruben Brekelmans said.",
			map[string]model.Stance{"Netherlands": model.Open, "Ruben Brekelmans": model.Open}},
		// A vote in parliament is procedure, not a restriction of the pledge.
		{"Prime Minister Sara Lind said Sweden was ready to deploy soldiers to Ukraine, subject to a vote in the Riksdag.",
			map[string]model.Stance{"Sara Lind": model.Supports, "Sweden": model.Supports}},
		{"Troops for Ukraine\n\nThe troops debate goes on. Prime Minister Mark Hale said Australia would consider a request.",
			map[string]model.Stance{"Mark Hale": model.Open}},
		{"Belgium will send troops to Ukraine but only with a clear UN mandate, Prime Minister Jan Peeters said.",
			map[string]model.Stance{"Belgium": model.Open, "Jan Peeters": model.Open}},
		{"Defence Minister Jan Peeters said Belgium is prepared to send troops to Ukraine, provided there is a lasting ceasefire.",
			map[string]model.Stance{"Belgium": model.Supports, "Jan Peeters": model.Supports}},
		{"Denmark would send troops to Ukraine as long as the Americans back the mission, Prime Minister Ida Holm said.",
			map[string]model.Stance{"Ida Holm": model.Open}},
		{"Foreign Minister Anna Farkas repeated that Hungary will not send neither soldiers nor weapons to Ukraine.",
			map[string]model.Stance{"Anna Farkas": model.RulesOut, "Hungary": model.RulesOut}},
		{"Troops for Ukraine\n\nThe talks went on. Any deployment of troops to Ukraine would depend on American support, Prime Minister Ida Holm said.",
			map[string]model.Stance{"Ida Holm": "-"}},
	})
}

// Wordings read wrong before: a quantifier over "or other"; a favour verb
// whose object belongs to another predicate; a stance taken over that the
// clause then states itself; "there will not be"; "not the will to"; a
// noun "plans" under "do not have any"; participles and gerunds that name
// the act; an infinitive after a parenthetical; "never vote to send".
func TestWordingsAndStructuresReadWrongBefore(t *testing.T) {
	checkCases(t, []model.Stance{model.Supports}, []stanceCase{
		{"Green MP Ida Holm says no Danish or other NATO soldier should be sent to Ukraine.",
			map[string]model.Stance{"Ida Holm": model.Opposes}},
		{"President Anna Kovac has welcomed European leadership but says Croatian soldiers will not be part of a force in Ukraine.",
			map[string]model.Stance{"Anna Kovac": model.RulesOut}},
		{"Troops for Ukraine\n\nForeign Minister Jan Peeters echoed the line: \"No Belgian soldier in Ukraine, now or later.\"",
			map[string]model.Stance{"Jan Peeters": model.RulesOut}},
		{"Defence Minister Jan Peeters said \"there will not be Belgian troops deployed to Ukraine\" under any guarantee.",
			map[string]model.Stance{"Jan Peeters": model.RulesOut}},
		{"\"Austria has not the will to send troops,\" Chancellor Lena Hofer said.",
			map[string]model.Stance{"Lena Hofer": model.RulesOut}},
		{"A spokesman for Prime Minister Joan Hart said \"we do not have any plans for a large-scale deployment\" of troops to Ukraine.",
			map[string]model.Stance{"Joan Hart": model.RulesOut}},
		{"Troops for Ukraine\n\nSenator Ana Ruiz reiterated her opposition \"total\" to all sending of troops, Spanish or other.",
			map[string]model.Stance{"Ana Ruiz": model.Opposes}},
		{"\"It is excluded for us, at this moment, to send soldiers to Ukraine,\" said Chancellor Lena Hofer.",
			map[string]model.Stance{"Lena Hofer": model.RulesOut}},
		{"Party leader Marco Conti said his party would \"never vote\" to send Italian troops to Ukraine.",
			map[string]model.Stance{"Marco Conti": model.Opposes}},
		{"Troops for Ukraine\n\nBulgaria said it will help with ports and logistics but not with troops on the ground.",
			map[string]model.Stance{"Bulgaria": model.RulesOut}},
		{"Troops for Ukraine\n\nSome countries are preparing to send soldiers. Prime Minister Jan Novak says Slovakia will not be one of them.",
			map[string]model.Stance{"Jan Novak": model.RulesOut, "Slovakia": model.RulesOut}},
	})
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe troops debate goes on. Minister Ida Holm warned that sending troops would not be in the interests of the countries involved.",
			map[string]model.Stance{"Ida Holm": "-"}},
		{"Prime Minister Joan Hart said British personnel in the country supporting training would stay.",
			map[string]model.Stance{"Joan Hart": "-"}},
	})
}

// A deployment set against the debate's country is not one there.
func TestDeploymentSetAgainstTheTarget(t *testing.T) {
	checkCases(t, []model.Stance{model.Supports}, []stanceCase{
		{"Chancellor Lena Hofer said Austria would station troops on NATO territory rather than inside Ukraine.",
			map[string]model.Stance{"Lena Hofer": model.RulesOut, "Austria": model.RulesOut}},
		{"Chancellor Lena Hofer said Austrian soldiers could be stationed in a neighbouring country after a ceasefire, but not, for the moment, on Ukrainian soil.",
			map[string]model.Stance{"Lena Hofer": model.RulesOut}},
	})
	checkCases(t, nil, []stanceCase{
		{"Chancellor Lena Hofer said Austria would send troops to Ukraine rather than to the Baltics.",
			map[string]model.Stance{"Lena Hofer": model.Supports}},
	})
}

// A paragraph that opens with countries alone lends them to its cues with
// no holder, to a bloc that stands for them and to a minister with no
// country; a capital opening a paragraph is a dateline, not a lead-in.
func TestRoundUpLeadIns(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Who sends troops\n\nRomania, Croatia and Greece. All three have said they will not send troops to Ukraine.",
			map[string]model.Stance{"Romania": model.RulesOut, "Croatia": model.RulesOut, "Greece": model.RulesOut}},
		{"Who sends troops\n\nEstonia and Lithuania. Both Baltic states have said they would send troops to Ukraine.",
			map[string]model.Stance{"Estonia": model.Supports, "Lithuania": model.Supports, "Baltic states": "-"}},
		{"Who sends troops\n\nBelgium: Defence Minister Pieter Claes has offered a few hundred soldiers for Ukraine.",
			map[string]model.Stance{"Pieter Claes": model.Supports, "Belgium": model.Supports}},
		{"Who sends troops\n\nLuxembourg. Financial help, no soldiers for Ukraine.",
			map[string]model.Stance{"Luxembourg": model.RulesOut}},
		{"Who sends troops\n\nBerlin. The question whether German soldiers could go to Ukraine divides the coalition.",
			map[string]model.Stance{"Germany": model.None}},
		{"Who sends troops\n\nCzech Republic - The government has not ruled anything in or out on troops.",
			map[string]model.Stance{"Czech Republic": model.Open}},
		{"Who sends troops\n\n- Slovakia: The government will not send troops to Ukraine.\n\n**Latvia** - The government has not ruled out troops.\n\nHungary (Viktor Orban): The government will not send troops.",
			map[string]model.Stance{"Slovakia": model.RulesOut, "Latvia": model.Open, "Hungary": model.RulesOut}},
		{"Who sends troops\n\nSome reaction from Luxembourg. Prime Minister Paul Weber said the Grand Duchy would not send soldiers to Ukraine.",
			map[string]model.Stance{"Paul Weber": model.RulesOut, "Luxembourg": model.RulesOut}},
	})
}

// Troops that "will not be in Ukraine", "not in our plans", "no part in
// it", "do its share", "an open mind", "a step towards war"; a person set
// off by an appositive with a founder's or a speaker's role.
func TestPresenceFramesAndAppositiveRoles(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Defence Minister Jan Novak confirmed that Slovak soldiers will not be in Ukraine.",
			map[string]model.Stance{"Jan Novak": model.RulesOut, "Slovakia": model.RulesOut}},
		{"Premier Ivan Petrov said participation of Bulgarian soldiers in a force for Ukraine \"is not in our plans\".",
			map[string]model.Stance{"Ivan Petrov": model.RulesOut}},
		{"Troops for Ukraine\n\nThe troops debate goes on. Prime Minister Anna Farkas said Hungary will have no part in it.",
			map[string]model.Stance{"Anna Farkas": model.RulesOut, "Hungary": model.RulesOut}},
		{"Troops for Ukraine\n\nThe troops debate goes on. President Eero Salo says Finland will \"do its share\".",
			map[string]model.Stance{"Eero Salo": model.Supports}},
		{"Troops for Ukraine\n\nThe troops debate goes on. \"We have an open mind,\" Prime Minister Ida Holm told reporters.",
			map[string]model.Stance{"Ida Holm": model.Open}},
		{"Prime Minister Anna Farkas says sending troops to Ukraine would be \"a step towards war\".",
			map[string]model.Stance{"Anna Farkas": model.Opposes}},
		{"Troops for Ukraine\n\nKarla Brenner, the founder of the Peace party, called sending troops to Ukraine \"madness\".",
			map[string]model.Stance{"Karla Brenner": model.Opposes}},
	})
}

// Holders read wrong before: an appositive with a bracketed acronym; the
// longer of two overlapping names; "neither confirm nor exclude" after an
// aside; a subject before a quoted "stands ready to"; "according to him";
// "the whole plan" as a noun; a fronted "Under the UN" is no subject.
func TestHoldersAcrossAppositivesAsidesAndQuotes(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"George Simion, leader of the Alliance for the Union of Romanians (AUR), said no European country should send troops to Ukraine.",
			map[string]model.Stance{"George Simion": model.Opposes, "AUR": model.Opposes, "NATO": "-"}},
		{"Prime Minister Dick Schoof, leaving a dinner hosted by Secretary General Mark Rutte, would neither confirm nor exclude a Dutch role in a force for Ukraine.",
			map[string]model.Stance{"Dick Schoof": model.Open, "Mark Rutte": "-"}},
		{"His office said in a readout that Canada \"stands ready to contribute\" troops to the force in Ukraine.",
			map[string]model.Stance{"Canada": model.Supports}},
		{"Troops for Ukraine\n\nTomio Okamura spoke on Monday. According to him, the whole plan for foreign troops in Ukraine is \"a dangerous provocation\".",
			map[string]model.Stance{"Tomio Okamura": model.Opposes}},
		{"Troops for Ukraine\n\nAntonio Tajani spoke on Monday. \"Under the United Nations, we are ready to discuss sending troops,\" Tajani said.",
			map[string]model.Stance{"Antonio Tajani": model.Open, "United Nations": "-"}},
	})
}

// Speakers read wrong before: an embassy behind a place and an aside, or
// with "meanwhile"; "the Russians"; the owner of "Macron's remark that" or
// "his suggestion that".
func TestEmbassiesPeoplesAndStatementOwners(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe Russian Embassy in Ottawa, in a post on X, said any NATO troops in Ukraine would be \"unacceptable\".",
			map[string]model.Stance{"Russia": model.Opposes}},
		{"The Russian embassy in Berlin meanwhile declared that foreign troops in Ukraine would be legitimate targets.",
			map[string]model.Stance{"Russia": model.Opposes}},
		{"The Russians say foreign troops in Ukraine would be legitimate targets.",
			map[string]model.Stance{"Russia": model.Opposes}},
		{"President Anna Kovac's remark that sending troops to Ukraine cannot be ruled out set off a chain of denials.",
			map[string]model.Stance{"Anna Kovac": model.Open}},
		{"President Anna Kovac on Friday stood by her suggestion that Croatian troops could one day be sent to Ukraine.",
			map[string]model.Stance{"Anna Kovac": model.Supports}},
	})
}

// The proposer's remarks stand for the proposal: welcoming them is
// support, and "a good sign" is a welcome.
func TestRemarksReferBackAndPraise(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nPresident Anna Kovac said troops could be sent to Ukraine. Adviser Ivan Petrenko welcomed the remarks as \"a good sign\".",
			map[string]model.Stance{"Ivan Petrenko": model.Supports}},
		{"Troops for Ukraine\n\nPresident Anna Kovac said troops could be sent to Ukraine. Minister Ivan Petrenko praised Kovac's announcement.",
			map[string]model.Stance{"Ivan Petrenko": model.Supports}},
		{"Troops for Ukraine\n\nPresident Anna Kovac said troops could be sent to Ukraine. Opposition leader Ivan Petrenko condemned her comments.",
			map[string]model.Stance{"Ivan Petrenko": model.Opposes}},
	})
}

// An attack on one the article has shown backing the proposal is a
// stance against it; supporting the debate's own country is none.
func TestCriticisingTheProposer(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nPresident Anna Kovac said troops could be sent to Ukraine. Opposition leader Ivan Petrenko accused Kovac of \"playing with the lives of our soldiers\".",
			map[string]model.Stance{"Ivan Petrenko": model.Opposes}},
		{"Troops for Ukraine\n\nPresident Anna Kovac said troops could be sent to Ukraine. Party leader Ivan Petrenko called Kovac a \"warmonger\".",
			map[string]model.Stance{"Ivan Petrenko": model.Opposes}},
		{"Troops for Ukraine\n\nUkraine has asked for troops. Prime Minister Ida Holm said Denmark would support Ukraine for as long as it takes.",
			map[string]model.Stance{"Ida Holm": "-"}},
		{"Troops for Ukraine\n\nPresident Anna Kovac ruled out sending troops. Opposition leader Ivan Petrenko accused Kovac of weakness.",
			map[string]model.Stance{"Ivan Petrenko": "-"}},
	})
}

// Openness read wrong before: two possessed names as one subject; "ready
// in principle" alone; "continued to say"; "declined once again to
// exclude"; "prepared to consider taking part"; an idiom the bare act
// leaves without object ("will do its part").
func TestOpennessAcrossListsAndIdioms(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nDenmark's Ida Holm and Sweden's Sara Lind both kept the option open.",
			map[string]model.Stance{"Ida Holm": model.Open, "Sara Lind": model.Open}},
		{"Troops for Ukraine\n\nThe troops debate goes on. Estonia and Lithuania have said they are ready in principle.",
			map[string]model.Stance{"Estonia": model.Open, "Lithuania": model.Open}},
		{"Troops for Ukraine\n\nThe troops debate goes on. Estonia and Lithuania have continued to say that nothing should be excluded.",
			map[string]model.Stance{"Estonia": model.Open, "Lithuania": model.Open}},
		{"President Anna Kovac declined once again to exclude the possibility of Croatian troops in Ukraine.",
			map[string]model.Stance{"Anna Kovac": model.Open}},
		{"Troops for Ukraine\n\nThe troops debate goes on. Prime Minister Mark Hale said Canada was \"prepared to consider\" taking part.",
			map[string]model.Stance{"Mark Hale": model.Open}},
		{"Troops for Ukraine\n\nThe troops debate goes on. Prime Minister Jan Peeters said the Netherlands \"will do its part\".",
			map[string]model.Stance{"Jan Peeters": model.Supports, "Netherlands": model.Supports}},
	})
}

// A quote after "came from X:" is X's; an aside that attributes ("he
// told a news conference alongside Y") names no subject; "not something
// we are considering".
func TestColonQuotesAndAttributingAsides(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"The sharpest \"no\" came from President Anna Kovac: \"Not a single Croatian soldier will go to Ukraine.\"",
			map[string]model.Stance{"Anna Kovac": model.RulesOut}},
		{"Defence Minister Jan Novak spoke in Prague. Troops on the ground, he told a news conference alongside his counterpart Ida Holm, were \"not an option\" for the Czech Republic.",
			map[string]model.Stance{"Jan Novak": model.RulesOut, "Ida Holm": "-"}},
		{"Prime Minister Ken Sato told parliament that dispatching troops to Ukraine was \"not something we are considering\".",
			map[string]model.Stance{"Ken Sato": model.RulesOut}},
	})
}

// A relative "whose" clause names no subject; "left open"; a pledge of
// the proposer's ("Albanese's commitment") refers back; what a negated
// verb of saying reports is not stated.
func TestWhoseClausesCommitmentsAndUnsaid(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Sweden's Prime Minister Sara Lind, whose country has just joined NATO, said sending troops to Ukraine was \"not on the table\".",
			map[string]model.Stance{"Sara Lind": model.RulesOut, "NATO": "-"}},
		{"Troops for Ukraine\n\nThe troops debate goes on. Whether soldiers could be deployed there, party leader Karl Brenner left open.",
			map[string]model.Stance{"Karl Brenner": model.Open}},
		{"Troops for Ukraine\n\nPrime Minister Mark Hale said Australia would consider sending troops. Prime Minister Joan Hart welcomed Hale's commitment.",
			map[string]model.Stance{"Joan Hart": model.Supports}},
		{"Foreign Minister Jan Novak did not say Czech soldiers would go to Ukraine.",
			map[string]model.Stance{"Jan Novak": "-"}},
	})
}

// A lone capitalised word after "in" is a place ("in Milano has said");
// "Name: words" after a heading is that person's; "what" opens a relative
// clause in translations; "quite" stands in a verb group; "shares the view
// that" takes the view's own stance.
func TestLabelsTranslationsAndSharedViews(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe vice premier Marco Conti, what at an event in Milano has said: \"Never an Italian soldier will go to Ukraine.\"",
			map[string]model.Stance{"Marco Conti": model.RulesOut, "Milano": "-"}},
		{"POLAND - Defence minister Jan Kowal: Polish soldiers will not go to Ukraine.",
			map[string]model.Stance{"Jan Kowal": model.RulesOut}},
		{"Troops for Ukraine\n\nThe troops debate goes on. President Eero Salo has been quite cautious.",
			map[string]model.Stance{"Eero Salo": model.Undecided}},
		{"A spokesman said President Jan Kowal \"fully shares the view that no Polish soldier should be stationed in Ukraine\".",
			map[string]model.Stance{"Jan Kowal": model.Opposes}},
	})
}

// Names spelled as translations spell them are one person ("Makron",
// "Podoljak", "Sacharowa"); a speaker stands before a phrase of time and place.
func TestTransliteratedNamesAndSpeakersBeforePhrases(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nPresident Emmanuel Macron spoke in Paris. \"Nothing must be excluded,\" said Makron to journalists about troops.",
			map[string]model.Stance{"Emmanuel Macron": model.Open}},
		{"The French president Emmanuel Macron on Monday evening after the conference in Paris said, that the sending of soldiers to Ukraine \"can not be excluded\".",
			map[string]model.Stance{"Emmanuel Macron": model.Open}},
		// German spellings of Z- and -kh-, and a garbled "-ious".
		{"Troops for Ukraine\n\nDefence Minister Lena Zakharova spoke in Minsk. \"Western troops in Ukraine would be a legitimate target,\" said Sacharowa to journalists.",
			map[string]model.Stance{"Lena Zakharova": model.Opposes}},
		{"Troops for Ukraine\n\nDefence Minister Jonas Peterius spoke in Vilnius. Peterious said that Lithuania will not send troops to Ukraine.",
			map[string]model.Stance{"Jonas Peterius": model.RulesOut}},
	})
}

// The owner of "X's refusal to exclude"; "the most sceptical voice"; the
// sentence subject of a participle's clause ("His government …, calling
// troops not an option").
func TestRefusalOwnersSuperlativesAndParticiples(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"President Emmanuel Macron's refusal to exclude Western troops in Ukraine draws swift rebuttals.",
			map[string]model.Stance{"Emmanuel Macron": model.Open}},
		{"Vice President Dan Reed has been the most sceptical voice on sending troops to Ukraine.",
			map[string]model.Stance{"Dan Reed": model.Undecided}},
		{"Troops for Ukraine\n\nChancellor Lena Hofer spoke in Vienna. Austria was blunter still, calling troops on the ground \"not an option\".",
			map[string]model.Stance{"Austria": model.RulesOut}},
	})
}

// People set off by ", whose …" or by an appositive without a title
// before a verb of saying; "judged that".
func TestPeopleByWhoseAndUntitledAppositives(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nKarla Brenner, whose party failed to enter parliament, demanded that no German soldier be sent to Ukraine.",
			map[string]model.Stance{"Karla Brenner": model.Opposes}},
		{"Troops for Ukraine\n\nRudolf Kessler, foreign-policy hawk of the CDU, said Germany must be prepared to send troops to Ukraine.",
			map[string]model.Stance{"Rudolf Kessler": model.Supports}},
		{"Troops for Ukraine\n\nParty leader Eric Colin judged that sending troops to Ukraine would be a grave mistake.",
			map[string]model.Stance{"Eric Colin": model.Opposes}},
	})
}

// A hyphenated title is no part of the name ("Vice-Chancellor Lars
// Klingbeil").
func TestHyphenatedTitles(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Vice-Chancellor Lars Kling said Germany would not send troops to Ukraine.",
			map[string]model.Stance{"Lars Kling": model.RulesOut}},
	})
}

// "He" after a quote is the one speaking, not someone the quote names.
func TestPronounAfterAQuoteIsNotItsSubject(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nLawmaker Ivan Petrenko posted a thread on Monday. \"Putin only respects soldiers on the ground, so Europe must send troops,\" he wrote.",
			map[string]model.Stance{"Ivan Petrenko": model.Supports, "Vladimir Putin": "-"}},
	})
}

// "a recipe for war", "no business in Ukraine", "you can forget about
// it", "not realistic".
func TestRecipesBusinessAndRealism(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe troops debate goes on. Spokesman Zoltan Kiss said sending troops to Ukraine was a recipe for world war.",
			map[string]model.Stance{"Zoltan Kiss": model.Opposes}},
		{"Party leader Alice Wendt declared that German troops have \"no business\" in Ukraine.",
			map[string]model.Stance{"Alice Wendt": model.Opposes}},
		{"Troops for Ukraine\n\nAsked about troops for Ukraine, President Dan Reed said: \"You can forget about it.\"",
			map[string]model.Stance{"Dan Reed": model.RulesOut}},
		{"Defence Secretary Dan Reed told allies that sending American troops to Ukraine was \"not realistic\".",
			map[string]model.Stance{"Dan Reed": model.RulesOut}},
	})
}

// "quoted X as saying"; "keeps repeating that".
func TestQuotedAsSayingAndKeepsRepeating(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"A newspaper quoted Kremlin spokesman Dmitry Peskov as saying that troops from NATO countries in Ukraine would be \"unacceptable\".",
			map[string]model.Stance{"Dmitry Peskov": model.Opposes}},
		{"President Anna Kovac keeps repeating that Croatian troops are ready to go to Ukraine.",
			map[string]model.Stance{"Anna Kovac": model.Supports}},
	})
}

// "he" and "she" skip people whose first name says otherwise.
func TestPronounsByFirstName(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nParty leader Marine Lenoir accused Emmanuel Macron of playing warlord, and said she would oppose any deployment of troops.",
			map[string]model.Stance{"Marine Lenoir": model.Opposes}},
		{"Troops for Ukraine\n\nConservative leader Kemi Adeyemi spoke first. Nigel Fordham struck a different note. He said British troops should not go to Ukraine.",
			map[string]model.Stance{"Kemi Adeyemi": "-"}},
	})
}

// "he" after an unnamed "Its leader" is that leader, not someone named
// before.
func TestPronounAfterAnUnnamedTitle(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nDefence Secretary John Hale said Britain would send troops to Ukraine. Reform is against it. Its leader told a rally that he would never send British troops to Ukraine.",
			map[string]model.Stance{"John Hale": model.Supports}},
	})
}

// A party is "they" ("The Liberal Democrats sent a statement saying they
// would never support"); "not something this government will do".
func TestPartiesAsTheyAndNotSomethingWeDo(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"The Liberal Democrats sent a statement saying they would \"never support\" sending troops to Ukraine.",
			map[string]model.Stance{"Liberal Democrats": model.Opposes}},
		{"Troops for Ukraine\n\nDefence Secretary John Hale has said that sending troops to Ukraine is not something this government will do.",
			map[string]model.Stance{"John Hale": model.RulesOut}},
	})
}

// A relative clause's antecedent after "of"; "promised that" is a report,
// not a pledge (what it reports may be a threat); "they" after a heading's
// colon is the list after it.
func TestRelativesAfterOfPromisesAndColonLists(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Neither leader explained how the troops would be protected without the participation of the United States, which has refused to send soldiers.",
			map[string]model.Stance{"United States": model.RulesOut}},
		{"Troops for Ukraine\n\nDeputy chairman Dmitry Medvedev promised that British soldiers in Ukraine would return in boxes.",
			map[string]model.Stance{"Dmitry Medvedev": model.Opposes}}, // a threat ("in boxes"), not a pledge of soldiers
		{"- The Baltic states: Estonia and Lithuania have said they will send troops to Ukraine.",
			map[string]model.Stance{"Estonia": model.Supports, "Lithuania": model.Supports, "Baltic states": "-"}},
	})
}

// A person with an appositive before "said" speaks; "medical support" is
// a noun.
func TestAppositiveSpeakersMembersAndSupportNouns(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Sergei Lavrov, the foreign minister, said last week that troops in Ukraine would be \"absolutely unacceptable\" to Russia.",
			map[string]model.Stance{"Sergei Lavrov": model.Opposes}},
		{"Troops for Ukraine\n\nThe troops debate goes on. The ministry said Slovenia could help with demining and medical support.",
			map[string]model.Stance{"Slovenia": "-"}},
	})
}

// A parenthetical "announced X on Thursday," gives X the sentence; "has
// for weeks argued" keeps its speaker.
func TestParentheticalSpeakersAndSpansOfTime(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Twenty-six countries, announced President Anna Kovac on Thursday evening, have formally committed to deploy troops in Ukraine.",
			map[string]model.Stance{"Anna Kovac": model.Supports}},
		{"President Anna Kovac, who arrived in London late on Saturday, has for weeks argued that European troops could be stationed in Ukraine.",
			map[string]model.Stance{"Anna Kovac": model.Supports}},
	})
}

// "stands fully behind sending troops"; "has no problem with" is
// openness.
func TestStandsBehindAndNoProblemWith(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Foreign Minister Jean Barre said France \"stands fully behind\" sending troops to Ukraine.",
			map[string]model.Stance{"Jean Barre": model.Supports}},
		{"Prime Minister Jan Novak said Slovakia had no problem with troops for Ukraine from others.",
			map[string]model.Stance{"Jan Novak": model.Open}},
	})
}

// A body named after "in" or "at", with its compass word, is no subject:
// "deterrence in Eastern Europe is being proposed" is nobody's proposal.
func TestPlacesAfterInAreNoSubjects(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe troops debate goes on. A stronger presence of troops in Eastern Europe is also being proposed.",
			map[string]model.Stance{"European leaders": "-"}},
	})
}

// "a path to nuclear war", "playing with fire", "a new spiral of
// tension".
func TestPathsToWarAndFire(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe troops debate goes on. President Ivan Lukov said sending troops to Ukraine would be \"a path to nuclear war\".",
			map[string]model.Stance{"Ivan Lukov": model.Opposes}},
		{"Troops for Ukraine\n\nThe troops debate goes on. Prime Minister Anna Farkas said sending troops to Ukraine would be playing with fire.",
			map[string]model.Stance{"Anna Farkas": model.Opposes}},
	})
}

// "weighed in" is no weighing of the proposal.
func TestWeighedInIsNoStance(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe troops debate goes on. Party leader Marine Lenoir has weighed in.",
			map[string]model.Stance{"Marine Lenoir": "-"}},
	})
}

// TestQuotesOfUnnamedSources: a quote attributed to someone who is no actor
// ("one diplomat said") is theirs, not the previous speaker's, and the
// quote after it does not go back to that speaker either.
func TestQuotesOfUnnamedSources(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nKremlin spokesman Dmitry Peskov said a deployment of NATO troops would be \"a direct threat\".\n\n\"We are all ready to send troops. All of us are willing to deploy soldiers,\" one European diplomat said.",
			map[string]model.Stance{"Dmitry Peskov": model.Opposes}},
		{"Troops for Ukraine\n\nMinister Anna Berg said: \"We will not send troops.\"\n\n\"Two countries are ready to send troops. Both are willing to deploy soldiers,\" said a senior official, who asked not to be named.\n\n\"We are prepared to send troops.\"",
			map[string]model.Stance{"Anna Berg": model.RulesOut}},
		{"Troops for Ukraine\n\nMinister Anna Berg spoke in Riga.\n\n\"We will send troops,\" she said. \"Finland will too.\"",
			map[string]model.Stance{"Anna Berg": model.Supports}},
		{"Troops for Ukraine\n\nForeign Minister Penny Hale said: \"We will look at it.\"\n\nIn a post on its channel, the embassy said that joining the force would \"entail grave consequences\". It said sending troops would \"cross a red line\".",
			map[string]model.Stance{"Penny Hale": model.Open}},
		{"Troops for Ukraine\n\nForeign Minister Penny Hale said: \"We will look at it.\"\n\nThe Russian embassy issued a statement warning that sending troops would \"entail grave consequences\".",
			map[string]model.Stance{"Penny Hale": model.Open, "Russia": model.Opposes}},
	})
}

// TestNegativeSubjectsAndJudgedPlans: a subject that opens with "no" over
// several words negates its verb; a plan or decision that is the subject of
// what is said of it is named, not made, and the predicate says the stance.
func TestNegativeSubjectsAndJudgedPlans(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Chancellor Lena Hofer said flatly that no European or NATO member state would put soldiers on Ukrainian soil.",
			map[string]model.Stance{"Lena Hofer": model.RulesOut}},
		{"Chancellor Lena Hofer said that, no matter which country asks, Austria will send soldiers.",
			map[string]model.Stance{"Austria": model.Supports}},
		{"Foreign Minister Paolo Ferri said any decision to send Italian soldiers to Ukraine was not under discussion.",
			map[string]model.Stance{"Paolo Ferri": model.RulesOut}},
		{"Hungary has said no country should deploy forces into Ukraine, arguing it would widen the war.",
			map[string]model.Stance{"Hungary": model.Opposes}},
		{"Hungary has no plans to deploy forces into Ukraine.",
			map[string]model.Stance{"Hungary": model.RulesOut}},
		{"Party leader Ida Lund said Britain should not send troops to Ukraine.",
			map[string]model.Stance{"Ida Lund": model.Opposes}},
		{"Prime Minister Ida Lund said: \"We should not send troops to Ukraine.\"",
			map[string]model.Stance{"Ida Lund": model.RulesOut}},
	})
}

// TestUrgedRulesAreNotTheOwnersStance: what someone says their country's
// soldiers should or must not do is its stance only when they speak for
// its government.
func TestUrgedRulesAreNotTheOwnersStance(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nParty leader Jordan Vasseur, who heads the list for the European elections, said that no French soldier should die for this war.",
			map[string]model.Stance{"France": "-"}},
		{"Troops for Ukraine\n\nSwedish Prime Minister Elsa Dahl said that no Swedish soldier should be sent to Ukraine.",
			map[string]model.Stance{"Elsa Dahl": model.RulesOut, "Sweden": model.RulesOut}},
	})
}

// TestRefusalsLimitedToATimeOrPlace: a refusal limited to a time or place
// the proposal is not about ("not on the front line", "not in the coming
// weeks") holds no stance; one the clause goes on to lift still does.
func TestRefusalsLimitedToATimeOrPlace(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"President Lena Hofer said the force would not be deployed on the front line but would operate from bases behind it.",
			map[string]model.Stance{"Lena Hofer": "-"}},
		{"President Lena Hofer said there would be no European troops on Ukrainian soil in the coming weeks.",
			map[string]model.Stance{"Lena Hofer": "-"}},
		{"Prime Minister Jan Novak said that Czech soldiers will not be deployed in Ukraine, not during the war and not after it.",
			map[string]model.Stance{"Jan Novak": model.RulesOut}},
		{"Prime Minister Jan Novak said that Czech soldiers will not be deployed in Ukraine.",
			map[string]model.Stance{"Jan Novak": model.RulesOut}},
	})
}

// TestFrontedJudgementsAndGapPhrases: a judgement fronted before its copula
// is its subject's ("More cautious was X"); a phrase between a subject and
// its verb ("had in contrast said") does not hide the subject.
func TestFrontedJudgementsAndGapPhrases(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"More sceptical about sending troops was the party's group leader Jonas Lind.",
			map[string]model.Stance{"Jonas Lind": model.Undecided}},
		{"Troops for Ukraine\n\nFirmly opposed to sending troops were Hungary and Slovakia.",
			map[string]model.Stance{"Hungary": model.Opposes, "Slovakia": model.Opposes}},
		{"Whether there is a U.S. backstop if European troops are attacked is still unclear.",
			map[string]model.Stance{"United States": "-"}},
		{"Foreign policy chief Marta Olsen had in contrast said that the presence of European troops should not be excluded.",
			map[string]model.Stance{"Marta Olsen": model.Open}},
		{"Rome for its part has ruled out sending troops.",
			map[string]model.Stance{"Italy": model.RulesOut}},
	})
}

// TestHeadsOfStateAndPremiersByRole: "the head of state", "the premier"
// and "the Taoiseach" after a quote are the president or prime minister
// named before.
func TestHeadsOfStateAndPremiersByRole(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nIn Ukraine, the minister of foreign affairs Andrii Sokol thanked Croatia and said that foreign troops are \"the best guarantee of the peace\".",
			map[string]model.Stance{"Andrii Sokol": model.Supports}},
		{"Party leader Elizabeth May said sending troops was reckless.",
			map[string]model.Stance{"Elizabeth May": model.Opposes}},
		{"Troops for Ukraine\n\nPresident Ivan Petrov spoke in Sofia.\n\n\"We will not send troops to Ukraine,\" said the head of state at a forum.",
			map[string]model.Stance{"Ivan Petrov": model.RulesOut}},
		{"Troops for Ukraine\n\nPrime Minister Tomaz Kovac spoke in Ljubljana.\n\n\"We will not send troops,\" the premier said.",
			map[string]model.Stance{"Tomaz Kovac": model.RulesOut}},
		{"Troops for Ukraine\n\nTaoiseach Sean Byrne spoke in Dublin.\n\n\"Ireland will not send troops,\" the Taoiseach said.",
			map[string]model.Stance{"Sean Byrne": model.RulesOut}},
	})
}

// TestGovernmentNamedLaterInTheParagraph: a minister's stance is their
// government's when the paragraph goes on to name it, not when only a later
// paragraph does.
func TestGovernmentNamedLaterInTheParagraph(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nGerman Defence Minister Boris Lenz ruled out sending troops. He said Germany would help in other ways.",
			map[string]model.Stance{"Boris Lenz": model.RulesOut, "Germany": model.RulesOut}},
		{"Troops for Ukraine\n\nGerman Defence Minister Boris Lenz ruled out sending troops.\n\nGermany hosts a summit next week.",
			map[string]model.Stance{"Boris Lenz": model.RulesOut, "Germany": "-"}},
	})
}

// TestPartyMembersOpenMindsAndForcesInside: "X of the party said" is the
// person's and the party's; "open-minded" is openness; "a force inside
// Ukraine" names the proposal.
func TestPartyMembersOpenMindsAndForcesInside(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"On the right, Paul Moreau of Les Républicains warned that the idea of troops was \"irresponsible\".",
			map[string]model.Stance{"Paul Moreau": model.Opposes, "Les Républicains": model.Opposes}},
		{"Prime Minister Ida Holm says Denmark remains \"open-minded\" about troops.",
			map[string]model.Stance{"Denmark": model.Open}},
		{"Co-chair Hanna Weber said Germany should be ready to contribute to a force inside Ukraine if a truce is reached, including air defence.",
			// a party's co-chair urging it speaks for no government (TestDemandsOnAGovernment)
			map[string]model.Stance{"Hanna Weber": model.Supports, "Germany": "-"}},
	})
}

// TestHomeCountingAndJudgements: keeping one's units at home rules out
// sending them, keeping most of them there does not; counting on soldiers
// backs them; "terrible" judges; "has since said" keeps its subject.
func TestHomeCountingAndJudgements(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Party leader Nikos Petrou said the government was right to keep Greek units at home.",
			map[string]model.Stance{"Nikos Petrou": model.RulesOut}},
		{"Troops for Ukraine\n\nFinnish President Juha Lind said Finland could consider taking part but would keep most of its forces at home.",
			map[string]model.Stance{"Finland": model.Open}},
		{"President Olena Marchenko said Kyiv counts on thousands of soldiers from its partners.",
			map[string]model.Stance{"Olena Marchenko": model.Supports}},
		{"Party leader Nigel Barnes calls the idea of troops \"terrible\".",
			map[string]model.Stance{"Nigel Barnes": model.Opposes}},
		{"Her defence minister, Hanno Kask, has since said Estonia would discuss all the options for troops.",
			map[string]model.Stance{"Hanno Kask": model.Open, "Estonia": model.Open}},
	})
}

// TestUnlabelledInterviews: in an interview without speaker labels, the
// paragraphs after a question are the answers of the one the introduction
// presents; an article with questions that does not say it is an interview
// gives its paragraphs to no one.
func TestUnlabelledInterviews(t *testing.T) {
	intro := "Troops for Ukraine: a Q&A\n\nAnna Berg is a researcher at a security institute in Oslo, and a former adviser to Chancellor Jonas Lind. We asked her about the force.\n\n"
	qa := "Should Europeans send troops?\n\nYes. I would send soldiers tomorrow if there is a truce.\n\nAnd the Dutch?\n\nThey are careful.\n\nWhat next?\n\nA summit in May.\n"
	checkCases(t, nil, []stanceCase{
		{intro + qa, map[string]model.Stance{"Anna Berg": model.Supports, "Jonas Lind": "-"}},
		{"Troops for Ukraine\n\nAnna Berg is a researcher at a security institute in Oslo.\n\n" + qa, map[string]model.Stance{"Anna Berg": "-"}},
		{intro + "What about Paris?\n\nFrance wants a presence on the ground and it is ready to send its own people.\n\nAnd the Dutch?\n\nThey are careful.\n\nWhat next?\n\nA summit.\n",
			map[string]model.Stance{"France": model.Supports, "Anna Berg": "-"}},
		{"Troops for Ukraine\n\nWe spoke to Anna Berg.\n\nQ: Will Norway send troops to Ukraine? Many in Oslo say it should, and that it is ready to send troops.\n\nA: We will see.\n\nQ: Why?\n\nA: It is early.\n\nQ: And Sweden?\n\nA: Ask them.\n",
			map[string]model.Stance{"Anna Berg": "-"}},
	})
}

// TestContributionsAndActsOfOthers: "one participation", "any concrete
// proposal" refer to the proposal just named; "against anyone sending"
// takes the act as its object.
func TestContributionsAndActsOfOthers(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe coalition discussed sending troops. Madrid is disposed to consider one participation, said Prime Minister Pedro Ruiz.",
			map[string]model.Stance{"Pedro Ruiz": model.Open}},
		{"Troops for Ukraine\n\nThe coalition discussed sending troops. Latvia would look at any concrete proposal, its foreign minister Janis Ozols said.",
			map[string]model.Stance{"Janis Ozols": model.Open}},
		{"Troops for Ukraine\n\nThe coalition discussed sending troops. Prime Minister Viktor Nagy is against anyone sending them.",
			map[string]model.Stance{"Viktor Nagy": model.Opposes}},
	})
}

// TestParticiplesOfWith: a participle in a "with" phrase describes; no one
// is said to weigh anything.
func TestParticiplesOfWith(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Prime Minister Bart Peeters has confirmed Belgium will offer personnel, with a figure of \"a few hundred\" discussed.",
			map[string]model.Stance{"Bart Peeters": model.Supports, "Belgium": model.Supports}},
	})
}

// TestGoingFurtherAndGoingHomeInBoxes: "goes further" carries out nothing;
// soldiers who "will go home in boxes" are a threat, not a pledge.
func TestGoingFurtherAndGoingHomeInBoxes(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe coalition discussed troops. President Zoran Horvat goes further.",
			map[string]model.Stance{"Zoran Horvat": "-"}},
		{"Troops for Ukraine\n\nDeputy chairman Dmitry Orlov warned that their soldiers \"will go home in boxes.\"",
			map[string]model.Stance{"Dmitry Orlov": model.Opposes}},
	})
}

// TestQuestionsOfHowManyAndWho: an act under "how many" or an asked "who"
// is a question, no stance.
func TestQuestionsOfHowManyAndWho(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe coalition discussed troops. Germany would not be drawn into debates about who sends what, Chancellor Lena Hofer added.",
			map[string]model.Stance{"Germany": "-"}},
		{"Troops for Ukraine\n\nThe coalition discussed troops. Party leader Kemi Adams asked how many British troops would go.",
			map[string]model.Stance{"Kemi Adams": "-", "United Kingdom": "-"}},
		{"Troops for Ukraine\n\nThe coalition discussed troops. Sweden, who sends troops to Latvia, will send troops to Ukraine too.",
			map[string]model.Stance{"Sweden": model.Supports}},
	})
}

// TestRefusingOnesOwnByPossessive: not wanting to send "its soldiers" is a
// refusal of one's own; not wanting others to send theirs is opposition.
func TestRefusingOnesOwnByPossessive(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Prime Minister Petr Novak said the Czech Republic did not want to send its soldiers to Ukraine.",
			map[string]model.Stance{"Czech Republic": model.RulesOut}},
		{"Prime Minister Petr Novak said the Czech Republic did not want anyone to send soldiers to Ukraine.",
			map[string]model.Stance{"Czech Republic": model.Opposes}},
	})
}

// TestLongRolesBeforeATrailingName: "…, the official representative of the
// Foreign Ministry Maria Orlova said" attributes the clause before.
func TestLongRolesBeforeATrailingName(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe Moscow daily quotes spokeswoman Maria Orlova warning that any Western units in Ukraine \"will be considered legitimate targets\".",
			map[string]model.Stance{"Maria Orlova": model.Opposes}},
		{"Any Western contingents in Ukraine will be considered a legitimate target, the official representative of the Russian Foreign Ministry Maria Orlova said at a briefing.",
			map[string]model.Stance{"Maria Orlova": model.Opposes}},
	})
}

// TestSameLineInTheNextClause: "says the same" after a stance in the clause
// before takes it up, though the clause names no troops.
func TestSameLineInTheNextClause(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Prime Minister Giulia Conti has repeated that Italy will not send soldiers; Polish Prime Minister Jan Nowak says the same of Poland, which will handle logistics instead.",
			map[string]model.Stance{"Jan Nowak": model.RulesOut, "Poland": model.RulesOut}},
	})
}

// TestRoleBeforeNameOpensAColonQuote: "The secretary of the party, X,
// attacked: «…»" is X's quote, not the party's alone.
func TestRoleBeforeNameOpensAColonQuote(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"The secretary of the Democratic Party, Elly Rossi, attacked: \"Sending troops is a folly.\"",
			map[string]model.Stance{"Elly Rossi": model.Opposes}},
	})
}

// TestIncludingNamesTheHolders: a group no mention names, then ",
// including X and Y": X and Y hold it.
func TestIncludingNamesTheHolders(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Several governments have ruled out troops, including Spain, Italy and Greece.",
			map[string]model.Stance{"Spain": model.RulesOut, "Italy": model.RulesOut, "Greece": model.RulesOut}},
		{"Spain has ruled out troops, including for a mission led by France.",
			map[string]model.Stance{"Spain": model.RulesOut, "France": "-"}},
	})
}

// TestSubjectAfterAnOpeningPhrase: "In parliament, X … went further,
// saying": X is the sentence's subject.
func TestSubjectAfterAnOpeningPhrase(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"In parliament, Krzysztof Nowak of the right-wing Confederation went further, saying no European country should send troops.",
			map[string]model.Stance{"Krzysztof Nowak": model.Opposes}},
		{"Troops for Ukraine\n\nThe coalition discussed sending troops. Party leader Hans Weber said that his party would examine every request from the government carefully.",
			map[string]model.Stance{"Hans Weber": model.Open}},
	})
}

// TestThreatsSaidOfOneWhoBacksIt: "X says the president is dragging France
// towards war" opposes it, said of one who backs it; the one judged keeps
// their own stance, in a quote too.
func TestThreatsSaidOfOneWhoBacksIt(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"President Paul Girard said he backs sending troops. Party leader Jean Morel said Girard was dragging France towards war.",
			map[string]model.Stance{"Paul Girard": model.Supports, "Jean Morel": model.Opposes}},
		{"Troops for Ukraine\n\nPrime Minister Rob Visser said he backs sending troops.\n\n\"Visser wants to drag us into a war with Russia,\" party leader Geert Smit said.",
			map[string]model.Stance{"Rob Visser": model.Supports, "Geert Smit": model.Opposes}},
	})
}

// TestTheMoveAndItWasAStep: "the move", "the Polish step" refer back to
// the proposal just named; "it was a step in the right direction" judges it.
func TestTheMoveAndItWasAStep(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe Netherlands said it would send troops to Ukraine. Coalition partner VVD also backed the move.",
			map[string]model.Stance{"VVD": model.Supports}},
		{"Troops for Ukraine\n\nThe Netherlands said it would send troops to Ukraine. Foreign Minister Ayman Safadi said it was \"a step in the right direction\".",
			map[string]model.Stance{"Ayman Safadi": model.Supports}},
	})
}

// TestRejectedInACapital: a passive with no agent, then "in <capital>", is
// that government's; a place after another verb is no destination of the
// troops.
func TestRejectedInACapital(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"The proposal to send troops was quickly rejected in Warsaw.",
			map[string]model.Stance{"Poland": model.Opposes}},
		{"The plan to send troops was discussed by ministers in Poland.",
			map[string]model.Stance{"Poland": "-"}},
	})
}

// TestNegationsFromAbove: a negation that governs the predicate's clause
// from above ("not something … would support", "not relevant for X to",
// "don't see X stationed") turns it; "the sending of soldiers is not
// foreseen" refuses them; the words of a limit hold no frame.
func TestNegationsFromAbove(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Party leader Sussan Lane said troops in Ukraine are not something the party would support.",
			map[string]model.Stance{"Sussan Lane": model.Opposes}},
		{"Prime Minister Jonas Berg said it was not relevant for Norway to send soldiers.",
			map[string]model.Stance{"Norway": model.RulesOut}},
		{"Party leader Markus Huber said: \"I do not see German soldiers stationed in Ukraine.\"",
			map[string]model.Stance{"Markus Huber": model.RulesOut}},
		{"Foreign Minister Paolo Ferri said the sending of Italian soldiers to Ukraine is not foreseen.",
			map[string]model.Stance{"Paolo Ferri": model.RulesOut}},
		{"Chancellor Lena Hofer insisted that no German troops would deploy while the war goes on.",
			map[string]model.Stance{"Lena Hofer": "-"}},
	})
}

// TestPledgesNotMadeAndCombatLimits: a pledge not made so far is openness,
// a pledge refused for the future a refusal, a pledge of no troops a
// refusal; a refusal of combat alone holds no stance.
func TestPledgesNotMadeAndCombatLimits(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Turkey has signalled interest in maritime tasks but has not committed ground forces.",
			map[string]model.Stance{"Turkey": model.Open}},
		{"Belgium will not commit troops.",
			map[string]model.Stance{"Belgium": model.RulesOut}},
		{"President Donald Trump has promised no American troops in Ukraine.",
			map[string]model.Stance{"Donald Trump": model.RulesOut}},
		{"Troops for Ukraine\n\nForeign Minister Paul Girard said France would send trainers, \"without taking part in the fighting.\"",
			map[string]model.Stance{"Paul Girard": model.Supports}},
	})
}

// TestSaidNoEndsASentenceAndNotSayingNo: "said no." ends its sentence
// ("No. 10" does not); a refusal negated ("did not say no") is openness.
func TestSaidNoEndsASentenceAndNotSayingNo(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nItaly has said no. Poland has said no to troops on the ground.",
			map[string]model.Stance{"Italy": model.RulesOut, "Poland": model.RulesOut}},
		{"Troops for Ukraine\n\nChancellor Lena Hofer was asked about troops. She did not say no.",
			map[string]model.Stance{"Lena Hofer": model.Open}},
	})
}

// TestAddingThatAfterASemicolon: "…; Fico has said much the same, adding
// that …" is Fico's, not the first speaker's.
func TestAddingThatAfterASemicolon(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Prime Minister Viktor Nagy has called troops a road to war; Prime Minister Robert Kral, in Bratislava, has said much the same, adding that no Slovak soldier will set foot in Ukraine.",
			map[string]model.Stance{"Robert Kral": model.RulesOut, "Viktor Nagy": model.Opposes}},
	})
}

// TestAgentNounsAfterACopula: "X has been the leading advocate of a force"
// is X's; "membership is a realistic outcome" judges the subject and gives
// it nothing.
func TestAgentNounsAfterACopula(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"President Paul Girard has been the leading advocate of a European force in Ukraine.",
			map[string]model.Stance{"Paul Girard": model.Supports}},
		{"President Jan Novak is one of the strongest proponents of a European force in Ukraine.",
			map[string]model.Stance{"Jan Novak": model.Supports}},
	})
}

// TestPartiesNamedInARole: "Antonio Tajani, leader of Forza Italia, said"
// speaks for the party his role names as well as for the government the
// lexicon gives him.
func TestPartiesNamedInARole(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Antonio Tajani, leader of Forza Italia, said Italy could send troops under a UN flag.",
			map[string]model.Stance{"Antonio Tajani": model.Supports, "Forza Italia": model.Supports}},
	})
}

// TestAdverbsInsideFrames: an adverb between a frame's words does not break
// it: "look carefully at", "ruled it firmly out".
func TestAdverbsInsideFrames(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"New Zealand would look carefully at any request to send troops.",
			map[string]model.Stance{"New Zealand": model.Open}},
		{"Spain has ruled firmly out sending troops.",
			map[string]model.Stance{"Spain": model.RulesOut}},
	})
}

// TestNotAmongCleftsAndQuotedOthers: "not among the countries that will
// send" and "what we won't be doing is joining" refuse; "They're willing",
// quoted, is others' willingness; a colon quote after an unnamed source is
// theirs, an answer after "Asked …:" the speaker's.
func TestNotAmongCleftsAndQuotedOthers(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"\"Greece is not among the countries that will send troops to Ukraine,\" Prime Minister Nikos Petrou told reporters.",
			map[string]model.Stance{"Nikos Petrou": model.RulesOut}},
		{"The Greek premier Nikos Petrou said clearly that Greece is not from the countries which are ready for to send troops in Ukraine.",
			map[string]model.Stance{"Nikos Petrou": model.RulesOut}},
		{"Taoiseach Sean Byrne said: \"What we will not be doing is joining a force in Ukraine.\"",
			map[string]model.Stance{"Sean Byrne": model.RulesOut}},
		{"Press Secretary Karla Lind said: \"They are willing to put troops on the ground.\"",
			map[string]model.Stance{"Karla Lind": "-"}},
		{"Troops for Ukraine\n\nPrime Minister Jan Peeters said: \"We are ready to help Ukraine.\"\n\nAsked directly about soldiers on the ground: \"We don't exclude it.\"",
			map[string]model.Stance{"Jan Peeters": model.Open}},
		{"Troops for Ukraine\n\nPrime Minister Jan Peeters said: \"We will send troops.\"\n\nAs one European diplomat put it over coffee: \"Nobody will send troops until there is peace, and nobody expects peace.\"",
			map[string]model.Stance{"Jan Peeters": model.Supports}},
	})
}

// TestSubjectPlansConsentAndDoorsteps: a plan that is the subject of a verb
// is named, not made ("the plan to send troops brings the war to our
// doorstep"); "no consent for Polish soldiers" refuses; "positively
// disposed" is openness; "at EU level" is no destination.
func TestSubjectPlansConsentAndDoorsteps(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe coalition discussed troops. President Oleg Petrov warned that the plan to send troops \"brings the war to our doorstep\".",
			map[string]model.Stance{"Oleg Petrov": model.Opposes}},
		{"Troops for Ukraine\n\nPresident Jan Nowak said that \"there is no consent of the president for Polish soldiers on the territory of Ukraine\".",
			map[string]model.Stance{"Jan Nowak": model.RulesOut}},
		{"Troops for Ukraine\n\nPrime Minister Dirk Jansen says the Netherlands is \"positively disposed\" to contributing troops.",
			map[string]model.Stance{"Netherlands": model.Open}},
		{"Troops for Ukraine\n\nThe coalition discussed troops. Speaker Tomas Novak said Czechia should oppose the whole mission at EU level.",
			map[string]model.Stance{"Czech Republic": model.Opposes}},
	})
}

// TestTableRowsAndWarnings: a table row's cells are clauses and its first
// cell the country; "will not sit quietly" threatens; "there will have to
// be European soldiers" calls for them; "had not reached a position" is
// undecided.
func TestTableRowsAndWarnings(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Who sends troops to Ukraine\n\nEstonia | Will send | PM Kaja Tamm: an infantry company is on offer.\n\nSpain | Undecided | PM Pedro Ruiz: no decision yet.",
			map[string]model.Stance{"Estonia": model.Supports}},
		{"Troops for Ukraine\n\nPresident Oleg Petrov said that if Polish soldiers appear in Ukraine, Belarus \"will not sit quietly\".",
			map[string]model.Stance{"Oleg Petrov": model.Opposes}},
		{"Troops for Ukraine\n\n\"There will have to be European soldiers in Ukraine,\" Greens co-leader Franziska Berg said.",
			map[string]model.Stance{"Franziska Berg": model.Supports}},
		{"Troops for Ukraine\n\nGroup leader Matthias Roth said his party had not reached a position on sending troops.",
			map[string]model.Stance{"Matthias Roth": model.Undecided}},
		{"Troops for Ukraine\n\nOutside the building, Sahra Vogt addressed a small rally and said any such deployment of troops would be \"madness\".",
			map[string]model.Stance{"Sahra Vogt": model.Opposes}},
	})
}

// TestStatementNounsAsObjects: "praised the position of Serbia and said"
// is the praiser's to say, not Serbia's.
func TestStatementNounsAsObjects(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nAmbassador Alexander Orlov praised the position of Serbia and said that sending troops would be a provocation.",
			map[string]model.Stance{"Alexander Orlov": model.Opposes, "Serbia": "-"}},
		{"Troops for Ukraine\n\nThe position of Serbia is that sending troops would be a provocation.",
			map[string]model.Stance{"Serbia": model.Opposes}},
	})
}

// "a list of countries willing to deploy" names others left vague: the one
// who reports it holds nothing by it.
func TestListOfCountriesWilling(t *testing.T) {
	got := stancesOf(t, troopsLead+"Spokesman Oleh Nikolenko reported that the authorities have received a list of countries willing to deploy military contingents to Ukraine.\n")
	if s := got["Oleh Nikolenko"]; s != "" && s != model.None {
		t.Errorf("Oleh Nikolenko: %s, want no stance (all %v)", s, got)
	}
}

package stance

import (
	"slices"
	"strings"
	"testing"

	"standpoint/model"
)

// clause builds a clause from words separated by spaces: "[troops]" marks a
// word naming the proposal, "<send>" a word carrying it out; "," and "."
// stand alone as punctuation.
func clause(text string) Clause {
	var c Clause
	for _, f := range strings.Fields(text) {
		w := Word{Word: true}
		switch {
		case strings.HasPrefix(f, "[") && strings.HasSuffix(f, "]"):
			f, w.Proposal = f[1:len(f)-1], true
		case strings.HasPrefix(f, "<") && strings.HasSuffix(f, ">"):
			f, w.Act = f[1:len(f)-1], true
		case f == "," || f == "." || f == "?" || f == ";" || f == "\"":
			w.Word = false
		}
		w.Fold = strings.ToLower(f)
		c.Words = append(c.Words, w)
	}
	return c
}

func stancesOf(r Result) []model.Stance {
	var out []model.Stance
	for _, c := range r.Cues {
		out = append(out, c.Stance)
	}
	return out
}

// Each clause's cues, in order. The frames know nothing of troops: the
// proposal and its verbs are marked by the caller.
func TestFindComposesPolarity(t *testing.T) {
	f := Default()
	cases := []struct {
		text string
		want []model.Stance
	}{
		{"the government is ready to <send> [peacekeepers]", []model.Stance{model.Supports}},
		{"the prime minister announced [recognition] on sunday", []model.Stance{model.Supports}},
		{"macron has spoken of \" several thousand \" french [personnel]", []model.Stance{model.Supports}},
		{"zelensky has asked for a foreign [presence] on the ground", []model.Stance{model.Supports}},
		{"merz could imagine german [participation] only with a us guarantee", []model.Stance{model.Open}},
		{"macron is right behind the [force]", []model.Stance{model.Supports}},
		{"macron speaks of \" a few thousand [troops] per country \"", []model.Stance{model.Supports}},
		{"lammy said the uk \" will not stand on the sidelines \" over the [force]", []model.Stance{model.Open}},
		{"melenchon said the president was dragging france towards war by sending [troops]", []model.Stance{model.Opposes}},
		{"dutton said <sending> australian [soldiers] to europe was \" a thought bubble \"", []model.Stance{model.Opposes}},
		{"he said <sending> british [soldiers] is walking into a war", []model.Stance{model.Opposes}},
		{"the kremlin says any european [deployment] would not be tolerated", []model.Stance{model.Opposes}},
		{"macron reaffirmed france 's readiness to take its full part in the [force]", []model.Stance{model.Supports}},
		// A call for a halt to the proposal is against it; objecting to a
		// halt is for it; a coordinated predicate with its own auxiliary
		// is no object of the first.
		{"the minister called for a permanent ban on [mining]", []model.Stance{model.Opposes}},
		{"chile kept pressing for a moratorium on [mining]", []model.Stance{model.Opposes}},
		{"the union opposes a pause in [mining]", []model.Stance{model.Supports}},
		{"the union opposes a ban on [mining]", []model.Stance{model.Supports}},
		{"the party called for the [law] to be scrapped before the end of the year", []model.Stance{model.Opposes}},
		{"d66 , which fought for the [trial] , is the largest party", []model.Stance{model.Supports}},
		{"the traffic-light [law] must go .", []model.Stance{model.Opposes}},
		{"european [troops] must go to ukraine", []model.Stance{}},
		{"the best would be to turn the [law] back completely .", nil},
		{"the cdu , which wants to scrap the [tax] , now governs", []model.Stance{model.Opposes}},
		{"the senate backs meloni 's \" no [troops] \" line on ukraine", []model.Stance{model.RulesOut}},
		{"any german [mission] would be <put> to parliament", []model.Stance{}},
		{"we just want to see the details of the [force] first", []model.Stance{model.Undecided}},
		{"the question of [troops] is n't settled , not in my party", []model.Stance{model.Undecided}},
		{"the question of [troops] is settled", []model.Stance{}},
		{"the government has no plans whatsoever to <send> [troops]", []model.Stance{model.RulesOut}},
		{"he said that sending [troops] was not on the table today", []model.Stance{model.Undecided}},
		{"he said that sending [troops] was not on the table", []model.Stance{model.RulesOut}},
		{"germany should not only <send> [troops] but should be prepared for more", []model.Stance{model.Supports}},
		{"i come down on yes for [troops] in ukraine", []model.Stance{model.Supports}},
		{"ministers would respond to the consultation on the [plan]", []model.Stance{}},
		{"once we have seen what is actually being proposed for the [plan]", []model.Stance{}},
		{"the [plan] was proposed by macron", []model.Stance{model.Supports}},
		{"nothing prevents portuguese [soldiers] from serving in ukraine", []model.Stance{model.Open}},
		{"slovakia should not close in advance the doors to the [mission]", []model.Stance{model.Open}},
		{"there are no plans on the part of the us to <put> [boots] on the ground", []model.Stance{model.RulesOut}},
		{"a [tax] with no plan for the proceeds is just another revenue line", []model.Stance{}},
		{"the company filed for a commercial recovery permit for [mining]", []model.Stance{}},
		{"the government will permit [mining]", []model.Stance{model.Open}},
		{"parliament approved a resolution allowing the government to <send> [troops]", []model.Stance{model.Open}},
		{"the association repeated its call for the [law] to be reversed", []model.Stance{model.Opposes}},
		{"pistorius , who in the end would have to <send> the [troops] , spoke", []model.Stance{}},
		{"britain will keep backing a ban on [mining] and will not <sponsor> any company", []model.Stance{model.Opposes, model.RulesOut}},
		{"abbott said she would need to be convinced about [troops]", []model.Stance{model.Undecided}},
		{"vannacci wrote that \" not one italian [soldier] must die for zelensky \"", []model.Stance{model.Opposes}}, // a rule for all; its own for an Italian (loader)
		{"fico has warned that [joint] [borrowing] would drag small countries into a spiral of debt", []model.Stance{model.Opposes}},
		{"vienna \" will not sign \" a [mutualisation] of debt", []model.Stance{model.RulesOut}},
		{"safadi said [recognition] was a step in the right direction", []model.Stance{model.Supports}},
		{"she said the reparation [loan] was the most effective way to cover the needs", []model.Stance{model.Supports}},
		{"spain is pushing hard for common [debt]", []model.Stance{model.Supports}},
		{"sikorski defends the [enlargement] without reservation", []model.Stance{model.Supports}},
		{"warsaw intended to treat the [umbrella] as a real option", []model.Stance{model.Open}},
		{"slovakia would stay out of the [umbrella]", []model.Stance{model.RulesOut}},
		{"vance said : there are not going to be american [boots] on the ground", []model.Stance{model.RulesOut}},
		{"any czech [deployment] would depend on the mandate", []model.Stance{model.Open}},
		{"graham said he was all in on a european reassurance [force]", []model.Stance{model.Supports}},
		{"his party could support a [deployment] if there is a vote", []model.Stance{model.Open}},
		{"tusk to polish media : logistics yes , [soldiers] no .", []model.Stance{model.RulesOut}},
		{"czech premier babis : \" not a single [soldier] \"", []model.Stance{model.RulesOut}},
		{"peskov has warned of a direct clash with nato over the [troops]", []model.Stance{model.Opposes}},
		{"medvedev promised that british [soldiers] would return \" in boxes \"", []model.Stance{model.Opposes}},
		{"every foreign [troop] in ukraine would be \" objective legitimate \"", []model.Stance{model.Opposes}},
		{"he said europeans talking about [troops] were trying to prolong the war", []model.Stance{model.Opposes}},
		{"macron has signed with the british premier keir starmer and with zelensky a declaration of intention for a multinational [force]", []model.Stance{model.Supports}},
		{"new zealand would not announce [recognition] at this time", []model.Stance{model.RulesOut}},
		{"the president does not see the possibility of <sending> polish [troops]", []model.Stance{model.Opposes}},
		{"we see a role for european [troops]", []model.Stance{model.Open}},
		{"we do not foresee <sending> polish [soldiers]", []model.Stance{model.RulesOut}},
		{"croatia would help in other ways rather than by <sending> [soldiers]", []model.Stance{model.RulesOut}},
		{"he said <sending> [troops] would be a grave error", []model.Stance{model.Opposes}},
		{"danish [soldiers] would \" of course \" <take> <part> if a ceasefire holds", []model.Stance{model.Supports}},
		{"madrid would remain \" a fully <committed> ally \" to [the] [target]", nil},
		{"spain said it cannot <commit> to the alliance 's planned [target]", []model.Stance{model.RulesOut}},
		{"the government is not ready to <send> [peacekeepers]", []model.Stance{model.RulesOut}},
		{"we will never <send> [soldiers] there", []model.Stance{model.RulesOut}},
		{"she would never agree to <send> [soldiers]", []model.Stance{model.RulesOut}},
		{"the country might eventually <contribute> [soldiers]", []model.Stance{model.Open}},
		{"a [deployment] could not be excluded", []model.Stance{model.Open}},
		{"he ruled out <sending> [troops]", []model.Stance{model.RulesOut}},
		{"he did not rule out <sending> [troops]", []model.Stance{model.Open}},
		{"they oppose <sending> [troops]", []model.Stance{model.Opposes}},
		{"the minister refuted claims that [soldiers] could be <deployed>", []model.Stance{model.RulesOut}},
		{"the capital remains undecided on a [deployment]", []model.Stance{model.Undecided}},
		{"tusk confirms poland 's <position> has not changed : polish [soldiers] will not <take> <part>", []model.Stance{model.RulesOut}},
		{"the government had \" not taken any position \" on [ground] [troops]", []model.Stance{model.Undecided}},
		{"<sending> anybody would mean war with russia", []model.Stance{model.Opposes}},
		{"<sending> [soldiers] would bring the world a step closer to catastrophe", []model.Stance{model.Opposes}},
		{"berlin would decide on a [deployment] \" at the appropriate time \"", []model.Stance{model.Undecided}},
		{"the party would want to see the mandate before taking a position on [troops]", []model.Stance{model.Undecided}},
		{"no option , including [ground] [troops] , has been taken off the table", []model.Stance{model.Open}},
		{"the country should not <send> [troops]", nil}, // rules out or opposes, never supports: checked below
		{"nobody has pressed the country to <send> [troops]", nil},
		{"the weather was cold in the capital", nil},
		{"polish [troops] would stay home", []model.Stance{model.RulesOut}},
		{"he will vote against any [deployment]", []model.Stance{model.Opposes}},
		{"he would never agree to polish [troops] in the country", []model.Stance{model.Opposes}},
		{"budapest supports peace , not [soldiers]", []model.Stance{model.Opposes}},
		{"lithuanian [soldiers] could <join> a mission if the conditions are right", []model.Stance{model.Open}},
		{"macron's refusal to exclude western [troops] draws rebuttals", []model.Stance{model.Open}},
		{"european [forces] <deployed> there should not be covered", nil},
		{"any foreign [soldiers] <sent> to the country would mean direct involvement", []model.Stance{model.Opposes}},
		{"he said no nato state should <send> [troops]", []model.Stance{model.Opposes}},
		{"madrid does not agree with <deploying> european [troops]", []model.Stance{model.Opposes}},
		{"they have signed a declaration of intent on the <deployment> of a multinational [force]", []model.Stance{model.Supports}},
		{"he demanded a resolution banning any [deployment]", []model.Stance{model.Opposes}},
		{"european [forces] in the country would be a serious deterrent", []model.Stance{model.Supports}},
		{"neither croatian nor other [soldiers] should be <deployed>", nil},
		{"nobody , neither french nor english , must <send> [soldiers] to the country", []model.Stance{model.Opposes}},
		{"any western [soldier] in the country would be a target", []model.Stance{model.Opposes}},
		{"a belgian [contingent] was \" quite possible \"", []model.Stance{model.Open}},
		{"any [deployment] would drag the region into a \" big war \"", []model.Stance{model.Opposes}},
		{"russia would regard any such [deployment] as hostile", []model.Stance{model.Opposes}},
		{"a reassurance [force] is needed", []model.Stance{model.Supports}},
		{"such [plans] are not acceptable for us", []model.Stance{model.Opposes}},
		{"madrid did not share the idea of <deploying> european [troops]", []model.Stance{model.Opposes}},
		{"if they sent [troops] , a direct clash would become inevitable", []model.Stance{model.Opposes}},
		{"foreign [soldiers] would be occupiers", []model.Stance{model.Opposes}},
		{"he says no french [soldier] , no european [soldier] , nobody should go", []model.Stance{model.Opposes, model.Opposes}},
		{"not a single german [soldier] should be <sent> to the country", nil},
		{"italy is not available to <send> [soldiers]", []model.Stance{model.RulesOut}},
		{"he wrote that the supply of [tomahawks] can end badly for all", nil},
		{"paris has never set red lines on [troops]", []model.Stance{model.Open}},
		{"sending [troops] is a red line", []model.Stance{model.Opposes}},
		{"on [troops] we exclude nothing", []model.Stance{model.Open}},
		{"no decision on [soldiers] had been made", []model.Stance{model.Undecided}},
		{"moscow sees negatively any [military] [presence] in the country", []model.Stance{model.Opposes}},
		{"she was \" open \" to [troops] being part of a force", []model.Stance{model.Open}},
		{"the dispatch of [forces] is not under consideration", []model.Stance{model.RulesOut}},
		{"it would examine a [mission] , without committing to anything", []model.Stance{model.Open, model.Undecided}},
		{"any [troops] would be considered legitimate targets", []model.Stance{model.Opposes}},
		{"madrid is not going to finance or <send> [missiles]", []model.Stance{model.RulesOut}},
		{"the party repeated its rejection of all <deliveries>", []model.Stance{model.Opposes}},
	}
	for _, tc := range cases {
		got := stancesOf(f.Find(clause(tc.text)))
		if tc.want == nil {
			for _, s := range got {
				if s == model.Supports || s == model.Open {
					t.Errorf("%q: %v, want no support or openness", tc.text, got)
				}
			}
			continue
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: %v, want %v", tc.text, got, tc.want)
		}
	}
}

// "should not send" is a position against it, not a support.
func TestShouldNotIsAgainst(t *testing.T) {
	got := stancesOf(Default().Find(clause("the country should not <send> [troops]")))
	if len(got) != 1 || (got[0] != model.RulesOut && got[0] != model.Opposes) {
		t.Errorf("got %v, want one rules_out or opposes", got)
	}
}

// A remark with no object of its own is about the proposal only when the
// article is near it or about it.
func TestTopicTies(t *testing.T) {
	f := Default()
	c := clause("the country remains undecided .")
	if got := stancesOf(f.Find(c)); len(got) != 0 {
		t.Errorf("far from the proposal: %v", got)
	}
	c.Near = true
	if got := stancesOf(f.Find(c)); !slices.Equal(got, []model.Stance{model.Undecided}) {
		t.Errorf("near the proposal: %v", got)
	}
	back := clause("the minister rejected such a move")
	if got := stancesOf(f.Find(back)); len(got) != 0 {
		t.Errorf("a reference back with nothing before: %v", got)
	}
	back.Recent = true
	if got := stancesOf(f.Find(back)); len(got) != 1 || got[0] == model.Supports {
		t.Errorf("a reference back after the proposal: %v", got)
	}
}

// A favouring noun with nothing of the proposal after it says nothing of
// it, even near the proposal: "Poland will run the hub for allied support."
func TestNounWithoutObject(t *testing.T) {
	c := clause("poland will instead run the logistics hub for allied support .")
	c.Near = true
	if got := stancesOf(Default().Find(c)); len(got) != 0 {
		t.Errorf("got %v, want no stance", got)
	}
	c = clause("poland will support it .")
	c.Near = true
	if got := stancesOf(Default().Find(c)); len(got) != 1 || got[0] != model.Supports {
		t.Errorf("a verb: got %v, want supports", got)
	}
}

// A question answered in the same sentence is settled by the answer.
func TestAnsweredQuestion(t *testing.T) {
	f := Default()
	for text, want := range map[string]model.Stance{
		"asked whether british [troops] would <be> <part> <of> it , the prime minister said simply : \" yes .": model.Supports,
		"asked whether it would <send> [troops] , he said no .":                                                model.RulesOut,
		"asked whether madrid would <reach> [the] [target] , she said \" no \" before the question was over":   model.RulesOut,
	} {
		got := stancesOf(f.Find(clause(text)))
		if !slices.Contains(got, want) {
			t.Errorf("%q: %v, want %s among them", text, got, want)
		}
	}
}

// A left-out verb takes the polarity of what is said of it, from the
// clause before: "Greece will not send troops, but Cyprus might".
func TestEllipsis(t *testing.T) {
	f := Default()
	first := f.Find(clause("greece will not <send> [troops]"))
	if got := stancesOf(first); !slices.Equal(got, []model.Stance{model.RulesOut}) {
		t.Fatalf("first clause: %v", got)
	}
	prev := first.Cues[0]
	second := clause("but cyprus might")
	second.Previous = &prev
	if got := stancesOf(f.Find(second)); !slices.Equal(got, []model.Stance{model.Open}) {
		t.Errorf("ellipsis: %v, want open", got)
	}
}

// "took the same line" inherits whatever was read before.
func TestInherit(t *testing.T) {
	for _, text := range []string{"lithuania took the same line", "the minister struck a similar note", "riga agreed with him",
		"the premier spoke in the same vein", "estonia concurred on this", "the minister sided with him",
		"the spokesman backed his leader 's line", "the spokeswoman repeated that line", "lavrov said so", "the defence minister has echoed him",
		"the minister confirmed the line", "the white house was equally categorical", "peskov said it again",
		"the prime minister backed his minister", "lithuania has signalled something similar", "riga said much the same", "the premier had said as much", "his defence secretary repeated it"} {
		c := clause(text)
		c.Near = true
		r := Default().Find(c)
		if len(r.Cues) != 1 || !r.Cues[0].Inherit {
			t.Errorf("%q: cues %+v, want one inheriting cue", text, r.Cues)
		}
	}
}

// Every cue explains itself: the frame and how it is tied to the proposal.
func TestCuesExplainThemselves(t *testing.T) {
	r := Default().Find(clause("the government did not rule out <sending> [troops]"))
	if len(r.Cues) != 1 {
		t.Fatalf("cues %+v", r.Cues)
	}
	why := r.Cues[0].Why
	if why.Frame == "" || why.Topic == "" || len(why.Steps) == 0 {
		t.Errorf("why %+v: want a frame, a topic link and the negation step", why)
	}
}

// A Reader gives the same result as a fresh one, clause after clause.
func TestReaderReusesBuffersSafely(t *testing.T) {
	f := Default()
	r := f.NewReader()
	for _, text := range []string{"he ruled out <sending> [troops]", "the weather was cold", "they are ready to <send> [troops] , and they oppose <sending> [ships]"} {
		got, want := stancesOf(r.Find(clause(text))), stancesOf(f.Find(clause(text)))
		if !slices.Equal(got, want) {
			t.Errorf("%q: reader %v, fresh %v", text, got, want)
		}
	}
}

func TestForms(t *testing.T) {
	f := Default()
	for base, want := range map[string][]string{
		"rule":   {"rule", "rules", "ruled", "ruling"},
		"deny":   {"deny", "denies", "denied", "denying"},
		"send":   {"send", "sends", "sent", "sending"},
		"commit": {"commit", "commits", "committed", "committing"},
		"ban":    {"ban", "bans", "banned", "banning"},
		"veto":   {"veto", "vetoes", "vetoed", "vetoing"},
		"block":  {"block", "blocks", "blocked", "blocking"},
		"join":   {"join", "joins", "joined", "joining"},
		"signal": {"signal", "signals", "signaled", "signalled", "signalling"},
		"cancel": {"cancel", "cancelled", "canceled"},
		"appeal": {"appeal", "appealed"},
	} {
		got := f.Forms(base)
		for _, w := range want {
			if !slices.Contains(got, w) {
				t.Errorf("Forms(%q) = %v, lacks %q", base, got, w)
			}
		}
	}
}

// Nouns of taking part refer back to the proposal with a determiner and
// up to two words between: "a modest contribution", "a role".
func TestParticipationNounsReferBack(t *testing.T) {
	f := Default()
	for text, want := range map[string]bool{
		"wellington would consider \" a modest contribution \"": true,
		"turkey could consider a role , especially at sea":      true,
		"ankara is prepared to examine its participation":       true,
		"the ministers met for an hour":                         false,
	} {
		if got := f.RefersBack(clause(text).Words); got != want {
			t.Errorf("%q refers back: %v, want %v", text, got, want)
		}
	}
}

// "?*" is no optional gap: a gap may be empty already, and the parser says
// so rather than reading a literal "*".
func TestOptionalGapIsRefused(t *testing.T) {
	if _, err := CompileWith([]string{"consider\tweigh~ ?* plan"}, nil); err == nil || !strings.Contains(err.Error(), "a gap is optional already") {
		t.Errorf("error %v, want one about the optional gap", err)
	}
}

// "*N," is a gap that crosses commas, as a list does; "*N" stops at one.
func TestGapOverList(t *testing.T) {
	for _, tc := range []struct {
		pattern string
		want    int
	}{{"exclude\tzorps *8, ?, but not {P}", 1}, {"exclude\tzorps *8 ?, but not {P}", 0}} {
		f, err := CompileWith([]string{tc.pattern}, nil)
		if err != nil {
			t.Fatalf("%q: %v", tc.pattern, err)
		}
		list := clause("romania zorps logistics , training and bases , but not [troops]")
		if got := len(f.Find(list).Cues); got != tc.want {
			t.Errorf("%q: %d cues, want %d", tc.pattern, got, tc.want)
		}
	}
}

// A stance said in a word at the end of its clause, right after the
// proposal was named: "Washington is against", "Germany says no".
func TestOneWordStances(t *testing.T) {
	f := Default()
	for text, want := range map[string]model.Stance{
		"washington is against , and they say so openly": model.Opposes,
		"germany says no .":                             model.RulesOut,
		"sumar says : yes to a spanish presence .":      model.Supports,
		"britain will \" lead from the front \" .":      model.Supports,
		"the party vazrazhdane declared against .":      model.Opposes,
		"greece has said no directly .":                 model.RulesOut,
		"peskov said the eu was harming itself .":       model.Opposes,
		"the youth council also renewed its \" no \" .": model.RulesOut,
		"moscow was scathing .":                         model.Opposes,
		"ottawa will sign on .":                         model.Supports,
		"germany , hungary and malta voted no .":        model.Opposes,
		"spain abstained this time .":                   model.Undecided,
		"ten countries voted in favour .":               model.Supports,
		"labour campaigned against it .":                model.Opposes,
		"the minister called it historic .":             model.Supports,
	} {
		if got := nearStances(f, text); !slices.Equal(got, []model.Stance{want}) {
			t.Errorf("%q: %v, want %s", text, got, want)
		}
	}
}

// In an article about the proposal, a judgement that ends its clause is
// about it ("Netherlands - Supportive."); near the proposal or not, the
// proposer's plan refers back to it ("would not support the Commission's
// proposal").
func TestTopicalJudgementsAndProposersPlans(t *testing.T) {
	f := Default()
	c := clause("netherlands - supportive .")
	c.Topic = true
	if got := stancesOf(f.Find(c)); !slices.Equal(got, []model.Stance{model.Supports}) {
		t.Errorf("topical judgement: %v, want supports", got)
	}
	if !f.RefersBack(clause("budapest would not support the commission 's proposal").Words) {
		t.Error(`"the commission's proposal" does not refer back`)
	}
}

// Wordings that refer back with "it": "will not be part of it", "Tusk
// wants this", "asked to be included".
func TestReferringPartsAndWishes(t *testing.T) {
	f := Default()
	for text, want := range map[string]model.Stance{
		"if bratislava does not want it , it will not be part of it": model.RulesOut,
		"tusk wants this":                    model.Supports,
		"lithuania has asked to be included": model.Supports,
	} {
		if got := nearStances(f, text); !slices.Contains(got, want) {
			t.Errorf("%q: %v, want %s among them", text, got, want)
		}
	}
}

// A judgement after "called it" judges what "it" refers back to; the
// proposer's speech, words or doctrine, and "the whole exercise", refer
// back.
func TestJudgedItAndSpeeches(t *testing.T) {
	f := Default()
	if got := nearStances(f, "merz called it a historic day"); !slices.Equal(got, []model.Stance{model.Supports}) {
		t.Errorf("called it historic: %v, want supports", got)
	}
	for _, text := range []string{"lavrov said macron 's words were a threat", "russia regards the whole exercise as escalation"} {
		if !f.RefersBack(clause(text).Words) {
			t.Errorf("%q does not refer back", text)
		}
	}
}

// A bill, a project or a measure named after the proposal refers back to it.
func TestBillsAndMeasuresReferBack(t *testing.T) {
	f := Default()
	for _, text := range []string{"almost all the clubs supported the project", "amnesty called on senators to reject the bill"} {
		if !f.RefersBack(clause(text).Words) {
			t.Errorf("%q does not refer back", text)
		}
	}
}

// nearStances reads a clause the proposal was just named before.
func nearStances(f *Frames, text string) []model.Stance {
	c := clause(text)
	c.Near = true
	return stancesOf(f.Find(c))
}

// The prefilter skips only frames a clause cannot match: a frame whose
// later word the clause lacks is not tried, one whose words are all there
// is, and a {P} alternative is met by the proposal's words.
func TestPrefilterKeepsWhatCanMatch(t *testing.T) {
	f, err := CompileWith([]string{"exclude\tzorps *3 glorp", "favor\tzorps *2 blip|{P}"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	frameOf := func(c class) *frame {
		for _, x := range f.byFirst["zorps"] {
			if x.class == c {
				return x
			}
		}
		t.Fatalf("no zorps frame of class %v", c)
		return nil
	}
	possible := func(fr *frame, text string) bool {
		w := clause(text).Words
		p := f.presenceOf(w, make([]uint64, (len(f.wordID)+63)/64), make([]int32, len(w)))
		return fr.possibleIn(&p)
	}
	exclude, favor := frameOf(classExclude), frameOf(classFavor)
	if possible(exclude, "romania zorps the plan") || !possible(exclude, "romania zorps the glorp") {
		t.Errorf("the frame needing glorp: tried without it, or not with it")
	}
	if !possible(favor, "romania zorps the [troops]") || possible(favor, "romania zorps the plan") {
		t.Errorf("the frame needing blip or the proposal: wrong")
	}
	if got := len(f.Find(clause("romania zorps the [troops]")).Cues); got != 1 {
		t.Errorf("zorps the troops: %d cues, want 1", got)
	}
}

// A verb whose own object is something else is not tied to the proposal
// by a reference elsewhere in its clause: "criticise the government" is
// not about troops because "a concrete request" is.
func TestOtherObjectIsNoReferenceBack(t *testing.T) {
	f := Default()
	for _, text := range []string{
		"he will decide when a concrete request exists , a stance that allows him to criticise the government from either side",
		"asked about such a move , the minister praised the firefighters",
	} {
		c := clause(text)
		c.Recent = true
		if got := stancesOf(f.Find(c)); len(got) > 0 && !slices.Equal(got, []model.Stance{model.Undecided}) {
			t.Errorf("%q: %v, want no judgement", text, got)
		}
	}
	for _, text := range []string{"the minister rejected such a move", "the minister criticised the whole idea", "the minister rejected the idea of a russian team after such a move"} {
		c := clause(text)
		c.Recent = true
		if got := stancesOf(f.Find(c)); !slices.Equal(got, []model.Stance{model.Opposes}) {
			t.Errorf("%q: %v, want opposes", text, got)
		}
	}
}

// Ruling out judged a mistake is keeping the door open.
func TestMistakeToRuleOut(t *testing.T) {
	f := Default()
	for _, text := range []string{
		"pavel said it would be \" a mistake to close the door in advance \"",
		"she said it was wrong to rule out [troops]",
	} {
		c := clause(text)
		c.Near, c.Topic = true, true
		if got := stancesOf(f.Find(c)); !slices.Contains(got, model.Open) || slices.Contains(got, model.RulesOut) {
			t.Errorf("%q: %v, want open", text, got)
		}
	}
	if got := nearStances(f, "she said it was right to rule out [troops]"); !slices.Equal(got, []model.Stance{model.RulesOut}) {
		t.Errorf("right to rule out: %v, want rules_out", got)
	}
}

// A negated "let" or "allow" above the act refuses it.
func TestNotLetRefuses(t *testing.T) {
	got := nearStances(Default(), "budapest would not let hungarian territory be used to prepare the [deployment]")
	if len(got) == 0 || slices.Contains(got, model.Supports) {
		t.Errorf("not let: %v, want a refusal", got)
	}
}

// Not seeing one's troops there refuses them; having no business sending
// them objects to it.
func TestNotSeeingAndNoBusiness(t *testing.T) {
	f := Default()
	cases := []struct {
		text string
		want model.Stance
	}{
		{"i don't see australian [boots] on the ground in ukraine", model.RulesOut},
		{"no european country has any business <sending> its [soldiers] to ukraine", model.Opposes},
	}
	for _, c := range cases {
		cl := clause(c.text)
		if got := stancesOf(f.Find(cl)); !slices.Equal(got, []model.Stance{c.want}) {
			t.Errorf("%q: %v, want %v", c.text, got, c.want)
		}
	}
}

// A contracted negation is a pattern's "not", and keeps its modal's force:
// "shouldn't send" urges against, as "should not send" does.
func TestContractedNegations(t *testing.T) {
	f := Default()
	if got := stancesOf(f.Find(clause("the chancellor says he doesn't see german [soldiers] there"))); !slices.Equal(got, []model.Stance{model.RulesOut}) {
		t.Errorf("doesn't see: %v, want rules_out", got)
	}
	if got := stancesOf(f.Find(clause("britain shouldn't <send> [troops]"))); !slices.Equal(got, []model.Stance{model.Opposes}) {
		t.Errorf("shouldn't send: %v, want opposes", got)
	}
}

// What a recommendation or proposal says is asserted by no one: the
// clause after "a recommendation that" holds no stance of its own.
func TestContentClauseIsNotAsserted(t *testing.T) {
	f := Default()
	for _, text := range []string{
		"a recommendation that young [russians] be <allowed> back",
		"the proposal that british [troops] should be <sent>",
	} {
		if got := nearStances(f, text); len(got) != 0 {
			t.Errorf("%q: %v, want none", text, got)
		}
	}
	for _, text := range []string{"he said that british [troops] should be <sent>", "she stood by her suggestion that british [troops] could be <sent>"} {
		if got := nearStances(f, text); !slices.Contains(got, model.Supports) {
			t.Errorf("%q: %v, want supports", text, got)
		}
	}
}

// "on the table" after another noun says where that noun is.
func TestOnTheTableAfterAnotherNoun(t *testing.T) {
	f := Default()
	for _, near := range []bool{false, true} {
		c := clause("describing the question as open until there is a ceasefire text on the table")
		c.Recent, c.Near = true, near
		if got := stancesOf(f.Find(c)); slices.Contains(got, model.Open) {
			t.Errorf("a text on the table (near %v): %v, want no open", near, got)
		}
	}
	for _, text := range []string{"such a mission is still on the table", "the idea remains on the table"} {
		c := clause(text)
		c.Recent = true
		if got := stancesOf(f.Find(c)); !slices.Equal(got, []model.Stance{model.Open}) {
			t.Errorf("%q: %v, want open", text, got)
		}
	}
}

// ", not a thought bubble" after another noun judges that noun.
func TestContrastedNounIsNotJudged(t *testing.T) {
	if got := nearStances(Default(), "it is a serious question and it deserves a serious answer , not a thought bubble at a press conference"); len(got) != 0 {
		t.Errorf("contrast: %v, want none", got)
	}
	if got := nearStances(Default(), "sending [troops] is not a thought bubble"); !slices.Equal(got, []model.Stance{model.Open}) {
		t.Errorf("plain negation: %v, want open", got)
	}
}

// Support "only in a mission" of some kind is restricted: openness.
func TestOnlyInAMissionIsAHedge(t *testing.T) {
	if got := nearStances(Default(), "her party could back australian [participation] only in a mission carrying a united nations mandate"); !slices.Equal(got, []model.Stance{model.Open}) {
		t.Errorf("only in a mission: %v, want open", got)
	}
}

// A verb's own bare object at the end of its clause ("declined to discuss
// politics") is no reference to the proposal named before.
func TestBareObjectIsNotTheProposal(t *testing.T) {
	f := Default()
	if got := nearStances(f, "the captain has consistently declined to discuss politics ."); len(got) != 0 {
		t.Errorf("discuss politics: %v, want none", got)
	}
	for _, text := range []string{"the minister declined to discuss it .", "the minister declined to rule it out .", "the country will not <go> either ."} {
		c := clause(text)
		c.Near, c.Topic = true, true
		if got := stancesOf(f.Find(c)); len(got) == 0 {
			t.Errorf("%q: no stance", text)
		}
	}
}

// The debate's country set against a list of places is still set against.
func TestTargetSetAgainstAfterAList(t *testing.T) {
	c := clause("german [forces] could be <stationed> in neighbouring allied states , naming poland , romania , hungary and slovakia , rather than inside ukraine")
	c.Words[len(c.Words)-1].Target = true
	if got := stancesOf(Default().Find(c)); !slices.Equal(got, []model.Stance{model.RulesOut}) {
		t.Errorf("rather than inside Ukraine after a list: %v, want rules_out", got)
	}
}

// "no place for" and "there must be no" refuse, "nothing less than" wants.
func TestPlaceRuleAndNothingLess(t *testing.T) {
	f := Default()
	cases := []struct {
		text string
		want model.Stance
	}{
		{"there is no place for [them] in our events", model.RulesOut},
		{"there must be no [return] for a country that kills athletes", model.Opposes},
		{"there should be no foreign [troops] in ukraine", model.Opposes},
		{"russia expects nothing less than a full [return]", model.Supports},
	}
	for _, c := range cases {
		if got := nearStances(f, c.text); !slices.Equal(got, []model.Stance{c.want}) {
			t.Errorf("%q: %v, want %v", c.text, got, c.want)
		}
	}
}

// "not one member of the Croatian Army will go": the negation opens the
// subject, over its "of" phrase.
func TestNotOneMemberOf(t *testing.T) {
	got := stancesOf(Default().Find(clause("as long as i am the supreme commander , not one member of the croatian [army] will <go> to ukraine")))
	if !slices.Equal(got, []model.Stance{model.RulesOut}) {
		t.Errorf("not one member of: %v, want rules_out", got)
	}
}

// A light verb and a possessive before the frame's noun carry its
// negation: "will not give its votes for any deployment".
func TestNegatedLightVerbWithPossessive(t *testing.T) {
	got := stancesOf(Default().Find(clause("the sdp will not give its votes for any <deployment> of croatian [soldiers] to ukraine")))
	if len(got) == 0 || slices.Contains(got, model.Supports) {
		t.Errorf("will not give its votes for: %v, want a refusal", got)
	}
}

// Counted among those doing it: "would not be among the countries sending
// troops" refuses, "is one of the countries sending troops" does it.
func TestAmongTheCountriesSending(t *testing.T) {
	f := Default()
	if got := stancesOf(f.Find(clause("greece would not be among the countries <sending> [troops] to ukraine"))); !slices.Equal(got, []model.Stance{model.RulesOut}) {
		t.Errorf("not among the countries sending: %v, want rules_out", got)
	}
	if got := stancesOf(f.Find(clause("norway is one of the countries <sending> [troops]"))); !slices.Equal(got, []model.Stance{model.Supports}) {
		t.Errorf("one of the countries sending: %v, want supports", got)
	}
}

// Rejecting "the notion of" the proposal objects to it; rejecting "the
// notion that" it is happening denies a claim.
func TestRejectingTheNotionOf(t *testing.T) {
	f := Default()
	if got := nearStances(f, "he rejects the very notion of western [soldiers] in ukraine as a provocation"); !slices.Contains(got, model.Opposes) || slices.Contains(got, model.Open) {
		t.Errorf("the notion of: %v, want opposes", got)
	}
}

// A participle after the proposal and a noun joined to it describes them;
// a repetition that a colon opens takes its stance from what follows.
func TestParticipleAfterJoinedNounsAndRepeatColon(t *testing.T) {
	f := Default()
	if got := nearStances(f, "any western [soldiers] or installations <placed> in ukraine would be treated as legitimate combat targets"); !slices.Equal(got, []model.Stance{model.Opposes}) {
		t.Errorf("soldiers or installations placed: %v, want opposes", got)
	}
	c := clause("the president has said it many times and i will repeat it :")
	c.Previous = &Cue{Stance: model.Opposes}
	c.Topic = true
	if got := stancesOf(f.Find(c)); len(got) != 0 {
		t.Errorf("repeat it: %v, want none", got)
	}
}

// Ruling out a presence "of foreign" forces is objecting to others'.
func TestPresenceOfForeignForces(t *testing.T) {
	if got := nearStances(Default(), "there will be no [presence] of foreign military in ukraine"); !slices.Equal(got, []model.Stance{model.Opposes}) {
		t.Errorf("presence of foreign military: %v, want opposes", got)
	}
}

// An aside of one word between the proposal and its verb ("land forces,
// however, will not be present") keeps the proposal its subject.
func TestSubjectOverAnAside(t *testing.T) {
	c := clause("bulgarian land [forces] , however , will not be present in ukraine")
	c.Words[len(c.Words)-1].Target = true
	if got := stancesOf(Default().Find(c)); !slices.Equal(got, []model.Stance{model.RulesOut}) {
		t.Errorf("over however: %v, want rules_out", got)
	}
}

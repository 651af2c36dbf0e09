package loader

import (
	"reflect"
	"slices"
	"standpoint/loader/segment"
	"strings"
	"testing"
	"testing/fstest"
	"unicode"

	"standpoint/model"
)

// stancesOf loads one article and returns each actor's stance in it.
func stancesOf(t *testing.T, text string) map[string]model.Stance {
	t.Helper()
	c, err := LoadFS(fstest.MapFS{"a.txt": {Data: []byte(text)}}, "", Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]model.Stance{}
	for _, a := range c.Actors {
		if p, ok := a.PositionIn("a.txt"); ok {
			got[a.Name] = p.Stance
		}
	}
	return got
}

func TestSentenceSpans(t *testing.T) {
	lex := lexiconOnce()
	cases := []struct {
		text string
		want []string
	}{
		{"Mr. Smith arrived. He left at 5 p.m. on Friday.", []string{"Mr. Smith arrived.", "He left at 5 p.m. on Friday."}},
		{"The U.S. will not act. Gen. Lee agreed!", []string{"The U.S. will not act.", "Gen. Lee agreed!"}},
		{"She said: “We are ready. We will go.” Then she left.", []string{"She said: “We are ready.", "We will go.”", "Then she left."}},
		{"J. R. Doe spoke… and then stopped. Why? Nobody knows", []string{"J. R. Doe spoke… and then stopped.", "Why?", "Nobody knows"}},
	}
	for _, c := range cases {
		var got []string
		for _, sp := range segment.SentenceSpans(c.text, segment.Span{Start: 0, End: len(c.text)}, lex.abbreviations) {
			got = append(got, c.text[sp.Start:sp.End])
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("sentences of %q:\n got %q\nwant %q", c.text, got, c.want)
		}
	}
}

// Possessives and contracted auxiliaries split off; names and negations
// keep their apostrophes.
func TestTokenizeKeepsOffsetsAndSplitsPossessives(t *testing.T) {
	text := "Moscow’s view: U.S. troops won't go, said Jean-Luc. We'll see, I’d say, O'Neill's view."
	var words []string
	for _, tok := range tokenize(text, 10) {
		if text[tok.start-10:tok.end-10] != tok.text {
			t.Fatalf("token %q has offsets %d-%d", tok.text, tok.start, tok.end)
		}
		words = append(words, tok.text)
	}
	want := []string{"Moscow", "’s", "view", ":", "U.S.", "troops", "won't", "go", ",", "said", "Jean-Luc", ".",
		"We", "'ll", "see", ",", "I", "’d", "say", ",", "O'Neill", "'s", "view", "."}
	if !reflect.DeepEqual(words, want) {
		t.Errorf("tokens %q, want %q", words, want)
	}
}

func TestStructureDropsFurnitureAndFindsSource(t *testing.T) {
	text := strings.Join([]string{
		"Skip to content",
		"Allies weigh a peace force",
		"Allies weigh a peace force",
		"© Jane Roe/Agency",
		"By AFP staff",
		"PARIS (AFP) – Officials met on Monday. Defence Minister Ann Berg said Norway will not send troops.",
		"Read also:",
		"Some Other Story About Markets",
		"",
		"Next Article",
		"Another Teaser Headline Here",
		"12 Comments",
	}, "\n")
	lex := lexiconOnce()
	st := readStructure(text, lex)
	if st.title != "Allies weigh a peace force" {
		t.Errorf("title %q", st.title)
	}
	if st.source != "AFP" {
		t.Errorf("source %q, want AFP", st.source)
	}
	var got []string
	for _, s := range st.sentences {
		got = append(got, text[s.Start:s.End])
	}
	want := []string{"Allies weigh a peace force", "PARIS (AFP) – Officials met on Monday.", "Defence Minister Ann Berg said Norway will not send troops."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("sentences\n got %q\nwant %q", got, want)
	}
}

func TestTitleFromFirstSentenceWhenNoHeadline(t *testing.T) {
	st := readStructure("Officials in several capitals said on Tuesday that they were studying a range of options for the coming months. More text.", lexiconOnce())
	if !strings.HasPrefix(st.title, "Officials in several capitals said") || !strings.HasSuffix(st.title, "…") || len([]rune(st.title)) > 81 {
		t.Errorf("title %q", st.title)
	}
}

func TestPeopleByTitleAppositiveAndSurname(t *testing.T) {
	c, err := LoadFS(fstest.MapFS{
		"a.txt": {Data: []byte("Finnish Foreign Minister Elina Valtonen said Finland will not send troops. Valtonen added that the matter was closed.")},
		"b.txt": {Data: []byte("Anna Roth, the Austrian chancellor, said Vienna would not send soldiers. The Austrian chancellor stressed that neutrality came first.")},
	}, "", Options{})
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]model.Actor{}
	for _, a := range c.Actors {
		byName[a.Name] = a
	}
	v, ok := byName["Elina Valtonen"]
	if !ok || v.Kind != model.Person || v.Role != "Finnish Foreign Minister" || v.Stance != model.RulesOut {
		t.Fatalf("Valtonen = %+v", v)
	}
	if !containsFold(v.Aliases, "Valtonen") {
		t.Errorf("surname not an alias: %v", v.Aliases)
	}
	r, ok := byName["Anna Roth"]
	if !ok || r.Role != "Austrian chancellor" || !containsFold(r.Aliases, "the Austrian chancellor") {
		t.Errorf("Roth = %+v", r)
	}
	if a := byName["Austria"]; a.Stance != model.RulesOut {
		t.Errorf("Vienna as Austria's government: %+v", a)
	}
}

func TestDiacriticsAndSpellingVariantsMerge(t *testing.T) {
	c, err := LoadFS(fstest.MapFS{
		"a.txt": {Data: []byte("Deputy Minister Zbigniew Wójcik said Poland was ready to send troops.")},
		"b.txt": {Data: []byte("Deputy Minister Zbigniew Wojcik warned against delays.")},
	}, "", Options{})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, a := range c.Actors {
		if strings.Contains(model.Fold(a.Name), "wojcik") {
			n++
			if len(a.Positions) != 2 {
				t.Errorf("%s has %d positions, want 2", a.Name, len(a.Positions))
			}
		}
	}
	if n != 1 {
		t.Errorf("%d actors for one person", n)
	}
}

func TestPlaceIsNotAnActor(t *testing.T) {
	got := stancesOf(t, "Ministers met in Paris and flew to Ukraine. In Berlin, Chancellor Hans Weber said Germany will not send troops.")
	for _, name := range []string{"France", "Ukraine"} {
		if _, ok := got[name]; ok {
			t.Errorf("%s reported from a place use: %v", name, got)
		}
	}
	if got["Germany"] != model.RulesOut {
		t.Errorf("Germany = %q", got["Germany"])
	}
}

func TestMetonymsAndGroupPhrases(t *testing.T) {
	got := stancesOf(t, "The Kremlin warned that foreign troops in Ukraine would be a red line. Lithuanian officials said Vilnius is ready to deploy soldiers. Western leaders are weighing whether to send troops.")
	want := map[string]model.Stance{"Russia": model.Opposes, "Lithuania": model.Supports, "Western allies": model.Open}
	for name, stance := range want {
		if got[name] != stance {
			t.Errorf("%s = %q, want %q (all: %v)", name, got[name], stance, got)
		}
	}
}

func TestStanceCuesAndNegation(t *testing.T) {
	cases := []struct {
		sentence string
		want     model.Stance
	}{
		{"Danish Prime Minister Lena Holm said sending troops should not be ruled out.", model.Open},
		{"Danish Prime Minister Lena Holm said no option should be dismissed when it comes to troops.", model.Open},
		{"Danish Prime Minister Lena Holm said deploying soldiers was not unthinkable.", model.Open},
		{"Danish Prime Minister Lena Holm said sending troops might well be envisaged.", model.Open},
		{"Danish Prime Minister Lena Holm said Denmark has no plans to send troops.", model.RulesOut},
		{"Danish Prime Minister Lena Holm said Denmark will not send soldiers to Ukraine.", model.RulesOut},
		{"Danish Prime Minister Lena Holm said Denmark is not considering deploying troops.", model.RulesOut},
		{"Danish Prime Minister Lena Holm warned that deploying troops would lead to a direct conflict with Russia.", model.Opposes},
		{"Danish Prime Minister Lena Holm warned against sending troops to Ukraine.", model.Opposes},
		{"Danish Prime Minister Lena Holm said Denmark is ready to send troops.", model.Supports},
		{"Danish Prime Minister Lena Holm said the question of sending troops remains unsettled.", model.Undecided},
	}
	for _, c := range cases {
		got := stancesOf(t, c.sentence)
		if got["Lena Holm"] != c.want {
			t.Errorf("%q: Holm = %q, want %q", c.sentence, got["Lena Holm"], c.want)
		}
	}
}

func TestOtherTopicsAreNotTroops(t *testing.T) {
	got := stancesOf(t, "President Mark Hale said the army has not ruled out military options. Hale said air support is an option and sanctions remain on the table.")
	if s := got["Mark Hale"]; s != model.None {
		t.Errorf("Hale = %q, want none: military options and air support are not ground troops", s)
	}
}

func TestReportedStanceBelongsToItsSubject(t *testing.T) {
	got := stancesOf(t, "Swedish Foreign Minister Eva Lind said Norway has ruled out sending troops.")
	if got["Norway"] != model.RulesOut {
		t.Errorf("Norway = %q", got["Norway"])
	}
	if got["Eva Lind"] != model.None {
		t.Errorf("Lind reports Norway's stance but takes none of her own: got %q", got["Eva Lind"])
	}
}

func TestPronounCarriesToLastSpeaker(t *testing.T) {
	got := stancesOf(t, "Swedish Defence Minister Karl Ek met his counterparts on Monday. He said Sweden was open to sending troops.")
	if got["Karl Ek"] != model.Open {
		t.Errorf("Ek = %q, want open via he", got["Karl Ek"])
	}
}

func TestQuoteSpeakerAfterTheQuote(t *testing.T) {
	got := stancesOf(t, "“We will not send soldiers to Ukraine,” Prime Minister Ola Berg told reporters. “That is final.”")
	if got["Ola Berg"] != model.RulesOut {
		t.Errorf("Berg = %q", got["Ola Berg"])
	}
}

func TestNewsAgenciesAreSourcesNotActors(t *testing.T) {
	c, err := LoadFS(fstest.MapFS{"a.txt": {Data: []byte("According to Reuters, Minister Tom Vik said troops will not be sent. [Attribution: Interfax]")}}, "", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if c.Articles[0].Source != "Interfax" {
		t.Errorf("source %q", c.Articles[0].Source)
	}
	for _, a := range c.Actors {
		if a.Name == "Reuters" || a.Name == "Interfax" {
			t.Errorf("%s reported as an actor", a.Name)
		}
	}
}

func TestEvidenceOffsetsIndexTheFileBytes(t *testing.T) {
	text := "\ufeffTitle line here\r\nMinister Pia Dahl said Estonia will not send troops.\rShe said it twice. \xff Bad byte.\n"
	c, err := LoadFS(fstest.MapFS{"a.txt": {Data: []byte(text)}}, "", Options{})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, a := range c.Actors {
		for _, p := range a.Positions {
			for _, e := range p.Evidence {
				n++
				if text[e.Start:e.End] != e.Text {
					t.Errorf("evidence %q at %d-%d does not index the file", e.Text, e.Start, e.End)
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("no evidence found")
	}
}

func TestOverallStanceIsMixedWhenArticlesDisagree(t *testing.T) {
	c, err := LoadFS(fstest.MapFS{
		"a.txt": {Data: []byte("Croatian President Ivo Mar said Croatia will not send troops.")},
		"b.txt": {Data: []byte("Croatian President Ivo Mar said Croatia is ready to send troops.")},
	}, "", Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range c.Actors {
		if a.Name == "Ivo Mar" && a.Stance != model.Mixed {
			t.Errorf("Mar overall %q, want mixed", a.Stance)
		}
	}
}

func TestParallelLoadIsIdenticalToSequential(t *testing.T) {
	fsys := fstest.MapFS{}
	for i, s := range []string{
		"Croatian President Ivo Mar said Croatia will not send troops.",
		"Chancellor Hans Weber said Germany has no plans to deploy soldiers. Weber met Mar.",
		"The Kremlin warned that troops would be a red line.",
		"Defence Minister Karl Ek said Sweden was open to sending troops.",
	} {
		fsys[string(rune('a'+i))+".txt"] = &fstest.MapFile{Data: []byte(s)}
	}
	one, err := LoadFS(fsys, "", Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	many, err := LoadFS(fsys, "", Options{Workers: 4})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(one, many) {
		t.Error("a parallel load differs from a sequential one")
	}
}

func TestTerminalEscapesDoNotSplitNames(t *testing.T) {
	got := stancesOf(t, "Polish Defence Minister Jan \x1b[31mKowal\x1b[0m said Poland will not send troops.")
	if got["Jan Kowal"] != model.RulesOut {
		t.Errorf("got %v, want Jan Kowal ruling out", got)
	}
}

func TestTroopsSentElsewhereAreNotAnAnswer(t *testing.T) {
	got := stancesOf(t, "Spanish Defence Minister Rosa Gil said Spain will send troops to a training mission in Poland.")
	if got["Spain"] != model.None || got["Rosa Gil"] != model.None {
		t.Errorf("troops for Poland read as a stance on Ukraine: %v", got)
	}
	got = stancesOf(t, "In Berlin, German Chancellor Hans Weber said Germany will not send troops.")
	if got["Germany"] != model.RulesOut {
		t.Errorf("the speaker's place taken for the troops' destination: %v", got)
	}
}

func TestRoleWithOf(t *testing.T) {
	c, err := LoadFS(fstest.MapFS{"a.txt": {Data: []byte("U.S. Secretary of State Ann Ray said the United States will not send troops.")}}, "", Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range c.Actors {
		if a.Name == "Ann Ray" {
			if a.Role != "U.S. Secretary of State" || a.Stance != model.RulesOut {
				t.Errorf("Ray = %+v", a)
			}
			return
		}
	}
	t.Errorf("no Ann Ray in %v", c.Actors)
}

func TestFormatCharactersDoNotSplitNames(t *testing.T) {
	got := stancesOf(t, "French Defence Minister Jean\u2066 Dupont said France will not send troops. Polish Minister \u202eLuc\u202c Martin agreed.")
	if got["Jean Dupont"] != model.RulesOut {
		t.Errorf("got %v, want Jean Dupont ruling out", got)
	}
}

func TestLongLineIsCutIntoSentences(t *testing.T) {
	line := strings.Repeat("word ", 3000) + "Chancellor Hans Weber said Germany will not send troops"
	st := readStructure(line, lexiconOnce())
	if len(st.sentences) < 7 {
		t.Fatalf("%d sentences from a %d-byte line", len(st.sentences), len(line))
	}
	for _, s := range st.sentences {
		if s.End-s.Start > maxSentence {
			t.Errorf("sentence of %d bytes", s.End-s.Start)
		}
		if line[s.Start:s.End] != strings.TrimSpace(line[s.Start:s.End]) {
			t.Errorf("untrimmed sentence at %d", s.Start)
		}
	}
}

// The off-topic check sees the clause's folded words.
func TestOffTopicClause(t *testing.T) {
	lex := lexiconOnce()
	var ft foldedText
	ft.build(appendTokens(nil, "Officials did not exclude other Military Options , said X", 0, lex.wordTable))
	if want := "officials did not exclude other military options , said x"; string(ft.text) != want {
		t.Errorf("folded %q, want %q", ft.text, want)
	}
	if !lex.topics[0].offTopic.Match(ft.text) {
		t.Errorf("%q not taken for another subject", ft.text)
	}
	ft.build(appendTokens(nil, "Officials did not exclude sending troops", 0, lex.wordTable))
	if lex.topics[0].offTopic.Match(ft.text) {
		t.Errorf("%q taken for another subject", ft.text)
	}
}

func TestPlacesInAListStayPlaces(t *testing.T) {
	got := stancesOf(t, "Ministers met in Paris, London and Berlin. Chancellor Hans Weber of Germany said nothing.")
	for _, name := range []string{"France", "United Kingdom"} {
		if _, ok := got[name]; ok {
			t.Errorf("%s reported from a list of places: %v", name, got)
		}
	}
}

func TestPassiveAgentAndPossessiveOffice(t *testing.T) {
	got := stancesOf(t, "Sending troops to Ukraine was ruled out by Austria on Monday.")
	if got["Austria"] != model.RulesOut {
		t.Errorf("passive agent: %v", got)
	}
	got = stancesOf(t, "Prime Minister Ola Berg of Norway met allies. Berg's office said Norway is ready to send troops.")
	if got["Ola Berg"] != model.Supports {
		t.Errorf("'Berg's office said' should speak for Berg: %v", got)
	}
}

func TestMoreStancePhrasings(t *testing.T) {
	cases := []struct {
		sentence, actor string
		want            model.Stance
	}{
		{"Sweden pledged 500 troops for a reassurance force.", "Sweden", model.Supports},
		{"Austria dismissed the idea of sending troops.", "Austria", model.Opposes},
		{"Portugal remains reluctant to send troops.", "Portugal", model.Undecided},
	}
	for _, c := range cases {
		if got := stancesOf(t, c.sentence); got[c.actor] != c.want {
			t.Errorf("%q: %s = %q, want %q", c.sentence, c.actor, got[c.actor], c.want)
		}
	}
}

func TestEvidenceInsideAQuoteIsMarkedQuoted(t *testing.T) {
	c, err := LoadFS(fstest.MapFS{"a.txt": {Data: []byte("“We will not send soldiers to Ukraine,” Prime Minister Ola Berg told reporters. Berg said Norway had no plans to deploy troops.")}}, "", Options{})
	if err != nil {
		t.Fatal(err)
	}
	var quoted, plain int
	for _, a := range c.Actors {
		if a.Name != "Ola Berg" {
			continue
		}
		for _, p := range a.Positions {
			for _, e := range p.Evidence {
				if e.Quoted {
					quoted++
				} else {
					plain++
				}
			}
		}
	}
	if quoted != 1 || plain != 1 {
		t.Errorf("Berg's evidence: %d quoted, %d not; want 1 and 1", quoted, plain)
	}
}

func TestMarkdownTitle(t *testing.T) {
	st := readStructure("## Who would send troops?\n\n*By AFP staff*\n\nText follows here.", lexiconOnce())
	if st.title != "Who would send troops?" || st.source != "AFP" {
		t.Errorf("title %q, source %q", st.title, st.source)
	}
}

func TestCommonPhrasings(t *testing.T) {
	cases := []struct {
		sentence, actor string
		want            model.Stance
	}{
		{"Latvia would not hesitate to send troops to Ukraine.", "Latvia", model.Supports},
		{"Greece keeps its options open on sending troops.", "Greece", model.Open},
		{"Portugal has yet to decide on sending troops.", "Portugal", model.Undecided},
		{"Ireland said sending combat troops is out of the question.", "Ireland", model.RulesOut},
		{"Croatia said sending troops would be a mistake.", "Croatia", model.Opposes},
		{"Spain is in favour of sending peacekeepers.", "Spain", model.Supports},
	}
	for _, c := range cases {
		if got := stancesOf(t, c.sentence); got[c.actor] != c.want {
			t.Errorf("%q: %s = %q, want %q", c.sentence, c.actor, got[c.actor], c.want)
		}
	}
}

func TestQuotedAsSaying(t *testing.T) {
	got := stancesOf(t, "Greek Prime Minister Nikos Dendias was quoted as saying that Greece will not send troops to Ukraine.")
	if got["Nikos Dendias"] != model.RulesOut || got["Greece"] != model.RulesOut {
		t.Errorf("got %v", got)
	}
}

// nameKey is written for speed; it must give what the plain definition
// gives: fold, split at spaces and hyphens, keep letters, drop a letter
// repeating the one before, fold "kh", "ou" and an opening "s", an "e" after
// "a", "o" or "u", "-iy" to "-y".
func TestNameKeyMatchesDefinition(t *testing.T) {
	reference := func(name string) string {
		var words []string
		for _, w := range strings.Fields(strings.ReplaceAll(model.Fold(name), "-", " ")) {
			var b strings.Builder
			var prev rune
			for _, r := range w {
				if unicode.IsLetter(r) {
					r = soundsLike(r)
				}
				if unicode.IsLetter(r) && r != prev {
					b.WriteRune(r)
				}
				prev = r
			}
			word := b.String()
			// "kh" is "k", "ou" is "u", an opening "s" before a vowel is "z";
			// then a letter doubled by that counts once.
			if strings.HasPrefix(word, "s") && len(word) > 1 && strings.ContainsRune("aeiouy", rune(word[1])) {
				word = "z" + word[1:]
			}
			word = strings.NewReplacer("kh", "k", "ou", "u").Replace(word)
			word = strings.NewReplacer("kk", "k", "uu", "u").Replace(word)
			// An umlaut written out is its vowel: "oe" is "o", "ue" "u", "ae" "a".
			word = strings.NewReplacer("ae", "a", "oe", "o", "ue", "u").Replace(word)
			word = strings.NewReplacer("aa", "a", "oo", "o", "uu", "u").Replace(word)
			if strings.HasSuffix(word, "iy") {
				word = strings.TrimSuffix(word, "iy") + "y"
			}
			if word != "" {
				words = append(words, word)
			}
		}
		return strings.Join(words, " ")
	}
	names := []string{"", "Zelenskyy", "Volodymyr Zelenskiy", "Radosław  Sikorski", "Jean-Noël Barrot",
		"O'Neill", "AAron", "a-a", "Ünïcödé\xffname", "Ελλάδα Україна", "Mayiy", "  -iy- ", "Ø\u00a0Berg",
		strings.Repeat("Ł", 80) + " long", "L.L. Bean", "d’Artagnan"}
	for _, p := range lexiconOnce().people {
		names = append(names, p.name)
		names = append(names, p.aliases...)
	}
	for _, f := range generatedFS(100).fs {
		names = append(names, strings.Fields(string(f.Data))...)
	}
	for _, n := range names {
		if got, want := nameKey(n), reference(n); got != want {
			t.Errorf("nameKey(%q) = %q, want %q", n, got, want)
		}
	}
}

// An en dash joins a compound of names ("EU–Mercosur", folded as with a
// hyphen) but not a range ("2024–2026") nor words set apart ("troops – not").
func TestEnDashCompounds(t *testing.T) {
	for text, want := range map[string][]string{
		"the EU–Mercosur deal":  {"the", "eu-mercosur", "deal"},
		"from 2024–2026":        {"from", "2024", "–", "2026"},
		"troops – not aircraft": {"troops", "–", "not", "aircraft"},
	} {
		var got []string
		for _, tk := range tokenize(text, 0) {
			got = append(got, tk.fold)
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q: %q, want %q", text, got, want)
		}
	}
}

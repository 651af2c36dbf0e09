package loader

import (
	"testing"
	"testing/fstest"
)

// TestTopLineOutlets: the outlet a page's top lines name in the shapes
// real pages have (a "Source:" line, a name over its sections or a note
// after any separator, a known agency or a name in capitals on a line of
// its own over the headline), with the headline after it as the title;
// a first line that is the headline or the article's first sentence
// names no outlet and stays.
func TestTopLineOutlets(t *testing.T) {
	lex := lexiconOnce()
	body := "\n\nThe minister spoke in parliament on Monday about the plan.\n"
	for _, c := range []struct{ text, source, title string }{
		{"Reuters\n\nMinisters split over the plan for a border mission\n\nBy Ada Lind" + body, "Reuters", "Ministers split over the plan for a border mission"},
		{"Source: Gazeta Brzegowa (Gdańsk), 9 January 2026. Translated from the Polish.\n\nMinisters split over the plan" + body, "Gazeta Brzegowa", "Ministers split over the plan"},
		{"Kurier Halny | kh.pl — Świat\n[Translated from Polish for our English service]\n\nMinisters split over the plan" + body, "Kurier Halny", "Ministers split over the plan"},
		{"VALLEY HERALD · Politics\n\nMinisters split over the plan" + body, "Valley Herald", "Ministers split over the plan"},
		{"zpravy-dne.cz  >  Svět  >  Evropa\n\nMinisters split over the plan" + body, "zpravy-dne.cz", "Ministers split over the plan"},
		{"Nordmarka Posten [automatic translation]\n\nMinisters split over the plan" + body, "Nordmarka Posten", "Ministers split over the plan"},
		{"Lakeland Courier\nOPINION\n\nMinisters split over the plan" + body, "Lakeland Courier", "Ministers split over the plan"},
		{"The Regional\nOPINION\n\nMinisters split over the plan" + body, "The Regional", "Ministers split over the plan"},
		{"HARBOUR TIMES — Politica\nTranslated from the Italian\n\nMinisters split over the plan" + body, "Harbour Times", "Ministers split over the plan"},
		{"Denný svet | Zahraničie | Politika\n\nMinisters split over the plan" + body, "Denný svet", "Ministers split over the plan"},
		{"Social Harbour\nOpinion | Economy | 19 February 2026\n\nMinisters split over the plan" + body, "Social Harbour", "Ministers split over the plan"},
		{"Le Courrier des Régions\nPolitique — Europe\n\nMinisters split over the plan" + body, "Le Courrier des Régions", "Ministers split over the plan"},
		{"BRUSSELS/BERLIN, Oct 8 (Reuters) - The minister spoke on Monday about the plan.\n", "Reuters", ""},
		{"Strasbourg (France) (AFP) - The minister spoke on Monday about the plan.\n", "AFP", ""},
		{"BERLIN/PARIS, Feb 27 (Nordwire) - The minister spoke on Monday about the plan.\n", "Nordwire", ""},
		{"KYIV, Feb 27 (Ukraine) - The minister spoke on Monday about the plan.\n", "", ""},
		{"RHEIN-KURIER INTERNATIONAL\nPolitics | Germany\n\nMinisters split over the plan" + body, "Rhein-Kurier International", "Ministers split over the plan"},
		// No masthead: the headline, a short one, one with a dash, a sentence.
		{"Troops for Ukraine" + body, "", "Troops for Ukraine"},
		{"Kessler — no troops yet" + body, "", "Kessler — no troops yet"},
		{"U.S. Secretary of State Ann Ray said the United States will not send troops.\n", "", ""},
		{"Skip to content\n\nMinisters split over the plan" + body, "", "Ministers split over the plan"},
	} {
		st := readStructure(c.text, lex)
		if st.source != c.source || c.title != "" && st.title != c.title {
			t.Errorf("%q:\n source %q, want %q; title %q, want %q", c.text[:min(len(c.text), 50)], st.source, c.source, st.title, c.title)
		}
	}
}

// TestPageSiteIsItsSource: a web page whose text names no outlet takes the
// site its title names as its source.
func TestPageSiteIsItsSource(t *testing.T) {
	page := `<html><head><title>Ministers split over the plan | Harbour Gazette</title></head><body><article><h1>Ministers split over the plan</h1>` +
		`<p>The minister spoke in parliament on Monday about the plan to send troops to Ukraine, and said no decision had been taken yet.</p>` +
		`<p>Her deputy said the cabinet would meet again next week to discuss it with the parties in parliament.</p></article></body></html>`
	c, err := LoadFS(fstest.MapFS{"page.html": {Data: []byte(page)}}, "", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a := c.Articles[0]; a.Source != "Harbour Gazette" || a.Outlet != "Harbour Gazette" {
		t.Errorf("source %q, outlet %q, want Harbour Gazette", a.Source, a.Outlet)
	}
}

// A page's own site name is its source before an outlet its text only
// mentions ("he told Sky News").
func TestPageSiteBeforeAMentionedOutlet(t *testing.T) {
	page := `<html><head><title>Ministers split over the plan | Harbour Gazette</title><meta property="og:site_name" content="Harbour Gazette"></head><body><article><h1>Ministers split over the plan</h1>` +
		`<p>The minister spoke in parliament on Monday about the plan to send troops to Ukraine, and said no decision had been taken yet.</p>` +
		`<p>"We will meet again next week to discuss it with the parties in parliament," her deputy told Sky News on Tuesday evening.</p></article></body></html>`
	c, err := LoadFS(fstest.MapFS{"page.html": {Data: []byte(page)}}, "", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a := c.Articles[0]; a.Source != "Harbour Gazette" {
		t.Errorf("source %q, want Harbour Gazette", a.Source)
	}
}

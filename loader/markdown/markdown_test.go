package markdown

import (
	"strings"
	"testing"

	"standpoint/loader/dates"
)

const yamlDoc = `---
title: "Warsaw rules out a ground mission"
date: 2024-02-28
source: Baltic Courier
url: https://www.balticcourier.example/2024/02/28/warsaw
author:
  - Maja Ekholm
  - Jan Nowak
tags: [defence, ukraine]
---

# Warsaw rules out a ground mission

**Poland's prime minister** said on Wednesday that [Polish troops](https://example.org/x "title") would not be sent to Ukraine.

![A photo of the minister](https://example.org/p.jpg)

> "We will not send soldiers," he said.

- Item one with ` + "`code`" + ` in it
- Item two

` + "```" + `
fenced code is not text
` + "```" + `

<div class="embed">raw html is not text</div>

See <https://example.org/auto> for more.
`

func TestReadYAMLFrontMatterAndBlanksMarkup(t *testing.T) {
	d, err := Read(yamlDoc)
	if err != nil {
		t.Fatal(err)
	}
	want := Doc{Title: "Warsaw rules out a ground mission", Outlet: "Baltic Courier",
		URL: "https://www.balticcourier.example/2024/02/28/warsaw", Author: "Maja Ekholm, Jan Nowak",
		Date: dates.Found{ISO: "2024-02-28", From: dates.FromFrontMatter}}
	got := d
	got.Text = ""
	if got != want {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
	if len(d.Text) != len(yamlDoc) {
		t.Fatalf("text is %d bytes, the file %d: offsets would not be the file's", len(d.Text), len(yamlDoc))
	}
	for i := range d.Text {
		if d.Text[i] != yamlDoc[i] && d.Text[i] != ' ' {
			t.Fatalf("byte %d changed to %q, not blanked", i, d.Text[i])
		}
		if (yamlDoc[i] == '\n') != (d.Text[i] == '\n') {
			t.Fatalf("line end moved at byte %d", i)
		}
	}
	for _, gone := range []string{"title:", "tags", "---", "**", "https://", "![", "A photo", "fenced code", "raw html", "<div", "```", "# ", "> ", "- Item"} {
		if strings.Contains(d.Text, gone) {
			t.Errorf("markup %q left in the text", gone)
		}
	}
	for _, kept := range []string{"Warsaw rules out a ground mission", "Poland's prime minister", "Polish troops", "would not be sent to Ukraine.", "\"We will not send soldiers,\" he said.", "Item one with", "code", "See", "for more."} {
		if !strings.Contains(d.Text, kept) {
			t.Errorf("text %q lost", kept)
		}
	}
}

func TestReadTOMLFrontMatter(t *testing.T) {
	src := "+++\ntitle = \"Rome stays out\"\ndate = 2025-08-19T10:00:00+02:00\noutlet = \"Meridian Daily\"\n[author]\nname = \"Claire Dubois\"\n+++\nItaly said it would not send soldiers.\n"
	d, err := Read(src)
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "Rome stays out" || d.Outlet != "Meridian Daily" || d.Author != "Claire Dubois" || d.Date != (dates.Found{ISO: "2025-08-19", From: dates.FromFrontMatter}) {
		t.Errorf("got %+v", d)
	}
	if !strings.HasSuffix(d.Text, "Italy said it would not send soldiers.\n") || strings.Contains(d.Text, "+++") {
		t.Errorf("text %q", d.Text)
	}
}

func TestReadWithoutFrontMatter(t *testing.T) {
	for name, src := range map[string]string{
		"none":            "# Title\n\nPublished 3 March 2024\n\nText here.\n",
		"thematic break":  "---\nText under a rule, never closed.\n\nPublished 3 March 2024\n",
		"dashes and text": "--- not a fence\n---\nPublished 3 March 2024\n",
	} {
		d, err := Read(src)
		if err != nil || d.Title != "" || d.Date != (dates.Found{ISO: "2024-03-03", From: dates.FromText}) || len(d.Text) != len(src) {
			t.Errorf("%s: %v, %+v", name, err, d)
		}
	}
}

func TestReadBrokenFrontMatterKeepsTheArticle(t *testing.T) {
	src := "---\ntitle: [unclosed\n---\nThe minister said troops would go.\n"
	d, err := Read(src)
	if err == nil || !strings.HasPrefix(err.Error(), "front matter not read: ") || strings.Contains(err.Error(), "\n") {
		t.Errorf("err %v", err)
	}
	if !strings.Contains(d.Text, "The minister said troops would go.") || strings.Contains(d.Text, "unclosed") {
		t.Errorf("text %q", d.Text)
	}
}

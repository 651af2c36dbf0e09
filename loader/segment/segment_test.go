package segment

import (
	"reflect"
	"testing"
)

func TestLinesCutAtEveryLineEndAndTrim(t *testing.T) {
	text := "\ufeff  Title  \r\nFirst line\rSecond line\n\n  last"
	var got []string
	for ln := range Lines(text) {
		if text[ln.Start:ln.End] != ln.Text {
			t.Fatalf("line %q has span %d-%d, which reads %q", ln.Text, ln.Start, ln.End, text[ln.Start:ln.End])
		}
		got = append(got, ln.Text)
	}
	want := []string{"Title", "First line", "Second line", "", "last"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("lines %q, want %q", got, want)
	}
}

func TestSentencesEndAtStopsNotAtAbbreviationsOrInitials(t *testing.T) {
	abbreviations := map[string]bool{"mr": true, "gen": true, "p.m": true, "u.s": true, "no": true, "dr": true}
	cases := []struct {
		text string
		want []string
	}{
		{"Mr. Smith arrived. He left at 5 p.m. on Friday.", []string{"Mr. Smith arrived.", "He left at 5 p.m. on Friday."}},
		{"Gen. Lee agreed! J. R. Doe did not. Why? Nobody knows", []string{"Gen. Lee agreed!", "J. R. Doe did not.", "Why?", "Nobody knows"}},
		{"She said: “We are ready. We will go.” Then she left.", []string{"She said: “We are ready.", "We will go.”", "Then she left."}},
		{"Italy has said no. Poland has said no too. He lives at No. 10 Downing Street.", []string{"Italy has said no.", "Poland has said no too.", "He lives at No. 10 Downing Street."}},
		// A broadcaster in capitals is no title: "DR. More on that"; "DR. JOHN SMITH" and "Dr. Smith" are.
		{"She told broadcaster DR. More on that here. DR. JOHN SMITH SPOKE. Dr. Smith agreed with the U.S. Secretary.", []string{"She told broadcaster DR.", "More on that here.", "DR. JOHN SMITH SPOKE.", "Dr. Smith agreed with the U.S. Secretary."}},
	}
	for _, c := range cases {
		var got []string
		for _, sp := range SentenceSpans(c.text, Span{Start: 0, End: len(c.text)}, abbreviations) {
			got = append(got, c.text[sp.Start:sp.End])
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("sentences of %q:\n got %q\nwant %q", c.text, got, c.want)
		}
	}
}

func TestSentenceSpansStayInsideTheirParagraph(t *testing.T) {
	text := "Before. Inside one. Inside two. After."
	para := Span{Start: 8, End: 31}
	var got []string
	for _, sp := range SentenceSpans(text, para, nil) {
		if sp.Start < para.Start || sp.End > para.End {
			t.Errorf("span %d-%d outside the paragraph %d-%d", sp.Start, sp.End, para.Start, para.End)
		}
		got = append(got, text[sp.Start:sp.End])
	}
	if want := []string{"Inside one.", "Inside two."}; !reflect.DeepEqual(got, want) {
		t.Errorf("sentences %q, want %q", got, want)
	}
}

func TestTrimSpanLeavesOutWhiteSpace(t *testing.T) {
	text := " \t\u00a0word word\u2003 "
	sp := TrimSpan(text, Span{Start: 0, End: len(text)})
	if got := text[sp.Start:sp.End]; got != "word word" {
		t.Errorf("trimmed to %q, want %q", got, "word word")
	}
	if sp := TrimSpan("   ", Span{Start: 0, End: 3}); sp.Start != sp.End {
		t.Errorf("a span of spaces trims to %d-%d, want an empty one", sp.Start, sp.End)
	}
}

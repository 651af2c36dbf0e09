package loader

import (
	"bytes"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"standpoint/model"
)

// fuzzSeeds are article-like inputs for the fuzzers: good prose, every
// encoding oddity the collector handles, and hostile terminal text. They
// are written for these tests, not taken from the sample articles.
var fuzzSeeds = []string{
	"Defence Minister Anna Kowalczyk said Poland will not send troops to Ukraine.\n",
	"Troops debate in Berlin\n\nBy Jan Novak\n\nChancellor Olaf Weber said on Tuesday that Germany was \"open\" to sending ground troops to Ukraine. He added: \"Nothing is ruled out.\"\n\nThe Kremlin opposed any deployment of NATO soldiers.\n",
	"\xef\xbb\xbfPresident Marie Lenoir said France is ready to deploy troops to Ukraine.\r\nNATO has not decided.\r\n",
	"First line.\rPrime Minister Tom Reed ruled out British troops.\rEnd.",
	"Caf\xe9 owner \xff\xfe said: \"NATO must send troops to Ukraine.\"\n",
	"\xff\xfeS\x00e\x00n\x00d\x00 \x00t\x00r\x00o\x00o\x00p\x00s\x00.\x00",
	"\xfe\xff\x00N\x00A\x00T\x00O\x00 \x00s\x00a\x00i\x00d\x00 \x00n\x00o\x00.",
	"Hostile \x1b]52;c;aGVsbG8=\x07title\x1b[2J\n\nMinister \u202eEvil\u202c Name said Italy will \x1b]0;x\x07not send troops to Ukraine.\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\\n",
	"\u2066Ukraine\u2069 \u0085 \u009b31m troops \x00 said",
	"Mr. Dr. U.S. N.A.T.O. \"\"\" «» “” ... !!! ??? \n\n\n\t\t",
	"\"",
	"“",
	"a.b.c. D. E. F said troops",
	strings.Repeat("troops ", 200),
}

// checkCorpus asserts the loader's output contract on any input: an error
// only when nothing loaded, evidence offsets that slice the article text to
// exactly the evidence, stances from the contract, positions in loaded files.
func checkCorpus(t *testing.T, c *model.Corpus, err error, files int) {
	t.Helper()
	if c == nil {
		t.Fatalf("nil corpus (err %v)", err)
	}
	if (err != nil) != (len(c.Articles) == 0) {
		t.Fatalf("err = %v with %d articles", err, len(c.Articles))
	}
	// Every file is an article or a skipped file's warning; an article
	// with no sentences also gets a warning of its own.
	empty := 0
	for _, a := range c.Articles {
		if a.Sentences == 0 {
			empty++
		}
	}
	if got := len(c.Articles) + len(c.Warnings) - empty; got != files {
		t.Errorf("%d articles + %d warnings for %d files: %q", len(c.Articles), len(c.Warnings), files, c.Warnings)
	}
	texts := map[string]string{}
	for _, a := range c.Articles {
		if _, dup := texts[a.File]; dup {
			t.Errorf("article %q loaded twice", a.File)
		}
		texts[a.File] = a.Text
		if a.Sentences < 0 {
			t.Errorf("%s: %d sentences", a.File, a.Sentences)
		}
	}
	for _, w := range c.Warnings {
		if strings.ContainsAny(w, "\n\x1b") {
			t.Errorf("warning spans lines or holds ESC: %q", w)
		}
	}
	ids := map[string]bool{}
	for _, a := range c.Actors {
		if ids[a.ID] {
			t.Errorf("actor id %q twice", a.ID)
		}
		ids[a.ID] = true
		if !a.Stance.Valid() {
			t.Errorf("actor %q: stance %q", a.Name, a.Stance)
		}
		var stances []model.Stance
		for _, p := range a.Positions {
			stances = append(stances, p.Stance)
			text, ok := texts[p.File]
			if !ok {
				t.Errorf("actor %q: position in %q, which is not loaded", a.Name, p.File)
				continue
			}
			if !p.Stance.Valid() || p.Stance == model.Mixed {
				t.Errorf("actor %q in %s: position stance %q", a.Name, p.File, p.Stance)
			}
			for _, e := range p.Evidence {
				if !e.Stance.Valid() || e.Stance == model.Mixed {
					t.Errorf("actor %q in %s: evidence stance %q", a.Name, p.File, e.Stance)
				}
				if e.Start < 0 || e.Start > e.End || e.End > len(text) {
					t.Errorf("actor %q in %s: evidence [%d:%d] outside %d bytes", a.Name, p.File, e.Start, e.End, len(text))
					continue
				}
				if text[e.Start:e.End] != e.Text {
					t.Errorf("actor %q in %s: text[%d:%d] = %q, evidence %q", a.Name, p.File, e.Start, e.End, text[e.Start:e.End], e.Text)
				}
			}
		}
		if want := model.Overall(stances); a.Stance != want {
			t.Errorf("actor %q: stance %q, positions say %q", a.Name, a.Stance, want)
		}
	}
}

// FuzzLoadFS feeds random bytes as two article files (one in a subfolder)
// plus a fixed good article through the whole loader: collect, decode,
// parse, analyse, merge.
func FuzzLoadFS(f *testing.F) {
	for i, s := range fuzzSeeds {
		f.Add([]byte(s), []byte(fuzzSeeds[(i+1)%len(fuzzSeeds)]), false)
	}
	f.Add([]byte{}, []byte("  \n\n"), true)
	f.Add([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), []byte(fuzzSeeds[0]), true)
	f.Fuzz(func(t *testing.T, a, b []byte, withGood bool) {
		fsys := fstest.MapFS{
			"a.txt":     {Data: a},
			"sub/b.md":  {Data: b},
			"other.png": {Data: a},
		}
		files := 2
		if withGood {
			fsys["good.txt"] = &fstest.MapFile{Data: []byte(fuzzSeeds[1])}
			files++
		}
		c, err := LoadFS(fsys, "fuzz/", Options{Workers: 1})
		checkCorpus(t, c, err, files)
		if withGood && len(c.Articles) == 0 {
			t.Fatalf("the good article did not load: %q", c.Warnings)
		}
		// Loaded text is the file's bytes, except that UTF-16 is decoded.
		for _, art := range c.Articles {
			var data []byte
			switch art.File {
			case "fuzz/a.txt":
				data = a
			case "fuzz/sub/b.md":
				data = b
			default:
				continue
			}
			if isUTF16(data) {
				continue
			}
			if art.Format == model.Markdown {
				// Markdown: the file's bytes with markup blanked, line ends in place.
				if len(art.Text) != len(data) {
					t.Fatalf("%s: text of %d bytes for a file of %d", art.File, len(art.Text), len(data))
				}
				for i := range data {
					if c := art.Text[i]; c != data[i] && (c != ' ' || data[i] == '\n' || data[i] == '\r') {
						t.Fatalf("%s: byte %d is %q, the file's %q", art.File, i, c, data[i])
					}
				}
				continue
			}
			if art.Text != string(data) {
				t.Errorf("%s: text is not the file's bytes", art.File)
			}
		}
	})
}

// FuzzParse runs the first pass on one text and checks the layout it finds:
// sentences in order, inside the text, not overlapping; a title on one line.
func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	lex := lexiconOnce()
	f.Fuzz(func(t *testing.T, text string) {
		p := parse(document{name: "f.txt", text: text}, lex, lexiconPeople(lex))
		if p.text != text {
			t.Fatal("parse changed the text")
		}
		var tokens [][]token
		p.eachSentence(lexiconOnce(), new([]token), func(_ int, ts []token) { tokens = append(tokens, slices.Clone(ts)) })
		if len(tokens) != len(p.structure.sentences) {
			t.Fatalf("%d token lists for %d sentences", len(tokens), len(p.structure.sentences))
		}
		last := 0
		for i, s := range p.structure.sentences {
			if s.Start < last || s.Start > s.End || s.End > len(text) {
				t.Fatalf("sentence %d [%d:%d] after %d in %d bytes", i, s.Start, s.End, last, len(text))
			}
			last = s.End
			for _, tok := range tokens[i] {
				if tok.start < s.Start || tok.end > s.End || text[tok.start:tok.end] != tok.text {
					t.Fatalf("token %q [%d:%d] outside sentence [%d:%d] or not its text", tok.text, tok.start, tok.end, s.Start, s.End)
				}
			}
		}
		if title := p.structure.title; strings.ContainsAny(title, "\n") {
			t.Errorf("title spans lines: %q", title)
		}
		if utf8.ValidString(text) && !utf8.ValidString(p.structure.title) {
			t.Errorf("title of valid text is invalid UTF-8: %q", p.structure.title)
		}
		analyze(p, lex, buildPersonIndex(lex, p.sightings))
	})
}

// isUTF16 is whether decode takes data for UTF-16: a byte order mark, or
// NULs where UTF-16 has them (sniffUTF16).
func isUTF16(data []byte) bool {
	_, sniffed := sniffUTF16(data)
	return bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) || sniffed
}

// FuzzDecode: decode never fails on any bytes, keeps non-UTF-16 input byte
// for byte, and only returns valid UTF-8 for UTF-16 input.
func FuzzDecode(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	f.Add([]byte("N\x00A\x00T\x00O\x00 \x00s\x00a\x00i\x00d\x00 \x00n\x00o\x00.\x00\n\x00")) // UTF-16 LE without a mark
	f.Add([]byte("\x00N\x00A\x00T\x00O\x00 \x04\x1f\x00."))                                  // BE, with a Cyrillic letter
	f.Fuzz(func(t *testing.T, data []byte) {
		text, problem := decode(data)
		if problem != "" {
			if text != nil {
				t.Errorf("problem %q with text", problem)
			}
			return
		}
		if !isUTF16(data) && !bytes.Equal(text, data) {
			t.Errorf("decode changed non-UTF-16 bytes")
		}
		if isUTF16(data) && !utf8.Valid(text) {
			t.Errorf("decoded UTF-16 is not valid UTF-8")
		}
	})
}

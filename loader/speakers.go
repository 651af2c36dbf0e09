package loader

import (
	"strings"

	"standpoint/model"
)

// speaker is who a stretch of a sentence is attributed to.
type speaker struct {
	ref      *actorRef
	at       int // the subject's first token
	from, to int // the tokens it speaks for
}

// speakers finds who each part of the sentence is attributed to.
func (a *analyzer) speakers(tokens []token, mentions []*mention) []speaker {
	endsAt := clear0(a.endsAt, len(tokens))
	startsAt := clear0(a.startsAt, len(tokens))
	a.endsAt, a.startsAt = endsAt, startsAt
	a.speakerParties = a.speakerParties[:0]
	for _, m := range mentions { // the indexes hold actors only, no places
		if m.actor != nil && !m.place {
			if o := endsAt[m.last]; o == nil || o.first >= m.first || o.kind != personMention {
				endsAt[m.last] = m // a person whose role holds a body ends where the body does: the person ("Daniel Kebede, general secretary of the National Education Union")
			}
			startsAt[m.first] = m
		}
	}
	fold := func(k int) string {
		if k < 0 || k >= len(tokens) {
			return ""
		}
		return tokens[k].fold
	}
	var out []speaker
	add := func(m *mention, from, to int) {
		if m != nil && m.actor != nil {
			out = append(out, speaker{ref: m.actor, at: m.first, from: from, to: to})
		}
	}
	end := len(tokens) - 1
	// "For the Green leader, no Danish troops should be deployed": the one the
	// sentence opens "for" speaks.
	if fw := firstWord(tokens); fw < len(tokens) && tokens[fw].fold == "for" {
		at := fw + 1
		if fold(at) == "the" {
			at++
		}
		if m := startsAt.at(at); m != nil && fold(m.last+1) == "," {
			add(m, m.last+2, end)
		}
	}
	// "In Madrid, officials said it was premature": unnamed officials in a
	// capital speak for its government.
	if fw := firstWord(tokens); fw+3 < len(tokens) && tokens[fw].fold == "in" {
		for _, m := range mentions {
			if m.first != fw+1 || !m.place || m.entry == nil || m.entry.kind != model.Government || !a.namedByCapital(tokens[m.first].fold, m.entry) {
				continue
			}
			if k := m.last + 2; fold(m.last+1) == "," && k < len(tokens) && capitalOfficials[fold(k)] && (k+1 < len(tokens) && tokens[k+1].is(classReporting) || capitalOfficials[fold(k+1)] && k+2 < len(tokens) && tokens[k+2].is(classReporting)) {
				out = append(out, speaker{ref: m.actor, at: k, from: k + 1, to: end})
			}
		}
	}
	// "A spokesperson in Cardiff said", "officials in Warsaw say": unnamed
	// voices in a capital speak for its government.
	for _, m := range mentions {
		if !m.place || m.entry == nil || m.entry.kind != model.Government || m.first < 2 || fold(m.first-1) != "in" || !capitalOfficials[fold(m.first-2)] ||
			!a.namedByCapital(tokens[m.first].fold, m.entry) {
			continue
		}
		if k := m.last + 1; k < len(tokens) && tokens[k].is(classReporting) && !nounUse(tokens, k) {
			out = append(out, speaker{ref: m.actor, at: m.first - 2, from: k + 1, to: end})
			start := m.first - 2 // "“…,” a government spokesman in Madrid said": the quote before
			for start > 0 && start >= m.first-5 && tokens[start-1].word && !tokens[start-1].cap {
				start--
			}
			if start > 0 && quoteEndsAt(tokens, start-1) {
				out = append(out, speaker{ref: m.actor, at: start, from: 0, to: start - 1})
			}
		}
	}
	for k := range tokens {
		t := &tokens[k]
		quoted := k - 1 // where a quote before a verb of saying ends
		if t.is(classReporting) {
			quoted = quoteBeforeVerb(tokens, k)
		}
		switch {
		case t.is(classReporting) && nounUse(tokens, k):
			// "any NATO state's forces", "the state": a noun, not a verb of saying;
			// "Macron's remark that", "stood by his suggestion that": its owner speaks.
			if t.is(classStatement) && fold(k+1) == "that" {
				add(statementOwner(tokens, k, endsAt), k+1, end)
			}
		case t.is(classReporting) && startsAt.at(k+1) != nil && quoteEndsAt(tokens, quoted):
			add(startsAt.at(k+1), 0, quoted) // "“…,” said Berg", "“…,” has said the premier": the quote just before is Berg's
		case t.is(classReporting) && quoted == k-2 && invertedAfterPhrase(tokens, k, startsAt) != nil:
			// "“…,” has written on the social networks the vice-premier Matteo
			// Salvini": a translation's inverted perfect over a phrase of place.
			add(invertedAfterPhrase(tokens, k, startsAt), 0, quoted)
		case t.is(classReporting) && possessiveDet(fold(k+1)) && startsAt.at(k+2) != nil && quoteEndsAt(tokens, quoted):
			add(startsAt.at(k+2), 0, quoted) // "“…”, said their defence spokeswoman Sara Nanni"
		case t.is(classReporting) && quoteEndsAt(tokens, quoted) && startsAt.at(k+1) == nil && invertedSpeakerAfter(tokens, k, startsAt) != nil:
			add(invertedSpeakerAfter(tokens, k, startsAt), 0, quoted) // "“…,” said the group's co-founder, Maureen Haller", "has said the general secretary X"
		case t.is(classReporting) && k > 0 && passiveAt(tokens, k-1) && (strings.HasSuffix(t.fold, "ed") || t.fold == "said" || t.fold == "told") && fold(k+1) != "as" && fold(k+1) != "to":
			// "whatever they are called": a passive names no speaker ("is
			// described as open", "is said to favour" still give the subject
			// what is said of it).
		case t.is(classAsking) && fold(k-1) != "when" && fold(k-1) != "if":
			// "The Five Star Movement has asked the government to rule out
			// troops": what the one asked is to do is the asker's wish.
			if to := askedTo(tokens, k); to > 0 {
				stop := to // the wish ends with its clause: "…, which has long asked Bern to close the plant, welcomed"
				for stop < end && tokens[stop+1].fold != "," && tokens[stop+1].fold != ";" && tokens[stop+1].fold != ":" {
					stop++
				}
				if m := subjectBefore(tokens, k-1, endsAt); m != nil {
					add(m, to, stop)
					if party := partyLedBy(tokens, m, endsAt); party != nil {
						add(party, to, stop)
					}
				}
			}
		case t.is(classReporting):
			if m := subjectBefore(tokens, k-1, endsAt); m != nil {
				add(m, k+1, end)
				if p := viaSpeaker(tokens, k, endsAt); p != nil && p != m {
					add(p, k+1, end) // "The Kremlin, via spokesman Dmitry Peskov, said": both speak
				}
				if m.plural && len(m.group) > 1 {
					for _, g := range m.group[1:] {
						out = append(out, speaker{ref: g, at: m.first, from: k + 1, to: end}) // "They have said": each of them
					}
				}
				if party := partyAfterPerson(tokens, m, startsAt); party != nil && !researchBody(party) {
					// "Olivier Marleix of Les Républicains said": both speak; not
					// "Anna Berg of the Nordic Institute for Security Studies": an
					// analyst speaks for herself.
					add(party, k+1, end)
					a.speakerParties = append(a.speakerParties, speakerParty{m.actor, party.actor})
				}
				if party := partyLedBy(tokens, m, endsAt); party != nil {
					add(party, k+1, end) // "the Five Star Movement of Giuseppe Conte has called": both speak
				}
				for _, c := range coordinated(tokens, m, endsAt) {
					add(c, k+1, end) // "Paris and London, which have both said"
				}
				before := m.first - 1
				if m.kind == personMention {
					before = overRoleBefore(tokens, before) // "…, the official representative of the Foreign Ministry Maria Zakharova said"
				}
				if m.kind == entityMention {
					before = overVoiceFor(tokens, before) // "“…,” a spokesperson for the German government said"
				}
				if possessiveDet(fold(before)) || fold(before) == "a" || fold(before) == "an" {
					before-- // "“…,” her spokesman Ivo Maric told reporters", "“…,” a Meta spokesperson said"
				}
				if quoteEndsAt(tokens, before) || (fold(before) == "," || isDash(fold(before))) && endsAttribution(tokens, k) {
					add(m, 0, m.first-1) // "“…,” Scholz told reporters", "Italy will not send troops, Crosetto said.", "…, its minister Ozols said."
				}
			} else if strings.HasSuffix(t.fold, "ing") && (fold(k-1) == "," || fold(k-1) == "as" || fold(k-1) == "by" || k > 0 && tokens[k-1].is(classStatement)) {
				// "X echoed that view, stating that", "X was quoted as saying",
				// "X issued a statement warning that": the sentence's speaker
				// or subject.
				// "Orbán has called it a road to war; Robert Fico has said much
				// the same, adding that": the speaker of this part, after a
				// semicolon, not the sentence's first.
				b := -1
				for j := k - 1; j >= 0; j-- {
					if tokens[j].fold == ";" {
						b = j
						break
					}
				}
				var sp *speaker
				for j := len(out) - 1; j >= 0; j-- {
					if out[j].at > b && out[j].at < k {
						sp = &out[j]
						break
					}
				}
				switch {
				case sp != nil:
					add(&mention{first: sp.at, actor: sp.ref}, k+1, end)
				case b >= 0:
					if m := subjectFrom(tokens, endsAt, b+1, k); m != nil {
						add(m, k+1, end)
					}
				default:
					if m := sentenceSubject(tokens, endsAt, k); m != nil {
						add(m, k+1, end)
					}
				}
			} else if m := startsAt.at(k + 1); m != nil && fold(k-1) == "," && closesAside(tokens, m.last+1) && m.actor.person != nil {
				add(m, 0, end) // "Nine countries, announced Ida Holm on Monday, have pledged": the whole sentence
			} else if m := startsAt.at(k + 1); m != nil && (fold(k-1) == "," || fold(k-1) == "”" || fold(k-1) == "\"") {
				add(m, 0, k-1) // "…," said Berg
			}
		case t.fold == "so" && quoteEndsAt(tokens, k-1):
			// '"Such considerations must be ended," so Mützenich': the German
			// "so X" of a translation names the one quoted.
			if m := soSpeaker(tokens, startsAt, k); m != nil {
				add(m, 0, k-1)
			}
		case madeKnown(tokens, k):
			// "Peskov has made to know that", "Merz made it known that", "let
			// it be known that": a translation's or an idiom's verb of saying.
			if m := subjectBefore(tokens, k-1, endsAt); m != nil {
				add(m, k+1, end)
			}
		case t.fold == ":" && k+1 <= end && (tokens[k+1].quoteMark == quoteOpening || claimsBefore(tokens, k) || labelsLine(tokens, endsAt.at(k-1))):
			// 'Holm … asked for a firm promise: « No Danish soldier … »':
			// a quote a colon opens is the sentence subject's.
			if m := sentenceSubject(tokens, endsAt, k); m != nil && m.actor.person != nil {
				add(m, k+1, end)
			} else if m := relativeSubjectBefore(tokens, endsAt, k); m != nil {
				// "… the leader, Matteo Salvini, who has attacked the French
				// president: «…»": the relative clause's subject, not its object.
				add(m, k+1, end)
			} else if m := endsAt.at(k - 1); m != nil && m.actor.person != nil {
				// 'The firmest refusal came from President Lars Berg: "Not
				// one …"', "NORWAY - Defence minister Anna Vik: Norwegian
				// soldiers will not go"
				add(m, k+1, end)
			}
		case t.fold == "that" && len(out) > 0 && endsAt.at(k-1) != nil && fold(endsAt.at(k-1).first-1) == "and" && fold(endsAt.at(k-1).first-2) == "," && out[len(out)-1].from < k:
			// "Macron keeps repeating that a force is needed, and Starmer
			// that British soldiers are ready": the verb of saying left out.
			if m := endsAt.at(k - 1); m.first > out[len(out)-1].from {
				add(m, k+1, end)
			}
		case t.fold == "according" && fold(k+1) == "to":
			m := startsAt.at(k + 2)
			if m == nil && fold(k+2) == "the" {
				m = startsAt.at(k + 3) // "according to the Spanish prime minister Marta Ruiz"
			}
			for j := k + 2; m == nil && j < min(k+7, end); j++ {
				if f := fold(j); f == "for" || f == "of" {
					m = startsAt.at(j + 1) // "according to a spokesman for Prime Minister Petr Fiala"
				}
			}
			add(m, 0, end)
		case t.fold == "in" && opinionNouns[fold(k+2)] && (fold(k+1) == "his" || fold(k+1) == "her" || fold(k+1) == "their"):
			// "Lind went further: in his opinion no Nordic state
			// should": the sentence's subject speaks what follows.
			m := sentenceSubject(tokens, endsAt, k)
			if m == nil && k == firstWord(tokens) {
				m = startsAt.at(k + 1) // "In his opinion, the whole idea … is a dangerous adventure": the one "his" is
			}
			if m != nil {
				add(m, k+3, end)
			}
		case opensLineThat(tokens, k) && startsAt.at(k) != nil:
			add(startsAt.at(k), k+4, end) // "His line is that no decision has been made"
		case t.fold == "in" && fold(k+1) == "the" && opinionNouns[fold(k+2)] && fold(k+3) == "of" && startsAt.at(k+4) != nil:
			add(startsAt.at(k+4), 0, end) // "in the view of the Czech president"
		case startsAt.at(k+1) != nil && quotingVerbs[t.fold]:
			// "The Herald quoted government spokesman Jonas Lind as saying
			// that", "Kommersant quotes spokeswoman Maria Zakharova calling
			// the plan …": the one quoted speaks what follows.
			m := startsAt.at(k + 1)
			switch next := fold(m.last + 1); {
			case next == "as" && strings.HasPrefix(fold(m.last+2), "say"):
				add(m, m.last+3, end)
			case strings.HasSuffix(next, "ing") && m.last+1 < len(tokens) && tokens[m.last+1].word:
				add(m, m.last+1, end)
			}
		case t.fold == "attributed" && fold(k+1) == "to":
			if m := startsAt.at(k + 2); m != nil {
				add(m, m.last+1, end)
			}
		case t.is(classStatement) && (fold(k+1) == "from" || fold(k+1) == "by" || fold(k+1) == "of"):
			m := startsAt.at(k + 2)
			if m == nil && fold(k+2) == "the" {
				m = startsAt.at(k + 3)
			}
			if m != nil && fold(k+1) == "of" && fold(m.last+1) != "that" && objectOfVerb(tokens, k) {
				m = nil // "praised the position of Serbia and said": the praiser's
			}
			switch q := quotedBeforeStatement(tokens, k); {
			case m != nil && q >= 0:
				add(m, 0, q) // '"… nothing to discuss," is written in the statement of the President Milanović'
			case m != nil:
				add(m, m.last+1, end)
			}
		case (t.fold == "share" || t.fold == "shares" || t.fold == "shared") && (fold(k+1) == "the" || fold(k+1) == "this") &&
			(fold(k+2) == "view" || fold(k+2) == "belief" || fold(k+2) == "position" || fold(k+2) == "conviction") && fold(k+3) == "that":
			add(subjectBefore(tokens, k-1, endsAt), k+3, end) // "Berg entirely shares the view that no Danish soldier should"
		case t.is(classStatement) && fold(k+1) == "that" && possessiveDet(fold(k-1)):
			add(statementOwner(tokens, k, endsAt), k+1, end) // "stood by his suggestion that"
		case t.is(classStatement):
			if m := ownerShortlyBefore(tokens, k, endsAt); m != nil {
				add(m, k+1, end)
			}
		}
	}
	cutAtUnnamedSpeakers(tokens, out, endsAt)
	return out
}

// cutAtUnnamedSpeakers ends a speaker's stretch where a later clause's own
// verb of saying has a subject no mention names: in "when Trump said
// Europeans were willing …, the foreign ministry said Russia rejects …"
// what the ministry says is not Trump's.
func cutAtUnnamedSpeakers(tokens []token, out []speaker, endsAt mentionIndex) {
	for k := 2; k < len(tokens); k++ {
		t := &tokens[k]
		if !t.is(classReporting) || strings.HasSuffix(t.fold, "ing") || nounUse(tokens, k) || tokens[k].quote != 0 {
			continue
		}
		subj := k - 1
		if !tokens[subj].word || tokens[subj].cap || endsAt.at(subj) != nil || !(tokens[subj].is(classInstitution|classGroupNoun) || voiceNouns[tokens[subj].fold]) {
			continue // "the foreign ministry said", "officials said": no one named
		}
		start := subj
		for start > 0 && tokens[start-1].word && !tokens[start-1].cap && tokens[start-1].fold != "and" && start > subj-4 {
			start--
		}
		if start == 0 || tokens[start-1].fold != "," {
			continue // the sentence's own subject: no earlier clause to cut
		}
		for i := range out {
			if s := &out[i]; s.at < start-1 && s.from < start-1 && s.to >= k {
				s.to = start - 2 // up to the comma
			}
		}
	}
}

// coordinated returns the mentions joined to m by "and", "or" or commas
// before it ("Spain, Greece and Italy").
func coordinated(tokens []token, m *mention, endsAt mentionIndex) []*mention {
	var out []*mention
	start := m.first
	if o := possessorOf(tokens, m.first, endsAt); o != nil {
		start = o.first // "Norway's Anna Vik and Spain's Marta Ruiz"
	}
	for j := start - 1; j > 0; {
		if tokens[j].fold == "the" && j > 1 && (tokens[j-1].fold == "and" || tokens[j-1].fold == "or") {
			j-- // "the BSW and the Left party"
		}
		if (tokens[j].fold == "his" || tokens[j].fold == "her") && j > 1 && tokens[j-1].fold == "and" && m.entry != nil && m.entry.kind == model.Organisation {
			if p := endsAt.at(j - 2); p != nil && p.kind == personMention {
				out = append(out, p) // "Sahra Wagenknecht and her BSW": the leader and her party
				break
			}
		}
		if f := tokens[j].fold; f != "and" && f != "," && f != "or" && f != "nor" || len(out) == 0 && f == "," && !othersAfter(tokens, m.last+1) {
			break // the last of a list follows "and" or "or": "If … stop Putin, we" is no list
		}
		if (tokens[j].fold == "and" || tokens[j].fold == "or") && tokens[j-1].fold == "," {
			j-- // a serial comma: "Portugal, Greece, and Romania"
		}
		prev := endsAt.at(j - 1)
		if prev == nil {
			if o := bracketOpening(tokens, j-1, 4); o > 0 {
				prev = endsAt.at(o - 1) // "The Sahra Wagenknecht Alliance (BSW) and the Left party": over the short name in brackets
			}
		}
		if prev == nil {
			break
		}
		out = append(out, prev)
		j = prev.first - 1
		if j >= 0 && tokens[j].fold == "neither" {
			break // "neither Germany nor NATO will"
		}
	}
	return out
}

// capitalOfficials, after "In <capital>,", are its government's unnamed
// voices: "In Madrid, officials said", "In Rome, government sources said".
var capitalOfficials = namedSet("capital-officials")

// mannerWords say how a speaker put what a colon then gives: "was
// blunter: …", "went further: …", "made it plain: …".
var mannerWords = namedSet("manner-words")

// opinionNouns say whose view a clause gives: "in his opinion", "in the
// words of".
var opinionNouns = namedSet("opinion-nouns")

// othersQuantifiers stand before "others": "several others", "a few other".
var othersQuantifiers = namedSet("others-quantifiers")

// othersAfter reports ", and others" or "and several others" from token
// k: the list before it is whole ("Italy, Poland, and several others").
func othersAfter(tokens []token, k int) bool {
	for n := 0; k < len(tokens) && n < 5; k, n = k+1, n+1 {
		switch tokens[k].fold {
		case ",", "and", "or":
		case "others":
			return true
		default:
			if !othersQuantifiers[tokens[k].fold] {
				return false
			}
		}
	}
	return false
}

// sentenceSubject is the mention that opens the sentence (after at most
// one word such as "The"), if one does before token k.
func sentenceSubject(tokens []token, endsAt mentionIndex, k int) *mention {
	start := firstWord(tokens)
	if d := afterDateline(tokens, start, k); d > start {
		start = d // "BRUSSELS, Feb 27 (CPS) - Belgium on Thursday stepped up"
	}
	for j := start + 1; j < k && j <= start+6; j++ {
		if tokens[j].fold == ":" {
			// "- CDU/CSU: Chancellor Friedrich Merz won't commit": the
			// label names the line, its sentence has a subject of its own.
			n := j + 1
			for n < k && !tokens[n].word {
				n++ // "**CDU/CSU:** Chancellor …": over the markup
			}
			if m := subjectFrom(tokens, endsAt, n, k); m != nil {
				return m
			}
			break
		}
		if tokens[j].quote != 0 {
			break
		}
	}
	// "In parliament, Krzysztof Bosak … went further, saying": the subject
	// comes after the opening phrase's comma; "Earlier, speaking at the
	// White House, Donald Trump praised … but repeated": after each of them.
	for from, phrases := start, 0; phrases < 3 && from < k && tokens[from].word && openingPrepositions[tokens[from].fold]; phrases++ {
		comma := -1
		for j := from + 1; j < k && j <= from+6; j++ {
			if tokens[j].fold == "," {
				comma = j
				break
			}
		}
		if comma < 0 {
			break
		}
		if m := subjectFrom(tokens, endsAt, comma+1, k); m != nil {
			return m
		}
		from = comma + 1
	}
	return subjectFrom(tokens, endsAt, start, k)
}

// relativeSubjectBefore is the person a relative clause ending at k is
// about: "X, who … has wanted to specify:" is X, within a dozen words and
// with no other clause between.
func relativeSubjectBefore(tokens []token, endsAt mentionIndex, k int) *mention {
	for j := k - 1; j >= 2 && j >= k-14; j-- {
		switch tokens[j].fold {
		case ".", ";", "“", "\"", "(", "that", "which":
			return nil
		case "who":
			if tokens[j-1].fold != "," {
				return nil
			}
			if m := endsAt.at(j - 2); m != nil && m.actor != nil && m.actor.person != nil && m.kind != pronounMention {
				return m
			}
			return nil
		}
	}
	return nil
}

// timeZones may follow a live blog's timestamp.
var timeZones = namedSet("time-zones")

// afterDateline is where the text starts after a wire story's dateline
// opening the sentence ("BRUSSELS, Feb 27 (CPS) -", "PARIS/BERLIN —"): a
// place in capitals, then up to a dozen tokens of date and agency before
// a dash; start when there is none.
func afterDateline(tokens []token, start, k int) int {
	t := &tokens[start]
	if t.word && isDigits(t.fold) && len(t.fold) <= 2 {
		// A live blog's timestamp: "08:41 -", "14.05 GMT —".
		for j := start + 1; j < k && j <= start+5; j++ {
			if isDash(tokens[j].fold) {
				return j + 1
			}
			if f := tokens[j].fold; tokens[j].word && !isDigits(f) && !timeZones[f] {
				return start
			}
		}
		return start
	}
	if !t.word || !t.allCaps || len(t.fold) < 3 {
		return start
	}
	for j := start + 1; j < k && j <= start+12; j++ {
		if isDash(tokens[j].fold) {
			return j + 1
		}
		if f := tokens[j].fold; tokens[j].word && !tokens[j].cap && (f[0] < '0' || f[0] > '9') && f != "of" {
			return start // a lowercase word: a sentence, no dateline
		}
	}
	return start
}

// objectOfVerb reports a statement noun at k that a verb before it takes
// as its object ("praised the position of Serbia and said"): its owner
// does not say what follows.
func objectOfVerb(tokens []token, k int) bool {
	j := k - 1
	for j >= 0 && (tokens[j].fold == "the" || tokens[j].fold == "a" || tokens[j].fold == "this" || isGapWord(&tokens[j]) && !tokens[j].is(classReporting)) {
		j--
	}
	if j < 0 || !tokens[j].word || tokens[j].fold == "that" {
		return false
	}
	f := tokens[j].fold
	return !tokens[j].cap && (strings.HasSuffix(f, "ed") || strings.HasSuffix(f, "s") && !strings.HasSuffix(f, "ss")) && !prepositions[f]
}

// quotingVerbs are how a medium reports another's words: "quoted X as
// saying", "quotes X calling".
var quotingVerbs = map[string]bool{"quoted": true, "quotes": true, "quoting": true, "quote": true, "cited": true, "cites": true, "citing": true}

// openingPrepositions open a phrase of place or time before a sentence's
// subject: "In parliament, …", "On Monday, …", "After the summit, …".
var openingPrepositions = namedSet("opening-prepositions")

// subjectFrom is sentenceSubject for the stretch that starts at token
// start: the mention opening it.
func subjectFrom(tokens []token, endsAt mentionIndex, start, k int) *mention {
	for j := start; j < k; j++ {
		if m := endsAt.at(j); m != nil {
			if m.possessive && m.last+2 < k {
				start = m.last + 2 // "Sweden's Ulf Kristersson has … and said": Kristersson
				continue
			}
			if m.first <= start+1 || m.first == start+2 && strings.HasSuffix(tokens[m.first-1].fold, "-based") || describedName(tokens, start, m) {
				return m // "The Washington-based Tax Foundation", "The education union GEW"
			}
			// "The secretary of the Democratic Party, Elly Schlein,
			// attacked:": a person whose mention, role and all, opens the
			// stretch and holds the party inside it.
			for o := m.last + 1; o < k; o++ {
				if p := endsAt.at(o); p != nil && p.first <= start+1 && p.first <= m.first {
					return p
				}
			}
			return nil
		}
	}
	return nil
}

// firstWord is the index of the sentence's first word token.
func firstWord(tokens []token) int {
	for i, t := range tokens {
		if t.word {
			return i
		}
	}
	return 0
}

// mentionIndex finds a sentence's mentions by token index.
type mentionIndex []*mention

// at is the mention at token k, nil off either end.
func (ix mentionIndex) at(k int) *mention {
	if k < 0 || k >= len(ix) {
		return nil
	}
	return ix[k]
}

// invertedSpeakerAfter finds the person named after a verb of saying
// that follows a quote, over a determiner or possessive and a few
// lowercase words of a role, maybe closed by a comma: "said the group's
// co-founder, Maureen Haller", "said its deputy Agnieszka Sowa".
func invertedSpeakerAfter(tokens []token, k int, startsAt mentionIndex) *mention {
	j := k + 1
	if j < len(tokens) && (tokens[j].fold == "the" || possessiveDet(tokens[j].fold)) {
		j++
	}
	for steps := 0; j < len(tokens) && steps < 6; steps++ { // "a senior spokesman for the"
		if m := startsAt.at(j); m != nil {
			if m.actor != nil && m.actor.person != nil {
				return m
			}
			if m.kind == entityMention && m.actor != nil && overVoiceFor(tokens, m.first-1) < m.first-1 {
				return m // "“…,” said a spokesperson for the German government"
			}
			if tokens[j].cap && j+1 < len(tokens) && tokens[j+1].fold == "'s" {
				j += 2 // "the SPD's spokesman"
				continue
			}
			return nil
		}
		t := &tokens[j]
		switch {
		case t.fold == "'s" || t.word && !t.cap:
			j++
		case t.fold == "," && j+1 < len(tokens) && startsAt.at(j+1) != nil:
			j++ // the name after the role's comma
		default:
			return nil
		}
	}
	return nil
}

// overAgentPhrase is the noun a relative clause after m describes when m
// is the agent of a participle before it: in "the coalition led by Britain
// and France, which is planning a force" the coalition plans, not France.
// With no mention before the participle, no one: the head ("the group")
// names no actor.
func overAgentPhrase(tokens []token, endsAt mentionIndex, m *mention) *mention {
	if m == nil {
		return nil
	}
	first := m.first
	for first >= 2 {
		sep := tokens[first-1].fold
		if sep != "and" && sep != "," {
			break
		}
		prev := endsAt.at(first - 2)
		if prev == nil {
			break
		}
		first = prev.first // "Britain and France", "Britain, France and Poland"
	}
	if first < 3 || tokens[first-1].fold != "by" || !strings.HasSuffix(tokens[first-2].fold, "ed") || tokens[first-2].cap || auxiliaries[tokens[first-3].fold] {
		return m // "She was backed by Siân Berry, who said": the agent of a verb is the one the clause describes
	}
	k := first - 3
	if k >= 0 && tokens[k].fold == "," {
		k--
	}
	return endsAt.at(k) // "the coalition of the willing led by Britain and France"
}

// subjectBefore finds the mention that is the subject of a verb just after
// token k: over auxiliaries and adverbs, a relative "who", an appositive, or
// a statement noun owned by the mention ("X's remarks underscored").
func subjectBefore(tokens []token, k int, endsAt mentionIndex) *mention {
	if k > 0 && k < len(tokens) && tokens[k].fold == "," {
		if m := endsAt.at(k - 1); m != nil && m.actor != nil && m.actor.person != nil && m.first < k-2 && hasComma(tokens[m.first:m.last+1]) {
			return m // a person with their appositive: "Sergei Lavrov, the foreign minister, said"
		}
	}
	k = skipGap(tokens, k, 0)
	if k < 0 {
		return nil
	}
	if m := endsAt.at(k); m != nil {
		if p := personOfParty(tokens, m, endsAt); p != nil {
			return p // "Olivier Marleix of Les Républicains said": the person speaks
		}
		return m
	}
	if k > 0 && memberBodyNouns[tokens[k].fold] {
		if m := endsAt.at(k - 1); m != nil && m.kind == entityMention && m.entry != nil && m.entry.kind == model.Organisation {
			return m // "The Patriots for Europe group urged": the group is the body
		}
	}
	if memberNouns[tokens[k].fold] && k >= 2 && (tokens[k-1].fold == "'s" || tokens[k-1].fold == "'") {
		// "Reform's MPs have said they will vote against": the party's own.
		if m := endsAt.at(k - 2); m != nil && m.entry != nil && m.entry.kind == model.Organisation {
			return m
		}
	}
	var voiced *mention // the body a voice noun at k speaks for: "a Meta spokesperson said"
	if voiceNouns[tokens[k].fold] {
		voiced = voicedBody(tokens, k, endsAt)
	}
	switch t := &tokens[k]; {
	case t.cap && t.word:
		// "The Russian embassy in Oslo declared": over a place the subject
		// is in, to the subject.
		for j := k - 1; j > 0 && j >= k-3 && tokens[j].word; j-- {
			if tokens[j].is(classPlace) {
				return subjectBefore(tokens, j-1, endsAt)
			}
			if !tokens[j].cap {
				break
			}
		}
		if p := personOfBody(tokens, k, endsAt); p != nil {
			return p // "Christopher Snowdon of the free-market Institute of Economic Affairs said"
		}
	case t.fold == "others" || (t.fold == "countries" || t.fold == "allies" || t.fold == "partners" || t.fold == "states") && k > 0 && tokens[k-1].fold == "other":
		// "Spain, Norway and a few others have stated": the list
		// before "and others" speaks.
		j := k - 1
		for j > 0 && othersQuantifiers[tokens[j].fold] {
			j--
		}
		if j > 0 && (tokens[j].fold == "and" || tokens[j].fold == "or") {
			if j--; tokens[j].fold == "," {
				j--
			}
			return endsAt.at(j)
		}
	case t.fold == "and" || t.fold == "but":
		// "X called the idea dangerous and said": the sentence's subject.
		return sentenceSubject(tokens, endsAt, k)
	case (t.fold == "who" || t.fold == "which" || t.fold == "what") && k >= 1 && tokens[k-1].fold == ",": // "what" in translations
		return overAgentPhrase(tokens, endsAt, endsAt.at(k-2))
	case t.fold == ",":
		// "Spain and Norway, which chair the talks, have said": the
		// relative clause is no subject.
		for j := k - 1; j > 0 && j >= k-25; j-- {
			if tokens[j].fold == "," && (tokens[j+1].fold == "which" || tokens[j+1].fold == "who" || tokens[j+1].fold == "whose" || tokens[j+1].fold == "what") {
				if m := endsAt.at(j - 1); m != nil {
					return overAgentPhrase(tokens, endsAt, m)
				}
				if j >= 3 && isDigits(tokens[j-1].fold) && tokens[j-2].fold == "," {
					// "Dave Kimber, 58, who served two tours of Afghanistan,
					// said": over the age; never a name inside the clause.
					return endsAt.at(j - 3)
				}
				break
			}
		}
		// "Pistorius, visiting Vienna, said": what the aside names is its
		// object, not the speaker; "Ground troops, he told reporters next
		// to Anna Vik, were out of the question": an aside
		// that attributes names no subject.
		for j := k - 1; j > 0 && j >= k-24; j-- {
			if tokens[j].fold == "," && attributes(tokens, j+1, k) {
				return nil
			}
			if tokens[j].fold == "," {
				if m := endsAt.at(j - 1); m != nil && m.actor != nil && m.actor.person != nil && !tokens[j+1].cap && tokens[j+1].word {
					return m // "Lars Berg, defence spokesman of the Liberals, said": an appositive
				}
				if next := tokens[j+1].fold; strings.HasSuffix(next, "ing") || prepositions[next] || tokens[j+1].is(classPlace) || asideOpeners[next] ||
					strings.HasSuffix(next, "ed") && j+2 < k && tokens[j+2].fold == "by" { // "A spokesman for Reform UK, led by Nigel Farage, said"
					if m := endsAt.at(j - 1); m != nil {
						return m
					}
					if m := subjectBefore(tokens, j-1, endsAt); m != nil {
						return m // "The Danish consulate in Oslo, in a short statement, said"
					}
				}
				break
			}
		}
		if m := endsAt.at(k - 1); m != nil {
			return m
		}
		// "Meloni, speaking after a meeting in Rome, said"
		for j := k - 1; j > 0 && j >= k-15; j-- {
			if tokens[j].fold == "," {
				return endsAt.at(j - 1)
			}
		}
	case voiced != nil:
		return voiced // "An Israeli foreign ministry spokesman said": the government it speaks for
	case t.is(classStatement) || t.is(classInstitution) || t.is(classGroupNoun):
		// "X's remarks underscored", "Macron's office said", "Tusk's spokesman said"
		return ownerShortlyBefore(tokens, k, endsAt)
	case t.word && !t.cap:
		return personOverPhrase(tokens, k, endsAt)
	}
	return nil
}

// voicedBody is the government or organisation a voice noun at k speaks
// for, named right before it or before the words of its office: "a Meta
// spokesperson", "a German government spokesperson", "a Finnish defence
// ministry spokesman".
func voicedBody(tokens []token, k int, endsAt mentionIndex) *mention {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if m := endsAt.at(j); m != nil {
			if m.kind == entityMention {
				return m
			}
			return nil
		}
		if !tokens[j].word || tokens[j].cap || !tokens[j].is(classInstitution|classGroupNoun) && !officeWords[tokens[j].fold] {
			return nil // over "defence ministry", "government" only
		}
	}
	return nil
}

// overVoiceFor steps back from k over a voice noun and the "for" or "of"
// that ties it to the body named after k+1: "a spokesperson for (the)",
// "a senior representative of". It returns k if there is none.
func overVoiceFor(tokens []token, k int) int {
	j := k
	if j >= 0 && tokens[j].fold == "the" {
		j--
	}
	if j < 1 || tokens[j].fold != "for" && tokens[j].fold != "of" || !voiceNouns[tokens[j-1].fold] {
		return k
	}
	j -= 2
	for n := 0; j >= 0 && n < 2 && tokens[j].word && !tokens[j].cap && !articleWord(tokens[j].fold) && !possessiveDet(tokens[j].fold); n++ {
		j-- // "a senior government spokesperson for"
	}
	return j
}

// officeWords name the portfolio of an office before its voice: "a
// foreign ministry spokesman".
var officeWords = namedSet("office-words")

// personOfBody is the person before "of" or "from" and the name of a body
// the gazetteer does not know, which ends at token k: over its capitalised
// words and their "of", "and", and a few lowercase words after "the" ("of
// the free-market Institute of Economic Affairs").
func personOfBody(tokens []token, k int, endsAt mentionIndex) *mention {
	j := k
	for j > 0 && k-j < 10 && (tokens[j].cap && tokens[j].word || bodyConnectors[tokens[j].fold] && tokens[j].fold != "the") {
		j--
	}
	for n := 0; j > 0 && n < 2 && tokens[j].word && !tokens[j].cap && tokens[j].fold != "of" && tokens[j].fold != "from" && tokens[j].fold != "the"; n++ {
		j-- // "free-market", "Brussels-based"
	}
	return personBeforeOf(tokens, j, endsAt)
}

// personBeforeOf is the person named right before "of" or "from" (and a
// "the") that end at token j: "Anna Vogel from the …".
func personBeforeOf(tokens []token, j int, endsAt mentionIndex) *mention {
	if j >= 0 && orgNouns[tokens[j].fold] {
		// "Priya Nand from the campaign group Youth Vote": over the noun
		// phrase that says what the body is.
		for n := 0; j >= 0 && n < 3 && tokens[j].word && !tokens[j].cap && tokens[j].fold != "of" && tokens[j].fold != "from" && tokens[j].fold != "the"; n++ {
			j--
		}
	}
	if j >= 0 && tokens[j].fold == "the" {
		j--
	}
	if j < 1 || tokens[j].fold != "of" && tokens[j].fold != "from" {
		return nil
	}
	if p := endsAt.at(j - 1); p != nil && p.kind == personMention {
		return p
	}
	return nil
}

// personOfParty is the person before "of" or "from" and a party or group
// mention m: "Olivier Marleix of Les Républicains", "Anna Vogel from the
// Greens".
func personOfParty(tokens []token, m *mention, endsAt mentionIndex) *mention {
	if m.kind != entityMention || m.entry == nil || m.entry.kind == model.Government {
		return nil
	}
	return personBeforeOf(tokens, m.first-1, endsAt)
}

// overRoleBefore walks back from token k over a role written before a
// name and not part of its mention ("the official representative of the
// Russian Foreign Ministry"): lower-case words, capitalised ones, "of" and
// "the", up to maxRoleWords; it returns the token before the role, or k.
func overRoleBefore(tokens []token, k int) int {
	j := k
	for n := 0; j >= 0 && n < maxRoleWords && tokens[j].word && !tokens[j].is(classReporting) && tokens[j].fold != "and"; n++ {
		j--
	}
	if j >= 0 && j < k && (tokens[j].fold == "," || isDash(tokens[j].fold) || tokens[j].quoteMark == quoteClosing) {
		return j
	}
	return k
}

// maxRoleWords bounds a role before a name: "the official representative of
// the Russian Foreign Ministry".
const maxRoleWords = 10

// askingVerbs ask someone to do something; they are no verbs of saying
// ("asked whether" is a question, "when asked" a condition).
var askingVerbs = namedSet("asking-verbs")

// askedTo is the "to" after the verb at k and the short phrase naming the
// one asked ("asked the government to", "asked Rome not to"), or -1.
func askedTo(tokens []token, k int) int {
	for j := k + 1; j < len(tokens) && j <= k+6; j++ {
		switch t := &tokens[j]; {
		case t.fold == "that" && j == k+1:
			return j // "has asked that Italy say a clear no": the wish is the asker's
		case t.fold == "to" && j > k+1:
			return j
		case t.fold == "not" && j+1 < len(tokens) && tokens[j+1].fold == "to" && j > k+1:
			return j + 1
		case !t.word && t.fold != "'s", t.fold == "whether" || t.fold == "if" || t.fold == "that" || t.fold == "about" || t.fold == "for":
			return -1
		}
	}
	return -1
}

// partyLedBy is the party written before the person who leads it, m:
// "the Five Star Movement of Giuseppe Conte", "the League of Matteo
// Salvini" (not a country: "the President of France Emmanuel Macron").
func partyLedBy(tokens []token, m *mention, endsAt mentionIndex) *mention {
	if m.kind != personMention || m.first < 2 || tokens[m.first-1].fold != "of" {
		return nil
	}
	if p := endsAt.at(m.first - 2); p != nil && p.kind == entityMention && p.entry != nil && p.entry.kind == model.Organisation && !p.possessive {
		return p
	}
	return nil
}

// partyAfterPerson is the party or group named by "of" or "from" right
// after person m: personOfParty the other way round.
func partyAfterPerson(tokens []token, m *mention, startsAt mentionIndex) *mention {
	if m.kind != personMention {
		return nil
	}
	j := m.last + 1
	if j >= len(tokens) || tokens[j].fold != "of" && tokens[j].fold != "from" {
		return nil
	}
	if p := startsAt.at(j + 1); p != nil && p.kind == entityMention && p.entry != nil && p.entry.kind != model.Government {
		return p // a name with its article: "of the AfD"
	}
	if j+1 < len(tokens) && tokens[j+1].fold == "the" {
		j++
	}
	if p := startsAt.at(j + 1); p != nil && p.kind == entityMention && p.entry != nil && p.entry.kind != model.Government {
		return p
	}
	// "Priya Nand from the campaign group Youth Vote": over the noun phrase
	// that says what the body is.
	for n := 0; n < 3 && j+1 < len(tokens) && tokens[j+1].word && !tokens[j+1].cap; n++ {
		j++
		if orgNouns[tokens[j].fold] {
			if p := startsAt.at(j + 1); p != nil && p.kind == entityMention && p.entry != nil && p.entry.kind == model.Organisation {
				return p
			}
		}
	}
	return nil
}

// personOverPhrase finds a person named a few words before k with only a
// prepositional phrase between, as translations put one before the verb:
// "Macron on Monday evening after the conference in the Elysee said",
// "Stoltenberg to agency AP said".
func personOverPhrase(tokens []token, k int, endsAt mentionIndex) *mention {
	for j := k; j >= 0 && j >= k-10; j-- {
		t := &tokens[j]
		if m := endsAt.at(j); m != nil {
			if m.actor != nil && m.actor.person != nil && j < k && (prepositions[tokens[j+1].fold] ||
				tokens[j+1].fold == "in" || tokens[j+1].fold == "at") {
				return m
			}
			return nil
		}
		if !t.word || t.is(classReporting) || auxiliaries[t.fold] || t.fold == "that" || t.fold == "who" || t.fold == "which" || t.fold == "and" {
			return nil
		}
	}
	return nil
}

// endsAttribution reports a reporting verb that closes its clause ("…, X
// said." or "…, X said, adding that"), so that it attributes what came before.
func endsAttribution(tokens []token, verb int) bool {
	k := verb + 1
	if tokens[verb].is(classTelling) {
		// The one told: "…, Iohannis told reporters.", "told state television".
		for n := 0; n < 6 && k < len(tokens) && tokens[k].word && tokens[k].fold != "that"; n++ { // "told a press conference in Madrid"
			k++
		}
	}
	for k < len(tokens) {
		switch {
		case isGapWord(&tokens[k]):
			k++
			continue
		case k+1 < len(tokens) && tokens[k+1].is(classTime) && timeLeads[tokens[k].fold]:
			k += 2 // "…, Rubio reiterated on Wednesday, describing"
			continue
		}
		break
	}
	// "…, Babis said on Wednesday after returning from Paris": a phrase of
	// time or place after the verb still ends the attribution.
	return k >= len(tokens) || !tokens[k].word || trailingPhrase[tokens[k].fold]
}

var trailingPhrase = namedSet("trailing-phrase")

// quoteBeforeVerb is where a quote before the verb at k would end: right
// before it, or before a perfect auxiliary ("“…,” has said X", a
// translation's inverted perfect).
func quoteBeforeVerb(tokens []token, k int) int {
	if k >= 2 && perfectAuxiliary(tokens[k-1].fold) && quoteEndsAt(tokens, k-2) {
		return k - 2
	}
	return k - 1
}

func perfectAuxiliary(fold string) bool { return fold == "has" || fold == "have" || fold == "had" }

// quoteEndsAt reports a closing quote at k, or at k-1 before a comma.
func quoteEndsAt(tokens []token, k int) bool {
	if k >= 0 && (tokens[k].fold == "," || isDash(tokens[k].fold)) {
		k-- // '…,” said', '…” — said'
	}
	return k >= 0 && tokens[k].quoteMark == quoteClosing
}

// soSpeaker is the person named right after "so" at k who ends the
// sentence ('…," so Mützenich.'), or nil.
func soSpeaker(tokens []token, startsAt mentionIndex, k int) *mention {
	m := startsAt.at(k + 1)
	if m == nil || m.actor == nil || m.actor.person == nil {
		return nil
	}
	for j := m.last + 1; j < len(tokens); j++ {
		if tokens[j].word {
			return nil
		}
	}
	return m
}

// quotedBeforeStatement finds a quote closing just before the statement
// noun at k, over the words that say where it is written ('…," is
// written in the statement of', '…," it is said in the letter of'): the index of
// the closing mark, or -1.
func quotedBeforeStatement(tokens []token, k int) int {
	j := k - 1
	for j >= 0 && k-j <= 5 && tokens[j].word && statementPlaces[tokens[j].fold] {
		j--
	}
	if j < k-1 && quoteEndsAt(tokens, j) {
		return j
	}
	return -1
}

// statementPlaces stand between a quote and the statement it is taken from.
var statementPlaces = namedSet("statement-places")

func possessiveDet(fold string) bool {
	return fold == "their" || fold == "his" || fold == "her" || fold == "its" || fold == "the"
}

// claimsBefore reports "made it plain:", "was clear:" or a reporting verb
// shortly before a colon: what follows it is the speaker's.
func claimsBefore(tokens []token, colon int) bool {
	for j := colon - 1; j >= 0 && j >= colon-16; j-- {
		if tokens[j].is(classReporting) || mannerWords[tokens[j].fold] {
			return true
		}
		if !tokens[j].word && tokens[j].fold != "," && tokens[j].quoteMark == 0 {
			return false
		}
	}
	return false
}

// isDash reports a dash that sets off an attribution: "… in Ukraine — Tusk declared".
func isDash(fold string) bool { return fold == "—" || fold == "–" || fold == "-" }

var prepositions = namedSet("prepositions")

// asideOpeners begin an aside between a subject and its verb, besides the
// prepositions: "Lavrov, ahead of talks in Riyadh, said".
var asideOpeners = namedSet("aside-openers")

var auxiliaries = namedSet("auxiliaries")

// nounUse reports a word of saying used as a noun: owning something
// ("any member state's forces") or after a determiner ("the state").
func nounUse(tokens []token, k int) bool {
	if k+1 < len(tokens) && (tokens[k+1].fold == "'s" || auxiliaries[tokens[k+1].fold]) {
		return true // "no NATO state should send troops"
	}
	if k == 0 {
		return false
	}
	switch tokens[k-1].fold {
	case "the", "a", "an", "any", "every", "each", "this", "its", "their", "our", "his", "her", "whose", "'s":
		return true
	}
	return false
}

func afterPreposition(tokens []token, k int) bool {
	return k > 0 && prepositions[tokens[k-1].fold]
}

// statementOwner is whose statement the noun at k is: "Macron's remark",
// or the sentence subject for "his suggestion".
func statementOwner(tokens []token, k int, endsAt mentionIndex) *mention {
	switch tokens[k-1].fold {
	case "'s":
		return possessorOf(tokens, k, endsAt)
	case "his", "her", "their", "its":
		return sentenceSubject(tokens, endsAt, k)
	}
	return nil
}

// possessorOf is the name whose "'s" stands right before token k:
// "Sweden" in "Sweden's Ulf Kristersson".
func possessorOf(tokens []token, k int, endsAt mentionIndex) *mention {
	if k >= 2 && tokens[k-1].fold == "'s" { // folding straightens "’s"
		return endsAt.at(k - 2)
	}
	return nil
}

// ownerShortlyBefore is the name whose "'s" stands up to three tokens
// before k: "Tusk's spokesman", "Macron's recent remarks".
func ownerShortlyBefore(tokens []token, k int, endsAt mentionIndex) *mention {
	for j := k - 1; j >= max(0, k-3); j-- {
		if tokens[j].fold == "'s" {
			return endsAt.at(j - 1)
		}
	}
	return nil
}

// attributes reports a verb of saying in tokens [from, to): an aside such
// as ", he told reporters,".
func attributes(tokens []token, from, to int) bool {
	for k := from; k < to; k++ {
		if tokens[k].is(classReporting) && !nounUse(tokens, k) {
			return true
		}
	}
	return false
}

// labelsLine reports a person named right before a colon with no verb
// before them: the colon gives them the words after it, as a label does
// ("NORWAY - Defence minister Anna Vik: Norwegian soldiers will not go",
// a headline's "Berg: troops ruled out").
func labelsLine(tokens []token, m *mention) bool {
	if m == nil || m.actor == nil || m.actor.person == nil {
		return false // a bare name and a colon is a headline's way of quoting: "Berg: troops ruled out"
	}
	for j := 0; j < m.first; j++ {
		if tokens[j].is(classReporting) || auxiliaries[tokens[j].fold] {
			return false
		}
	}
	return true
}

// hasComma reports a comma among tokens: a mention that holds one took its
// appositive in.
func hasComma(tokens []token) bool {
	for i := range tokens {
		if tokens[i].fold == "," {
			return true
		}
	}
	return false
}

// closesAside reports a comma a few tokens from k, with no verb of saying
// or quote between: the end of a parenthetical "announced X on Thursday,".
func closesAside(tokens []token, k int) bool {
	for j := k; j < len(tokens) && j < k+6; j++ {
		switch {
		case tokens[j].fold == ",":
			return j+1 < len(tokens) && tokens[j+1].word
		case !tokens[j].word || tokens[j].is(classReporting):
			return false
		}
	}
	return false
}

// describedName reports an organisation named after a short noun phrase
// that says what it is, opening the stretch at start: "The education
// union GEW", "the consumer group BEUC".
func describedName(tokens []token, start int, m *mention) bool {
	if m.kind == personMention && m.first <= start+4 && tokens[start].fold == "the" && personNouns[tokens[m.first-1].fold] {
		// "The opposition deputy Paul Murphy went further": a person after
		// a description in lowercase words, as an organisation after its noun.
		for k := start + 1; k < m.first; k++ {
			if t := &tokens[k]; !t.word || t.cap || t.is(classReporting) {
				return false
			}
		}
		return true
	}
	if m.kind != entityMention || m.entry == nil || m.entry.kind != model.Organisation || m.first > start+4 || !orgNouns[tokens[m.first-1].fold] {
		return false
	}
	for k := start; k < m.first; k++ {
		t := &tokens[k]
		if !t.word || t.cap && k > start || t.is(classReporting) {
			return false
		}
	}
	return true
}

// personNouns end a description of a person before the name: "the
// opposition deputy", "the veteran senator", "the former minister".
var personNouns = namedSet("person-nouns")

// invertedAfterPhrase is the speaker named after an inverted verb of
// saying and a short phrase of place or time that opens with a
// preposition: "has declared at the margin of an event the minister X".
func invertedAfterPhrase(tokens []token, k int, startsAt mentionIndex) *mention {
	if k+1 >= len(tokens) || !prepositions[tokens[k+1].fold] {
		return nil
	}
	for j := k + 2; j < len(tokens) && j <= k+8; j++ {
		if m := startsAt.at(j); m != nil && m.kind == personMention {
			return m
		}
		if !tokens[j].word || tokens[j].is(classReporting) {
			return nil
		}
	}
	return nil
}

// madeKnown reports an idiom of making known at k ("made to know",
// "made it known", "let it be known"): what follows is said.
func madeKnown(tokens []token, k int) bool {
	fold := func(j int) string {
		if j < len(tokens) {
			return tokens[j].fold
		}
		return ""
	}
	switch fold(k) {
	case "made", "make", "makes", "making":
		return fold(k+1) == "to" && fold(k+2) == "know" || fold(k+1) == "it" && fold(k+2) == "known" || fold(k+1) == "known"
	case "let", "lets":
		return fold(k+1) == "it" && fold(k+2) == "be" && fold(k+3) == "known"
	}
	return false
}

// viaSpeaker is the person an aside before the verb of saying at k names
// as the one who speaks for the subject: "The Kremlin, via spokesman
// Dmitry Peskov, said", "Berlin, through its spokesman Steffen Hebestreit,
// said".
func viaSpeaker(tokens []token, k int, endsAt mentionIndex) *mention {
	if k < 4 || tokens[k-1].fold != "," {
		return nil
	}
	p := endsAt.at(k - 2)
	if p == nil || p.kind != personMention {
		return nil
	}
	for j := p.first - 1; j >= 0 && j >= p.first-4; j-- {
		switch f := tokens[j].fold; {
		case f == "via" || f == "through":
			return p
		case f == ",":
			return nil
		}
	}
	return nil
}

// researchBody reports a body whose name ends with a head of research or
// teaching ("Institute for Security Studies", "University of Tartu"
// aside): its people speak for themselves.
func researchBody(m *mention) bool {
	if m.entry == nil {
		return false
	}
	for _, w := range strings.Fields(model.Fold(m.entry.name)) {
		if researchHeads[w] {
			return true
		}
	}
	return false
}

var researchHeads = namedSet("research-heads")

package loader

import (
	"bytes"
	"slices"
	"strings"
	"sync"

	"standpoint/loader/stance"
	"standpoint/model"
)

// actorRef names the actor a mention resolves to.
type actorRef struct {
	key    string
	person *person // people
	entry  *entry  // governments, organisations, groups
}

// entityRef and personRef share one reference per actor where they can:
// one is made for every mention, and the merge keeps them.
func entityRef(e *entry) *actorRef { return e.ref }

func personRef(p *person) *actorRef {
	if p.ref != nil {
		return p.ref
	}
	return &actorRef{key: "p:" + p.key, person: p}
}

// nation is the government or organisation an actor speaks for.
func (r *actorRef) nation() *entry {
	if r.person != nil {
		return r.person.nation
	}
	return r.entry
}

// sighting is one actor's part in one article: the names it went by and
// the sentences that carry its stance.
type sighting struct {
	ref      *actorRef
	surfaces []string
	evidence []model.Evidence
	heading  []bool         // per evidence: from a headline
	mention  model.Evidence // the first sentence that names it
	named    []int32        // the paragraphs that name it, each once, in order
	backing  bool           // some evidence so far supports or is open (markProposers)
	scanned  int            // how much of evidence backing has looked at
}

// articleResult is the second pass's output for one article.
type articleResult struct {
	article model.Article
	actors  []*sighting
}

// analyzer carries what one article's earlier sentences tell the later ones.
type analyzer struct {
	lex              *lexicon
	people           *personIndex
	doc              *parsedDoc
	byKey            map[string]*sighting
	result           articleResult
	antecedent       *actorRef    // the person "he" or "she" refers to
	prevGroup        []*actorRef  // the two or more actors the previous sentence of the paragraph opened with, for "They" opening this one
	thisGroup        []*actorRef  // and those of this sentence
	groupEnds        mentionIndex // openingGroup's buffer, reused sentence after sentence
	recent           []*actorRef  // people named so far, latest last
	quotes           quoteBook    // who speaks in the paragraph's quotes
	troopsAt         []bool       // which sentences named troops
	topicShift       int          // the sentence that last turned to other news ("Separately, …"): the proposal named before it is not near
	otherNews        bool         // this paragraph turned to other news: the article's topic does not reach it
	troopSentences   int          // how many sentences so far named troops
	titleNamesTroops bool         // the article's title does
	namedThroughout  bool         // the article names the proposal articleTopicNamings times or more
	lastCue          stance.Cue   // the latest stance read, for "took the same line" and left-out verbs
	haveLastCue      bool
	lastCueAt        int                  // its sentence
	lastAsked        stance.Cue           // the act a yes-or-no question left open, for an answer with its verb left out
	lastAskedAt      int                  // its sentence; -10 before any, out of previousCue's reach
	explain          *Explanation         // kept only for --explain
	namedByName      map[string]bool      // governments the article names, not only as a demonym in a role
	turn             *actorRef            // the speaker an interview's label gives the paragraphs (turns.go)
	labelTurn        *actorRef            // the speaker of the last labelled paragraph, while the turn goes on (turns.go)
	voiced           map[*person]voice    // voiceOf, per person
	rolesHere        map[*person][]string // the roles this article gives its people ("opposition leader Friedrich Merz")
	qi               int                  // which of the lexicon's questions is read
	topic            *topic               // that question
	implied          []indirect           // stances the article implies (possessors.go)
	leadIn           []*actorRef          // the countries the paragraph opens with (leadins.go)
	section          []*actorRef          // the countries the round-up's section label names (sections.go)
	govLeaders       map[*entry]*actorRef // this sentence's "X's government": the leader of each
	lastOrg          *entry               // the organisation named last, for "its chair X"
	lastOrgSentence  int                  // and the sentence that named it
	current          int                  // the sentence being read
	lastGov          *entry               // the government named last, for "its government"
	lastGovSentence  int                  // and the sentence that named it
	labelsRead       int                  // the structure's labels read so far
	leadInIsSection  bool                 // leadIn is the section's: it holds no cue on its own
	unnamedGovs      []govEvidence        // stances of governments not named yet (attribution.go)
	firstNamedIn     map[*entry]int32     // the paragraph that first names each government of namedByName
	interview        *unlabelled          // an interview without speaker labels (turns.go), or nil
	orgsHere         map[*person]*entry   // the party or body a person's role in this article says they lead or speak for
	principals       map[*person]*person  // the person a spokesperson's role says they speak for ("Putin's spokesman")
	paragraphNow     int32                // the paragraph of the sentence read
	haltNamed        bool                 // the article has named a halt to the proposal ("a moratorium on mining"): markHalts
	roleInstitutions []roleInstitution    // the ministries that speakers' roles name, by government (role_institutions.go)
	leadersNamed     []namedLeader        // this sentence's leaders named only in their government's name (asLeaderGovernment)
	*scratch
}

// scratch holds the buffers that an article's passes reuse from sentence
// to sentence. A pool hands them on to the next article, so that they grow
// once per worker rather than once per article.
type scratch struct {
	tokens   []token
	finder   finder
	endsAt   mentionIndex // the mention ending at each token
	startsAt mentionIndex // the mention starting at each token
	// speakerParties pairs, in the sentence at hand, a person who speaks
	// with the party they are named with ("Alice Weidel of the AfD said").
	speakerParties []speakerParty
	folded         foldedText // the clause being read, for offtopic.txt
	words          []stance.Word
	frames         *stance.Reader
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// getScratch takes buffers from the pool, with a finder set up for lex and
// people.
func getScratch(lex *lexicon, people *personIndex, peopleOnly bool) *scratch {
	sc := scratchPool.Get().(*scratch)
	sc.finder.lex, sc.finder.people, sc.finder.peopleOnly = lex, people, peopleOnly
	sc.finder.orgs, sc.finder.outlet = nil, "" // an article's own organisations and outlet: none yet
	return sc
}

// analyze reads the stances of one document on the lexicon's first
// question; analyzeAll on each of its questions.
func analyze(doc *parsedDoc, lex *lexicon, people *personIndex) articleResult {
	return newAnalyzer(doc, lex, people, 0).run()
}

func analyzeAll(doc *parsedDoc, lex *lexicon, people *personIndex) []articleResult {
	out := make([]articleResult, len(lex.topics))
	for qi := range lex.topics {
		out[qi] = newAnalyzer(doc, lex, people, qi).run()
	}
	return out
}

func newAnalyzer(doc *parsedDoc, lex *lexicon, people *personIndex, question int) *analyzer {
	return &analyzer{lex: lex, people: people, doc: doc, byKey: map[string]*sighting{}, qi: question, topic: lex.topics[question], lastAskedAt: -10}
}

func (a *analyzer) run() articleResult {
	a.scratch = getScratch(a.lex, a.people, false)
	defer scratchPool.Put(a.scratch)
	if a.scratch.frames == nil || a.scratch.frames.Frames() != a.topic.frames {
		a.scratch.frames = a.topic.frames.NewReader()
	}
	a.result.article = a.doc.article()
	a.finder.outlet = model.Fold(a.result.article.Outlet) // the page's own outlet is no actor: "Continental Briefing reporting"
	a.titleNamesTroops = len(a.lex.findTroops(appendTokens(nil, a.result.article.Title, 0, a.lex.wordTable), a.qi)) > 0
	// An article that names the proposal again and again is about it from
	// its first sentence on, not only from its third naming.
	a.namedThroughout = a.namesProposalOften()
	a.interview = readInterview(a.doc)
	a.doc.eachSentence(a.lex, &a.tokens, a.sentence)
	a.endParagraph()
	a.giveNamedLater()
	a.giveImplied()
	a.leadersShare()
	a.giveRoleInstitutions()
	return a.result
}

func (a *analyzer) sightingOf(ref *actorRef) *sighting {
	s := a.byKey[ref.key]
	if s == nil {
		s = &sighting{ref: ref}
		a.byKey[ref.key] = s
		a.result.actors = append(a.result.actors, s)
	}
	return s
}

// inRelativeClause reports a token inside ", which … ," or ", who … ,":
// what is named there is not what a later "it" or "he" stands for
// ("Spain, which hosts the alliance's biggest naval base, said it could").
func inRelativeClause(tokens []token, at int) bool {
	return setOffBy(tokens, 0, at, relativeOpeners)
}

// setOffBy reports a word at in a stretch that a comma and one of openers
// open, after from: back from it, an opener comes before any comma,
// semicolon or bracket.
func setOffBy(tokens []token, from, at int, openers map[string]bool) bool {
	for k := at - 1; k > from; k-- {
		switch f := tokens[k].fold; {
		case f == "," || f == ";" || f == "(":
			return false
		case openers[f]:
			return tokens[k-1].fold == ","
		}
	}
	return false
}

var relativeOpeners = namedSet("relative-openers")

func (a *analyzer) sentence(i int, tokens []token) {
	a.current = i
	sp := a.doc.structure.sentences[i].Span
	if p := a.doc.structure.sentences[i].paragraph; p != a.quotes.paragraph || i == 0 {
		a.endParagraph()
		a.quotes.paragraph = p
	}
	a.readLabelsBefore(sp.Start)
	a.finder.tokens, a.finder.masthead = tokens, i == 0
	mentions := a.finder.find()
	newParagraph := i == 0 || a.doc.structure.sentences[i-1].paragraph != a.doc.structure.sentences[i].paragraph
	if newParagraph {
		if a.otherNews = turnsToOtherNews(tokens); a.otherNews {
			a.topicShift = i
		}
	}
	var named []*actorRef // this sentence's people so far, for its pronouns
	var body *actorRef    // and its government
	clear(a.govLeaders)
	var quotedBody *actorRef               // the last government named inside a quote,
	var quotedBodyQuote int16              // and that quote
	unnamed := opensWithOwnedTitle(tokens) // a role no one is named for came first: "Its leader told a rally that he"
	a.prevGroup, a.thisGroup = a.thisGroup, nil
	if newParagraph {
		a.prevGroup = nil
	}
	for _, m := range mentions {
		m.actor = a.resolve(m)
		a.asLeaderGovernment(tokens, m)
		if m.kind == pronounMention && m.orgRef {
			m.actor = a.orgReferredTo(mentions, m, i)
		} else if m.kind == pronounMention && m.plural {
			m.actor = nil // "they" is no single earlier person: "They have said that troops would be targets"
			a.resolvePlural(tokens, m, mentions)
		} else if m.kind == pronounMention {
			person := a.latestFitting(named, m)
			if person == nil && unnamed && !m.weak && !m.nationOf && !(m.last == m.first+1 && voiceNouns[tokens[m.last].fold]) {
				m.actor = nil // he is that unnamed one, not someone of an earlier sentence
				continue
			}
			b := body
			if q := tokens[m.first].quote; q != 0 && q == quotedBodyQuote && tokens[m.first].fold == "it" {
				b = quotedBody // '"Canada has announced that it is backing …," he wrote': Canada, in the same quote
			}
			a.resolveInSentence(m, person, b)
		}
		if m.kind == roleMention && (m.actor == nil || m.actor.person == nil || m.actor.key == "") && len(named) == 0 {
			unnamed = true
		}
		if q := tokens[m.first].quote; q != 0 && m.actor != nil && m.kind == entityMention && m.entry != nil && m.entry.kind == model.Government &&
			!m.possessive && !afterPreposition(tokens, m.first) && !m.place {
			quotedBody, quotedBodyQuote = m.actor, q
		}
		if m.actor != nil && !afterPreposition(tokens, m.first) && !m.place && !m.sender && !inRelativeClause(tokens, m.first) &&
			(tokens[m.first].quote == 0 || m.kind == pronounMention) { // '"… Putin has ever respected …," he wrote': not Putin
			switch {
			case m.kind != pronounMention && m.actor.person != nil && m.actor.key != "":
				named = append(named, m.actor)
			case m.kind == entityMention && m.entry != nil && m.entry.kind != model.Group && !m.possessive &&
				(m.first == 0 || !tokens[m.first-1].is(classTelling)):
				body = m.actor
			}
		}
		if m.kind == roleMention && (m.actor == nil || m.actor.person == nil) {
			// Someone the corpus does not name: "the minister" after it is them, not another minister.
			a.recent = append(a.recent, &actorRef{person: &person{roles: []string{m.role}, nation: m.nation}})
		}
	}
	// "the federation" with no organisation before it is no mention: its
	// clause's speaker holds what it says, as before ("the party" still
	// stands for the speaker's party).
	mentions = slices.DeleteFunc(mentions, func(m *mention) bool { return m.orgRef && m.actor == nil && !m.partyOf })
	a.groupEnds = clear0(a.groupEnds, len(tokens))
	a.thisGroup = openingGroup(tokens, mentions, a.groupEnds)
	if a.doc.structure.sentences[i].heading && i > 0 {
		a.section = a.sectionOf(tokens, mentions) // "UNITED KINGDOM and FRANCE" over its paragraphs
	}
	if newParagraph {
		a.leadIn, a.leadInIsSection = a.readLeadIn(tokens, mentions), false
		if a.leadIn == nil && a.section != nil {
			a.leadIn, a.leadInIsSection = a.section, true
		}
	}
	evidence := model.Evidence{Text: a.doc.text[sp.Start:sp.End], Start: sp.Start, End: sp.End, Stance: model.None}
	for _, l := range a.leadersNamed {
		s := a.sightingOf(l.ref)
		if s.mention.End == 0 { // named only in "X's government", "the Tusk government": named all the same,
			s.mention = evidence // but not where the government's stance would be theirs (leadersShare reads s.named)
		}
		if l.name != "" {
			s.surfaces = append(s.surfaces, l.name)
		}
	}
	a.leadersNamed = a.leadersNamed[:0]
	for _, m := range mentions {
		if (m.kind == personMention || m.kind == roleMention) && m.nation != nil && m.nation.kind == model.Organisation {
			// "AfD co-chairman Tino Chrupalla": the role names the party,
			// by the name it writes.
			a.markNamed(m.nation)
			if m.nationSurface != "" {
				s := a.sightingOf(entityRef(m.nation))
				s.surfaces = append(s.surfaces, m.nationSurface)
			}
		}
		if (m.kind == personMention || m.kind == roleMention) && m.nation != nil && m.nation.kind == model.Government {
			if inst := a.lex.institutionInRole(m.role); inst != "" {
				// "Russian Foreign Ministry spokeswoman Maria Zakharova": the
				// ministry she speaks for is a name of her government here,
				// as "the Russian Foreign Ministry said" would be, once the
				// article has the government as an actor (giveRoleInstitutions).
				a.roleInstitutions = append(a.roleInstitutions, roleInstitution{m.nation, inst})
			}
		}
		if m.place && !m.sender && m.kind == entityMention && m.entry != nil && m.entry.kind == model.Organisation { // not a group: "in Europe" names no "European leaders"
			// "failed in the Bundestag", "goes to the European Parliament":
			// a body named as where something happens is named all the
			// same, though it holds nothing there.
			s := a.sightingOf(m.actor)
			if s.mention.End == 0 {
				s.mention = evidence
			}
			s.surfaces = append(s.surfaces, m.surface)
			continue
		}
		if m.actor == nil || m.place && !m.sender {
			continue
		}
		if m.kind == entityMention && m.entry != nil {
			// "Hungary's Viktor Orbán" names Hungary as much as "Hungary" does.
			a.markNamed(m.entry)
			if _, ok := a.firstNamedIn[m.entry]; !ok {
				if a.firstNamedIn == nil {
					a.firstNamedIn = map[*entry]int32{}
				}
				a.firstNamedIn[m.entry] = a.doc.structure.sentences[i].paragraph
			}
		}
		s := a.sightingOf(m.actor)
		if s.mention.End == 0 {
			s.mention = evidence
		}
		if p := a.doc.structure.sentences[i].paragraph; len(s.named) == 0 || s.named[len(s.named)-1] != p {
			s.named = append(s.named, p)
		}
		if m.kind != pronounMention && (m.kind != roleMention || m.nation != nil) {
			s.surfaces = append(s.surfaces, m.surface)
		}
		if m.kind == personMention {
			s.surfaces = append(s.surfaces, m.name) // the name as written, without its title
			if words := strings.Fields(m.name); len(words) > 1 {
				s.surfaces = append(s.surfaces, words[len(words)-1]) // and the surname alone
			}
		}
		if m.kind == personMention && m.actor.person != nil && a.lastOrg != nil && (a.lastOrgSentence == i || a.lastOrgSentence == i-1 && !namesBefore(tokens, m.first)) && ownedByIts(tokens, m) {
			// "Verdi has not. Frank Werneke, its leader, told …": the
			// organisation just named is the one they speak for.
			a.speaksForHere(m.actor.person, a.lastOrg)
		}
		if m.kind == personMention && m.actor.person != nil && m.role != "" && speaksForOrg(m.role) {
			for _, o := range mentions {
				if o.kind == entityMention && o.entry != nil && o.entry.kind == model.Organisation && o.first > m.first && o.last <= m.last {
					a.speaksForHere(m.actor.person, o.entry) // "Daniel Kebede, general secretary of the National Education Union"
				}
			}
		}
		if m.kind == personMention && m.actor.person != nil {
			if org := orgOwningRole(tokens, mentions, m); org != nil {
				a.speaksForHere(m.actor.person, org) // "Cepyme's chairman Gerardo Cuerva said"
			}
		}
		if m.kind == entityMention && m.entry != nil && m.entry.kind == model.Organisation {
			a.lastOrg, a.lastOrgSentence = m.entry, i
		}
		if m.kind == entityMention && m.entry != nil && m.entry.kind == model.Government && !m.place {
			a.lastGov, a.lastGovSentence = m.entry, i
		}
		if (m.kind == personMention || m.kind == roleMention) && m.actor.person != nil {
			a.recent = append(a.recent, m.actor)
			if m.kind == personMention && m.party != nil && m.party != m.actor.person.nation && a.governmentVoiced(m.actor) == nil && !a.officeRole(m.role) {
				// "X, whose BSW party", "From the Confederation, X wrote", "X (PiS)";
				// not "Chancellor Merz (CDU)": one in office speaks for the government.
				a.speaksForHere(m.actor.person, m.party)
			}
			if m.kind == personMention && m.role != "" {
				if principal := a.principalIn(m.role); principal != nil && principal != m.actor.person {
					if a.principals == nil {
						a.principals = map[*person]*person{}
					}
					a.principals[m.actor.person] = principal // "Dmitry Peskov, Vladimir Putin's spokesman"
				}
				if a.rolesHere == nil {
					a.rolesHere = map[*person][]string{}
				}
				a.rolesHere[m.actor.person] = append(a.rolesHere[m.actor.person], m.role)
				delete(a.voiced, m.actor.person)
				if n := m.nation; n != nil && n.kind == model.Organisation && n != m.actor.person.nation && speaksForOrg(m.role) {
					// "Matteo Salvini, leader of the League": the party too,
					// whatever government the lexicon gives him.
					a.speaksForHere(m.actor.person, n)
				}
			}
		}
	}
	a.paragraphNow = a.doc.structure.sentences[i].paragraph
	a.noteInterviewee(a.paragraphNow, mentions)
	if newParagraph {
		a.readTurn(i, tokens, mentions, a.doc.structure.sentences[i].heading || i == 0)
	}
	speakers := a.speakers(tokens, mentions)
	a.attributeQuotes(tokens, mentions, speakers)
	a.noteVoice(tokens, mentions, speakers)
	a.troopsAt = append(a.troopsAt, false)
	for _, c := range splitClauses(tokens) {
		a.clause(i, tokens, c, mentions, speakers, evidence)
	}
	a.updateContext(tokens, mentions, speakers)
}

// orgReferredTo is the organisation "the group" or "the union" stands
// for: the last one named before it in its sentence ("Corvanta president
// Carlo Rossi said the federation backed"), else in the sentence before
// ("Big Brother Watch said … The group wants").
func (a *analyzer) orgReferredTo(mentions []*mention, m *mention, sentence int) *actorRef {
	kind, lastBefore, lastSentence := model.Organisation, a.lastOrg, a.lastOrgSentence
	if m.govRef {
		kind, lastBefore, lastSentence = model.Government, a.lastGov, a.lastGovSentence
	}
	var last *entry
	for _, o := range mentions {
		if o.first < m.first && o.kind == entityMention && o.entry != nil && o.entry.kind == kind && !(m.govRef && o.place) {
			if m.sameSentence && last != nil && last != o.entry {
				return nil // "Czechia … the Paris declaration … for the cabinet": which one is not said
			}
			last = o.entry
		}
	}
	if last == nil && lastBefore != nil && lastSentence >= sentence-1 && !m.sameSentence {
		last = lastBefore
	}
	if last == nil && m.govRef && m.sameSentence {
		// "Chancellor Olaf Scholz said the government was not
		// considering": the government of the one who speaks, when the
		// sentence names no country and its people serve one.
		for _, o := range mentions {
			if o.first >= m.first || o.kind != personMention || o.actor == nil || o.actor.person == nil {
				continue
			}
			n := o.nation // the role this sentence gives ("Japan's chief cabinet secretary")
			if n == nil && o.actor.person.lexicon != "" {
				n = o.actor.person.nation // a figure people.tsv knows ("Chancellor Olaf Scholz")
			}
			if n == nil || n.kind != model.Government {
				continue
			}
			if last != nil && last != n {
				return nil // two governments' people: which one is not said
			}
			last = n
		}
	}
	if last == nil && m.govRef {
		// Under a round-up's label or a line's lead-in, "the government"
		// is that one country's.
		for _, opening := range [][]*actorRef{a.leadIn, a.section} {
			if len(opening) == 1 && opening[0].entry != nil && opening[0].entry.kind == model.Government {
				return opening[0]
			}
		}
	}
	if last == nil {
		return nil
	}
	if m.itSays && (lastSentence != sentence-1 || a.lastGovSentence >= sentence-1) {
		return nil // "It says": only a body the sentence before named, and no country with it
	}
	return entityRef(last)
}

// partyOf is the party or body a person speaks for: the one their role
// names in this article, else their known affiliation if it is no
// government.
func (a *analyzer) partyOf(p *person) *entry {
	if org := a.orgsHere[p]; org != nil {
		return org
	}
	if p.nation != nil && p.nation.kind == model.Organisation {
		return p.nation
	}
	return nil
}

// partyOrSelf is what "her party" stands for when r is the one it
// belongs to: r's party, else r itself (a party not named stands for its
// speaker).
func (a *analyzer) partyOrSelf(r *actorRef) *actorRef {
	if r != nil && r.person != nil {
		if org := a.partyOf(r.person); org != nil {
			return entityRef(org)
		}
		if r.person.nation == nil && a.lastOrg != nil && (a.current-a.lastOrgSentence <= 1 || a.sameParagraph(a.lastOrgSentence, a.current)) {
			// "The strongest voice came from Konfederacja. … Mentzen said his
			// party is against": the party just named, for one the article
			// gives no other.
			return entityRef(a.lastOrg)
		}
	}
	return r
}

// sameParagraph reports two sentences of one paragraph.
func (a *analyzer) sameParagraph(i, j int) bool {
	ss := a.doc.structure.sentences
	return i >= 0 && j >= 0 && i < len(ss) && j < len(ss) && ss[i].paragraph == ss[j].paragraph
}

// markNamed notes a government or organisation the article names itself.
func (a *analyzer) markNamed(e *entry) {
	if a.namedByName == nil {
		a.namedByName = map[string]bool{}
	}
	a.namedByName[e.name] = true
}

// speaksForHere notes the party or body a person speaks for in this
// article.
func (a *analyzer) speaksForHere(p *person, org *entry) {
	if a.orgsHere == nil {
		a.orgsHere = map[*person]*entry{}
	}
	a.orgsHere[p] = org
}

// latestFitting is the last of the sentence's people whose first name
// does not rule the pronoun out: "Le Pen accused Macron …, and said she"
// is Le Pen.
func (a *analyzer) latestFitting(people []*actorRef, m *mention) *actorRef {
	g := pronounGender(m.surface)
	for k := len(people) - 1; k >= 0; k-- {
		if a.fits(people[k], g) {
			return people[k]
		}
	}
	return nil
}

// leaderGovernments after a leader's name make it the leader's
// government: "the Tusk government", "the Meloni cabinet".
var leaderGovernments = namedSet("leader-governments")

// asLeaderGovernment makes a known leader's mention the mention of the
// leader's country where it names the leader's government: "Keir
// Starmer's government" (the leader holds what it says too, govLeaders),
// "the Tusk government", "the government of Giorgia Meloni".
func (a *analyzer) asLeaderGovernment(tokens []token, m *mention) {
	if m.kind != personMention || m.actor == nil || m.actor.person == nil || m.actor.person.nation == nil {
		return
	}
	leader, nation := m.actor, m.actor.person.nation
	first, last, possessive := m.first, m.last, m.possessive
	switch {
	case m.possessive && last+2 < len(tokens) && leaderGovernments[tokens[last+2].fold] && nation.kind == model.Government &&
		(last+3 >= len(tokens) || tokens[last+3].fold != "of"): // not "Macron's coalition of the willing"
		last, possessive = last+2, false
		if a.govLeaders == nil {
			a.govLeaders = map[*entry]*actorRef{}
		}
		a.govLeaders[nation] = leader
	case !m.possessive && last+1 < len(tokens) && leaderGovernments[tokens[last+1].fold]:
		last++
	case first >= 2 && tokens[first-1].fold == "of" && leaderGovernments[tokens[first-2].fold]:
		first -= 2
		if first > 0 && tokens[first-1].fold == "the" {
			first--
		}
	default:
		return
	}
	m.kind, m.entry, m.actor, m.first, m.last, m.possessive = entityMention, nation, entityRef(nation), first, last, possessive
	// The government's name as written, not the leader's: "Donald Tusk" is
	// no alias of Poland, "the government of Donald Tusk" is; the leader is
	// named all the same.
	leaderName := m.name
	m.surface, m.name = a.doc.text[tokens[first].start:tokens[last].end], ""
	a.leadersNamed = append(a.leadersNamed, namedLeader{leader, leaderName})
}

// namedLeader is a leader named only in the name of their government
// ("the government of Donald Tusk"), and the name as written.
type namedLeader struct {
	ref  *actorRef
	name string
}

// resolveInSentence gives a pronoun the person or government named before
// it in its own sentence, which beats one named in an earlier sentence:
// "Orbán goes further: he argues", "Turkey has let it be known that it
// could take part".
func (a *analyzer) resolveInSentence(m *mention, person, body *actorRef) {
	switch {
	case m.weak && person == nil && body != nil:
		m.actor, m.weak, m.nationOf, m.bound = body, false, false, true
	case m.weak:
	case m.partyOf:
		m.actor = a.partyOrSelf(person)
	case m.nationOf && person != nil:
		if n := person.nation(); n != nil {
			m.actor = entityRef(n)
		}
	case person != nil:
		m.actor = person
	}
}

// resolvePlural gives "they" the list of actors the sentence opens with:
// "Norway and Spain are still the sole governments to have promised that
// they would deploy soldiers to Ukraine". A "they" with no such list stands
// for no one.
func (a *analyzer) resolvePlural(tokens []token, m *mention, mentions []*mention) {
	endsAt := clear0(a.groupEnds, len(tokens)) // the buffer openingGroup fills after the sentence's mentions are resolved
	a.groupEnds = endsAt
	for _, o := range mentions {
		if o.actor != nil && o.kind != pronounMention && !o.place && o.last < m.first {
			endsAt[o.last] = o
		}
	}
	subj := sentenceSubject(tokens, endsAt, m.first)
	if subj == nil && m.first == firstWord(tokens) && len(a.prevGroup) > 1 {
		// "President Macron and Prime Minister Starmer have done the heavy
		// lifting. They have said that their troops will be there."
		m.group = append(m.group, a.prevGroup...)
		m.actor = m.group[0]
		return
	}
	// "The Nordic pair: Finland and Norway both say they will": the
	// subject after a heading's colon.
	for k := m.first - 1; k > 0; k-- {
		if tokens[k].fold == ":" && tokens[k].quote == 0 {
			if s := subjectFrom(tokens, endsAt, k+1, m.first); s != nil {
				subj = s
			}
			break
		}
	}
	if subj == nil {
		return
	}
	list := coordinatedAfter(tokens, subj, endsAt, m.first)
	if len(list) < 2 && (subj.entry == nil || subj.entry.kind == model.Government) && !(subj.entry != nil && governmentAsThey(tokens, subj, m)) {
		return // one country is "it", not "they"; a party or a bloc may be "they"
	}
	for _, o := range list {
		m.group = append(m.group, o.actor)
	}
	m.actor = m.group[0]
}

// governmentAsThey reports "they" opening a clause of its own after a
// sentence whose subject is one country, with nothing plural between:
// "Latvia is still working it through; they have not said yes" (speech
// calls a government "they").
func governmentAsThey(tokens []token, subj, they *mention) bool {
	k := they.first - 1
	if k > 0 && (tokens[k].fold == "but" || tokens[k].fold == "and") {
		k--
	}
	if k <= subj.last || tokens[k].fold != ";" && tokens[k].fold != "," {
		return false
	}
	for j := subj.last + 1; j < k; j++ {
		t := &tokens[j]
		if !t.word {
			if t.fold == "," || t.fold == ";" || t.quoteMark != 0 {
				return false // one clause between: "Latvia, with its partners,"
			}
			continue
		}
		if t.cap || strings.HasSuffix(t.fold, "s") && !singularVerbs[t.fold] {
			return false // another name, or a plural noun "they" may stand for
		}
	}
	return true
}

// singularVerbs end in s without being plural nouns.
var singularVerbs = namedSet("singular-s-words")

// openingGroup is the two or more actors a sentence opens with as its
// subject ("President Macron and Prime Minister Starmer have"), or nil.
func openingGroup(tokens []token, mentions []*mention, endsAt mentionIndex) []*actorRef {
	var first *mention
	for _, o := range mentions {
		if o.actor != nil && o.kind != pronounMention && !o.place {
			endsAt[o.last] = o
			if first == nil || o.first < first.first {
				first = o
			}
		}
	}
	if first == nil || first.first > firstWord(tokens)+1 {
		return nil
	}
	list := coordinatedAfter(tokens, first, endsAt, len(tokens))
	if len(list) < 2 {
		return nil
	}
	out := make([]*actorRef, len(list))
	for k, o := range list {
		out[k] = o.actor
	}
	return out
}

// coordinatedAfter is m and the mentions joined after it by commas, "and"
// or "or", before token limit: "Britain, France and Italy".
func coordinatedAfter(tokens []token, m *mention, endsAt mentionIndex, limit int) []*mention {
	return coordinatedFrom(tokens, m, endsAt, limit, false)
}

// coordinatedModified is coordinatedAfter over an article and a modifier
// or two before each name: "by the opposition Conservatives and the
// right-wing Progress Party". Only where the names are agents or objects,
// whose lists are written so; a subject's list is not.
func coordinatedModified(tokens []token, m *mention, endsAt mentionIndex, limit int) []*mention {
	return coordinatedFrom(tokens, m, endsAt, limit, true)
}

func coordinatedFrom(tokens []token, m *mention, endsAt mentionIndex, limit int, modified bool) []*mention {
	startsAt := func(k int) *mention { // mentions do not overlap: the next to end is the one, or none starts at k
		for j := max(k, 0); j < len(endsAt); j++ {
			if o := endsAt[j]; o != nil {
				if o.first == k {
					return o
				}
				return nil
			}
		}
		return nil
	}
	out := []*mention{m}
	for k := m.last + 1; k < limit; {
		for k < limit && (tokens[k].fold == "," || tokens[k].fold == "and" || tokens[k].fold == "or") {
			k++
		}
		next := startsAt(k)
		if next == nil && modified && k > m.last+1 {
			j := k
			if j < limit && tokens[j].fold == "the" {
				j++
				next = startsAt(j)
			}
			for n := 0; next == nil && n < 2 && j < limit && tokens[j].word && !tokens[j].cap && !tokens[j].is(classReporting); n++ {
				j++
				next = startsAt(j)
			}
		}
		if next == nil || k == m.last+1 {
			break
		}
		out = append(out, next)
		m = next
		k = next.last + 1
	}
	return out
}

// resolve finds the actor a mention stands for, or nil.
func (a *analyzer) resolve(m *mention) *actorRef {
	switch m.kind {
	case entityMention:
		return entityRef(m.entry)
	case personMention:
		if r := a.namedHereBySurname(m.name); r != nil {
			return r // "Zakharova" after "Defence Minister Lena Zakharova" is her, not the corpus's best-known Zakharova
		}
		if p := a.people.lookup(m.name); p != nil {
			return personRef(p)
		}
		return personRef(&person{key: nameKey(m.name), name: m.name, role: m.role, nation: m.nation, roles: []string{m.role}})
	case roleMention:
		return a.resolveRole(m)
	case pronounMention:
		if m.weak {
			return nil // resolved only against the speaker, in holders
		}
		ante := a.antecedentFor(m)
		if m.partyOf {
			return a.partyOrSelf(ante)
		}
		if m.nationOf {
			if ante != nil && ante.nation() != nil {
				return entityRef(ante.nation())
			}
			return nil
		}
		return ante
	}
	return nil
}

// namedHereBySurname is the person the article has named in full whose
// surname a surname alone spells, the latest first; nil for a full name.
func (a *analyzer) namedHereBySurname(name string) *actorRef {
	var buf [64]byte
	key := appendNameKey(buf[:0], name)
	if len(key) == 0 || bytes.IndexByte(key, ' ') >= 0 {
		return nil
	}
	for k := len(a.recent) - 1; k >= 0 && k >= len(a.recent)-64; k-- { // each mention is added again: the person named lately is near
		r := a.recent[k]
		if r.person == nil || r.key == "" {
			continue
		}
		if full := r.person.key; strings.IndexByte(full, ' ') > 0 && full[strings.LastIndexByte(full, ' ')+1:] == string(key) {
			return r
		}
	}
	return nil
}

// antecedentFor is the person a "he" or "she" stands for: the antecedent,
// unless the first name says otherwise ("he" after "Kemi Badenoch"); then
// the latest person named whose first name fits.
func (a *analyzer) antecedentFor(m *mention) *actorRef {
	want := pronounGender(m.surface)
	if a.antecedent == nil || a.fits(a.antecedent, want) {
		return a.antecedent
	}
	for k := len(a.recent) - 1; k >= 0 && k >= len(a.recent)-8; k-- {
		if r := a.recent[k]; r.key != "" && a.genderOf(r) == want {
			return r
		}
	}
	return nil
}

// pronounGender is 'f' for she and her, 'm' for he, his and him.
func pronounGender(surface string) byte {
	switch model.Fold(surface) {
	case "she", "her":
		return 'f'
	case "he", "his", "him":
		return 'm'
	}
	return 0
}

// fits reports a person whose first name does not rule out a pronoun of
// gender g (0: any): a name that says nothing fits either.
func (a *analyzer) fits(r *actorRef, g byte) bool {
	got := a.genderOf(r)
	return g == 0 || got == 0 || got == g
}

// genderOf is what a person's first name says, or 0.
func (a *analyzer) genderOf(r *actorRef) byte {
	if r == nil || r.person == nil {
		return 0
	}
	first, _, _ := strings.Cut(model.Fold(r.person.name), " ")
	return a.lex.genders[first]
}

// resolveRole finds who holds a role named alone: the latest person of the
// article with that role, else the one person of the corpus who has it.
// roleMatchesHere is roleMatches with the roles the article gives the
// person, when it gives any: "the chancellor" after "opposition leader
// Friedrich Merz" and "Chancellor Olaf Scholz" is Scholz, whatever office
// the lexicon gives Merz now.
func (a *analyzer) roleMatchesHere(p *person, head string, nation *entry) bool {
	here := a.rolesHere[p]
	if len(here) == 0 {
		return p.roleMatches(head, nation)
	}
	q := *p
	q.roles = here
	return q.roleMatches(head, nation)
}

func (a *analyzer) resolveRole(m *mention) *actorRef {
	words := strings.Fields(model.Fold(m.role))
	heads := roleWordsFor(words[len(words)-1])
	nation := m.nation
	if nation == nil && len(a.section) == 1 && a.section[0].entry.kind == model.Government {
		nation = a.section[0].entry // "the prime minister" under "ITALY" is Italy's
	}
	for k := len(a.recent) - 1; k >= 0; k-- {
		p := a.recent[k].person
		for _, head := range heads {
			if p != nil && a.roleMatchesHere(p, head, nation) {
				if a.recent[k].key == "" {
					return a.unnamedOfficial(p.nation) // an unnamed holder of the role
				}
				return a.recent[k]
			}
		}
	}
	if nation == nil {
		return nil // "the president" with no one of that role named before it
	}
	var best *person
	for _, head := range heads {
		for _, p := range a.people.byRole[roleKey(head, nation)] {
			if best == nil || p.mentions > best.mentions {
				best = p
			}
		}
	}
	if best != nil {
		return personRef(best)
	}
	return a.unnamedOfficial(nation)
}

// unnamedOfficial is who a role names when the corpus does not say who holds
// it: a government's unnamed minister speaks for that government ("Finland's
// defence minister said"), like "Finnish officials" would, and a party's or
// body's unnamed leader for it ("The SPD leader said his party would").
func (a *analyzer) unnamedOfficial(nation *entry) *actorRef {
	if nation != nil && (nation.kind == model.Government || nation.kind == model.Organisation) {
		return entityRef(nation)
	}
	return nil
}

// updateContext keeps the person a following "he" or "she" refers to: the
// sentence's first speaking person, else its first person not governed by a
// preposition.
func (a *analyzer) updateContext(tokens []token, mentions []*mention, speakers []speaker) {
	var main *actorRef
	first := -1
	for _, s := range speakers {
		if s.ref.person != nil && (first < 0 || s.at < first) && !inSubordinateSegment(tokens, s.at) {
			main, first = s.ref, s.at
		}
	}
	if main == nil {
		for _, m := range mentions {
			if m.actor != nil && m.actor.person != nil && m.kind != pronounMention && !m.possessive && !afterPreposition(tokens, m.first) && tokens[m.first].quote == 0 &&
				!inSubordinateSegment(tokens, m.first) {
				main = m.actor // not "Meloni's partner Salvini": Salvini
				break
			}
		}
	}
	if main != nil {
		a.antecedent = main
	}
}

// inSubordinateSegment reports a word in a stretch between commas (or the
// sentence's start and a comma) that opens with a subordinator: "In
// September, after Macron said 26 countries had pledged troops, Putin
// himself weighed in": Macron is not whom the next "he" means.
func inSubordinateSegment(tokens []token, at int) bool {
	start := 0
	for k := at - 1; k >= 0; k-- {
		if tokens[k].fold == "," {
			start = k + 1
			break
		}
	}
	for start < at && !tokens[start].word {
		start++
	}
	if !subordinators[tokens[start].fold] {
		return false
	}
	for k := at + 1; k < len(tokens); k++ {
		if tokens[k].fold == "," {
			return true
		}
	}
	return false
}

var subordinators = namedSet("subordinators")

// opensWithOwnedTitle reports a sentence whose subject is a title owned by
// a pronoun: "Its leader told a rally", "Her spokesman said".
func opensWithOwnedTitle(tokens []token) bool {
	k := firstWord(tokens)
	if k+1 >= len(tokens) {
		return false
	}
	switch tokens[k].fold {
	case "its", "his", "her", "their":
		return tokens[k+1].is(classTitle) || k+2 < len(tokens) && tokens[k+2].is(classTitle) && !tokens[k+1].cap
	}
	return false
}

// namesBefore reports a capitalised word before k other than the
// sentence's first: "The Block of Left aligned …, and its deputy X said"
// names the body "its" stands for, not the one the sentence before named.
func namesBefore(tokens []token, k int) bool {
	fw := firstWord(tokens)
	for j := fw + 1; j < k && j < len(tokens); j++ {
		if tokens[j].word && tokens[j].cap {
			return true
		}
	}
	return false
}

// ownedByIts reports a person named with a role that "its" or "their"
// owns, or "the union's": "Its chair Anna Berg", "Erik Holm, its
// director", "Their leader Russell Findlay".
func ownedByIts(tokens []token, m *mention) bool {
	if strings.HasPrefix(m.role, "its ") {
		return true
	}
	for k := m.first - 1; k >= 0 && k >= m.first-3; k-- {
		if tokens[k].fold == "its" || tokens[k].fold == "their" {
			return true
		}
		if tokens[k].fold == "'s" && k >= 2 && (orgNouns[tokens[k-1].fold] || tokens[k-1].fold == "party") && tokens[k-2].fold == "the" {
			return true // "the union's general secretary"
		}
		if !tokens[k].word || tokens[k].cap && !tokens[k].is(classTitle) {
			break
		}
	}
	return false
}

// orgOwningRole is the organisation whose possessive opens a person's
// title: "Cepyme's chairman Gerardo Cuerva", "the union's leader Anna Berg".
func orgOwningRole(tokens []token, mentions []*mention, m *mention) *entry {
	k := m.first - 1
	for k >= 0 && k >= m.first-3 && tokens[k].word && !tokens[k].cap && tokens[k].fold != "'s" {
		k-- // "'s general secretary" before a name the mention starts at
	}
	if k < 1 || tokens[k].fold != "'s" {
		return nil
	}
	for _, o := range mentions {
		if o.kind == entityMention && o.entry != nil && o.entry.kind == model.Organisation && o.last == k-1 {
			return o.entry
		}
	}
	return nil
}

// namesProposalOften reports an article that names the proposal
// articleTopicNamings times or more, sentence by sentence in the
// sentences' buffer (not yet in use), stopping as soon as it has.
func (a *analyzer) namesProposalOften() bool {
	n := 0
	for _, s := range a.doc.structure.sentences {
		a.tokens = appendTokens(a.tokens[:0], a.doc.text[s.Start:s.End], s.Start, a.lex.wordTable)
		if n += len(a.lex.findTroops(a.tokens, a.qi)); n >= articleTopicNamings {
			return true
		}
	}
	return false
}

type speakerParty struct{ person, party *actorRef }

// partyOfSpeaker is the party a speaker of this sentence is named with.
func (a *analyzer) partyOfSpeaker(r *actorRef) *actorRef {
	for _, p := range a.speakerParties {
		if p.person == r {
			return p.party
		}
	}
	return nil
}

// otherNewsOpeners open a paragraph about something else: "Separately,",
// "In other news,".
var otherNewsOpeners = wordSet("other_news_openers.txt")

// turnsToOtherNews reports a sentence that opens with one of them and a comma.
func turnsToOtherNews(tokens []token) bool {
	k := firstWord(tokens)
	var b strings.Builder
	for j := k; j < len(tokens) && j < k+4; j++ {
		if tokens[j].fold == "," {
			return otherNewsOpeners[b.String()]
		}
		if j > k {
			b.WriteByte(' ')
		}
		b.WriteString(tokens[j].fold)
	}
	return false
}

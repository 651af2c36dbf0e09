package ui

import "standpoint/model"

// loadProgressMsg reports files finished while the corpus loads.
type loadProgressMsg struct{ done, total int }

// loadedMsg carries the load's result, with its index already built off the
// UI goroutine.
type loadedMsg struct {
	corpus *model.Corpus
	index  *corpusIndex
	err    error
}

// articleSelectedMsg: the Articles pane's cursor moved to an article, or
// enter was pressed on it (open: show it in the reader).
type articleSelectedMsg struct {
	article int
	open    bool
}

// evidenceOpenMsg asks the reader to show an actor's evidence: in a given
// article, or (article < 0) in the first one that backs its stance.
type evidenceOpenMsg struct {
	actor   int
	article int
}

// filterResultsMsg is the result of the actor search for query number seq;
// results for older queries are dropped.
type filterResultsMsg struct {
	seq     int
	matches []actorMatch
}

// readerArticleMsg: the reader moved on to another article by itself (n/N
// through one actor's sentences); the Articles pane follows to the article
// the reader shows when the message arrives (messages may come late).
type readerArticleMsg struct{}

// dossierOpenMsg asks the reader for one of an actor's sentences (span
// index into the article's spans), or the article's first (span < 0).
type dossierOpenMsg struct{ actor, article, span int }

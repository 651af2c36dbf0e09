package model

// QuestionInfo is one debate the corpus was read for. Where its file came
// from is left out, so that a built-in question given as a file reads the
// same.
type QuestionInfo struct {
	ID     string            `json:"id"`
	Text   string            `json:"question"`
	Labels map[string]string `json:"labels"` // stance → its meaning in this debate
}

// ForQuestion is the corpus as it answers one question: each actor keeps
// its positions on it, with its overall stance from them, and actors with
// none go. With one question (positions naming none) it is c itself.
func (c *Corpus) ForQuestion(id string) *Corpus {
	if len(c.Questions) <= 1 {
		return c
	}
	out := *c
	for _, q := range c.Questions {
		if q.ID == id {
			out.Question = q.Text
		}
	}
	out.Actors = actorsKeeping(c.Actors, func(p *Position) bool { return p.Question == id })
	return &out
}

// QuestionIDs lists the questions' ids in order.
func (c *Corpus) QuestionIDs() []string {
	ids := make([]string, len(c.Questions))
	for i, q := range c.Questions {
		ids[i] = q.ID
	}
	return ids
}

package loader

import "standpoint/model"

// whyKey identifies an explanation by value; explanations with more steps
// than it holds are not shared.
type whyKey struct {
	frame, holder, topic string
	steps                [3]string
	n                    int
}

// whyBook shares one *model.Why among the pieces of evidence of an article
// that were read the same way: a file of one repeated sentence otherwise
// keeps an explanation per sentence.
type whyBook map[whyKey]*model.Why

func (b *whyBook) intern(w model.Why) *model.Why {
	if len(w.Steps) > len(whyKey{}.steps) {
		p := new(model.Why)
		*p = w
		return p
	}
	k := whyKey{frame: w.Frame, holder: w.Holder, topic: w.Topic, n: len(w.Steps)}
	copy(k.steps[:], w.Steps)
	if p := (*b)[k]; p != nil {
		return p
	}
	if *b == nil {
		*b = whyBook{}
	}
	p := new(model.Why) // not &w: w would be moved to the heap on every call
	*p = w
	(*b)[k] = p
	return p
}

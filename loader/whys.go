package loader

import (
	"sync"
	"sync/atomic"

	"standpoint/model"
)

// whyKey identifies an explanation by value; explanations with more steps
// than it holds are not shared.
type whyKey struct {
	frame, holder, topic string
	steps                [3]string
	n                    int
}

// shareWhy gives one *model.Why to all the evidence read the same way,
// across the corpus: the frames, routes and steps come from the lexicons,
// so a few thousand explanations serve a million sentences, where one each
// cost a tenth of a big load's memory. Past maxSharedWhys (input that
// makes up new steps without end) explanations are no longer shared.
var (
	sharedWhys sync.Map // whyKey → *model.Why
	sharedN    atomic.Int64
)

const maxSharedWhys = 1 << 16

func shareWhy(w model.Why) *model.Why {
	if len(w.Steps) > len(whyKey{}.steps) || sharedN.Load() >= maxSharedWhys {
		p := new(model.Why)
		*p = w
		return p
	}
	k := whyKey{frame: w.Frame, holder: w.Holder, topic: w.Topic, n: len(w.Steps)}
	copy(k.steps[:], w.Steps)
	if p, ok := sharedWhys.Load(k); ok {
		return p.(*model.Why)
	}
	p := new(model.Why) // not &w: w would be moved to the heap on every call
	*p = w
	p.Steps = append([]string(nil), w.Steps...) // not the caller's array, which it may reuse
	if q, loaded := sharedWhys.LoadOrStore(k, p); loaded {
		return q.(*model.Why)
	}
	sharedN.Add(1)
	return p
}

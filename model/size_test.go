package model

import (
	"fmt"
	"testing"
)

// actorJSONSize sizes an actor's buffer; too small and the buffer doubles
// (the garbage it was written to avoid), far too big and memory is wasted.
func TestActorJSONSizeIsCloseAbove(t *testing.T) {
	sentences := []string{
		"Defence Minister Ann Berg said Norway would not send troops to Ukraine under any circumstances.",
		"“We are ready to do our part,” she told reporters in Oslo on Tuesday.",
		"The Kremlin warned that any deployment would be a grave escalation.",
	}
	for _, n := range []int{1, 5, 60} {
		a := Actor{ID: "ann-berg", Name: "Ann Berg", Kind: Person, Role: "Defence Minister", Aliases: []string{"Berg", "Ann Berg"}, Stance: RulesOut}
		for i := range n {
			p := Position{File: fmt.Sprintf("articles/2025/%04d_norway-troops.txt", i), Stance: RulesOut, Date: "2025-03-02", Outlet: "Reuters"}
			for j, s := range sentences[:1+i%3] {
				e := Evidence{Text: s, Start: 1000 * j, End: 1000*j + len(s), Stance: RulesOut, Quoted: j == 1}
				if j == 0 {
					e.Why = &Why{Frame: "rules_out: not send~ {P}", Holder: "subject", Topic: "troops", Steps: []string{"negated"}}
				}
				p.Evidence = append(p.Evidence, e)
			}
			a.Positions = append(a.Positions, p)
		}
		bd := Breakdowns(&Corpus{Actors: []Actor{a}})[0]
		got, est := len(appendActorJSON(nil, &a, &bd)), actorJSONSize(&a)
		if r := float64(est) / float64(got); r < 1 || r > 1.3 {
			t.Errorf("%d positions: %d bytes of JSON, sized %d (%.2f times)", n, got, est, r)
		}
	}
}

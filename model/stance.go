package model

// Stance is a position on the question. The strings are part of the JSON
// contract.
type Stance string

const (
	Supports  Stance = "supports"
	Open      Stance = "open"
	Undecided Stance = "undecided"
	RulesOut  Stance = "rules_out"
	Opposes   Stance = "opposes"
	None      Stance = "none"
	Mixed     Stance = "mixed" // overall only: positions disagree
)

// Stances lists the stances an evidence sentence or a position can take, in
// the order the matrix shows them (None last).
var Stances = []Stance{Supports, Open, Undecided, RulesOut, Opposes, None}

// Label is the stance as a column heading.
func (s Stance) Label() string {
	switch s {
	case Supports:
		return "Supports"
	case Open:
		return "Open"
	case Undecided:
		return "Undecided"
	case RulesOut:
		return "Rules out"
	case Opposes:
		return "Opposes"
	case Mixed:
		return "Mixed"
	}
	return "No stance"
}

// Valid reports whether s is one of the contract's words.
func (s Stance) Valid() bool {
	switch s {
	case Supports, Open, Undecided, RulesOut, Opposes, None, Mixed:
		return true
	}
	return false
}

// Overall is the stance a set of per-article stances agree on: the common
// stance when all non-none stances agree, Mixed when they disagree, None when
// there are none.
func Overall(stances []Stance) Stance {
	overall := None
	for _, s := range stances {
		if s == None || s == "" {
			continue
		}
		if overall == None {
			overall = s
		} else if overall != s {
			return Mixed
		}
	}
	return overall
}

package pas

import (
	"sort"
	"strings"
)

// State says how firm a value is.
type State uint8

// Value states. The zero State is Committed.
const (
	Committed State = iota // the provider commits to the value
	ToConfirm              // a value is proposed but must be confirmed (à confirmer)
	Open                   // an open question, with an owner and a due date
)

var stateNames = [...]string{"committed", "to_confirm", "open"}

// String returns the YAML name of the state.
func (s State) String() string { return stateNames[s] }

// Text returns the localised name of the state.
func (s State) Text() Text {
	switch s {
	case ToConfirm:
		return T("à confirmer", "to confirm")
	case Open:
		return T("question ouverte", "open question")
	}
	return T("engagé", "committed")
}

// ParseState reads a YAML state name.
func ParseState(s string) (State, bool) {
	for i, n := range stateNames {
		if s == n {
			return State(i), true
		}
	}
	return 0, false
}

// Pos is a position in the YAML source, 1-based; zero when unknown.
type Pos struct{ Line, Col int }

// Value is the value of one field. Which member holds the data depends on
// the field's Kind: Str (text, long text, enum, country, ref, URL), List
// (set, countries, refs), Bool, Num (int, number, percent), Dur, Date and
// RACI. Has says whether a value is given at all; an open question usually
// has none.
type Value struct {
	Str  string
	List []string
	Bool bool
	Num  float64
	Dur  Duration
	Date Date
	RACI map[string]string

	Has   bool
	State State
	// Use names the standard text of the facts library a text value takes
	// ({use: ID}); with no value of its own, loading fills Str from it.
	Use      string
	fromLib  bool   // Str is the library's text, filled by loading
	Question string // what must be confirmed or answered
	Owner    string // who answers it
	Due      Date   // by when
	// ForClient lets the question, owner and due date of a value to
	// confirm or an open question reach the client's document; without it
	// they stay internal (format 2).
	ForClient bool
	Pos       Pos
}

// Answered reports whether a committed value is given.
func (v *Value) Answered() bool { return v != nil && v.Has && v.State == Committed }

// IsSet reports whether a value is given, whatever its state.
func (v *Value) IsSet() bool { return v != nil && v.Has }

// Pending reports whether the value is to be confirmed or an open question.
func (v *Value) Pending() bool { return v != nil && v.State != Committed }

// Missing reports whether nothing is given at all: no value, neither a
// value to confirm nor an open question, and no standard text named.
func (v *Value) Missing() bool { return !v.IsSet() && !v.Pending() && (v == nil || v.Use == "") }

// FromLibrary reports whether the value is a standard text of the facts
// library, as loading filled it (not a text written in the plan).
func (v *Value) FromLibrary() bool { return v != nil && v.fromLib }

// StateOf returns the state of v, Committed for a nil value.
func (v *Value) StateOf() State {
	if v == nil {
		return Committed
	}
	return v.State
}

// Contains reports whether a list value holds item.
func (v *Value) Contains(item string) bool {
	if v == nil {
		return false
	}
	for _, s := range v.List {
		if s == item {
			return true
		}
	}
	return false
}

// RACIOrNil returns the RACI letters by party of a set value, nil otherwise.
func (v *Value) RACIOrNil() map[string]string {
	if !v.IsSet() {
		return nil
	}
	return v.RACI
}

// Clone returns a deep copy.
func (v *Value) Clone() *Value {
	if v == nil {
		return nil
	}
	c := *v
	c.List = append([]string(nil), v.List...)
	if v.RACI != nil {
		c.RACI = make(map[string]string, len(v.RACI))
		for k, x := range v.RACI {
			c.RACI[k] = x
		}
	}
	return &c
}

// Equal reports whether two values hold the same data and state
// (positions are ignored).
func (v *Value) Equal(o *Value) bool {
	var a, b Value
	if v != nil {
		a = *v
	}
	if o != nil {
		b = *o
	}
	return equalStrings(a.List, b.List) && equalMaps(a.RACI, b.RACI) &&
		a.Str == b.Str && a.Bool == b.Bool && a.Num == b.Num && a.Dur == b.Dur && a.Date == b.Date && a.Use == b.Use &&
		a.Has == b.Has && a.State == b.State && a.Question == b.Question && a.Owner == b.Owner && a.Due == b.Due &&
		a.ForClient == b.ForClient
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func equalMaps(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, x := range a {
		if y, ok := b[k]; !ok || x != y {
			return false
		}
	}
	return true
}

// raciLetters is the canonical order of RACI letters.
const raciLetters = "RACI"

// ParseRACI reads RACI letters as people type them ("A,R", "ar", "R/A",
// "-" or "" for none) and returns them in canonical order (R, A, C, I).
func ParseRACI(s string) (string, error) {
	seen := map[rune]bool{}
	for _, r := range strings.ToUpper(s) {
		switch {
		case strings.ContainsRune(raciLetters, r):
			seen[r] = true
		case r == ',' || r == '/' || r == ' ' || r == '+' || r == '-' || r == ';':
		default:
			return "", &InputError{Msg: Textf(
				"lettres RACI invalides « %s » : utilisez R, A, C et I",
				"invalid RACI letters %q: use R, A, C and I", s)}
		}
	}
	var b strings.Builder
	for _, r := range raciLetters {
		if seen[r] {
			b.WriteRune(r)
		}
	}
	return b.String(), nil
}

// sortedKeys returns the keys of m in order.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

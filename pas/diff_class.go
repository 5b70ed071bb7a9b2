package pas

// classify says how the change of a field from av to bv compares for the
// client, from the field's declared direction: the values' order, the
// range the new value must stay within (in plan p), and how firm each
// value is (committed, to confirm, open, absent). Fields without a
// direction are unclassed.
func classify(p *Plan, f *Field, av, bv *Value) Class {
	if f.Direction.IsZero() {
		return Unclassed
	}
	firm := firmness(av, bv)
	if !av.IsSet() || !bv.IsSet() {
		return firm
	}
	return combine(valueClass(p, f, av, bv), firm)
}

// Classify says how a change of field f from av to bv compares for the
// client in plan p, as Compare classes the change of a value (a plan
// against its standard PAS: av the standard's, bv the plan's).
func Classify(p *Plan, f *Field, av, bv *Value) Class { return classify(p, f, av, bv) }

// combine joins the class of the values with the class of their states:
// a stricter value that is no longer committed is incomparable.
func combine(values, states Class) Class {
	switch {
	case states == Unclassed || values == states || values == OutsideRange:
		return values
	case values == Unclassed:
		return states
	}
	return Incomparable
}

// firmnessOf ranks how firmly a value is given: committed, to confirm,
// open question, absent.
func firmnessOf(v *Value) int {
	switch {
	case v.Missing():
		return 0
	case v.StateOf() == Open:
		return 1
	case v.StateOf() == ToConfirm:
		return 2
	}
	return 3
}

func firmness(av, bv *Value) Class {
	return bySign(firmnessOf(bv)-firmnessOf(av), More)
}

// bySign turns the sign of a change (positive: the value grew) into a
// class for a direction.
func bySign(sign int, way Toward) Class {
	switch {
	case sign == 0:
		return Unclassed
	case way == Neither:
		return Incomparable
	case (sign > 0) == (way == More):
		return Stricter
	}
	return Weaker
}

// valueClass compares two given values of a directed field.
func valueClass(p *Plan, f *Field, av, bv *Value) Class {
	dir := f.Direction
	if dir.Range != nil && outside(f, bv, dir.Range, p) {
		return OutsideRange
	}
	sign, ok := order(f, av, bv)
	if !ok {
		return Incomparable
	}
	way := dir.Stricter
	if dir.Rank != nil {
		way = More
	}
	return bySign(sign, way)
}

// outside reports whether v leaves the range declared for plan p.
func outside(f *Field, v *Value, bounds func(*Plan) (lo, hi *Value), p *Plan) bool {
	lo, hi := bounds(p)
	if lo.IsSet() {
		if s, _ := order(f, lo, v); s < 0 {
			return true
		}
	}
	if hi.IsSet() {
		if s, _ := order(f, hi, v); s > 0 {
			return true
		}
	}
	return false
}

// order returns the sign of the change from a to b (positive: b is larger,
// later, holds more, or is of a higher transfer class), and false when the
// two values do not compare.
func order(f *Field, a, b *Value) (int, bool) {
	switch f.Kind {
	case KBool:
		return boolInt(b.Bool) - boolInt(a.Bool), true
	case KInt, KNumber, KPercent:
		return sign(b.Num - a.Num), true
	case KDuration:
		return b.Dur.Compare(a.Dur), true
	case KDate:
		switch {
		case b.Date.After(a.Date):
			return 1, true
		case b.Date.Before(a.Date):
			return -1, true
		}
		return 0, true
	case KEnum:
		ia, ib := indexOf(f.Direction.Rank, a.Str), indexOf(f.Direction.Rank, b.Str)
		return ib - ia, ia >= 0 && ib >= 0
	case KCountry:
		return classRank(b.Str) - classRank(a.Str), true
	case KCountries:
		if s := worstClass(b.List) - worstClass(a.List); s != 0 {
			return s, true
		}
	}
	return inclusion(a.List, b.List)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func sign(x float64) int {
	switch {
	case x > 0:
		return 1
	case x < 0:
		return -1
	}
	return 0
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

// classRank orders transfer classes from the one that needs the least
// safeguards to the one that needs the most.
func classRank(code string) int {
	switch ClassOf(code) {
	case ClassEEA:
		return 0
	case ClassAdequate:
		return 1
	case ClassPartial:
		return 2
	case ClassReview:
		return 3
	}
	return 4
}

func worstClass(codes []string) int {
	w := 0
	for _, c := range codes {
		if r := classRank(c); r > w {
			w = r
		}
	}
	return w
}

// inclusion returns +1 when b holds every item of a and more, -1 when a
// holds every item of b and more, 0 when they hold the same items, and
// false when each holds an item the other lacks.
func inclusion(a, b []string) (int, bool) {
	inA := make(map[string]bool, len(a))
	for _, x := range a {
		inA[x] = true
	}
	common := 0
	for _, x := range b {
		if inA[x] {
			common++
		}
	}
	aOnly, bOnly := len(inA)-common, len(b)-common
	switch {
	case aOnly == 0 && bOnly == 0:
		return 0, true
	case aOnly == 0:
		return 1, true
	case bOnly == 0:
		return -1, true
	}
	return 0, false
}

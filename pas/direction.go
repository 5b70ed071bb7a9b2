package pas

import "fmt"

// Toward says which way a change of a value is stricter for the client.
type Toward uint8

// Ways a field's value can be stricter for the client.
const (
	// Less: a smaller value is stricter. Delays, intervals and frequencies
	// ("every 3 months" before "every 6"), attempts; false before true;
	// fewer items of a set; fewer records of a list; a country of a lower
	// transfer class (EEA, adequacy, partial adequacy, third country).
	Less Toward = iota + 1
	// More: a larger value is stricter. Availability, key sizes, copies,
	// a longer retrieval period; true before false; more items of a set;
	// more records of a list.
	More
	// Neither: the field has no single direction (security wants a longer
	// log retention, data minimisation a shorter one): a change is
	// incomparable.
	Neither
)

// Direction declares how two values of a field compare for the client,
// for pas diff and the deviations from the standard PAS. The zero
// Direction declares nothing: a change is then reported without a class.
type Direction struct {
	Stricter Toward
	// Rank orders an enum's options from the weakest to the strictest for
	// the client (More is implied); an option outside it is incomparable.
	Rank []string
	// Range returns the bounds the value must stay within in a plan (nil
	// for an open side): a value outside them is "outside the allowed
	// range", whatever its direction inside them.
	Range func(p *Plan) (lo, hi *Value)
}

// IsZero reports whether nothing is declared.
func (d Direction) IsZero() bool { return d.Stricter == 0 && d.Rank == nil && d.Range == nil }

// directedKinds are the kinds whose values can be ordered.
var directedKinds = map[Kind]bool{KBool: true, KInt: true, KNumber: true, KPercent: true, KDuration: true,
	KDate: true, KSet: true, KCountry: true, KCountries: true, KRefs: true, KList: true}

// rangedKinds are the kinds a range can bound.
var rangedKinds = map[Kind]bool{KInt: true, KNumber: true, KPercent: true, KDuration: true}

// checkDirection refuses a direction the field's kind cannot honour.
func checkDirection(path string, f *Field) error {
	d := f.Direction
	switch {
	case d.IsZero():
		return nil
	case d.Rank != nil && f.Kind != KEnum:
		return fmt.Errorf("field %q: a rank is for enum fields only", path)
	case d.Rank != nil && d.Stricter != 0:
		return fmt.Errorf("field %q: a ranked enum takes no other direction", path)
	case d.Rank == nil && d.Stricter != 0 && !directedKinds[f.Kind]:
		return fmt.Errorf("field %q: %s values have no direction", path, f.Kind)
	case d.Range != nil && !rangedKinds[f.Kind]:
		return fmt.Errorf("field %q: a range bounds numbers and durations only", path)
	}
	seen := map[string]bool{}
	for _, o := range d.Rank {
		if f.Option(o) == nil || seen[o] {
			return fmt.Errorf("field %q: rank names %q, which is no option or is named twice", path, o)
		}
		seen[o] = true
	}
	return nil
}

package sections

import "github.com/pas-editor/pas/pas"

// Directions for pas diff and the deviations from the standard PAS: each
// chapter file declares, in its own init, which change of its fields is
// stricter for the client.

// stricter declares the way the fields' values are stricter for the client.
func stricter(way pas.Toward, fs ...*pas.Field) {
	for _, f := range fs {
		f.Direction.Stricter = way
	}
}

// ranked orders an enum's options from the weakest to the strictest for
// the client.
func ranked(f *pas.Field, weakestFirst ...string) { f.Direction.Rank = weakestFirst }

// bounded declares the range a value must stay within.
func bounded(f *pas.Field, bounds func(p *pas.Plan) (lo, hi *pas.Value)) { f.Direction.Range = bounds }

// durationValue wraps a fixed duration as a bound.
func durationValue(d pas.Duration) *pas.Value { return &pas.Value{Has: true, Dur: d} }

package main

import (
	"testing"
	"time"

	"github.com/pas-editor/pas/examples"
	"github.com/pas-editor/pas/pas"
	"github.com/pas-editor/pas/sections"
)

// largePair returns the large benchmark plan and a tender variant of it.
func largePair(b *testing.B) (a, v []byte) {
	b.Helper()
	a = examples.Large(pas.FR)
	p, err := pas.Decode(a, "large.yaml", sections.Catalogue())
	if err != nil {
		b.Fatal(err)
	}
	tenderVariant(p)
	return a, pas.Encode(p)
}

func decodeBench(b *testing.B, data []byte) *pas.Plan {
	p, err := pas.Decode(data, "large.yaml", sections.Catalogue())
	if err != nil {
		b.Fatal(err)
	}
	return p
}

// BenchmarkDiffLarge times pas diff of two large plans (load both, compare,
// write the text and the JSON report) and reports its cost as a multiple
// of loading the two plans (x-load; the target is at most 2).
func BenchmarkDiffLarge(b *testing.B) {
	dataA, dataB := largePair(b)
	var load, total time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		pa, pb := decodeBench(b, dataA), decodeBench(b, dataB)
		loaded := time.Now()
		d := pas.Compare(pa, pb)
		if d.Equal() {
			b.Fatal("the variant does not differ")
		}
		_ = pas.Sanitize(diffText(pas.FR, d))
		_ = diffJSON(pas.FR, d, "a", "b")
		load += loaded.Sub(start)
		total += time.Since(start)
	}
	b.ReportMetric(float64(total)/float64(load), "x-load")
}

// BenchmarkTextconvLarge times pas diff --textconv of the large plan in
// one process: load, then the line form (the target is 150 ms).
func BenchmarkTextconvLarge(b *testing.B) {
	data := examples.Large(pas.FR)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p := decodeBench(b, data)
		if len(pas.Sanitize(planLines(p, pas.FR))) == 0 {
			b.Fatal("no output")
		}
	}
}

package pas_test

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/pas-editor/pas/examples"
	"github.com/pas-editor/pas/pas"
	"github.com/pas-editor/pas/pas/doc/docx"
	"github.com/pas-editor/pas/pas/doc/html"
	"github.com/pas-editor/pas/sections"
)

// largePlan returns the large benchmark plan (pas init --example --large).
func largePlan(b *testing.B) ([]byte, *pas.Plan) {
	b.Helper()
	data := examples.Large(pas.FR)
	p, err := pas.Decode(data, "large.yaml", sections.Catalogue())
	if err != nil {
		b.Fatal(err)
	}
	return data, p
}

func BenchmarkLoad(b *testing.B) {
	data, _ := largePlan(b)
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := pas.Decode(data, "large.yaml", sections.Catalogue()); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkEncode(b *testing.B) {
	_, p := largePlan(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		pas.Encode(p)
	}
}

func BenchmarkRender(b *testing.B) {
	_, p := largePlan(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		pas.Render(p, pas.RenderOptions{Today: pas.MustDate("2026-12-01")})
	}
}

// BenchmarkRenderDOCX renders the large plan's tree and writes it as a
// Word document, as pas render --format docx does.
func BenchmarkRenderDOCX(b *testing.B) {
	_, p := largePlan(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := docx.Write(pas.Build(p, pas.RenderOptions{Today: pas.MustDate("2026-12-01")}), docx.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRenderHTML renders the large plan as one HTML file.
func BenchmarkRenderHTML(b *testing.B) {
	_, p := largePlan(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		html.Write(pas.Build(p, pas.RenderOptions{Today: pas.MustDate("2026-12-01")}))
	}
}

func BenchmarkCheck(b *testing.B) {
	_, p := largePlan(b)
	today := pas.MustDate("2026-12-01")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		pas.RunChecks(p, today)
	}
}

func BenchmarkRenderSection(b *testing.B) {
	_, p := largePlan(b)
	s := p.Cat.Section("datacenter")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		pas.RenderSection(p, s, pas.RenderOptions{})
	}
}

// BenchmarkMarshal is a save of the large plan through its node tree
// (comments kept); compare with BenchmarkEncode.
func BenchmarkMarshal(b *testing.B) {
	_, p := largePlan(b)
	p.Set(p.Cat.MustField("cover.reference"), &pas.Value{Has: true, Str: "PAS-2027-02"})
	pas.Marshal(p) // the first save also checks that the file was canonical
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		pas.Marshal(p)
	}
}

// BenchmarkMarshalVsEncode alternates a save through the node tree and a
// plain Encode of the large plan, so that both see the same machine load,
// and reports the ratio of their best times (target: at most 1.2).
func BenchmarkMarshalVsEncode(b *testing.B) {
	_, p := largePlan(b)
	p.Set(p.Cat.MustField("cover.reference"), &pas.Value{Has: true, Str: "PAS-2027-02"})
	pas.Marshal(p)
	bestEnc, bestMar := time.Duration(1<<62), time.Duration(1<<62)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		pas.Encode(p)
		t1 := time.Now()
		pas.Marshal(p)
		t2 := time.Now()
		bestEnc, bestMar = min(bestEnc, t1.Sub(t0)), min(bestMar, t2.Sub(t1))
	}
	b.ReportMetric(float64(bestEnc.Microseconds())/1000, "encode-ms")
	b.ReportMetric(float64(bestMar.Microseconds())/1000, "marshal-ms")
	b.ReportMetric(float64(bestMar)/float64(bestEnc), "marshal/encode")
}

// BenchmarkFirstMarshal is the first save after loading: Marshal then
// also reads the file once more to learn whether it was canonical.
func BenchmarkFirstMarshal(b *testing.B) {
	data, _ := largePlan(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		p, err := pas.Decode(data, "large.yaml", sections.Catalogue())
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		pas.Marshal(p)
	}
}

// BenchmarkSyntaxErrorPosition: a syntax error on the last line of the
// large plan, located by parsing prefixes.
func BenchmarkSyntaxErrorPosition(b *testing.B) {
	data, _ := largePlan(b)
	data = append(append([]byte{}, data...), "cover: [oops\n"...)
	cat := sections.Catalogue()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := pas.Decode(data, "large.yaml", cat); err == nil {
			b.Fatal("no error")
		}
	}
}

// BenchmarkLoadRefusesOversize: a 1 GiB file is refused without being
// read.
func BenchmarkLoadRefusesOversize(b *testing.B) {
	path := filepath.Join(b.TempDir(), "huge.yaml")
	if err := os.WriteFile(path, nil, 0o644); err != nil {
		b.Fatal(err)
	}
	if err := os.Truncate(path, 1<<30); err != nil { // sparse
		b.Fatal(err)
	}
	cat := sections.Catalogue()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := pas.Load(path, cat); err == nil {
			b.Fatal("loaded")
		}
	}
}

// BenchmarkSave: the editor's save of the large plan (plan then
// document, each written, synced and renamed).
func BenchmarkSave(b *testing.B) {
	_, p := largePlan(b)
	path := filepath.Join(b.TempDir(), "plan.yaml")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := pas.SavePlanAndDocument(path, p, pas.RenderOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

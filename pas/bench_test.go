package pas_test

import (
	"testing"

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

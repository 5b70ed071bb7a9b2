package pas_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/pas-editor/pas/examples"
	"github.com/pas-editor/pas/pas"
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

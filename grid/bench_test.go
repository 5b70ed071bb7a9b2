package grid

import (
	"path/filepath"
	"testing"

	"github.com/pas-editor/pas/pas"
	"github.com/pas-editor/pas/sections"
)

const benchRequirements = 2000

func benchGrid(b *testing.B) (*Book, *Grid, string) {
	b.Helper()
	dir := b.TempDir()
	path := saveWorkbook(b, largeWorkbook(b, benchRequirements), dir, "grille.xlsx")
	book, err := OpenBook(path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(book.Close)
	g, _, err := Import(book, buyerOptions(), sections.Catalogue(), dir)
	if err != nil {
		b.Fatal(err)
	}
	return book, g, dir
}

// BenchmarkImport2000 opens a 2,000-requirement workbook, reads it and
// proposes a mapping for every requirement (target: 1 s).
func BenchmarkImport2000(b *testing.B) {
	book, _, dir := benchGrid(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		bk, err := OpenBook(book.Path)
		if err != nil {
			b.Fatal(err)
		}
		if _, _, err := Import(bk, buyerOptions(), sections.Catalogue(), dir); err != nil {
			b.Fatal(err)
		}
		bk.Close()
	}
}

// BenchmarkExport2000 writes 2,000 statuses, comments and references into
// the buyer's workbook (target: 1 s).
func BenchmarkExport2000(b *testing.B) {
	book, g, _ := benchGrid(b)
	for _, r := range g.Requirements {
		r.Map, r.Status, r.Comment = r.Proposed, Compliant, "Voir le PAS, chapitre indiqué."
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, _, err := Export(book, g, sections.Catalogue(), pas.FR); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadGrid2000 reads the grid file of 2,000 requirements, as
// every grid command does.
func BenchmarkLoadGrid2000(b *testing.B) {
	_, g, dir := benchGrid(b)
	data := Encode(g)
	path := filepath.Join(dir, "plan.grid.yaml")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Decode(data, path, sections.Catalogue()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkStatus2000 proposes a status for 2,000 requirements on the
// example plan, as pas grid status and check do.
func BenchmarkStatus2000(b *testing.B) {
	_, g, _ := benchGrid(b)
	p := examplePlan(b, pas.FR)
	a := NewAdvisor(p.Cat)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, r := range g.Requirements {
			a.Status(p, r)
		}
	}
}

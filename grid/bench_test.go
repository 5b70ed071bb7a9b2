package grid

import (
	"os"
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
	ref := pas.HeadingReferences(examplePlan(b, pas.FR), pas.RenderOptions{})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, _, err := Export(book, g, ref, pas.FR); err != nil {
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

// BenchmarkHeadingReferences renders the example plan to number the
// references, as pas grid export and status do once per run.
func BenchmarkHeadingReferences(b *testing.B) {
	p := examplePlan(b, pas.FR)
	for i := 0; i < b.N; i++ {
		pas.HeadingReferences(p, pas.RenderOptions{})
	}
}

// BenchmarkMatrixAppendix2000 renders the example plan with the
// compliance matrix of 2,000 answered requirements, as pas render and
// the editor's save do (the plan alone: pas's BenchmarkRender).
func BenchmarkMatrixAppendix2000(b *testing.B) {
	_, g, _ := benchGrid(b)
	for _, r := range g.Requirements {
		r.Map, r.Status = r.Proposed, Compliant
	}
	p := examplePlan(b, pas.FR)
	opts := pas.RenderOptions{Appendices: []pas.Appendix{g.Appendix()}}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		pas.Render(p, opts)
	}
}

// BenchmarkPlanFindings2000 runs the grid checks of a 2,000-requirement
// grid for pas check: load of the grid file, hash of the buyer's file and
// the checks (the plan's own rules not included).
func BenchmarkPlanFindings2000(b *testing.B) {
	book, g, dir := benchGrid(b)
	p := examplePlan(b, pas.FR)
	p.Requirements = "plan.grid.yaml"
	g.Source.File = filepath.Base(book.Path)
	if err := os.WriteFile(filepath.Join(dir, "plan.grid.yaml"), Encode(g), 0o644); err != nil {
		b.Fatal(err)
	}
	fs := pas.RunChecks(p, pas.Date{})
	planPath := filepath.Join(dir, "plan.yaml")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := PlanFindings(planPath, p, fs); err != nil {
			b.Fatal(err)
		}
	}
}

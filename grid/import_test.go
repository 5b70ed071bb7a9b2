package grid

import (
	"strings"
	"testing"

	"github.com/pas-editor/pas/sections"
)

func TestImportBuyerWorkbook(t *testing.T) {
	dir := t.TempDir()
	path := saveWorkbook(t, buyerWorkbook(t, frenchGrid), dir, "grille.xlsx")
	b, err := OpenBook(path)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	g, notes, err := Import(b, buyerOptions(), sections.Catalogue(), dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(notes) != 1 || !strings.Contains(notes[0].EN, "grille.xlsx:Exigences!B85: row skipped") {
		t.Errorf("notes = %v", notes)
	}
	if len(g.Requirements) != len(frenchGrid) {
		t.Fatalf("%d requirements, want %d", len(g.Requirements), len(frenchGrid))
	}
	first := g.Requirements[0]
	if first.ID != "SEC-01" || first.Row != 6 || first.Category != frenchGrid[0].Category || first.Priority != "E" || first.Text != frenchGrid[0].Text {
		t.Errorf("first requirement = %+v", first)
	}
	s := g.Source
	if s.File != "grille.xlsx" || s.Sheet != buyerSheet || s.Columns != (Columns{ID: "A", Text: "B", Priority: "C", Status: "D", Comment: "E", Ref: "F"}) {
		t.Errorf("source = %+v", s)
	}
	if s.Statuses[Partial] != "Partiellement conforme" || s.Statuses[NotApplicable] != "Sans objet" || s.CommentMax != 1000 {
		t.Errorf("validations read: %+v, %d", s.Statuses, s.CommentMax)
	}
	if !g.Minimum(first) || g.Minimum(g.Requirements[1]) {
		t.Error("minimum requirements not recognised from the priority codes")
	}
}

// TestStatusWords reads the buyers' usual drop-down values.
func TestStatusWords(t *testing.T) {
	for word, want := range map[string]Status{
		"Conforme": Compliant, "Partiellement conforme": Partial, "Non-conforme": NonCompliant, "Non conforme": NonCompliant,
		"Sans objet": NotApplicable, "Non applicable": NotApplicable, "N/A": NotApplicable, "C": Compliant, "PC": Partial,
		"NC": NonCompliant, "SO": NotApplicable, "Oui": Compliant, "Non": NonCompliant, "Compliant": Compliant,
		"Partially compliant": Partial, "Not compliant": NonCompliant, "Not applicable": NotApplicable, "À voir": "",
	} {
		if got := statusOfWord(word); got != want {
			t.Errorf("%q read as %q, want %q", word, got, want)
		}
	}
}

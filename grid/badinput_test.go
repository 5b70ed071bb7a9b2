package grid

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pas-editor/pas/pas"
	"github.com/pas-editor/pas/sections"
	"github.com/xuri/excelize/v2"
)

// TestBadInput: each broken grid gets a clear error naming file, sheet and
// cell, or is handled; the buyer's file is never written.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	good := saveWorkbook(t, buyerWorkbook(t, frenchGrid[:5]), dir, "grille.xlsx")
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	edited := func(name string, edit func(f *excelize.File)) string {
		f := buyerWorkbook(t, frenchGrid[:5])
		edit(f)
		return saveWorkbook(t, f, dir, name)
	}
	protected := filepath.Join(dir, "protege.xlsx")
	if err := buyerWorkbook(t, frenchGrid[:2]).SaveAs(protected, excelize.Options{Password: "acheteur"}); err != nil {
		t.Fatal(err)
	}
	corrupt := write("abime.xlsx", []byte("PK\x03\x04 not really a zip"))
	unsupported := write("grille.pdf", []byte("%PDF-1.7"))
	badCSV := write("ouvert.csv", []byte("id;texte\n1;\"guillemet jamais fermé\n"))
	merged := edited("fusion.xlsx", func(f *excelize.File) {
		_ = f.InsertRows(buyerSheet, 4, 1)
		_ = f.SetCellStr(buyerSheet, "D4", "Réponse du candidat")
		_ = f.MergeCell(buyerSheet, "D4", "F4")
	})
	blank := edited("vides.xlsx", func(f *excelize.File) { _ = f.InsertRows(buyerSheet, 7, 3) })
	formula := edited("formule.xlsx", func(f *excelize.File) {
		_ = f.SetCellValue(buyerSheet, "B7", nil)
		_ = f.SetCellFormula(buyerSheet, "B7", `CONCATENATE("Le titulaire ","désigne un responsable de la sécurité.")`)
	})
	badFormula := edited("formule-ko.xlsx", func(f *excelize.File) {
		_ = f.SetCellValue(buyerSheet, "B7", nil)
		_ = f.SetCellFormula(buyerSheet, "B7", "NOSUCHFUNCTION(A1)")
	})
	dup := edited("doublon.xlsx", func(f *excelize.File) { _ = f.SetCellStr(buyerSheet, "A8", "SEC-01") })
	opts := buyerOptions()
	with := func(edit func(o *Options)) Options { o := buyerOptions(); edit(&o); return o }
	for _, tc := range []struct {
		name string
		path string
		opts Options
		want string // part of the error; "" when the input is handled
		reqs int
	}{
		{"password-protected", protected, opts, "protege.xlsx: the workbook is protected by a password", 0},
		{"corrupt", corrupt, opts, "abime.xlsx: unreadable workbook (damaged, or not in XLSX format)", 0},
		{"unsupported format", unsupported, opts, "grille.pdf: unsupported format", 0},
		{"unclosed CSV quote", badCSV, opts, "ouvert.csv: quote opened on line 2 is never closed", 0},
		{"missing sheet", good, with(func(o *Options) { o.Sheet = "Grille" }), `grille.xlsx: no sheet "Grille"; sheets: Exigences, Listes`, 0},
		{"missing column title", good, with(func(o *Options) { o.Status = "Statut" }), `grille.xlsx:Exigences: no column "Statut" in row 4; headers: A « N° », B « Exigence »`, 0},
		{"column past the table", good, with(func(o *Options) { o.Comment = "K" }), "grille.xlsx:Exigences: column K is past the last column used (F)", 0},
		{"header row past the sheet", good, with(func(o *Options) { o.HeaderRow = 400 }), "grille.xlsx:Exigences: header row 400 does not exist", 0},
		{"same column twice", good, with(func(o *Options) { o.Comment = "D" }), "column D is given for both status and comment", 0},
		{"merged header cells", merged, with(func(o *Options) { o.ID, o.Text, o.Priority, o.Status = "A", "B", "", "Réponse du candidat" }), `fusion.xlsx:Exigences!D4: header "Réponse du candidat" spans columns D, E, F (merged cells D4:F4)`, 0},
		{"empty rows", blank, opts, "", 5},
		{"formula in the text column", formula, opts, "", 5},
		{"formula that cannot be computed", badFormula, opts, "formule-ko.xlsx:Exigences!B7: the text is a formula (=NOSUCHFUNCTION(A1)) without a computed value", 0},
		{"duplicate ids", dup, opts, `doublon.xlsx:Exigences!A8: duplicate id "SEC-01" (already in A6)`, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before, _ := os.ReadFile(tc.path)
			defer func() {
				if after, _ := os.ReadFile(tc.path); !bytes.Equal(before, after) {
					t.Error("the buyer's file was written")
				}
			}()
			b, err := OpenBook(tc.path)
			var g *Grid
			if err == nil {
				defer b.Close()
				g, _, err = Import(b, tc.opts, sections.Catalogue(), dir)
			}
			switch {
			case tc.want == "" && err != nil:
				t.Fatalf("not handled: %v", err)
			case tc.want == "":
				if len(g.Requirements) != tc.reqs {
					t.Errorf("%d requirements, want %d", len(g.Requirements), tc.reqs)
				}
				if tc.name == "formula in the text column" && g.Requirements[1].Text != "Le titulaire désigne un responsable de la sécurité." {
					t.Errorf("formula read as %q", g.Requirements[1].Text)
				}
			case err == nil || !strings.Contains(err.Error(), tc.want):
				t.Errorf("error %v, want %q", err, tc.want)
			}
			var ge *Error
			if err != nil && !strings.Contains(err.Error(), "protege") && !asGridError(err, &ge) {
				t.Errorf("error is not a grid error with both languages: %T", err)
			}
		})
	}
}

func asGridError(err error, ge **Error) bool {
	e, ok := err.(*Error)
	*ge = e
	return ok && e.Msg.FR != "" && e.Msg.EN != ""
}

// TestLargeGrid: a ten-thousand-row grid imports.
func TestLargeGrid(t *testing.T) {
	dir := t.TempDir()
	path := saveWorkbook(t, largeWorkbook(t, 10_000), dir, "grande.xlsx")
	b, err := OpenBook(path)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	g, _, err := Import(b, buyerOptions(), sections.Catalogue(), dir)
	if err != nil || len(g.Requirements) != 10_000 {
		t.Fatalf("%v, %d requirements", err, len(g.Requirements))
	}
}

// largeWorkbook repeats the corpus to n requirements with unique ids.
func largeWorkbook(t testing.TB, n int) *excelize.File {
	reqs := make([]corpusReq, n)
	for i := range reqs {
		c := frenchGrid[i%len(frenchGrid)]
		c.ID = fmt.Sprintf("%s-%05d", c.ID, i)
		reqs[i] = c
	}
	return buyerWorkbook(t, reqs)
}

// TestLockedAnswerCells: a protected sheet whose answer cells are locked,
// and an answer cell holding a formula, are reported; nothing is written.
func TestLockedAnswerCells(t *testing.T) {
	dir := t.TempDir()
	f := buyerWorkbook(t, frenchGrid[:5])
	locked, _ := f.NewStyle(&excelize.Style{Protection: &excelize.Protection{Locked: true}})
	if err := f.SetCellStyle(buyerSheet, "D6", "F8", locked); err != nil {
		t.Fatal(err)
	}
	if err := f.SetCellFormula(buyerSheet, "E10", `"voir annexe"`); err != nil {
		t.Fatal(err)
	}
	path := saveWorkbook(t, f, dir, "verrou.xlsx")
	b, err := OpenBook(path)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	g, _, err := Import(b, buyerOptions(), sections.Catalogue(), dir)
	if err != nil {
		t.Fatal(err)
	}
	g.Requirement("SEC-01").Status = Compliant
	g.Requirement("SEC-05").Comment = "Revue annuelle."
	_, _, err = Export(b, g, ChapterReferences(sections.Catalogue()), pas.FR)
	for _, want := range []string{"nothing was written", "verrou.xlsx:Exigences!D6 is locked and the sheet is protected (it is not unlocked)", "verrou.xlsx:Exigences!E10 holds a formula"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("error %v, want %q", err, want)
		}
	}
}

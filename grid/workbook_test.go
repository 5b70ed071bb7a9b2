package grid

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/xuri/excelize/v2"
)

// buyerSheet is the name of the requirement sheet in the test workbooks.
const buyerSheet = "Exigences"

// buyerWorkbook builds a workbook the way buyers send them: a merged title
// over two rows, a styled header on row 4, category headings merged across
// the row, the requirements of reqs, a status column with a drop-down list
// read from a hidden sheet, a comment column limited to 1,000 characters, a
// reference column, a score formula under the table, column widths, and a
// protected sheet whose answer cells are unlocked.
func buyerWorkbook(t testing.TB, reqs []corpusReq) *excelize.File {
	t.Helper()
	f := excelize.NewFile()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(f.SetSheetName("Sheet1", buyerSheet))
	_, err := f.NewSheet("Listes")
	must(err)
	for i, v := range []string{"Conforme", "Partiellement conforme", "Non conforme", "Sans objet"} {
		must(f.SetCellStr("Listes", fmt.Sprintf("A%d", i+1), v))
	}
	must(f.SetSheetVisible("Listes", false))
	must(f.SetCellStr(buyerSheet, "A1", "CADRE DE RÉPONSE TECHNIQUE — ANNEXE 4 : EXIGENCES DE SÉCURITÉ"))
	must(f.MergeCell(buyerSheet, "A1", "F2"))
	must(f.SetCellStr(buyerSheet, "A3", "À compléter par le candidat. Toute exigence de niveau E non satisfaite rend l'offre irrégulière."))
	title, _ := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 14}, Alignment: &excelize.Alignment{Horizontal: "center"}})
	must(f.SetCellStyle(buyerSheet, "A1", "A1", title))
	header, _ := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true, Color: "FFFFFF"}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"1F4E79"}},
		Border: []excelize.Border{{Type: "bottom", Color: "000000", Style: 1}}})
	for i, h := range []string{"N°", "Exigence", "Niveau", "Conformité", "Commentaire du candidat", "Référence dans l'offre"} {
		must(f.SetCellStr(buyerSheet, fmt.Sprintf("%c4", 'A'+i), h))
	}
	must(f.SetCellStyle(buyerSheet, "A4", "F4", header))
	heading, _ := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}}})
	answer, _ := f.NewStyle(&excelize.Style{Protection: &excelize.Protection{Locked: false}, Alignment: &excelize.Alignment{WrapText: true}})
	row, category := 5, ""
	for _, r := range reqs {
		if r.Category != category {
			category = r.Category
			must(f.SetCellStr(buyerSheet, fmt.Sprintf("A%d", row), category))
			must(f.MergeCell(buyerSheet, fmt.Sprintf("A%d", row), fmt.Sprintf("F%d", row)))
			must(f.SetCellStyle(buyerSheet, fmt.Sprintf("A%d", row), fmt.Sprintf("F%d", row), heading))
			row++
		}
		must(f.SetCellStr(buyerSheet, fmt.Sprintf("A%d", row), r.ID))
		must(f.SetCellStr(buyerSheet, fmt.Sprintf("B%d", row), r.Text))
		must(f.SetCellStr(buyerSheet, fmt.Sprintf("C%d", row), r.Priority))
		must(f.SetCellStyle(buyerSheet, fmt.Sprintf("D%d", row), fmt.Sprintf("F%d", row), answer))
		row++
	}
	last := row - 1
	dv := excelize.NewDataValidation(true)
	dv.Sqref = fmt.Sprintf("D5:D%d", last)
	dv.SetSqrefDropList("Listes!$A$1:$A$4")
	must(f.AddDataValidation(buyerSheet, dv))
	tl := excelize.NewDataValidation(true)
	tl.Sqref = fmt.Sprintf("E5:E%d", last)
	must(tl.SetRange(0, 1000, excelize.DataValidationTypeTextLength, excelize.DataValidationOperatorBetween))
	must(f.AddDataValidation(buyerSheet, tl))
	must(f.SetCellStr(buyerSheet, fmt.Sprintf("A%d", last+2), "Exigences conformes"))
	must(f.SetCellFormula(buyerSheet, fmt.Sprintf("D%d", last+2), fmt.Sprintf(`COUNTIF(D5:D%d,"Conforme")`, last)))
	must(f.SetColWidth(buyerSheet, "A", "A", 10))
	must(f.SetColWidth(buyerSheet, "B", "B", 80))
	must(f.SetColWidth(buyerSheet, "D", "F", 24))
	must(f.ProtectSheet(buyerSheet, &excelize.SheetProtectionOptions{Password: "acheteur", SelectLockedCells: true, SelectUnlockedCells: true}))
	return f
}

// saveWorkbook writes a test workbook into dir.
func saveWorkbook(t testing.TB, f *excelize.File, dir, name string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// buyerOptions are the import options matching buyerWorkbook.
func buyerOptions() Options {
	return Options{Sheet: buyerSheet, HeaderRow: 4, ID: "N°", Text: "B", Priority: "Niveau", Status: "Conformité", Comment: "E", Ref: "F", Minimum: []string{"E"}}
}

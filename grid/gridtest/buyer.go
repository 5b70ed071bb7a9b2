// Package gridtest builds buyer-like requirement workbooks for tests.
package gridtest

import (
	"fmt"

	"github.com/xuri/excelize/v2"
)

// Sheet is the name of the requirement sheet of the test workbooks.
const Sheet = "Exigences"

// Req is one requirement of a test workbook.
type Req struct {
	ID, Category, Text, Priority string
}

// Workbook builds a workbook the way buyers send them: a merged title
// over two rows, a styled header on row 4, category headings merged across
// the row, the requirements of reqs, a status column with a drop-down list
// read from a hidden sheet, a comment column limited to 1,000 characters, a
// reference column, a score formula under the table, column widths, and a
// protected sheet whose answer cells are unlocked.
func Workbook(reqs []Req) (*excelize.File, error) {
	f := excelize.NewFile()
	var first error
	must := func(err error) {
		if err != nil && first == nil {
			first = err
		}
	}
	must(f.SetSheetName("Sheet1", Sheet))
	_, err := f.NewSheet("Listes")
	must(err)
	for i, v := range []string{"Conforme", "Partiellement conforme", "Non conforme", "Sans objet"} {
		must(f.SetCellStr("Listes", fmt.Sprintf("A%d", i+1), v))
	}
	must(f.SetSheetVisible("Listes", false))
	must(f.SetCellStr(Sheet, "A1", "CADRE DE RÉPONSE TECHNIQUE — ANNEXE 4 : EXIGENCES DE SÉCURITÉ"))
	must(f.MergeCell(Sheet, "A1", "F2"))
	must(f.SetCellStr(Sheet, "A3", "À compléter par le candidat. Toute exigence de niveau E non satisfaite rend l'offre irrégulière."))
	title, _ := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 14}, Alignment: &excelize.Alignment{Horizontal: "center"}})
	must(f.SetCellStyle(Sheet, "A1", "A1", title))
	header, _ := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true, Color: "FFFFFF"}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"1F4E79"}},
		Border: []excelize.Border{{Type: "bottom", Color: "000000", Style: 1}}})
	for i, h := range []string{"N°", "Exigence", "Niveau", "Conformité", "Commentaire du candidat", "Référence dans l'offre"} {
		must(f.SetCellStr(Sheet, fmt.Sprintf("%c4", 'A'+i), h))
	}
	must(f.SetCellStyle(Sheet, "A4", "F4", header))
	heading, _ := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}}})
	answer, _ := f.NewStyle(&excelize.Style{Protection: &excelize.Protection{Locked: false}, Alignment: &excelize.Alignment{WrapText: true}})
	row, category := 5, ""
	for _, r := range reqs {
		if r.Category != category {
			category = r.Category
			must(f.SetCellStr(Sheet, fmt.Sprintf("A%d", row), category))
			must(f.MergeCell(Sheet, fmt.Sprintf("A%d", row), fmt.Sprintf("F%d", row)))
			must(f.SetCellStyle(Sheet, fmt.Sprintf("A%d", row), fmt.Sprintf("F%d", row), heading))
			row++
		}
		must(f.SetCellStr(Sheet, fmt.Sprintf("A%d", row), r.ID))
		must(f.SetCellStr(Sheet, fmt.Sprintf("B%d", row), r.Text))
		must(f.SetCellStr(Sheet, fmt.Sprintf("C%d", row), r.Priority))
		must(f.SetCellStyle(Sheet, fmt.Sprintf("D%d", row), fmt.Sprintf("F%d", row), answer))
		row++
	}
	last := row - 1
	dv := excelize.NewDataValidation(true)
	dv.Sqref = fmt.Sprintf("D5:D%d", last)
	dv.SetSqrefDropList("Listes!$A$1:$A$4")
	must(f.AddDataValidation(Sheet, dv))
	tl := excelize.NewDataValidation(true)
	tl.Sqref = fmt.Sprintf("E5:E%d", last)
	must(tl.SetRange(0, 1000, excelize.DataValidationTypeTextLength, excelize.DataValidationOperatorBetween))
	must(f.AddDataValidation(Sheet, tl))
	must(f.SetCellStr(Sheet, fmt.Sprintf("A%d", last+2), "Exigences conformes"))
	must(f.SetCellFormula(Sheet, fmt.Sprintf("D%d", last+2), fmt.Sprintf(`COUNTIF(D5:D%d,"Conforme")`, last)))
	must(f.SetColWidth(Sheet, "A", "A", 10))
	must(f.SetColWidth(Sheet, "B", "B", 80))
	must(f.SetColWidth(Sheet, "D", "F", 24))
	must(f.ProtectSheet(Sheet, &excelize.SheetProtectionOptions{Password: "acheteur", SelectLockedCells: true, SelectUnlockedCells: true}))
	return f, first
}

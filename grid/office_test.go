package grid

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pas-editor/pas/pas"
	"github.com/pas-editor/pas/sections"
	"github.com/xuri/excelize/v2"
)

// TestOfficeOpensAnsweredWorkbook: LibreOffice, a reader we did not
// write, opens the answered copy: the answers are there, the score
// formula is recalculated, and the buyer's layout (merged cells, widths,
// drop-down list, protection, hidden sheet) is intact.
func TestOfficeOpensAnsweredWorkbook(t *testing.T) {
	dir := t.TempDir()
	b, g := answeredGrid(t, dir)
	out, _, err := Export(b, g, ChapterReferences(sections.Catalogue()), pas.FR)
	if err != nil {
		t.Fatal(err)
	}
	answered := filepath.Join(dir, "reponse.xlsx")
	if err := os.WriteFile(answered, out, 0o644); err != nil {
		t.Fatal(err)
	}
	rows := officeCSV(t, answered)
	find := func(id string) []string {
		for _, r := range rows {
			if len(r) > 0 && r[0] == id {
				return r
			}
		}
		t.Fatalf("LibreOffice does not show %s", id)
		return nil
	}
	if r := find("CON-04"); r[3] != "Partiellement conforme" || !strings.HasPrefix(r[4], "RPO d'une heure") || r[5] != "§\u00a018" {
		t.Errorf("CON-04 as LibreOffice reads it: %q", r)
	}
	if r := find("CON-01"); r[3] != "Conforme" {
		t.Errorf("CON-01 as LibreOffice reads it: %q", r)
	}
	if r := find("Exigences conformes"); r[3] != "1" {
		t.Errorf("the score formula was not recalculated: %q", r)
	}
	again := officeCopy(t, answered, "xlsx")
	f, err := excelize.OpenFile(again)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	merges, _ := f.GetMergeCells(buyerSheet)
	width, _ := f.GetColWidth(buyerSheet, "B")
	dvs, _ := f.GetDataValidations(buyerSheet)
	visible, _ := f.GetSheetVisible("Listes")
	data, _ := os.ReadFile(again)
	_, parts, _ := zipParts(data)
	protected := sheetProtected(readPart(parts, sheetPart(parts, buyerSheet)))
	if len(merges) != 12 || width < 79 || width > 81 || len(dvs) != 2 || visible || !protected {
		t.Errorf("layout after LibreOffice: %d merges, width %.1f, %d validations, hidden sheet visible %v, protected %v", len(merges), width, len(dvs), visible, protected)
	}
}

// officeCSV has LibreOffice read a workbook's first sheet as CSV.
func officeCSV(t *testing.T, path string) [][]string {
	t.Helper()
	if Office() == "" {
		t.Skip("LibreOffice is not installed (.ci/run installs it)")
	}
	out, err := convert(path, `csv:Text - txt - csv (StarCalc):44,34,76,1`, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// TestOfficeFormatsRoundTrip: ODS and XLS grids are read through
// LibreOffice and answered in their own format.
func TestOfficeFormatsRoundTrip(t *testing.T) {
	for _, format := range []string{"ods", "xls"} {
		t.Run(format, func(t *testing.T) {
			dir := t.TempDir()
			src := saveWorkbook(t, buyerWorkbook(t, frenchGrid[:8]), dir, "grille.xlsx")
			path := officeCopy(t, src, format)
			b, err := OpenBook(path)
			if err != nil {
				t.Fatal(err)
			}
			defer b.Close()
			g, _, err := Import(b, buyerOptions(), sections.Catalogue(), dir)
			if err != nil {
				t.Fatal(err)
			}
			if b.Format != format || len(g.Requirements) != 8 || g.Source.Statuses[Compliant] != "Conforme" {
				t.Fatalf("import: %s, %d requirements, statuses %v", b.Format, len(g.Requirements), g.Source.Statuses)
			}
			g.Requirement("SEC-03").Status = Compliant
			out, _, err := Export(b, g, ChapterReferences(sections.Catalogue()), pas.FR)
			if err != nil {
				t.Fatal(err)
			}
			if FormatOf("x."+format) != format || format == "ods" && !strings.Contains(string(out[:200]), "application/vnd.oasis.opendocument.spreadsheet") ||
				format == "xls" && !strings.HasPrefix(string(out), string(oleHeader)) {
				t.Fatalf("the answered copy is not an %s file", format)
			}
			answered := filepath.Join(dir, "reponse."+format)
			if err := os.WriteFile(answered, out, 0o644); err != nil {
				t.Fatal(err)
			}
			found := false
			for _, r := range officeCSV(t, answered) {
				if len(r) > 3 && r[0] == "SEC-03" {
					found = r[3] == "Conforme"
				}
			}
			if !found {
				t.Error("SEC-03 is not answered in the copy LibreOffice reads")
			}
		})
	}
}

package grid

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/pas-editor/pas/grid/gridtest"
	"github.com/xuri/excelize/v2"
)

// buyerSheet is the name of the requirement sheet in the test workbooks.
const buyerSheet = gridtest.Sheet

// buyerWorkbook builds the buyer-like workbook of gridtest from corpus
// requirements.
func buyerWorkbook(t testing.TB, reqs []corpusReq) *excelize.File {
	t.Helper()
	var rs []gridtest.Req
	for _, r := range reqs {
		rs = append(rs, gridtest.Req{ID: r.ID, Category: r.Category, Text: r.Text, Priority: r.Priority})
	}
	f, err := gridtest.Workbook(rs)
	if err != nil {
		t.Fatal(err)
	}
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

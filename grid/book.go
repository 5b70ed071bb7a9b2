package grid

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"strings"

	"github.com/pas-editor/pas/pas"
	"github.com/xuri/excelize/v2"
)

// oleHeader starts a Compound File: an XLS workbook, or an XLSX workbook
// encrypted with a password.
var oleHeader = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// Book is the buyer's file opened for import or export. ODS and XLS files
// are read through a copy that LibreOffice converts to XLSX.
type Book struct {
	Path   string
	Format string // xlsx, xlsm, csv, ods or xls
	Data   []byte // the file as read
	Hash   string // SHA-256 of Data, in hexadecimal
	xlsx   *excelize.File
	xdata  []byte // the XLSX bytes excelize read (the converted copy for ODS and XLS)
	csv    *csvFile
	tmp    string // conversion folder, removed by Close
}

// FormatOf returns the format of a file from its extension, or "".
func FormatOf(path string) string {
	switch ext := strings.ToLower(filepath.Ext(path)); ext {
	case ".xlsx", ".xlsm", ".csv", ".ods", ".xls":
		return ext[1:]
	case ".txt":
		return "csv"
	}
	return ""
}

// OpenBook reads the buyer's file. Errors name the file and say what to do.
func OpenBook(path string) (*Book, error) {
	format := FormatOf(path)
	if format == "" {
		return nil, errf("%s : format non pris en charge (XLSX, XLSM, ODS, XLS ou CSV)", "%s: unsupported format (XLSX, XLSM, ODS, XLS or CSV)", path)
	}
	data, err := pas.ReadRegularFile(path, MaxFileSize)
	if err != nil {
		var fe *pas.FileError
		if errors.As(err, &fe) {
			return nil, &Error{Msg: pas.T(fe.Localize(pas.FR), fe.Localize(pas.EN))}
		}
		return nil, err
	}
	sum := sha256.Sum256(data)
	b := &Book{Path: path, Format: format, Data: data, Hash: hex.EncodeToString(sum[:])}
	switch format {
	case "csv":
		b.csv, err = parseCSV(data)
		if err != nil {
			return nil, &Error{Msg: textf("%s : %s", "%s: %s", path, err.(*Error).Msg)}
		}
		return b, nil
	case "ods", "xls":
		if err := b.convertIn(); err != nil {
			return nil, err
		}
	default:
		b.xdata = data
	}
	if err := b.openXLSX(); err != nil {
		b.Close()
		return nil, err
	}
	return b, nil
}

func (b *Book) openXLSX() error {
	if bytes.HasPrefix(b.xdata, oleHeader) {
		return errf("%s : le classeur est protégé par un mot de passe (chiffré) : enregistrez-en une copie sans mot de passe",
			"%s: the workbook is protected by a password (encrypted): save a copy without a password", b.Path)
	}
	f, err := excelize.OpenReader(bytes.NewReader(b.xdata))
	if err != nil {
		if errors.Is(err, zip.ErrFormat) || strings.Contains(err.Error(), "zip") {
			return errf("%s : classeur illisible (fichier endommagé ou qui n'est pas au format %s)", "%s: unreadable workbook (damaged, or not in %s format)", b.Path, strings.ToUpper(b.Format))
		}
		return errf("%s : classeur illisible : %v", "%s: unreadable workbook: %v", b.Path, pas.Sanitize(err.Error()))
	}
	b.xlsx = f
	return nil
}

// Close releases the workbook and removes conversion files.
func (b *Book) Close() {
	if b.xlsx != nil {
		_ = b.xlsx.Close()
	}
	if b.tmp != "" {
		_ = os.RemoveAll(b.tmp)
	}
}

// SheetInfo names a worksheet and says whether the buyer hid it.
type SheetInfo struct {
	Name   string
	Hidden bool
}

// Sheets lists the worksheets (none for CSV).
func (b *Book) Sheets() []SheetInfo {
	if b.xlsx == nil {
		return nil
	}
	var out []SheetInfo
	for _, name := range b.xlsx.GetSheetList() {
		visible, _ := b.xlsx.GetSheetVisible(name)
		out = append(out, SheetInfo{name, !visible})
	}
	return out
}

// Table is one sheet of the buyer's file as read: row by row, columns
// from 0, rows from 1 as the buyer sees them.
type Table struct {
	book   *Book
	Sheet  string // "" for CSV
	rows   [][]string
	merges []cellRange
}

// Table reads a worksheet (CSV files have one table; sheet is ignored).
func (b *Book) Table(sheet string) (*Table, error) {
	if b.csv != nil {
		return &Table{book: b, rows: b.csv.rows()}, nil
	}
	if sheet == "" {
		sheet = b.xlsx.GetSheetName(b.xlsx.GetActiveSheetIndex())
	}
	if idx, _ := b.xlsx.GetSheetIndex(sheet); idx < 0 {
		var names []string
		for _, s := range b.Sheets() {
			names = append(names, s.Name)
		}
		return nil, errf("%s : pas de feuille « %s » ; feuilles : %s", "%s: no sheet %q; sheets: %s", b.Path, sheet, strings.Join(names, ", "))
	}
	rows, err := b.xlsx.GetRows(sheet)
	if err != nil {
		return nil, errf("%s:%s : feuille illisible : %v", "%s:%s: unreadable sheet: %v", b.Path, sheet, pas.Sanitize(err.Error()))
	}
	return &Table{book: b, Sheet: sheet, rows: rows, merges: b.merges(sheet)}, nil
}

// merges reads a worksheet's merged ranges.
func (b *Book) merges(sheet string) []cellRange {
	var out []cellRange
	merges, _ := b.xlsx.GetMergeCells(sheet, true)
	for _, m := range merges {
		if r, ok := parseRange(m.GetStartAxis() + ":" + m.GetEndAxis()); ok {
			out = append(out, r)
		}
	}
	return out
}

// Rows returns the number of rows read.
func (t *Table) Rows() int { return len(t.rows) }

// raw returns the value written in a cell, "" when empty.
func (t *Table) raw(col, row int) string {
	if row < 1 || row > len(t.rows) || col < 0 || col >= len(t.rows[row-1]) {
		return ""
	}
	return t.rows[row-1][col]
}

// merge returns the merged range holding a cell, if any.
func (t *Table) merge(col, row int) (cellRange, bool) {
	for _, m := range t.merges {
		if m.contains(col, row) {
			return m, true
		}
	}
	return cellRange{}, false
}

// Cell returns what the buyer sees in a cell: the value of the merged
// range it belongs to, if any.
func (t *Table) Cell(col, row int) string {
	if m, ok := t.merge(col, row); ok {
		return t.raw(m.c1, m.r1)
	}
	return t.raw(col, row)
}

// Ref names a cell for messages: grille.xlsx:Exigences!C14, grille.csv:C14.
func (t *Table) Ref(col, row int) string {
	if t.Sheet == "" {
		return t.book.Path + ":" + cellName(col, row)
	}
	return t.book.Path + ":" + quoteSheet(t.Sheet) + "!" + cellName(col, row)
}

// quoteSheet quotes a sheet name as spreadsheets do when it holds more
// than letters, digits and underscores.
func quoteSheet(s string) string {
	for _, r := range s {
		if !(r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return "'" + strings.ReplaceAll(s, "'", "''") + "'"
		}
	}
	return s
}

// Width returns the number of columns used in the first rows, at least 1.
func (t *Table) Width() int {
	w := 1
	for _, r := range t.rows {
		w = max(w, len(r))
	}
	return w
}

package grid

import (
	"archive/zip"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/pas-editor/pas/pas"
	"github.com/xuri/excelize/v2"
)

// Answer is what goes into the buyer's answer cells for one requirement:
// only what the user decided (a validated status, a comment, an accepted
// mapping's chapter references).
type Answer struct {
	Req     *Requirement
	Status  string // the buyer's word for the validated status; "" when not validated
	Comment string
	Ref     string // "§ 18, § 9"
}

// References writes the chapter numbers of a mapping, in the document's
// numbering: "§ 18" or "§ 9, § 18".
func References(cat *pas.Catalogue, targets []string) string {
	nums := pas.ChapterNumbers(cat)
	var out []string
	seen := map[int]bool{}
	for _, t := range SortTargets(cat, targets) {
		if n := nums[ChapterOf(t)]; n > 0 && !seen[n] {
			seen[n] = true
			out = append(out, "§\u00a0"+strconv.Itoa(n))
		}
	}
	return strings.Join(out, ", ")
}

// Answers lists what the export writes, requirement by requirement; a
// status the buyer's drop-down list cannot express is an error.
func (g *Grid) Answers(cat *pas.Catalogue, l pas.Lang) ([]Answer, error) {
	var out []Answer
	for _, r := range g.Requirements {
		a := Answer{Req: r, Comment: r.Comment, Ref: References(cat, r.Map)}
		if r.Status != "" {
			a.Status = g.BuyerStatus(r.Status, l)
			if len(g.Source.Statuses) > 0 && g.Source.Statuses[r.Status] == "" {
				return nil, errf("exigence %s : la liste de l'acheteur n'a pas de valeur pour « %s » (%s)", "requirement %s: the buyer's list has no value for %q (%s)",
					r.ID, r.Status.Text(), strings.Join(statusWords(g.Source.Statuses), ", "))
			}
		}
		if g.Source.CommentMax > 0 && utf8.RuneCountInString(r.Comment) > g.Source.CommentMax {
			return nil, errf("exigence %s : le commentaire compte %d caractères, la cellule de l'acheteur en accepte %d", "requirement %s: the comment has %d characters, the buyer's cell accepts %d",
				r.ID, utf8.RuneCountInString(r.Comment), g.Source.CommentMax)
		}
		if a.Status != "" || a.Comment != "" || a.Ref != "" {
			out = append(out, a)
		}
	}
	return out, nil
}

func statusWords(m map[Status]string) []string {
	var out []string
	for _, s := range Answers {
		if m[s] != "" {
			out = append(out, m[s])
		}
	}
	return out
}

// ExportReport says what an export wrote.
type ExportReport struct {
	Statuses, Comments, Refs int // cells written
	Unanswered               int // requirements without a validated status
	Lost                     int // CSV: characters the file's encoding could not hold
}

// Export writes the answers into a copy of the buyer's file and returns
// the copy's bytes; the buyer's file is never written. The book must be
// the file the grid was imported from: its hash is checked.
func Export(b *Book, g *Grid, cat *pas.Catalogue, l pas.Lang) ([]byte, *ExportReport, error) {
	if b.Hash != g.Source.SHA256 {
		return nil, nil, errf("%s a changé depuis l'import (empreinte différente) : importez la nouvelle version (rectificatif) avant d'exporter",
			"%s has changed since the import (different hash): import the new version (amendment) before exporting", b.Path)
	}
	answers, err := g.Answers(cat, l)
	if err != nil {
		return nil, nil, err
	}
	rep := &ExportReport{}
	for _, r := range g.Requirements {
		if r.Status == "" {
			rep.Unanswered++
		}
	}
	cells := map[int]map[int]string{} // row, column → value
	put := func(row int, col, v string, n *int) {
		if col == "" || v == "" {
			return
		}
		if cells[row] == nil {
			cells[row] = map[int]string{}
		}
		cells[row][colIndex(col)] = v
		*n++
	}
	c := g.Source.Columns
	for _, a := range answers {
		put(a.Req.Row, c.Status, a.Status, &rep.Statuses)
		put(a.Req.Row, c.Comment, a.Comment, &rep.Comments)
		put(a.Req.Row, c.Ref, a.Ref, &rep.Refs)
	}
	if b.csv != nil {
		byRecord := map[int]map[int]string{}
		for row, cols := range cells {
			byRecord[row-1] = cols
		}
		out, lost := b.csv.patch(byRecord)
		rep.Lost = lost
		return out, rep, nil
	}
	out, err := b.exportXLSX(g.Source.Sheet, cells)
	if err != nil {
		return nil, nil, err
	}
	if b.Format == "ods" || b.Format == "xls" {
		out, err = b.convertOut(out)
	}
	return out, rep, err
}

// exportXLSX writes the cells into a copy of the workbook: only the
// answer cells of the grid's sheet change (and, when the workbook holds
// formulas, the request to recalculate them on opening). A locked cell of
// a protected sheet, a formula or a cell hidden under a merged range
// where an answer goes is reported, and nothing is written.
func (b *Book) exportXLSX(sheet string, cells map[int]map[int]string) ([]byte, error) {
	f := b.xlsx
	_, parts, err := zipParts(b.xdata)
	if err != nil {
		return nil, err
	}
	sheetXML := sheetPart(parts, sheet)
	if sheetXML == "" {
		return nil, errf("%s : pas de feuille « %s »", "%s: no sheet %q", b.Path, sheet)
	}
	t := &Table{book: b, Sheet: sheet, merges: b.merges(sheet)} // cell names and merges; the values are not needed
	orig := readPart(parts, sheetXML)
	protected := sheetProtected(orig)
	var problems []pas.Text
	patch := map[int]map[int]newCell{}
	for _, row := range sortedKeys(cells) {
		for _, col := range sortedKeys(cells[row]) {
			if p := b.cellProblem(f, t, sheet, col, row, protected); !p.IsZero() {
				problems = append(problems, textf("%s %s", "%s %s", t.Ref(col, row), p))
				continue
			}
			style, err := f.GetCellStyle(sheet, cellName(col, row))
			if err != nil {
				style = -1
			}
			if patch[row] == nil {
				patch[row] = map[int]newCell{}
			}
			patch[row][col] = newCell{cells[row][col], style}
		}
	}
	if len(problems) > 0 {
		if len(problems) > 10 {
			problems = append(problems[:10], pas.T("…", "…"))
		}
		var fr, en []string
		for _, p := range problems {
			fr, en = append(fr, p.FR), append(en, p.EN)
		}
		return nil, errf("ces cellules de réponse ne peuvent pas être remplies ; rien n'a été écrit :\n  %s",
			"these answer cells cannot be filled; nothing was written:\n  %s", pas.T(strings.Join(fr, "\n  "), strings.Join(en, "\n  ")))
	}
	patched, err := patchSheet(orig, patch)
	if err != nil {
		return nil, errf("%s : feuille « %s » illisible : %v", "%s: sheet %q cannot be read: %v", b.Path, sheet, err)
	}
	repl := map[string][]byte{sheetXML: patched}
	if workbookHasFormulas(parts) {
		wb := workbookPart(parts)
		data, err := recalcOnLoad(readPart(parts, wb))
		if err != nil {
			return nil, errf("%s : classeur illisible : %v", "%s: unreadable workbook: %v", b.Path, err)
		}
		repl[wb] = data
	}
	return replaceParts(b.xdata, repl)
}

// workbookHasFormulas reports whether a worksheet of the package holds a
// formula.
func workbookHasFormulas(parts map[string]*zip.File) bool {
	for name := range parts {
		if strings.Contains(name, "worksheets/") && strings.HasSuffix(name, ".xml") && hasFormulas(readPart(parts, name)) {
			return true
		}
	}
	return false
}

// cellProblem says why an answer cannot go into a cell: a locked cell of
// a protected sheet (it is not unlocked), a formula, or a cell inside a
// merged range other than its first.
func (b *Book) cellProblem(f *excelize.File, t *Table, sheet string, col, row int, protected bool) pas.Text {
	ref := cellName(col, row)
	if m, ok := t.merge(col, row); ok && (m.c1 != col || m.r1 != row) {
		return textf("est fusionnée dans %s", "is merged into %s", m)
	}
	if fm, _ := f.GetCellFormula(sheet, ref); fm != "" {
		return textf("contient une formule (=%s)", "holds a formula (=%s)", pas.Sanitize(fm))
	}
	if protected && cellLocked(f, sheet, ref) {
		return pas.T("est verrouillée et la feuille est protégée (elle n'est pas déverrouillée)", "is locked and the sheet is protected (it is not unlocked)")
	}
	return pas.Text{}
}

// cellLocked reads a cell's protection: cells are locked unless their
// style says otherwise.
func cellLocked(f *excelize.File, sheet, ref string) bool {
	idx, err := f.GetCellStyle(sheet, ref)
	if err != nil || f.Styles == nil || f.Styles.CellXfs == nil || idx < 0 || idx >= len(f.Styles.CellXfs.Xf) {
		return true
	}
	p := f.Styles.CellXfs.Xf[idx].Protection
	return p == nil || p.Locked == nil || *p.Locked
}

func sortedKeys[V any](m map[int]V) []int {
	out := make([]int, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Ints(out)
	return out
}

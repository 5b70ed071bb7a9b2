package grid

import (
	"archive/zip"
	"slices"
	"sort"
	"strconv"
	"strings"

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
	Ref     string // "§ 5, § 18.3"
}

// References cites where a mapping is answered, as the headings of the
// plan's document are numbered: "§ 18.3" or "§ 5, § 18.3", in the
// document's order; a chapter mapped as a whole stands for its headings
// ("§ 18", not "§ 18, § 18.3"). ref gives a target's heading number:
// pas.Doc.Reference inside the document, pas.HeadingReferences outside
// it, ChapterReferences for chapter numbers only.
func References(ref func(target string) string, targets []string) string {
	var nums []string
	for _, t := range targets {
		if n := ref(t); n != "" && !slices.Contains(nums, n) {
			nums = append(nums, n)
		}
	}
	slices.SortFunc(nums, compareNumbers)
	var out []string
	last := ""
	for _, n := range nums {
		if last == "" || !strings.HasPrefix(n, last+".") {
			out, last = append(out, "§\u00a0"+n), n
		}
	}
	return strings.Join(out, ", ")
}

// ChapterReferences gives the chapter number of a chapter or field
// target, without rendering the plan.
func ChapterReferences(cat *pas.Catalogue) func(target string) string {
	nums := pas.ChapterNumbers(cat)
	return func(t string) string {
		if n := nums[ChapterOf(t)]; n > 0 {
			return strconv.Itoa(n)
		}
		return ""
	}
}

// compareNumbers orders heading numbers as the document does: 5 < 18 <
// 18.2 < 18.10.
func compareNumbers(a, b string) int {
	as, bs := strings.Split(a, "."), strings.Split(b, ".")
	for i := 0; i < len(as) && i < len(bs); i++ {
		x, _ := strconv.Atoi(as[i])
		y, _ := strconv.Atoi(bs[i])
		if x != y {
			return x - y
		}
	}
	return len(as) - len(bs)
}

// Answers lists what the export writes, requirement by requirement, with
// references given by ref (see References); a status the buyer's
// drop-down list cannot express is an error.
func (g *Grid) Answers(ref func(target string) string, l pas.Lang) ([]Answer, error) {
	var out []Answer
	for _, r := range g.Requirements {
		a := Answer{Req: r, Comment: r.Comment, Ref: References(ref, r.Map)}
		if r.Status != "" {
			a.Status = g.BuyerStatus(r.Status, l)
			if !g.Expressible(r.Status) {
				return nil, errf("exigence %s : la liste de l'acheteur n'a pas de valeur pour « %s » (%s)", "requirement %s: the buyer's list has no value for %q (%s)",
					r.ID, r.Status.Text(), strings.Join(statusWords(g.Source.Statuses), ", "))
			}
		}
		if !g.CommentFits(r.Comment) {
			return nil, errf("exigence %s : le commentaire compte %d caractères, la cellule de l'acheteur en accepte %d", "requirement %s: the comment has %d characters, the buyer's cell accepts %d",
				r.ID, CommentLen(r.Comment), g.Source.CommentMax)
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
// the file the grid was imported from: its hash is checked. ref numbers
// the references as the plan's document does (pas.HeadingReferences).
func Export(b *Book, g *Grid, ref func(target string) string, l pas.Lang) ([]byte, *ExportReport, error) {
	if b.Hash != g.Source.SHA256 {
		return nil, nil, errf("%s a changé depuis l'import (empreinte différente) : importez la nouvelle version (rectificatif) avant d'exporter",
			"%s has changed since the import (different hash): import the new version (amendment) before exporting", b.Path)
	}
	answers, err := g.Answers(ref, l)
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

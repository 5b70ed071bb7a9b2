package grid

import (
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/pas-editor/pas/pas"
	"github.com/xuri/excelize/v2"
)

// maxRequirements bounds a grid: no buyer asks fifty thousand questions,
// and a sheet that long is a data export chosen by mistake.
const maxRequirements = 50_000

// Options are what the user says about the buyer's file: the sheet, the
// header row, and which column holds what, as a column letter or a header
// title.
type Options struct {
	Sheet                                    string
	HeaderRow                                int
	ID, Text, Priority, Status, Comment, Ref string
	Minimum                                  []string // priority codes that mean a minimum requirement
}

// role names one column the user designates.
type role struct {
	key      string
	label    pas.Text
	spec     func(*Options) *string
	col      func(*Columns) *string
	required bool
}

var roles = []role{
	{"id", pas.T("identifiant", "id"), func(o *Options) *string { return &o.ID }, func(c *Columns) *string { return &c.ID }, true},
	{"text", pas.T("texte de l'exigence", "requirement text"), func(o *Options) *string { return &o.Text }, func(c *Columns) *string { return &c.Text }, true},
	{"priority", pas.T("priorité", "priority"), func(o *Options) *string { return &o.Priority }, func(c *Columns) *string { return &c.Priority }, false},
	{"status", pas.T("statut de conformité", "compliance status"), func(o *Options) *string { return &o.Status }, func(c *Columns) *string { return &c.Status }, true},
	{"comment", pas.T("commentaire", "comment"), func(o *Options) *string { return &o.Comment }, func(c *Columns) *string { return &c.Comment }, false},
	{"ref", pas.T("référence dans l'offre", "reference in the offer"), func(o *Options) *string { return &o.Ref }, func(c *Columns) *string { return &c.Ref }, false},
}

// Import reads the requirements of the buyer's file as the options say
// and proposes a mapping for each from the catalogue's vocabulary. It
// writes nothing. gridDir is the folder of the grid file, against which
// the buyer's file name is recorded.
//
// Rows it skips (an id without a requirement text, such as a total under
// the table) are returned as notes for the user.
func Import(b *Book, opts Options, cat *pas.Catalogue, gridDir string) (*Grid, []pas.Text, error) {
	t, err := b.Table(opts.Sheet)
	if err != nil {
		return nil, nil, err
	}
	if opts.HeaderRow < 1 || opts.HeaderRow > t.Rows() {
		return nil, nil, errf("%s : la ligne d'en-tête %d n'existe pas (la feuille a %d lignes)", "%s: header row %d does not exist (the sheet has %d rows)", t.where(), opts.HeaderRow, t.Rows())
	}
	g := &Grid{Source: Source{File: recordedName(b.Path, gridDir), SHA256: b.Hash, Format: b.Format, Sheet: t.Sheet, HeaderRow: opts.HeaderRow, Minimum: opts.Minimum}}
	if b.csv != nil {
		g.Source.Separator, g.Source.Encoding = string(b.csv.sep), b.csv.encoding
	}
	cols := map[string]int{}
	for _, r := range roles {
		spec := strings.TrimSpace(*r.spec(&opts))
		if spec == "" {
			if r.required {
				return nil, nil, errf("colonne manquante : %s (--%s)", "missing column: %s (--%s)", r.label, r.key)
			}
			continue
		}
		c, err := t.resolveColumn(spec, opts.HeaderRow)
		if err != nil {
			return nil, nil, err
		}
		for other, oc := range cols {
			if oc == c {
				return nil, nil, errf("la colonne %s est désignée pour %s et pour %s", "column %s is given for both %s and %s", colName(c), other, r.key)
			}
		}
		cols[r.key] = c
		*r.col(&g.Source.Columns) = colName(c)
	}
	notes, err := t.readRequirements(g, cols, opts.HeaderRow)
	if err != nil {
		return nil, nil, err
	}
	t.readValidations(g, cols)
	v := newVocabulary(cat)
	for _, r := range g.Requirements {
		r.Proposed = v.Propose(cat, r.Text, r.Category)
	}
	return g, notes, nil
}

// recordedName is how the grid file names the buyer's file: relative to
// the grid file's folder when it lies under it, else its base name (the
// export then needs it beside the plan, or --grid).
func recordedName(path, gridDir string) string {
	abs, err1 := filepath.Abs(path)
	dir, err2 := filepath.Abs(gridDir)
	if err1 == nil && err2 == nil {
		if rel, err := filepath.Rel(dir, abs); err == nil && !strings.HasPrefix(rel, "..") {
			return filepath.ToSlash(rel)
		}
	}
	return filepath.Base(path)
}

func (t *Table) where() string {
	if t.Sheet == "" {
		return t.book.Path
	}
	return t.book.Path + ":" + quoteSheet(t.Sheet)
}

// resolveColumn reads a column given as a header title (first) or a
// column letter.
func (t *Table) resolveColumn(spec string, header int) (int, error) {
	key := pas.SearchKey(spec)
	var found []int
	for c := 0; c < t.Width(); c++ {
		if key != "" && pas.SearchKey(t.Cell(c, header)) == key {
			found = append(found, c)
		}
	}
	switch {
	case len(found) == 1:
		return found[0], nil
	case len(found) > 1:
		var names []string
		for _, c := range found {
			names = append(names, colName(c))
		}
		m, merged := t.merge(found[0], header)
		if merged {
			return 0, errf("%s : l'en-tête « %s » couvre les colonnes %s (cellules fusionnées %s) : donnez une lettre de colonne, ou la ligne d'en-tête du dessous",
				"%s: header %q spans columns %s (merged cells %s): give a column letter, or the header row below", t.Ref(found[0], header), spec, strings.Join(names, ", "), m)
		}
		return 0, errf("%s : plusieurs colonnes s'intitulent « %s » (%s) : donnez une lettre de colonne", "%s: several columns are titled %q (%s): give a column letter", t.where(), spec, strings.Join(names, ", "))
	}
	letters := strings.ToUpper(spec)
	if !isColumnLetters(letters) {
		var titles []string
		for c := 0; c < t.Width(); c++ {
			if h := strings.TrimSpace(t.raw(c, header)); h != "" {
				titles = append(titles, colName(c)+" « "+pas.Sanitize(h)+" »")
			}
		}
		return 0, errf("%s : aucune colonne « %s » à la ligne %d ; en-têtes : %s", "%s: no column %q in row %d; headers: %s", t.where(), spec, header, strings.Join(titles, ", "))
	}
	c := colIndex(letters)
	if c >= t.Width() {
		return 0, errf("%s : la colonne %s est au-delà de la dernière colonne utilisée (%s)", "%s: column %s is past the last column used (%s)", t.where(), letters, colName(t.Width()-1))
	}
	return c, nil
}

// readRequirements reads the rows below the header: a row with an id and
// a text is a requirement; a row with a text but no id, or whose id cell
// is merged across the text column, is a category heading; empty rows are
// skipped; a row with an id but no text (a total under the table) is
// skipped with a note. A duplicate id is an error naming both cells.
func (t *Table) readRequirements(g *Grid, cols map[string]int, header int) ([]pas.Text, error) {
	var notes []pas.Text
	idc, textc := cols["id"], cols["text"]
	prc, hasPr := cols["priority"]
	category := ""
	seen := map[string]int{}
	for row := header + 1; row <= t.Rows(); row++ {
		id := cleanText(t.Cell(idc, row))
		text := cleanText(t.Cell(textc, row))
		if text == "" && id != "" {
			v, err := t.formulaValue(textc, row)
			if err != nil {
				return nil, err
			}
			text = v
		}
		m, merged := t.merge(idc, row)
		switch {
		case id == "" && text == "":
			continue
		case id == "" || merged && m.contains(textc, row):
			category = text
			continue
		case text == "":
			notes = append(notes, textf("%s : ligne ignorée, « %s » n'a pas de texte d'exigence", "%s: row skipped, %q has no requirement text", t.Ref(textc, row), pas.Sanitize(id)))
			continue
		}
		if first, dup := seen[id]; dup {
			return nil, errf("%s : identifiant « %s » en double (déjà en %s)", "%s: duplicate id %q (already in %s)", t.Ref(idc, row), pas.Sanitize(id), cellName(idc, first))
		}
		seen[id] = row
		if len(g.Requirements) == maxRequirements {
			return nil, errf("%s : plus de %d exigences : est-ce bien la grille de l'acheteur ?", "%s: more than %d requirements: is this the buyer's grid?", t.where(), maxRequirements)
		}
		r := &Requirement{ID: id, Row: row, Category: category, Text: text}
		if hasPr {
			r.Priority = cleanText(t.Cell(prc, row))
		}
		g.Requirements = append(g.Requirements, r)
	}
	if len(g.Requirements) == 0 {
		return nil, errf("%s : aucune exigence sous la ligne %d (colonnes %s et %s)", "%s: no requirement below row %d (columns %s and %s)", t.where(), header, colName(idc), colName(textc))
	}
	return notes, nil
}

// cleanText trims a cell's text and folds its line ends, including the
// line and page breaks a word processor leaves in a pasted cell (VT, FF).
// Escape sequences and the other control characters a plan's files refuse
// are taken out: the buyer's file cannot be changed, and the grid file
// must load back.
func cleanText(s string) string {
	s = ansi.Strip(lineBreaks.Replace(strings.ToValidUTF8(s, "\uFFFD")))
	s = strings.Map(func(r rune) rune {
		if pas.IsUnsafeRune(r) {
			return -1
		}
		return r
	}, s)
	return strings.TrimSpace(s)
}

var lineBreaks = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\v", "\n", "\f", "\n")

// formulaValue computes a text cell that holds a formula without a saved
// result; a formula that cannot be computed is an error naming the cell.
func (t *Table) formulaValue(col, row int) (string, error) {
	x := t.book.xlsx
	if x == nil {
		return "", nil
	}
	f, err := x.GetCellFormula(t.Sheet, cellName(col, row))
	if err != nil || f == "" {
		return "", nil
	}
	v, err := x.CalcCellValue(t.Sheet, cellName(col, row))
	if err != nil || strings.TrimSpace(v) == "" {
		return "", errf("%s : le texte est une formule (=%s) sans valeur calculée : ouvrez et enregistrez le fichier dans un tableur",
			"%s: the text is a formula (=%s) without a computed value: open and save the file in a spreadsheet program", t.Ref(col, row), pas.Sanitize(f))
	}
	return cleanText(v), nil
}

// readValidations takes the buyer's status words from the drop-down list
// of the status column, and the comment's length limit, when they exist.
func (t *Table) readValidations(g *Grid, cols map[string]int) {
	x := t.book.xlsx
	if x == nil {
		return
	}
	dvs, _ := x.GetDataValidations(t.Sheet)
	first := g.Requirements[0].Row
	for _, dv := range dvs {
		if !covers(dv.Sqref, cols["status"], first) || dv.Type != "list" {
			continue
		}
		if words := t.listValues(dv.Formula1); len(words) > 0 {
			g.Source.Statuses = matchStatuses(words)
			break
		}
	}
	if c, ok := cols["comment"]; ok {
		for _, dv := range dvs {
			if covers(dv.Sqref, c, first) && dv.Type == "textLength" {
				g.Source.CommentMax = lengthLimit(dv)
			}
		}
	}
}

// covers reports whether a validation's ranges ("F5:F200 H5:H9") hold a cell.
func covers(sqref string, col, row int) bool {
	for _, part := range strings.Fields(sqref) {
		if r, ok := parseRange(part); ok && r.contains(col, row) {
			return true
		}
	}
	return false
}

// listValues reads a list validation: a literal "a,b,c" or a range,
// possibly on another (often hidden) sheet or through a defined name.
func (t *Table) listValues(formula string) []string {
	f := strings.TrimPrefix(strings.TrimSpace(formula), "=")
	if strings.HasPrefix(f, `"`) {
		var out []string
		for _, w := range strings.Split(strings.Trim(f, `"`), ",") {
			if w = strings.TrimSpace(w); w != "" {
				out = append(out, w)
			}
		}
		return out
	}
	for _, dn := range t.book.xlsx.GetDefinedName() {
		if strings.EqualFold(dn.Name, f) {
			f = strings.TrimPrefix(dn.RefersTo, "=")
		}
	}
	sheet, ref := t.Sheet, f
	if i := strings.LastIndexByte(f, '!'); i >= 0 {
		sheet, ref = strings.ReplaceAll(strings.Trim(f[:i], "'"), "''", "'"), f[i+1:]
	}
	r, ok := parseRange(ref)
	if !ok || (r.r2-r.r1+1)*(r.c2-r.c1+1) > 200 {
		return nil
	}
	var out []string
	for row := r.r1; row <= r.r2; row++ {
		for col := r.c1; col <= r.c2; col++ {
			if v, err := t.book.xlsx.GetCellValue(sheet, cellName(col, row)); err == nil && strings.TrimSpace(v) != "" {
				out = append(out, strings.TrimSpace(v))
			}
		}
	}
	return out
}

// matchStatuses recognises the buyer's words for each status.
func matchStatuses(words []string) map[Status]string {
	out := map[Status]string{}
	for _, w := range words {
		if s := statusOfWord(w); s != "" && out[s] == "" {
			out[s] = w
		}
	}
	return out
}

// statusOfWord reads a buyer's status word: Conforme, Partiellement
// conforme, Non conforme, Sans objet, C / PC / NC / SO, Yes / Partial /
// No / N/A…
func statusOfWord(w string) Status {
	k := pas.SearchKey(strings.ReplaceAll(w, "/", " "))
	switch {
	case k == "":
		return ""
	case strings.Contains(k, "partiel") || strings.Contains(k, "partial") || k == "pc" || k == "p":
		return Partial
	case strings.HasPrefix(k, "non conforme") || strings.HasPrefix(k, "not compliant") || strings.HasPrefix(k, "non compliant") ||
		k == "nc" || k == "non" || k == "no":
		return NonCompliant
	case strings.Contains(k, "sans objet") || strings.Contains(k, "applicable") || k == "so" || k == "n a" || k == "na" || k == "nr":
		return NotApplicable
	case strings.Contains(k, "conforme") || strings.Contains(k, "compliant") || k == "c" || k == "oui" || k == "yes" || k == "ok":
		return Compliant
	}
	return ""
}

// lengthLimit reads a text-length validation's upper bound.
func lengthLimit(dv *excelize.DataValidation) int {
	n := func(s string) int { v, _ := strconv.Atoi(strings.TrimSpace(strings.TrimPrefix(s, "="))); return v }
	switch dv.Operator {
	case "lessThanOrEqual":
		return n(dv.Formula1)
	case "lessThan":
		return max(n(dv.Formula1)-1, 0)
	case "between", "":
		return n(dv.Formula2)
	}
	return 0
}

// Priorities counts the buyer's priority codes, most frequent first, for
// the user to say which mean a minimum requirement.
func (g *Grid) Priorities() []string {
	count := map[string]int{}
	for _, r := range g.Requirements {
		if r.Priority != "" {
			count[r.Priority]++
		}
	}
	var out []string
	for p := range count {
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool {
		if count[out[i]] != count[out[j]] {
			return count[out[i]] > count[out[j]]
		}
		return out[i] < out[j]
	})
	return out
}

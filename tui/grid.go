package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/pas-editor/pas/pas"
)

// raciField returns the RACI field of a list's records, or nil: a list
// whose records hold one is edited as a grid.
func raciField(list *pas.Field) *pas.Field {
	for _, f := range list.Fields {
		if f.Kind == pas.KRACI {
			return f
		}
	}
	return nil
}

// gridView edits a RACI matrix: activities as rows, parties as columns,
// one key per letter, the activity column frozen while wide matrices
// scroll sideways, and each row's rules (one A, at least one R) shown live.
type gridView struct {
	list, cell     *pas.Field
	columns        *pas.Field // the section field listing the columns, if any
	row, col       int
	offset, colOff int
	cols           []string // columns as of plan version colsAt
	colsAt         int
}

func newGridView(m *Model, list *pas.Field) *gridView {
	g := &gridView{list: list, cell: raciField(list)}
	g.columns = columnsOf(g.cell)
	return g
}

func (g *gridView) capturing() bool                       { return false }
func (g *gridView) forward(m *Model, msg tea.Msg) tea.Cmd { return nil }
func (g *gridView) crumb(m *Model) string                 { return g.list.Label.In(m.lang) }

// parties returns the column ids: the declared columns, then any other
// party an assignment names. They are worked out again only after an edit.
func (g *gridView) parties(m *Model) []string {
	if g.cols != nil && g.colsAt == m.version {
		return g.cols
	}
	g.cols, g.colsAt = g.findParties(m), m.version
	return g.cols
}

func (g *gridView) findParties(m *Model) []string {
	cols := []string{}
	seen := map[string]bool{}
	if g.columns != nil {
		for _, id := range m.plan.Strings(g.columns) {
			if !seen[id] {
				seen[id] = true
				cols = append(cols, id)
			}
		}
	}
	for _, r := range m.plan.Records(g.list) {
		for id := range r.Get(g.cell).RACIOrNil() {
			if !seen[id] {
				seen[id] = true
				cols = append(cols, id)
			}
		}
	}
	return cols
}

func (g *gridView) help(m *Model) []key.Binding {
	k := m.keys
	letters := binding([]string{"r", "a", "c", "i"}, "r/a/c/i", m.t("basculer la lettre", "toggle letter"))
	cols := binding([]string{"P"}, "P", m.t("colonnes", "columns"))
	return []key.Binding{letters, k.RACINone, k.Edit, k.Add, k.Delete, k.Template, cols, k.MoveUp, k.Back}
}

func (g *gridView) update(m *Model, msg tea.KeyMsg) tea.Cmd {
	k := m.keys
	recs := m.plan.Records(g.list)
	cols := g.parties(m)
	g.row, g.col = clamp(g.row, 0, len(recs)-1), clamp(g.col, 0, len(cols)-1) // after deletions and undos
	if r, ok := moveCursor(k, msg, g.row, len(recs)); ok {
		g.row = r
		return nil
	}
	switch s := msg.String(); {
	case key.Matches(msg, k.Back):
		m.form.pop(m)
	case s == "r" || s == "a" || s == "c" || s == "i":
		return g.toggle(m, recs, cols, strings.ToUpper(s))
	case key.Matches(msg, k.RACINone):
		return g.setCell(m, recs, cols, "")
	case msg.Type == tea.KeyLeft || s == "h":
		g.col = clamp(g.col-1, 0, len(cols)-1)
	case msg.Type == tea.KeyRight || s == "l":
		g.col = clamp(g.col+1, 0, len(cols)-1)
	case key.Matches(msg, k.Add):
		return g.add(m)
	case key.Matches(msg, k.Template):
		m.dialog = templateDialog(m, g)
	case s == "P" && g.columns != nil:
		m.form.push(newColumnsView(m, g.columns))
	case len(recs) == 0:
	case key.Matches(msg, k.Edit):
		m.form.push(newFieldsView(m, g.list.Section, g.list, recs[g.row].ID))
	case key.Matches(msg, k.Delete):
		m.dialog = deleteDialog(m, g.list, recs[g.row])
	case key.Matches(msg, k.MoveUp), key.Matches(msg, k.MoveDown):
		return g.move(m, recs, key.Matches(msg, k.MoveDown))
	}
	return nil
}

// toggle adds or removes a letter in the current cell.
func (g *gridView) toggle(m *Model, recs []*pas.Record, cols []string, letter string) tea.Cmd {
	if len(recs) == 0 || len(cols) == 0 {
		return nil
	}
	cur := recs[g.row].Get(g.cell).RACIOrNil()[cols[g.col]]
	next := cur + letter
	if strings.Contains(cur, letter) {
		next = strings.ReplaceAll(cur, letter, "")
	}
	canon, _ := pas.ParseRACI(next)
	return g.setCell(m, recs, cols, canon)
}

// setCell stores the letters of the current cell ("" removes the party
// from the row).
func (g *gridView) setCell(m *Model, recs []*pas.Record, cols []string, letters string) tea.Cmd {
	if len(recs) == 0 || len(cols) == 0 {
		return nil
	}
	r, party := recs[g.row], cols[g.col]
	old := r.Get(g.cell)
	if old.RACIOrNil()[party] == letters {
		return nil
	}
	return m.mutateRecord(g.list, r.ID, func(r *pas.Record) { r.Set(g.cell, withLetters(old, party, letters)) })
}

func (g *gridView) add(m *Model) tea.Cmd {
	id := newRecordID(m.plan, g.list)
	at := min(g.row+1, len(m.plan.Records(g.list)))
	cmd := m.mutate([]string{g.list.Section.ID}, func() {
		l := m.plan.ListOf(g.list)
		l.Records = append(l.Records[:at], append([]*pas.Record{{ID: id}}, l.Records[at:]...)...)
	})
	g.row = at
	m.form.push(newFieldsView(m, g.list.Section, g.list, id))
	return cmd
}

func (g *gridView) move(m *Model, recs []*pas.Record, down bool) tea.Cmd {
	to := g.row - 1
	if down {
		to = g.row + 1
	}
	if to < 0 || to >= len(recs) {
		return nil
	}
	from := g.row
	g.row = to
	return m.mutate([]string{g.list.Section.ID}, func() {
		l := m.plan.ListOf(g.list).Records
		l[from], l[to] = l[to], l[from]
	})
}

// rowCheck says whether an activity has exactly one A and at least one R.
func rowCheck(m *Model, v *pas.Value) (bool, string) {
	a, r := 0, 0
	for _, l := range v.RACIOrNil() {
		if strings.Contains(l, "A") {
			a++
		}
		if strings.Contains(l, "R") {
			r++
		}
	}
	switch {
	case a != 1 && r == 0:
		return false, fmt.Sprintf(m.t("%d A au lieu d'un, aucun R", "%d A instead of one, no R"), a)
	case a != 1:
		return false, fmt.Sprintf(m.t("%d A au lieu d'un seul", "%d A instead of exactly one"), a)
	case r == 0:
		return false, m.t("aucun R : personne ne réalise l'activité", "no R: nobody does the activity")
	}
	return true, ""
}

// view draws the visible rows and columns; the activity column stays.
func (g *gridView) view(m *Model, w, h int) string {
	recs := m.plan.Records(g.list)
	cols := g.parties(m)
	if len(cols) == 0 {
		return m.st.Faint.Render(wrap(m.t("Aucune colonne : touche P pour choisir les parties de la matrice.", "No column: key P chooses the matrix's parties."), w))
	}
	if len(recs) == 0 {
		return m.st.Faint.Render(wrap(m.t("Aucune activité : + en ajoute une, T ajoute les activités types.", "No activity: + adds one, T adds the standard activities."), w))
	}
	g.row, g.col = clamp(g.row, 0, len(recs)-1), clamp(g.col, 0, len(cols)-1)
	labelW := clamp(w/3, 14, 40)
	cellW := clamp((w-labelW-3)/len(cols), 6, 16) // wider cells name the parties better
	visibleCols := max((w-labelW-3)/cellW, 1)
	g.colOff = scrollOffset(g.col, g.colOff, visibleCols)
	header := padTo("", labelW+3)
	for j := g.colOff; j < len(cols) && j < g.colOff+visibleCols; j++ {
		header += padTo(truncate(partyName(m, g.cell, cols[j]), cellW-1), cellW)
	}
	more := ""
	if g.colOff > 0 {
		more += "◀"
	}
	if g.colOff+visibleCols < len(cols) {
		more += "▶"
	}
	lines := []string{m.st.Faint.Render(truncate(header, w-len(more))) + more}
	rows := max(h-3, 1) // the header and two status lines
	g.offset = scrollOffset(g.row, g.offset, rows)
	for i := g.offset; i < len(recs) && i < g.offset+rows; i++ {
		lines = append(lines, g.line(m, recs[i], cols, i == g.row, labelW, visibleCols, cellW))
	}
	ok, why := rowCheck(m, recs[g.row].Get(g.cell))
	status := m.st.OK.Render("✓ " + m.t("une A, au moins un R", "one A, at least one R"))
	if !ok {
		status = m.st.Error.Render("✗ " + why)
	}
	lines = append(lines, truncate(fmt.Sprintf("%d/%d · ", g.row+1, len(recs))+status, w),
		m.st.Faint.Render(truncate(m.t("Colonne : ", "Column: ")+partyName(m, g.cell, cols[g.col]), w)))
	return strings.Join(lines, "\n")
}

func (g *gridView) line(m *Model, r *pas.Record, cols []string, current bool, labelW, visibleCols, cellW int) string {
	v := r.Get(g.cell)
	ok, _ := rowCheck(m, v)
	mark := m.st.OK.Render("✓")
	if !ok {
		mark = m.st.Error.Render("✗")
	}
	label := padTo(truncate(r.NameIn(g.list, m.lang), labelW), labelW)
	if current {
		label = m.st.Selected.Render(label)
	}
	line := mark + " " + label + " "
	for j := g.colOff; j < len(cols) && j < g.colOff+visibleCols; j++ {
		cell := padTo(v.RACIOrNil()[cols[j]], cellW-1)
		if cell == padTo("", cellW-1) {
			cell = padTo("·", cellW-1)
		}
		if current && j == g.col {
			cell = m.st.Selected.Render(cell)
		}
		line += cell + " "
	}
	return line
}

// partyName shows a party column by the start of its name.
func partyName(m *Model, f *pas.Field, id string) string {
	if r := m.plan.Record(m.opt.Cat.Field(f.Ref), id); r != nil {
		return r.Name(m.opt.Cat.Field(f.Ref))
	}
	return id
}

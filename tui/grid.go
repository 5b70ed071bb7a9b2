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
	ctx            *Context
	list, cell     *pas.Field
	columns        *pas.Field // the section field listing the columns, if any
	row, col       int
	offset, colOff int
	cols           []string // columns as of plan version colsAt
	colsAt         int
	w, h           int // the level's size
}

func newGridView(ctx *Context, list *pas.Field) *gridView {
	g := &gridView{ctx: ctx, list: list, cell: raciField(list)}
	g.columns = columnsOf(g.cell)
	return g
}

func (g *gridView) capturing() bool { return false }
func (g *gridView) crumb() string   { return g.list.Label.In(g.ctx.Lang) }

// parties returns the column ids: the declared columns, then any other
// party an assignment names. They are worked out again only after an edit.
func (g *gridView) parties() []string {
	if g.cols != nil && g.colsAt == g.ctx.Version {
		return g.cols
	}
	g.cols, g.colsAt = g.findParties(), g.ctx.Version
	return g.cols
}

func (g *gridView) findParties() []string {
	p := g.ctx.Plan
	cols := []string{}
	seen := map[string]bool{}
	if g.columns != nil {
		for _, id := range p.Strings(g.columns) {
			if !seen[id] {
				seen[id] = true
				cols = append(cols, id)
			}
		}
	}
	for _, r := range p.Records(g.list) {
		for id := range r.Get(g.cell).RACIOrNil() {
			if !seen[id] {
				seen[id] = true
				cols = append(cols, id)
			}
		}
	}
	return cols
}

// letterKeys and columnsKey are the grid's own bindings.
func (g *gridView) letterKeys() key.Binding {
	return binding([]string{"r", "a", "c", "i"}, "r/a/c/i", g.ctx.T("basculer la lettre", "toggle letter"))
}

func (g *gridView) columnsKey() key.Binding {
	return binding([]string{"P"}, "P", g.ctx.T("colonnes", "columns"))
}

func (g *gridView) ShortHelp() []key.Binding {
	k := g.ctx.Keys
	return []key.Binding{g.letterKeys(), k.RACINone, k.Edit, k.Add, k.Delete, k.Template, g.columnsKey(), k.MoveUp, k.Back}
}

func (g *gridView) Update(m tea.Msg) (step, tea.Cmd) {
	msg, ok := m.(tea.KeyMsg)
	if !ok {
		return step{}, nil
	}
	c, k := g.ctx, g.ctx.Keys
	recs := c.Plan.Records(g.list)
	cols := g.parties()
	g.row, g.col = clamp(g.row, 0, len(recs)-1), clamp(g.col, 0, len(cols)-1) // after deletions and undos
	if r, ok := moveCursor(k, msg, g.row, len(recs)); ok {
		g.row = r
		return step{}, nil
	}
	switch s := msg.String(); {
	case key.Matches(msg, k.Back):
		return step{pop: true}, nil
	case s == "r" || s == "a" || s == "c" || s == "i":
		g.toggle(recs, cols, strings.ToUpper(s))
	case key.Matches(msg, k.RACINone):
		g.setCell(recs, cols, "")
	case msg.Type == tea.KeyLeft || s == "h":
		g.col = clamp(g.col-1, 0, len(cols)-1)
	case msg.Type == tea.KeyRight || s == "l":
		g.col = clamp(g.col+1, 0, len(cols)-1)
	case key.Matches(msg, k.Add):
		return g.add(), nil
	case key.Matches(msg, k.Template):
		templateDialog(c, g.list)
	case s == "P" && g.columns != nil:
		return step{push: newColumnsView(c, g.columns)}, nil
	case len(recs) == 0:
	case key.Matches(msg, k.Edit):
		return step{push: newFieldsView(c, g.list.Section, g.list, recs[g.row].ID)}, nil
	case key.Matches(msg, k.Delete):
		c.Send(pushMsg{deleteDialog(c, g.list, recs[g.row])})
	case key.Matches(msg, k.MoveUp), key.Matches(msg, k.MoveDown):
		g.move(recs, key.Matches(msg, k.MoveDown))
	}
	return step{}, nil
}

// toggle adds or removes a letter in the current cell.
func (g *gridView) toggle(recs []*pas.Record, cols []string, letter string) {
	if len(recs) == 0 || len(cols) == 0 {
		return
	}
	cur := recs[g.row].Get(g.cell).RACIOrNil()[cols[g.col]]
	next := cur + letter
	if strings.Contains(cur, letter) {
		next = strings.ReplaceAll(cur, letter, "")
	}
	canon, _ := pas.ParseRACI(next)
	g.setCell(recs, cols, canon)
}

// setCell stores the letters of the current cell ("" removes the party
// from the row).
func (g *gridView) setCell(recs []*pas.Record, cols []string, letters string) {
	if len(recs) == 0 || len(cols) == 0 {
		return
	}
	r, party, cell := recs[g.row], cols[g.col], g.cell
	old := r.Get(cell)
	if old.RACIOrNil()[party] == letters {
		return
	}
	g.ctx.Send(recordEditMsg{g.list, r.ID, func(r *pas.Record) { r.Set(cell, withLetters(old, party, letters)) }})
}

func (g *gridView) add() step {
	c, list := g.ctx, g.list
	id := newRecordID(c.Plan, list)
	at := min(g.row+1, len(c.Plan.Records(list)))
	c.Send(editMsg{[]string{list.Section.ID}, func(p *pas.Plan) { insertRecord(p, list, at, &pas.Record{ID: id}) }})
	g.row = at
	return step{push: newFieldsView(c, list.Section, list, id)}
}

func (g *gridView) move(recs []*pas.Record, down bool) {
	to := g.row - 1
	if down {
		to = g.row + 1
	}
	if to < 0 || to >= len(recs) {
		return
	}
	g.ctx.Send(swapMsg(g.list, g.row, to))
	g.row = to
}

// rowCheck says whether an activity has exactly one A and at least one R.
func rowCheck(c *Context, v *pas.Value) (bool, string) {
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
		return false, fmt.Sprintf(c.T("%d A au lieu d'un, aucun R", "%d A instead of one, no R"), a)
	case a != 1:
		return false, fmt.Sprintf(c.T("%d A au lieu d'un seul", "%d A instead of exactly one"), a)
	case r == 0:
		return false, c.T("aucun R : personne ne réalise l'activité", "no R: nobody does the activity")
	}
	return true, ""
}

// View draws the visible rows and columns; the activity column stays.
// SetSize sets the level's size.
func (g *gridView) SetSize(w, h int) { g.w, g.h = w, h }

func (g *gridView) View() string {
	w, h := g.w, g.h
	c, st := g.ctx, g.ctx.Styles
	recs := c.Plan.Records(g.list)
	cols := g.parties()
	if len(cols) == 0 {
		return st.Faint.Render(wrap(c.T("Aucune colonne : touche P pour choisir les parties de la matrice.", "No column: key P chooses the matrix's parties."), w))
	}
	if len(recs) == 0 {
		return st.Faint.Render(wrap(c.T("Aucune activité : + en ajoute une, T ajoute les activités types.", "No activity: + adds one, T adds the standard activities."), w))
	}
	g.row, g.col = clamp(g.row, 0, len(recs)-1), clamp(g.col, 0, len(cols)-1)
	labelW := clamp(w/3, 14, 40)
	cellW := clamp((w-labelW-3)/len(cols), 6, 16) // wider cells name the parties better
	visibleCols := max((w-labelW-3)/cellW, 1)
	g.colOff = scrollOffset(g.col, g.colOff, visibleCols)
	header := padTo("", labelW+3)
	for j := g.colOff; j < len(cols) && j < g.colOff+visibleCols; j++ {
		header += padTo(truncate(partyName(c, g.cell, cols[j]), cellW-1), cellW)
	}
	more := ""
	if g.colOff > 0 {
		more += "◀"
	}
	if g.colOff+visibleCols < len(cols) {
		more += "▶"
	}
	lines := []string{st.Faint.Render(truncate(header, w-len(more))) + more}
	rows := max(h-3, 1) // the header and two status lines
	g.offset = scrollOffset(g.row, g.offset, rows)
	for i := g.offset; i < len(recs) && i < g.offset+rows; i++ {
		lines = append(lines, g.line(recs[i], cols, i == g.row, labelW, visibleCols, cellW))
	}
	ok, why := rowCheck(c, recs[g.row].Get(g.cell))
	status := st.OK.Render("✓ " + c.T("une A, au moins un R", "one A, at least one R"))
	if !ok {
		status = st.Error.Render("✗ " + why)
	}
	lines = append(lines, truncate(fmt.Sprintf("%d/%d · ", g.row+1, len(recs))+status, w),
		st.Faint.Render(truncate(c.T("Colonne : ", "Column: ")+partyName(c, g.cell, cols[g.col]), w)))
	return strings.Join(lines, "\n")
}

func (g *gridView) line(r *pas.Record, cols []string, current bool, labelW, visibleCols, cellW int) string {
	c, st := g.ctx, g.ctx.Styles
	v := r.Get(g.cell)
	ok, _ := rowCheck(c, v)
	mark := st.OK.Render("✓")
	if !ok {
		mark = st.Error.Render("✗")
	}
	label := padTo(truncate(sanitize(r.NameIn(g.list, c.Lang)), labelW), labelW)
	if current {
		label = st.Selected.Render(label)
	}
	line := mark + " " + label + " "
	for j := g.colOff; j < len(cols) && j < g.colOff+visibleCols; j++ {
		cell := padTo(v.RACIOrNil()[cols[j]], cellW-1)
		if cell == padTo("", cellW-1) {
			cell = padTo("·", cellW-1)
		}
		if current && j == g.col {
			cell = st.Selected.Render(cell)
		}
		line += cell + " "
	}
	return line
}

// partyName shows a party column by its name (its id when unknown).
func partyName(c *Context, f *pas.Field, id string) string {
	list := c.Cat.Field(f.Ref)
	if r := c.Plan.Record(list, id); r != nil {
		return sanitize(r.Name(list))
	}
	return sanitize(id)
}

package tui

import (
	"fmt"
	"sort"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
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
// scroll sideways. Each row's status is what the checker says of it (its
// RACI findings); rows proposed by the template are marked until they are
// confirmed, one by one or all at once.
type gridView struct {
	ctx            *Context
	list, cell     *pas.Field
	columns        *pas.Field                            // the section field listing the columns, if any
	holds          func(p *pas.Plan, r *pas.Record) bool // the rows shown (the workshop's); nil: all
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

// records returns the rows shown: every activity, or those the filter
// keeps.
func (g *gridView) records() []*pas.Record {
	all := g.ctx.Plan.Records(g.list)
	if g.holds == nil {
		return all
	}
	var out []*pas.Record
	for _, r := range all {
		if g.holds(g.ctx.Plan, r) {
			out = append(out, r)
		}
	}
	return out
}

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
	var others []string // parties named by assignments only, in a stable order
	for _, r := range p.Records(g.list) {
		for id := range r.Get(g.cell).RACIOrNil() {
			if !seen[id] {
				seen[id] = true
				others = append(others, id)
			}
		}
	}
	sort.Strings(others)
	return append(cols, others...)
}

// gridKeys are the grid's own bindings.
type gridKeys struct{ letters, none, columns, confirm, confirmAll key.Binding }

func (g *gridView) keys() gridKeys {
	c := g.ctx
	return gridKeys{
		letters:    binding([]string{"r", "a", "c", "i"}, "r/a/c/i", c.T("basculer la lettre", "toggle letter")),
		none:       c.Keys.RACINone,
		columns:    binding([]string{"P"}, "P", c.T("colonnes de la matrice", "matrix columns")),
		confirm:    c.Keys.ConfirmRow,
		confirmAll: c.Keys.ConfirmAll,
	}
}

// filtered reports whether the grid shows some rows only (the workshop):
// rows are then neither added, removed nor moved there.
func (g *gridView) filtered() bool { return g.holds != nil }

func (g *gridView) ShortHelp() []key.Binding {
	k, gk := g.ctx.Keys, g.keys()
	if g.filtered() {
		return []key.Binding{gk.letters, gk.none, gk.confirm, gk.confirmAll, k.Left, k.Right}
	}
	return []key.Binding{gk.letters, gk.none, gk.confirm, gk.confirmAll, k.Edit, k.Add, k.Delete, k.Template, gk.columns, k.MoveUp, k.MoveDown, k.Back}
}

// FullHelp lists the grid's keys by theme.
func (g *gridView) FullHelp() [][]key.Binding {
	k, gk := g.ctx.Keys, g.keys()
	moves := []key.Binding{k.Up, k.Down, k.Left, k.Right, k.PageUp, k.PageDown, k.Top, k.Bottom}
	if g.filtered() {
		return [][]key.Binding{moves, {gk.letters, gk.none, gk.confirm, gk.confirmAll}}
	}
	rows := []key.Binding{k.Add, k.Delete, k.MoveUp, k.MoveDown, k.Template, gk.columns}
	if hasBaseline(g.ctx) {
		rows = append(rows, k.StandardValue)
	}
	return [][]key.Binding{moves, {gk.letters, gk.none, gk.confirm, gk.confirmAll, k.Edit, k.Waive}, append(rows, k.Back)}
}

func (g *gridView) Update(m tea.Msg) (step, tea.Cmd) {
	msg, ok := m.(tea.KeyMsg)
	if !ok {
		return step{}, nil
	}
	c, k, gk := g.ctx, g.ctx.Keys, g.keys()
	recs := g.records()
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
	case key.Matches(msg, gk.none):
		g.setCell(recs, cols, "")
	case msg.Type == tea.KeyLeft || s == "h":
		g.col = clamp(g.col-1, 0, len(cols)-1)
	case msg.Type == tea.KeyRight || s == "l":
		g.col = clamp(g.col+1, 0, len(cols)-1)
	case key.Matches(msg, gk.confirmAll):
		g.confirmAll(recs)
	case key.Matches(msg, gk.confirm):
		g.confirm(recs)
	case key.Matches(msg, k.Waive) && !c.Client && len(recs) > 0:
		openWaivers(c, g.list.Path+"["+recs[g.row].ID+"]", true)
	case g.filtered():
	case key.Matches(msg, k.Add):
		return g.add(), nil
	case key.Matches(msg, k.Template):
		templateDialog(c, g.list)
	case key.Matches(msg, gk.columns) && g.columns != nil:
		return step{push: newColumnsView(c, g.columns)}, nil
	case len(recs) == 0:
	case key.Matches(msg, k.Edit):
		return step{push: newFieldsView(c, g.list.Section, g.list, recs[g.row].ID)}, nil
	case key.Matches(msg, k.Delete):
		c.Send(pushMsg{deleteDialog(c, g.list, recs[g.row])})
	case key.Matches(msg, k.MoveUp), key.Matches(msg, k.MoveDown):
		g.move(recs, key.Matches(msg, k.MoveDown))
	case key.Matches(msg, k.StandardValue) && !c.Client:
		resetRecord(c, g.list, recs[g.row].ID)
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

// confirm commits the current row's letters: a proposal (or an open
// question) becomes the plan's commitment.
func (g *gridView) confirm(recs []*pas.Record) {
	c := g.ctx
	if len(recs) == 0 {
		return
	}
	r, cell := recs[g.row], g.cell
	v := r.Get(cell)
	if !v.Pending() {
		c.flash(c.T("Cette ligne est déjà validée.", "This row is already confirmed."), false)
		return
	}
	if len(v.RACIOrNil()) == 0 {
		c.flash(c.T("Rien à valider : la ligne n'a aucune lettre.", "Nothing to confirm: the row has no letter."), true)
		return
	}
	c.Send(recordEditMsg{g.list, r.ID, func(r *pas.Record) { r.Set(cell, committed(v)) }})
	c.flash(c.T("Ligne validée.", "Row confirmed."), false)
	g.row = min(g.row+1, len(recs)-1)
}

// confirmAll commits every row proposed (to confirm) among those shown,
// in one undoable edit.
func (g *gridView) confirmAll(recs []*pas.Record) {
	c, cell, list := g.ctx, g.cell, g.list
	var ids []string
	for _, r := range recs {
		if v := r.Get(cell); v.StateOf() == pas.ToConfirm && len(v.RACIOrNil()) > 0 {
			ids = append(ids, r.ID)
		}
	}
	if len(ids) == 0 {
		c.flash(c.T("Aucune ligne proposée à valider.", "No proposed row to confirm."), false)
		return
	}
	c.Send(editMsg{[]string{list.Section.ID}, func(p *pas.Plan) {
		for _, id := range ids {
			if r := p.Record(list, id); r != nil {
				r.Set(cell, committed(r.Get(cell)))
			}
		}
	}})
	c.flash(c.T("Lignes proposées validées.", "Proposed rows confirmed."), false)
}

// committed returns a pending value as a commitment, its question gone.
func committed(v *pas.Value) *pas.Value {
	nv := v.Clone()
	nv.State, nv.Question, nv.Owner, nv.Due = pas.Committed, "", "", pas.Date{}
	return nv
}

func (g *gridView) add() step {
	c, list := g.ctx, g.list
	id := newRecordID(c.Plan, list)
	at := min(g.row+1, len(c.Plan.Records(list)))
	c.Send(editMsg{[]string{list.Section.ID}, func(p *pas.Plan) { insertRecord(p, list, at, &pas.Record{ID: id}) }})
	g.row = at
	return step{push: newRecordForm(c, list, id)}
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

// rowFindings returns what the checker says of a row, worst first; none
// in the client view and the workshop.
func (g *gridView) rowFindings(r *pas.Record) []pas.Finding {
	if g.ctx.Client {
		return nil
	}
	fs := g.ctx.Stats.recFinds[g.list.Path+"["+r.ID+"]"]
	out := append([]pas.Finding(nil), fs...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Severity > out[j].Severity })
	return out
}

// rowMark sums a row up: ✗ an error, ! a warning, ? proposed or asked
// (to confirm), ✓ nothing to say.
func (g *gridView) rowMark(r *pas.Record) (string, lipgloss.Style) {
	st := g.ctx.Styles
	worst := pas.Severity(0)
	if !g.ctx.Client {
		worst = g.ctx.Stats.byRecord[g.list.Path+"["+r.ID+"]"]
	}
	switch worst {
	case pas.Error:
		return "✗", st.Error
	case pas.Warning:
		return "!", st.Warning
	}
	mark, style := "✓", st.OK
	if r.Get(g.cell).Pending() {
		mark, style = "?", st.Confirm
	}
	if g.ctx.Client { // in presentation, in no status colour
		style = st.Faint
	}
	return mark, style
}

// SetSize sets the level's size.
func (g *gridView) SetSize(w, h int) { g.w, g.h = w, h }

// View draws the visible rows and columns, the activity column frozen;
// under them the current row's status, its full name and the current
// column's full name.
func (g *gridView) View() string {
	w, h := g.w, g.h
	c, st := g.ctx, g.ctx.Styles
	recs := g.records()
	cols := g.parties()
	if len(cols) == 0 {
		return st.Faint.Render(wrap(c.T("Aucune colonne : touche P pour choisir les parties de la matrice.", "No column: key P chooses the matrix's parties."), w))
	}
	if len(recs) == 0 {
		if g.filtered() {
			return st.Faint.Render(wrap(c.T("Aucune activité ne revient au client dans la matrice.", "No activity of the matrix falls to the client."), w))
		}
		return st.Faint.Render(wrap(c.T("Aucune activité : + en ajoute une, T ajoute les activités types.", "No activity: + adds one, T adds the standard activities."), w))
	}
	g.row, g.col = clamp(g.row, 0, len(recs)-1), clamp(g.col, 0, len(cols)-1)
	labelW := clamp(w/4, 12, 40) // the full name is on the detail line
	cellW := clamp((w-labelW-3)/len(cols), 5, 16)
	if rest := w - 3 - cellW*len(cols); rest > labelW { // every column fits: the names take the rest
		labelW = min(rest, 40)
	}
	visibleCols := max((w-labelW-3)/cellW, 1)
	g.colOff = scrollOffset(g.col, g.colOff, visibleCols)
	lines := []string{g.header(cols, labelW, cellW, visibleCols, w)}
	cur := recs[g.row]
	detail := []string{st.Title.Render(truncate(sanitize(cur.NameIn(g.list, c.Lang)), w))}
	detail = append(detail, g.status(cur, fmt.Sprintf("%d/%d · ", g.row+1, len(recs)), w, 1+h/12)...)
	detail = append(detail, st.Faint.Render(truncate(c.T("Colonne : ", "Column: ")+partyName(c, g.cell, cols[g.col]), w)))
	rows := max(h-1-len(detail), 1)
	g.offset = scrollOffset(g.row, g.offset, rows)
	for i := g.offset; i < len(recs) && i < g.offset+rows; i++ {
		lines = append(lines, g.line(recs[i], cols, i == g.row, labelW, visibleCols, cellW))
	}
	return strings.Join(append(lines, detail...), "\n")
}

// header names the visible columns, each by the longest of its names that
// fits: the party's name, its first word, its id in capitals.
func (g *gridView) header(cols []string, labelW, cellW, visibleCols, w int) string {
	c := g.ctx
	end := min(g.colOff+visibleCols, len(cols))
	names := shortNames(c, g.cell, cols[g.colOff:end], cellW-1)
	header := padTo("", labelW+3)
	for _, n := range names {
		header += padTo(n, cellW)
	}
	more := ""
	if g.colOff > 0 {
		more += "◀"
	}
	if end < len(cols) {
		more += "▶"
	}
	return c.Styles.Faint.Render(truncate(header, w-len([]rune(more)))) + more
}

// status says, after the row's position, what the checker finds on the
// row (on n lines at most), or that it is proposed and waits for
// confirmation, or that it is fine.
func (g *gridView) status(r *pas.Record, pos string, w, n int) []string {
	c, st := g.ctx, g.ctx.Styles
	text, style := "", st.OK
	switch fs := g.rowFindings(r); {
	case len(fs) > 0:
		style, text = st.Warning, "! "
		if fs[0].Severity == pas.Error {
			style, text = st.Error, "✗ "
		}
		text += fs[0].Rule + " " + sanitize(fs[0].Message.In(c.Lang))
		if len(fs) > 1 {
			text += fmt.Sprintf(" (+%d)", len(fs)-1)
		}
	case r.Get(g.cell).Pending():
		style, text = st.Confirm, "? "+c.T("proposée, à confirmer — y la valide", "proposed, to confirm — y confirms it")
		if c.Client {
			style = st.Faint
		}
	case c.Client: // in presentation: what the client agreed, in no status colour
		style, text = st.Faint, "✓ "+c.T("validée", "confirmed")
	default:
		text = "✓ " + c.T("rien à signaler", "nothing to report")
	}
	lines := strings.Split(wrap(pos+text, w), "\n")
	if len(lines) > n {
		lines = append(lines[:n-1], truncate(strings.Join(lines[n-1:], " "), w))
	}
	for i, l := range lines {
		lines[i] = style.Render(strings.TrimRight(l, " "))
	}
	return lines
}

func (g *gridView) line(r *pas.Record, cols []string, current bool, labelW, visibleCols, cellW int) string {
	c, st := g.ctx, g.ctx.Styles
	v := r.Get(g.cell)
	mark, style := g.rowMark(r)
	label := padTo(truncate(sanitize(r.NameIn(g.list, c.Lang)), labelW), labelW)
	if current {
		label = st.Selected.Render(label)
	}
	line := style.Render(mark) + devColumn(c, g.list.Path+"["+r.ID+"]") + label + " "
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

// shortNames names parties in w columns each: the name when it fits,
// else its first word, else the id in capitals (ght → GHT); a name two
// columns would share gives way to the ids.
func shortNames(c *Context, f *pas.Field, ids []string, w int) []string {
	out := make([]string, len(ids))
	count := map[string]int{}
	for i, id := range ids {
		out[i] = shortName(partyName(c, f, id), sanitize(id), w)
		count[out[i]]++
	}
	for i, id := range ids {
		if count[out[i]] > 1 {
			out[i] = truncate(strings.ToUpper(sanitize(id)), w)
		}
	}
	return out
}

func shortName(name, id string, w int) string {
	if ansi.StringWidth(name) <= w {
		return name
	}
	if first, _, ok := strings.Cut(name, " "); ok && ansi.StringWidth(first) <= w && ansi.StringWidth(first) > 1 {
		return first
	}
	if ansi.StringWidth(id) <= w {
		return strings.ToUpper(id)
	}
	return truncate(name, w)
}

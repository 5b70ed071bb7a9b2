package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/pas-editor/pas/pas"
)

// editor is the bottom mode once a plan is open: the section sidebar, the
// current section's form and the preview, side by side. It owns
// navigation, focus and layout; edits go to the root as requests.
type editor struct {
	ctx         *Context
	cur         int // index of the current section
	focus       pane
	sidebar     *sidebarModel
	form        *formModel
	preview     *previewModel
	fullPreview bool
	w, h        int
}

func newEditor(ctx *Context, dark, plain bool) *editor {
	e := &editor{ctx: ctx, sidebar: newSidebar(ctx), preview: newPreview(ctx, dark, plain)}
	e.selectSection(0)
	return e
}

// section returns the current section.
func (e *editor) section() *pas.Section { return e.ctx.Cat.Sections[e.cur] }

// selectSection moves to a section and builds its form.
func (e *editor) selectSection(i int) {
	if i < 0 || i >= len(e.ctx.Cat.Sections) {
		return
	}
	e.cur = i
	e.sidebar.cursor = i
	e.preview.sec = e.section()
	e.form = newForm(e.ctx, e.section())
}

// goSection moves to a section and refreshes its preview.
func (e *editor) goSection(i int) tea.Cmd {
	if i < 0 || i >= len(e.ctx.Cat.Sections) || i == e.cur {
		return nil
	}
	e.selectSection(i)
	e.layout()
	return e.preview.schedule()
}

// heldForm is the form, for renamed records and undos.
func (e *editor) heldForm() *formModel { return e.form }

// SetSize lays the panes out for a terminal's size.
func (e *editor) SetSize(w, h int) {
	e.w, e.h = w, h
	e.layout()
}

// Update handles a key: ctrl+c, then an input that captures typing, then
// the keys that work in every pane, then the focused pane.
func (e *editor) Update(msg tea.Msg) tea.Cmd {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return e.form.Update(msg)
	}
	if key.Matches(k, e.ctx.Keys.ForceQuit) {
		e.ctx.Send(quitMsg{interrupt: true})
		return nil
	}
	if e.form.capturing() {
		return e.form.Update(k)
	}
	if cmd, ok := e.global(k); ok {
		return cmd
	}
	switch e.focus {
	case sidebarPane:
		return e.sidebar.Update(k)
	case previewPane:
		if key.Matches(k, e.ctx.Keys.Back) {
			e.closePreview()
			return nil
		}
		return e.preview.Update(k)
	}
	return e.form.Update(k)
}

// global handles the keys that work in every pane.
func (e *editor) global(msg tea.KeyMsg) (tea.Cmd, bool) {
	k := e.ctx.Keys
	switch {
	case key.Matches(msg, k.Save):
		e.ctx.Send(saveMsg{})
	case key.Matches(msg, k.Quit):
		e.ctx.Send(quitMsg{})
	case key.Matches(msg, k.NextPane):
		e.cycleFocus(1)
	case key.Matches(msg, k.PrevPane):
		e.cycleFocus(-1)
	case key.Matches(msg, k.Preview):
		e.fullPreview = !e.fullPreview
		e.layout()
		return e.preview.schedule(), true
	case key.Matches(msg, k.NextItem):
		return e.nextItem(false), true
	case key.Matches(msg, k.PrevItem):
		return e.nextItem(true), true
	case key.Matches(msg, k.ClientView):
		e.ctx.Send(clientViewMsg{})
	case key.Matches(msg, k.Workshop):
		e.ctx.Send(startWorkshop{})
	case key.Matches(msg, k.Requirements):
		e.ctx.Send(openReqsMsg{})
	case key.Matches(msg, k.Undo):
		e.ctx.Send(undoMsg{})
	case key.Matches(msg, k.Redo):
		e.ctx.Send(redoMsg{})
	case key.Matches(msg, k.Search):
		e.ctx.Send(pushMsg{newSearch(e.ctx)})
	case key.Matches(msg, k.MergeConflicts) && !e.ctx.Client:
		openConflicts(e.ctx, e.herePath())
	default:
		return nil, false
	}
	return nil, true
}

// setFocus gives the focus to a pane.
func (e *editor) setFocus(p pane) { e.focus = p }

// cycleFocus moves the focus to the next visible pane.
func (e *editor) cycleFocus(step int) {
	panes := []pane{sidebarPane, formPane}
	if e.previewVisible() {
		panes = append(panes, previewPane)
	}
	if e.fullPreview {
		panes = []pane{previewPane}
	}
	i := 0
	for j, p := range panes {
		if p == e.focus {
			i = j
		}
	}
	e.focus = panes[(i+step+len(panes))%len(panes)]
}

// closePreview leaves the full-width preview for the form.
func (e *editor) closePreview() {
	if e.fullPreview {
		e.fullPreview = false
		e.layout()
	}
	e.focus = formPane
}

// ShortHelp lists the keys that matter in the focused pane.
func (e *editor) ShortHelp() []key.Binding {
	k := e.ctx.Keys
	switch {
	case e.form.capturing():
		return e.form.help()
	case e.focus == sidebarPane:
		return append(conflictKeys(e.ctx), e.sidebar.ShortHelp()...)
	case e.focus == previewPane:
		return e.preview.ShortHelp()
	}
	return append(append(conflictKeys(e.ctx), e.form.help()...), k.NextItem, k.Save, k.Quit)
}

// FullHelp lists the keys of the focused place (the sidebar, the preview,
// the form's current level, or the field being typed), then, outside
// typing, the keys that work everywhere.
func (e *editor) FullHelp() [][]key.Binding {
	var own [][]key.Binding
	switch {
	case e.form.capturing():
		return e.form.top().FullHelp()
	case e.focus == sidebarPane:
		own = e.sidebar.FullHelp()
	case e.focus == previewPane:
		own = e.preview.FullHelp()
	default:
		own = e.form.top().FullHelp()
	}
	if ck := conflictKeys(e.ctx); ck != nil {
		own = append(own, ck)
	}
	return append(own, globalKeys(e.ctx.Keys)...)
}

// typing reports whether a field editor takes typed text.
func (e *editor) typing() bool { return e.form.capturing() }

// helpTitle names the place the help is about.
func (e *editor) helpTitle() string {
	c := e.ctx
	switch {
	case e.form.capturing():
		return c.T("Aide — saisie", "Help — typing")
	case e.focus == sidebarPane:
		return c.T("Aide — chapitres", "Help — chapters")
	case e.focus == previewPane:
		return c.T("Aide — aperçu", "Help — preview")
	}
	switch e.form.top().(type) {
	case *recordsView:
		return c.T("Aide — liste", "Help — list")
	case *gridView:
		return c.T("Aide — matrice RACI", "Help — RACI matrix")
	case *columnsView:
		return c.T("Aide — colonnes de la matrice", "Help — matrix columns")
	}
	return c.T("Aide — questions du chapitre", "Help — the chapter's questions")
}

// View draws the panes with the form.
func (e *editor) View() string { return e.panes(e.form.View()) }

// previewVisible reports whether the preview pane is on screen.
func (e *editor) previewVisible() bool { return e.fullPreview || e.w >= wideWidth }

// widths returns the outer widths of the sidebar, form and preview panes.
func (e *editor) widths() (side, form, prev int) {
	if e.fullPreview {
		return 0, 0, e.w
	}
	side = 26
	if e.w >= 100 { // every chapter's short title whole
		side = 30
	}
	form = e.w - side
	if e.previewVisible() {
		form = (e.w - side) / 2
		prev = e.w - side - form
	}
	return side, form, prev
}

// layout gives every pane its inner size.
func (e *editor) layout() {
	if e.w < minWidth || e.h < minHeight {
		return
	}
	side, form, prev := e.widths()
	inner := e.h - 2 - 2 // status and footer lines, pane borders
	e.sidebar.SetSize(max(side-2, 0), inner)
	e.form.SetSize(max(form-2, 0), inner)
	e.preview.SetSize(max(prev-2, 0), inner)
	if !e.previewVisible() && e.focus == previewPane {
		e.focus = formPane
	}
	if e.fullPreview {
		e.focus = previewPane
	}
}

// formWidth is the inner width of the form pane.
func (e *editor) formWidth() int {
	_, form, _ := e.widths()
	return form - 2
}

// panes draws the sidebar, the form pane holding content, and the
// preview, side by side. Each pane is framed by hand: its lines are
// already of the exact width, so they are joined without being measured
// again.
func (e *editor) panes(content string) string {
	side, form, prev := e.widths()
	h := e.h - 2
	var cols [][]string
	if side > 0 {
		cols = append(cols, frame(e.ctx.Styles, e.sidebar.View(), side, h, e.focus == sidebarPane))
	}
	if form > 0 {
		cols = append(cols, frame(e.ctx.Styles, content, form, h, e.focus == formPane))
	}
	if prev > 0 {
		cols = append(cols, frame(e.ctx.Styles, e.preview.View(), prev, h, e.focus == previewPane))
	}
	var b strings.Builder
	for i := 0; i < h; i++ {
		if i > 0 {
			b.WriteByte('\n')
		}
		for _, c := range cols {
			b.WriteString(c[i])
		}
	}
	return b.String()
}

// frame draws a bordered pane of an exact outer size around content,
// clipping what does not fit; it returns the pane's lines.
func frame(st *Styles, content string, w, h int, focused bool) []string {
	border, style := st.Border, st.BorderStyle
	if focused {
		border, style = st.FocusBorder, st.FocusStyle
	}
	lines := strings.Split(fit(content, w-2, h-2), "\n")
	side := style.Render(border.Left)
	right := style.Render(border.Right)
	out := make([]string, 0, h)
	out = append(out, style.Render(border.TopLeft+strings.Repeat(border.Top, w-2)+border.TopRight))
	for _, l := range lines {
		out = append(out, side+l+right)
	}
	return append(out, style.Render(border.BottomLeft+strings.Repeat(border.Bottom, w-2)+border.BottomRight))
}

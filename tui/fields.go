package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/pas-editor/pas/pas"
)

// fieldsView edits the fields of a section, or of one record of a list.
type fieldsView struct {
	ctx    *Context
	sec    *pas.Section
	list   *pas.Field // for a record: its list
	recID  string     // for a record: its id
	cursor int
	offset int
	editor fieldEditor // the field being edited, or nil
	// left is the field just answered when Enter moved the cursor on: the
	// next item to fix may still be that one. Any other key forgets it.
	left   *pas.Field
	srcCol bool // the rows show where values come from (facts library)
	w, h   int  // the level's size
}

func newFieldsView(ctx *Context, s *pas.Section, list *pas.Field, recID string) *fieldsView {
	return &fieldsView{ctx: ctx, sec: s, list: list, recID: recID}
}

// record returns the record edited, nil for section fields.
func (v *fieldsView) record() *pas.Record {
	if v.list == nil {
		return nil
	}
	return v.ctx.Plan.Record(v.list, v.recID)
}

// fields returns the fields shown now: those switched on.
func (v *fieldsView) fields() []*pas.Field {
	all := v.sec.Fields
	if v.list != nil {
		all = v.list.Fields
	}
	rec := v.record()
	var out []*pas.Field
	for _, f := range all {
		if v.ctx.Plan.Active(f, rec) {
			out = append(out, f)
		}
	}
	return out
}

func (v *fieldsView) current() *pas.Field {
	fs := v.fields()
	if len(fs) == 0 {
		return nil
	}
	v.cursor = clamp(v.cursor, 0, len(fs)-1)
	return fs[v.cursor]
}

// ref names a field's value in this view.
func (v *fieldsView) ref(f *pas.Field) valueRef { return valueRef{f, v.recID} }

func (v *fieldsView) value(f *pas.Field) *pas.Value {
	if v.list != nil {
		return v.record().Get(f)
	}
	return v.ctx.Plan.Get(f)
}

func (v *fieldsView) capturing() bool { return v.editor != nil }

func (v *fieldsView) crumb() string {
	if v.list == nil {
		return v.sec.Title.In(v.ctx.Lang)
	}
	if r := v.record(); r != nil && r.Get(v.list.RecordField(v.list.Name)).IsSet() {
		return sanitize(r.NameIn(v.list, v.ctx.Lang)) + v.crumbBadge()
	}
	return v.ctx.T("nouvel élément", "new item")
}

func (v *fieldsView) Update(msg tea.Msg) (step, tea.Cmd) {
	if k, ok := msg.(keepTextMsg); ok && v.editor != nil { // the answer to leaveDialog
		res := editResult{cancel: true}
		if k.keep {
			res = v.editor.accept()
		}
		return step{}, v.finish(res)
	}
	if v.editor != nil {
		res, cmd := v.editor.update(msg)
		if res.cancel && v.editor.modified() { // Esc would lose typed text: ask
			v.ctx.Send(pushMsg{newLeaveDialog(v.ctx)})
			return step{}, cmd
		}
		return step{}, tea.Batch(cmd, v.finish(res))
	}
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return step{}, nil
	}
	if v.list != nil && v.record() == nil { // the record went away (undo)
		return step{pop: true}, nil
	}
	return v.key(k)
}

func (v *fieldsView) key(msg tea.KeyMsg) (step, tea.Cmd) {
	c, k := v.ctx, v.ctx.Keys
	v.left = nil
	if v.list == nil && !c.Plan.Applicable(v.sec) { // only the chapter's own keys work
		switch {
		case key.Matches(msg, k.Back), key.Matches(msg, k.Left):
			return step{pop: true}, nil
		case key.Matches(msg, k.NotApplicable):
			toggleNA(c, v.sec)
		case key.Matches(msg, k.Notes) && !c.Client:
			c.Send(pushMsg{newNotesDialog(c, v.sec)})
		}
		return step{}, nil
	}
	fs := v.fields()
	v.cursor = clamp(v.cursor, 0, len(fs)-1) // an undo may have switched fields off
	if cur, ok := moveCursor(k, msg, v.cursor, len(fs)); ok {
		v.cursor = cur
		return step{}, nil
	}
	if len(fs) > 0 {
		if st, cmd, ok := v.libraryKey(msg, fs[v.cursor]); ok {
			return st, cmd
		}
	}
	switch {
	case key.Matches(msg, k.Back), key.Matches(msg, k.Left):
		return step{pop: true}, nil
	case key.Matches(msg, k.Notes) && v.list == nil && !c.Client:
		c.Send(pushMsg{newNotesDialog(c, v.sec)})
	case key.Matches(msg, k.NotApplicable) && v.list == nil:
		toggleNA(c, v.sec)
	case len(fs) == 0:
	case key.Matches(msg, k.Edit):
		return v.open(fs[v.cursor])
	case key.Matches(msg, k.Clear):
		v.set(fs[v.cursor], nil)
	case key.Matches(msg, k.ToConfirm):
		f := fs[v.cursor]
		v.act(f, func(cur *pas.Value) (*pas.Value, error) { return actConfirm(f, cur, "o") })
	case key.Matches(msg, k.OpenQuestion):
		if err := canMark(fs[v.cursor]); err != nil {
			c.flash(errorText(c.Lang, err), true)
			break
		}
		c.Send(pushMsg{newQuestionDialog(c, v.ref(fs[v.cursor]))})
	case key.Matches(msg, k.Suggest):
		f := fs[v.cursor]
		v.act(f, func(cur *pas.Value) (*pas.Value, error) { return actSuggest(f, cur) })
	case key.Matches(msg, k.Waive) && !c.Client:
		openWaivers(c, v.path(fs[v.cursor]), false)
	case key.Matches(msg, k.StandardValue) && !c.Client:
		showStandard(c, v.ref(fs[v.cursor]))
	}
	return step{}, nil
}

// act applies a field action to a field's value, or says why it cannot.
func (v *fieldsView) act(f *pas.Field, action func(cur *pas.Value) (*pas.Value, error)) {
	nv, err := action(v.value(f))
	if err != nil {
		v.ctx.flash(errorText(v.ctx.Lang, err), true)
		return
	}
	v.set(f, nv)
}

// open starts editing a field: a list opens its records (or the grid),
// anything else its editor.
func (v *fieldsView) open(f *pas.Field) (step, tea.Cmd) {
	if f.Kind == pas.KList {
		if raciField(f) != nil {
			return step{push: newGridView(v.ctx, f)}, nil
		}
		return step{push: newRecordsView(v.ctx, f)}, nil
	}
	v.editor = newFieldEditor(v.ctx, f, v.value(f))
	v.editor.resize(v.w)
	return step{}, v.editor.init()
}

// finish applies an editor's result; the cursor moves to the next field.
func (v *fieldsView) finish(res editResult) tea.Cmd {
	switch {
	case res.cancel:
		v.editor = nil
	case res.done:
		f := v.editor.field()
		v.editor = nil
		v.set(f, actAnswer(v.value(f), res.value))
		v.cursor++ // kept within the fields when they are next shown
		v.left = f
	}
	return nil
}

// set asks the root to store a field's value (nil clears it).
func (v *fieldsView) set(f *pas.Field, nv *pas.Value) {
	if v.value(f).Equal(nv) {
		return
	}
	v.ctx.Send(setValueMsg{v.ref(f), nv})
}

func (v *fieldsView) ShortHelp() []key.Binding {
	if v.editor != nil {
		return v.editor.help()
	}
	k := v.ctx.Keys
	out := []key.Binding{k.Edit, k.Clear, k.ToConfirm, k.OpenQuestion, k.Suggest}
	if !v.ctx.Client {
		out = append(out, k.Waive)
	}
	if hasBaseline(v.ctx) {
		out = append(out, k.StandardValue)
	}
	if v.list == nil {
		if !v.ctx.Client {
			out = append(out, k.Notes)
		}
		out = append(out, k.NotApplicable)
	}
	return v.libraryShortHelp(append(out, k.Back))
}

// FullHelp lists the keys of the question list (or of the field being
// typed) by theme.
func (v *fieldsView) FullHelp() [][]key.Binding {
	k := v.ctx.Keys
	if v.editor != nil {
		return [][]key.Binding{v.editor.help(), {k.HelpTyping}}
	}
	value := []key.Binding{k.Edit, k.Clear, k.ToConfirm, k.OpenQuestion, k.Suggest}
	if !v.ctx.Client {
		value = append(value, k.Waive)
	}
	if hasBaseline(v.ctx) {
		value = append(value, k.StandardValue)
	}
	out := [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom, k.Back}, value}
	if lib := v.libraryHelp(); lib != nil {
		out = append(out, lib)
	}
	if v.list == nil {
		chapter := []key.Binding{k.NotApplicable}
		if !v.ctx.Client {
			chapter = append(chapter, k.Notes)
		}
		out = append(out, chapter)
	}
	return out
}

// View draws the fields (label, value, markers), the selected field's
// help and findings, and the editor when one is open.
// SetSize sets the level's size.
func (v *fieldsView) SetSize(w, h int) {
	v.w, v.h = w, h
	if v.editor != nil {
		v.editor.resize(w)
	}
}

func (v *fieldsView) View() string {
	w, h := v.w, v.h
	c := v.ctx
	if v.list != nil && v.record() == nil {
		return ""
	}
	if v.list == nil {
		if ok, why := c.Plan.Applicability(v.sec); !ok {
			return v.naView(w, why)
		}
	}
	fs := v.fields()
	if len(fs) == 0 {
		return c.Styles.Faint.Render(c.T("Aucune question ne s'applique ici.", "No question applies here."))
	}
	v.cursor = clamp(v.cursor, 0, len(fs)-1)
	cur := fs[v.cursor]
	v.srcCol = v.sourceColumn(fs)
	detail := v.detail(cur, w)
	banner := v.factsBanner(w)
	if banner != "" {
		banner += "\n"
	}
	listH := max(h-lineCount(detail)-lineCount(banner)-1, 3)
	v.offset = scrollOffset(v.cursor, v.offset, listH)
	labelW := labelWidth(c, fs, w)
	lines, shown := v.rows(fs, labelW, w, listH)
	for !shown && v.offset < v.cursor { // group headings pushed the cursor out: scroll on
		v.offset++
		lines, shown = v.rows(fs, labelW, w, listH)
	}
	return banner + strings.Join(lines, "\n") + "\n" + strings.Repeat("─", w) + "\n" + detail
}

// rows draws the field list from the offset, with group headings; it
// reports whether the cursor's row made it in.
func (v *fieldsView) rows(fs []*pas.Field, labelW, w, listH int) ([]string, bool) {
	var lines []string
	group := ""
	if v.offset > 0 {
		group = fs[v.offset-1].Group()
	}
	shown := false
	for i := v.offset; i < len(fs) && len(lines) < listH; i++ {
		f := fs[i]
		if g := f.Group(); g != group && v.list == nil {
			group = g
			if g != "" && len(lines) < listH-1 {
				lines = append(lines, v.ctx.Styles.Group.Render(truncate(v.sec.GroupTitle(g).In(v.ctx.Lang), w)))
			}
		}
		if len(lines) < listH {
			lines = append(lines, v.row(f, i == v.cursor, labelW, w))
			shown = shown || i == v.cursor
		}
	}
	return lines, shown
}

func (v *fieldsView) naView(w int, why pas.Text) string {
	c := v.ctx
	lines := []string{
		c.Styles.NA.Render(c.T("Chapitre non applicable.", "Chapter not applicable.")),
		"",
		wrap(sanitize(why.In(c.Lang)), w),
		"",
	}
	if d := c.Plan.Data(v.sec.ID); d != nil && d.NA != nil {
		lines = append(lines, c.Styles.Faint.Render(wrap(c.T("Touche a : le rendre de nouveau applicable.", "Key a: make it applicable again."), w)))
	} else {
		lines = append(lines, c.Styles.Faint.Render(wrap(c.T("Ce chapitre est écarté par les réponses du contexte de la prestation.", "The engagement context's answers set this chapter aside."), w)))
	}
	return strings.Join(lines, "\n")
}

// row draws one field: marker, label, value.
func (v *fieldsView) row(f *pas.Field, selected bool, labelW, w int) string {
	c := v.ctx
	val := v.value(f)
	mark, markStyle := valueMark(c, f, val, v.findings(f))
	src, srcStyle := v.sourceMark(f)
	label := padTo(truncate(f.Label.In(c.Lang), labelW), labelW)
	text := cellText(c, f, val)
	dev := devColumn(c, v.path(f))
	line := mark + src + dev + label + " " + text
	if selected {
		line = truncate(line, w)
		return c.Styles.Selected.Render(padTo(line, w))
	}
	return markStyle.Render(mark) + srcStyle.Render(src) + dev + label + " " + c.Styles.Value.Render(truncate(text, max(w-labelW-3-ansi.StringWidth(src), 0)))
}

// path is where findings about a field of this view are reported.
func (v *fieldsView) path(f *pas.Field) string {
	if v.list != nil {
		return v.list.Path + "[" + v.recID + "]." + f.ID
	}
	return f.Path
}

// findings returns the findings about a field of this view.
func (v *fieldsView) findings(f *pas.Field) []pas.Finding {
	if v.ctx.Client {
		return nil
	}
	return v.ctx.Stats.byPath[v.path(f)]
}

// detail shows the selected field's help, its state and its findings, or
// the open editor.
func (v *fieldsView) detail(f *pas.Field, w int) string {
	c, st := v.ctx, v.ctx.Styles
	var lines []string
	if v.editor != nil {
		lines = append(lines, st.Title.Render(truncate(f.Label.In(c.Lang), w)))
		if h := f.Help.In(c.Lang); h != "" {
			lines = append(lines, st.Faint.Render(wrap(h, w)))
		}
		lines = append(lines, v.editor.view(w))
		return strings.Join(lines, "\n")
	}
	if h := f.Help.In(c.Lang); h != "" {
		lines = append(lines, st.Faint.Render(wrap(h, w)))
	}
	lines = append(lines, v.sourceLines(f, w)...)
	if sv, _ := pas.Suggestion(f); sv != nil && !v.value(f).IsSet() && libraryLock(c.Plan, v.ref(f), "") == nil {
		text := cellSpaces.Replace(pas.Format(c.Plan, f, sv, c.Lang))
		lines = append(lines, st.Info.Render(wrap(c.T("Suggestion (pratique de référence) : ", "Suggestion (reference practice): ")+text+c.T(" — touche s pour la reprendre", " — key s applies it"), w)))
	}
	if val := v.value(f); val.Pending() {
		lines = append(lines, st.Confirm.Render(wrap(stateLine(c, val), w)))
	}
	if d := devDetail(c, f, v.path(f), v.recID); d != "" {
		lines = append(lines, st.Info.Render(wrap(d, w)))
	}
	lines = append(lines, findingLines(c, v.findings(f), w)...)
	if !c.Client {
		for _, fd := range c.Stats.waived[v.path(f)] {
			lines = append(lines, st.Faint.Render(wrap(waiverLine(c, fd), w)))
		}
	}
	if f.Kind == pas.KList {
		lines = append(lines, st.Faint.Render(c.T("Entrée : ouvrir la liste.", "Enter: open the list.")))
	}
	return strings.Join(lines, "\n")
}

// findingLines draws findings, errors in the error style.
func findingLines(c *Context, fs []pas.Finding, w int) []string {
	var lines []string
	for _, fd := range fs {
		style := c.Styles.Warning
		if fd.Severity == pas.Error {
			style = c.Styles.Error
		}
		lines = append(lines, style.Render(wrap(fd.Rule+" "+sanitize(fd.Message.In(c.Lang)), w)))
	}
	return lines
}

// stateLine describes a value to confirm or an open question.
func stateLine(c *Context, v *pas.Value) string {
	s := v.State.Text().In(c.Lang)
	if v.Question != "" {
		s += " — " + sanitize(v.Question)
	}
	if v.Owner != "" {
		s += " · " + c.T("responsable : ", "owner: ") + sanitize(v.Owner)
	}
	if !v.Due.IsZero() {
		s += " · " + c.T("échéance : ", "due: ") + v.Due.Format(c.Lang)
	}
	return s
}

// valueMark returns a one-character marker for a value's state and
// findings: ✗ error, ! warning, ‽ open, ? to confirm, ○ missing, space.
func valueMark(c *Context, f *pas.Field, v *pas.Value, fs []pas.Finding) (string, lipgloss.Style) {
	mark, style := valueMarkOf(c, f, v, fs)
	if c.Client { // in presentation, a mark says what is left, in no alarming colour
		style = c.Styles.Faint
	}
	return mark, style
}

func valueMarkOf(c *Context, f *pas.Field, v *pas.Value, fs []pas.Finding) (string, lipgloss.Style) {
	st := c.Styles
	worst := pas.Severity(0)
	for _, fd := range fs {
		if fd.Severity > worst {
			worst = fd.Severity
		}
	}
	switch {
	case worst == pas.Error:
		return "✗", st.Error
	case v.StateOf() == pas.Open:
		return "‽", st.Open
	case v.StateOf() == pas.ToConfirm:
		return "?", st.Confirm
	case f.Required && !v.IsSet() && f.Kind != pas.KList:
		return "○", st.Missing
	case worst == pas.Warning:
		return "!", st.Warning
	}
	return " ", st.Faint
}

// cellText formats a value for the field list, on one line, safe for a
// terminal.
func cellText(c *Context, f *pas.Field, v *pas.Value) string {
	if f.Kind == pas.KList {
		return listSummary(c, f)
	}
	text := sanitize(cellSpaces.Replace(pas.Format(c.Plan, f, v, c.Lang)))
	switch {
	case v.StateOf() == pas.Open && text == "":
		return c.T("(question ouverte)", "(open question)")
	case text == "" && f.Required:
		return c.T("à compléter", "to be completed")
	case text == "":
		return "—"
	}
	return text
}

func listSummary(c *Context, f *pas.Field) string {
	n := len(c.Plan.Records(f))
	switch {
	case n == 0 && f.Required:
		return c.T("aucun élément — à compléter", "no item — to be completed")
	case n == 0:
		return c.T("aucun élément", "no item")
	case n == 1:
		return c.T("1 élément", "1 item")
	}
	return itoa(n) + c.T(" éléments", " items")
}

func labelWidth(c *Context, fs []*pas.Field, w int) int {
	lw := 0
	for _, f := range fs {
		lw = max(lw, ansi.StringWidth(f.Label.In(c.Lang)))
	}
	return clamp(lw, 8, max(w*2/5, 8))
}

// cellSpaces keeps a value on one line of the field list.
var cellSpaces = strings.NewReplacer("\u00a0", " ", "\u202f", " ", "\n", " ⏎ ")

// isGeneratedID reports whether an id is one newRecordID made.
func isGeneratedID(list *pas.Field, id string) bool {
	rest, ok := strings.CutPrefix(id, list.ID+"-")
	if !ok || rest == "" {
		return false
	}
	for _, r := range rest {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

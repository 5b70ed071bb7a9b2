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
	sec    *pas.Section
	list   *pas.Field // for a record: its list
	recID  string     // for a record: its id
	cursor int
	offset int
	editor fieldEditor // the field being edited, or nil
}

func newFieldsView(m *Model, s *pas.Section, list *pas.Field, recID string) *fieldsView {
	return &fieldsView{sec: s, list: list, recID: recID}
}

// record returns the record edited, nil for section fields.
func (v *fieldsView) record(m *Model) *pas.Record {
	if v.list == nil {
		return nil
	}
	return m.plan.Record(v.list, v.recID)
}

// fields returns the fields shown now: those switched on.
func (v *fieldsView) fields(m *Model) []*pas.Field {
	all := v.sec.Fields
	if v.list != nil {
		all = v.list.Fields
	}
	rec := v.record(m)
	var out []*pas.Field
	for _, f := range all {
		if m.plan.Active(f, rec) {
			out = append(out, f)
		}
	}
	return out
}

func (v *fieldsView) current(m *Model) *pas.Field {
	fs := v.fields(m)
	if len(fs) == 0 {
		return nil
	}
	v.cursor = clamp(v.cursor, 0, len(fs)-1)
	return fs[v.cursor]
}

func (v *fieldsView) value(m *Model, f *pas.Field) *pas.Value {
	if v.list != nil {
		return v.record(m).Get(f)
	}
	return m.plan.Get(f)
}

func (v *fieldsView) capturing() bool { return v.editor != nil }

func (v *fieldsView) crumb(m *Model) string {
	if v.list == nil {
		return v.sec.Title.In(m.lang)
	}
	if r := v.record(m); r != nil && r.Get(v.list.RecordField(v.list.Name)).IsSet() {
		return r.NameIn(v.list, m.lang)
	}
	return m.t("nouvel élément", "new item")
}

func (v *fieldsView) forward(m *Model, msg tea.Msg) tea.Cmd {
	if v.editor == nil {
		return nil
	}
	res, cmd := v.editor.update(m, msg)
	return tea.Batch(cmd, v.finish(m, res))
}

func (v *fieldsView) update(m *Model, msg tea.KeyMsg) tea.Cmd {
	if v.editor != nil {
		res, cmd := v.editor.update(m, msg)
		return tea.Batch(cmd, v.finish(m, res))
	}
	if v.list != nil && v.record(m) == nil { // the record went away (undo)
		m.form.pop(m)
		return nil
	}
	k := m.keys
	if v.list == nil && !m.plan.Applicable(v.sec) { // only the chapter's own keys work
		switch {
		case key.Matches(msg, k.Back), key.Matches(msg, k.Left):
			m.form.pop(m)
		case key.Matches(msg, k.NotApplicable):
			return m.toggleNA(v.sec)
		case key.Matches(msg, k.Notes) && !m.clientView:
			m.dialog = newNotesDialog(m, v.sec)
		}
		return nil
	}
	fs := v.fields(m)
	v.cursor = clamp(v.cursor, 0, len(fs)-1) // an undo may have switched fields off
	if c, ok := moveCursor(k, msg, v.cursor, len(fs)); ok {
		v.cursor = c
		return nil
	}
	switch {
	case key.Matches(msg, k.Back), key.Matches(msg, k.Left):
		m.form.pop(m)
	case key.Matches(msg, k.Notes) && v.list == nil && !m.clientView:
		m.dialog = newNotesDialog(m, v.sec)
	case key.Matches(msg, k.NotApplicable) && v.list == nil:
		return m.toggleNA(v.sec)
	case len(fs) == 0:
	case key.Matches(msg, k.Edit):
		return v.open(m, fs[v.cursor])
	case key.Matches(msg, k.Clear):
		return v.set(m, fs[v.cursor], nil)
	case (key.Matches(msg, k.ToConfirm) || key.Matches(msg, k.OpenQuestion)) && !statesApply(fs[v.cursor]):
		m.flash(m.t("Une liste ne se marque pas : marquez les champs de ses éléments.", "A list is not marked: mark the fields of its items."), true)
	case key.Matches(msg, k.ToConfirm):
		return v.toggleConfirm(m, fs[v.cursor])
	case key.Matches(msg, k.OpenQuestion):
		m.dialog = newQuestionDialog(m, v, fs[v.cursor])
	case key.Matches(msg, k.Suggest):
		return v.applySuggestion(m, fs[v.cursor])
	}
	return nil
}

// applySuggestion takes the field's suggested value, at the user's
// request only, for a field that has no value yet.
func (v *fieldsView) applySuggestion(m *Model, f *pas.Field) tea.Cmd {
	sv, err := pas.Suggestion(f)
	if sv == nil || err != nil {
		m.flash(m.t("Pas de suggestion pour cette question.", "No suggestion for this question."), false)
		return nil
	}
	if v.value(m, f).IsSet() {
		m.flash(m.t("La question a déjà une réponse : effacez-la d'abord.", "The question is already answered: clear it first."), true)
		return nil
	}
	return v.set(m, f, sv)
}

// open starts editing a field: a list opens its records (or the grid),
// anything else its editor.
func (v *fieldsView) open(m *Model, f *pas.Field) tea.Cmd {
	if f.Kind == pas.KList {
		if raciField(f) != nil {
			m.form.push(newGridView(m, f))
		} else {
			m.form.push(newRecordsView(m, f))
		}
		return nil
	}
	v.editor = newEditor(m, f, v.value(m, f))
	return v.editor.init()
}

// finish applies an editor's result.
func (v *fieldsView) finish(m *Model, res editResult) tea.Cmd {
	switch {
	case res.cancel:
		v.editor = nil
	case res.done:
		f := v.editor.field()
		v.editor = nil
		cmd := v.set(m, f, keepState(v.value(m, f), res.value))
		v.cursor = clamp(v.cursor+1, 0, len(v.fields(m))-1)
		return cmd
	}
	return nil
}

// set stores a field's value (nil clears it) as one undoable edit.
func (v *fieldsView) set(m *Model, f *pas.Field, nv *pas.Value) tea.Cmd {
	old := v.value(m, f)
	if old.Equal(nv) {
		return nil
	}
	if v.list != nil && f.ID == v.list.Name && nv.IsSet() && isGeneratedID(v.list, v.recID) && len(m.plan.References(v.list, v.recID)) == 0 {
		return v.nameNewRecord(m, f, nv)
	}
	if v.list != nil {
		return m.mutateRecord(v.list, v.recID, func(r *pas.Record) { r.Set(f, nv) })
	}
	return m.mutate([]string{v.sec.ID}, func() { m.plan.Set(f, nv) })
}

// toggleConfirm switches a value between committed and to confirm.
func (v *fieldsView) toggleConfirm(m *Model, f *pas.Field) tea.Cmd {
	old := v.value(m, f)
	if !old.IsSet() {
		m.flash(m.t("Saisissez d'abord une valeur, ou posez une question ouverte (o).", "Enter a value first, or ask an open question (o)."), true)
		return nil
	}
	return v.set(m, f, toggledConfirm(old))
}

func (v *fieldsView) help(m *Model) []key.Binding {
	if v.editor != nil {
		return v.editor.help(m)
	}
	k := m.keys
	out := []key.Binding{k.Edit, k.Clear, k.ToConfirm, k.OpenQuestion, k.Suggest}
	if v.list == nil {
		if !m.clientView {
			out = append(out, k.Notes)
		}
		out = append(out, k.NotApplicable)
	}
	return append(out, k.Back)
}

// view draws the fields (label, value, markers), the selected field's
// help and findings, and the editor when one is open.
func (v *fieldsView) view(m *Model, w, h int) string {
	if v.list != nil && v.record(m) == nil {
		return ""
	}
	if v.list == nil {
		if ok, why := m.plan.Applicability(v.sec); !ok {
			return v.naView(m, w, why)
		}
	}
	fs := v.fields(m)
	if len(fs) == 0 {
		return m.st.Faint.Render(m.t("Aucune question ne s'applique ici.", "No question applies here."))
	}
	cur := fs[clamp(v.cursor, 0, len(fs)-1)]
	detail := v.detail(m, cur, w)
	listH := max(h-lineCount(detail)-1, 3)
	v.offset = scrollOffset(v.cursor, v.offset, listH)
	labelW := labelWidth(m, fs, w)
	lines, shown := v.rows(m, fs, labelW, w, listH)
	for !shown && v.offset < v.cursor { // group headings pushed the cursor out: scroll on
		v.offset++
		lines, shown = v.rows(m, fs, labelW, w, listH)
	}
	return strings.Join(lines, "\n") + "\n" + strings.Repeat("─", w) + "\n" + detail
}

// rows draws the field list from the offset, with group headings; it
// reports whether the cursor's row made it in.
func (v *fieldsView) rows(m *Model, fs []*pas.Field, labelW, w, listH int) ([]string, bool) {
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
				lines = append(lines, m.st.Group.Render(truncate(v.sec.GroupTitle(g).In(m.lang), w)))
			}
		}
		if len(lines) < listH {
			lines = append(lines, v.row(m, f, i == v.cursor, labelW, w))
			shown = shown || i == v.cursor
		}
	}
	return lines, shown
}

func (v *fieldsView) naView(m *Model, w int, why pas.Text) string {
	lines := []string{
		m.st.NA.Render(m.t("Chapitre non applicable.", "Chapter not applicable.")),
		"",
		wrap(why.In(m.lang), w),
		"",
	}
	if d := m.plan.Data(v.sec.ID); d != nil && d.NA != nil {
		lines = append(lines, m.st.Faint.Render(wrap(m.t("Touche a : le rendre de nouveau applicable.", "Key a: make it applicable again."), w)))
	} else {
		lines = append(lines, m.st.Faint.Render(wrap(m.t("Ce chapitre est écarté par les réponses du contexte de la prestation.", "The engagement context's answers set this chapter aside."), w)))
	}
	return strings.Join(lines, "\n")
}

// row draws one field: marker, label, value.
func (v *fieldsView) row(m *Model, f *pas.Field, selected bool, labelW, w int) string {
	val := v.value(m, f)
	mark, markStyle := m.valueMark(f, val, v.findings(m, f))
	label := padTo(truncate(f.Label.In(m.lang), labelW), labelW)
	text := m.cellText(f, val)
	line := mark + " " + label + " " + text
	if selected {
		line = truncate(line, w)
		return m.st.Selected.Render(padTo(line, w))
	}
	return markStyle.Render(mark) + " " + label + " " + m.st.Value.Render(truncate(text, max(w-labelW-3, 0)))
}

// findings returns the findings about a field of this view.
func (v *fieldsView) findings(m *Model, f *pas.Field) []pas.Finding {
	if m.clientView {
		return nil
	}
	path := f.Path
	if v.list != nil {
		path = v.list.Path + "[" + v.recID + "]." + f.ID
	}
	return m.stats.byPath[path]
}

// detail shows the selected field's help, its state and its findings, or
// the open editor.
func (v *fieldsView) detail(m *Model, f *pas.Field, w int) string {
	var lines []string
	if v.editor != nil {
		lines = append(lines, m.st.Title.Render(truncate(f.Label.In(m.lang), w)))
		if h := f.Help.In(m.lang); h != "" {
			lines = append(lines, m.st.Faint.Render(wrap(h, w)))
		}
		lines = append(lines, v.editor.view(m, w))
		return strings.Join(lines, "\n")
	}
	if h := f.Help.In(m.lang); h != "" {
		lines = append(lines, m.st.Faint.Render(wrap(h, w)))
	}
	if sv, _ := pas.Suggestion(f); sv != nil && !v.value(m, f).IsSet() {
		text := cellSpaces.Replace(pas.Format(m.plan, f, sv, m.lang))
		lines = append(lines, m.st.Info.Render(wrap(m.t("Suggestion (pratique de référence) : ", "Suggestion (reference practice): ")+text+m.t(" — touche s pour la reprendre", " — key s applies it"), w)))
	}
	if val := v.value(m, f); val.Pending() {
		lines = append(lines, m.st.Confirm.Render(wrap(m.stateLine(val), w)))
	}
	for _, fd := range v.findings(m, f) {
		style := m.st.Warning
		if fd.Severity == pas.Error {
			style = m.st.Error
		}
		lines = append(lines, style.Render(wrap(fd.Rule+" "+fd.Message.In(m.lang), w)))
	}
	if f.Kind == pas.KList {
		lines = append(lines, m.st.Faint.Render(m.t("Entrée : ouvrir la liste.", "Enter: open the list.")))
	}
	return strings.Join(lines, "\n")
}

// stateLine describes a value to confirm or an open question.
func (m *Model) stateLine(v *pas.Value) string {
	s := v.State.Text().In(m.lang)
	if v.Question != "" {
		s += " — " + v.Question
	}
	if v.Owner != "" {
		s += " · " + m.t("responsable : ", "owner: ") + v.Owner
	}
	if !v.Due.IsZero() {
		s += " · " + m.t("échéance : ", "due: ") + v.Due.Format(m.lang)
	}
	return s
}

// valueMark returns a one-character marker for a value's state and
// findings: ✗ error, ! warning, ‽ open, ? to confirm, ○ missing, space.
func (m *Model) valueMark(f *pas.Field, v *pas.Value, fs []pas.Finding) (string, lipgloss.Style) {
	worst := pas.Severity(0)
	for _, fd := range fs {
		if fd.Severity > worst {
			worst = fd.Severity
		}
	}
	switch {
	case worst == pas.Error:
		return "✗", m.st.Error
	case v.StateOf() == pas.Open:
		return "‽", m.st.Open
	case v.StateOf() == pas.ToConfirm:
		return "?", m.st.Confirm
	case f.Required && !v.IsSet() && f.Kind != pas.KList:
		return "○", m.st.Missing
	case worst == pas.Warning:
		return "!", m.st.Warning
	}
	return " ", m.st.Faint
}

// cellText formats a value for the field list.
func (m *Model) cellText(f *pas.Field, v *pas.Value) string {
	if f.Kind == pas.KList {
		return m.listSummary(f)
	}
	text := cellSpaces.Replace(pas.Format(m.plan, f, v, m.lang))
	switch {
	case v.StateOf() == pas.Open && text == "":
		return m.t("(question ouverte)", "(open question)")
	case text == "" && f.Required:
		return m.t("à compléter", "to be completed")
	case text == "":
		return "—"
	}
	return text
}

func (m *Model) listSummary(f *pas.Field) string {
	n := len(m.plan.Records(f))
	switch {
	case n == 0 && f.Required:
		return m.t("aucun élément — à compléter", "no item — to be completed")
	case n == 0:
		return m.t("aucun élément", "no item")
	case n == 1:
		return m.t("1 élément", "1 item")
	}
	return itoa(n) + m.t(" éléments", " items")
}

func labelWidth(m *Model, fs []*pas.Field, w int) int {
	lw := 0
	for _, f := range fs {
		lw = max(lw, ansi.StringWidth(f.Label.In(m.lang)))
	}
	return clamp(lw, 8, max(w*2/5, 8))
}

// cellSpaces keeps a value on one line of the field list.
var cellSpaces = strings.NewReplacer("\u00a0", " ", "\u202f", " ", "\n", " ⏎ ")

// nameNewRecord names a record created in the editor and gives it an id
// made from that name ("Datarive Lyon" → datarive-lyon), so that plan.yaml
// stays readable; records already referenced keep their id.
func (v *fieldsView) nameNewRecord(m *Model, f *pas.Field, nv *pas.Value) tea.Cmd {
	id := pas.SlugID(nv.Str)
	if id == "" {
		id = v.recID
	}
	for base, n := id, 2; id != v.recID && m.plan.Record(v.list, id) != nil; n++ {
		id = base + "-" + itoa(n)
	}
	old := v.recID
	cmd := m.mutate([]string{v.list.Section.ID}, func() {
		r := m.plan.Record(v.list, old)
		r.Set(f, nv)
		r.ID = id
	})
	v.recID = id
	for _, sv := range m.form.stack { // the list or grid under this form follows
		if fv, ok := sv.(*fieldsView); ok && fv.list == v.list && fv.recID == old {
			fv.recID = id
		}
	}
	return cmd
}

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

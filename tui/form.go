package tui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/pas-editor/pas/pas"
)

// subview is one level of the form pane: the section's fields, a record
// list, a record's fields, the RACI grid. The top of the stack has the keys.
type subview interface {
	update(m *Model, msg tea.KeyMsg) tea.Cmd
	view(m *Model, w, h int) string
	help(m *Model) []key.Binding
	// capturing reports whether an input is taking typed keys.
	capturing() bool
	// forward hands non-key messages (blinks, editor results) to an input.
	forward(m *Model, msg tea.Msg) tea.Cmd
	// crumb names the level in the breadcrumb.
	crumb(m *Model) string
}

// formModel edits the current section through a stack of subviews.
type formModel struct {
	sec           *pas.Section
	stack         []subview
	width, height int
}

func newForm(m *Model, s *pas.Section) *formModel {
	return &formModel{sec: s, stack: []subview{newFieldsView(m, s, nil, "")}}
}

func (f *formModel) setSize(w, h int) { f.width, f.height = w, h }

func (f *formModel) top() subview { return f.stack[len(f.stack)-1] }

func (f *formModel) push(v subview) { f.stack = append(f.stack, v) }

// pop leaves the current level; at the root it gives the focus back to
// the sidebar.
func (f *formModel) pop(m *Model) {
	if len(f.stack) > 1 {
		f.stack = f.stack[:len(f.stack)-1]
		return
	}
	m.focus = sidebarPane
}

func (f *formModel) capturing() bool { return f.top().capturing() }

func (f *formModel) update(m *Model, msg tea.Msg) tea.Cmd {
	if k, ok := msg.(tea.KeyMsg); ok {
		return f.top().update(m, k)
	}
	return f.top().forward(m, msg)
}

func (f *formModel) help(m *Model) []key.Binding { return f.top().help(m) }

func (f *formModel) view(m *Model) string {
	head := m.st.Title.Render(truncate(f.breadcrumb(m), f.width))
	return head + "\n" + f.top().view(m, f.width, f.height-1)
}

func (f *formModel) breadcrumb(m *Model) string {
	s := ""
	for i, v := range f.stack {
		if i > 0 {
			s += " › "
		}
		s += v.crumb(m)
	}
	return s
}

// reset rebuilds the form from the section, for instance after an undo
// replaced the records the stack pointed to.
func (f *formModel) reset(m *Model) {
	f.stack = f.stack[:1]
	f.stack[0] = newFieldsView(m, f.sec, nil, "")
}

// keepValid drops the levels whose record no longer exists (after an
// undo or a deletion).
func (f *formModel) keepValid(m *Model) {
	for i, v := range f.stack {
		if fv, ok := v.(*fieldsView); ok && fv.list != nil && fv.record(m) == nil {
			f.stack = f.stack[:i]
			return
		}
	}
}

package tui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/pas-editor/pas/pas"
)

// subview is one level of the form pane: the section's fields, a record
// list, a record's fields, the RACI grid, the matrix's columns. The top of
// the stack gets the messages.
type subview interface {
	// Update handles a message and says whether to open a deeper level or
	// to go back.
	Update(msg tea.Msg) (step, tea.Cmd)
	View() string
	SetSize(w, h int)
	ShortHelp() []key.Binding
	FullHelp() [][]key.Binding
	// capturing reports whether an input is taking typed keys.
	capturing() bool
	// crumb names the level in the breadcrumb.
	crumb() string
}

// step is what a level asks of the form after a message.
type step struct {
	push subview // a deeper level to open
	pop  bool    // go back one level
}

// formModel edits the current section through a stack of subviews.
type formModel struct {
	ctx           *Context
	sec           *pas.Section
	stack         []subview
	width, height int
}

func newForm(ctx *Context, s *pas.Section) *formModel {
	f := &formModel{ctx: ctx, sec: s}
	f.push(newFieldsView(ctx, s, nil, ""))
	return f
}

// SetSize gives every level the form's size, less the breadcrumb.
func (f *formModel) SetSize(w, h int) {
	f.width, f.height = w, h
	for _, v := range f.stack {
		v.SetSize(w, h-1)
	}
}

func (f *formModel) top() subview { return f.stack[len(f.stack)-1] }

// root returns the section's own fields, at the bottom of the stack.
func (f *formModel) root() *fieldsView { return f.stack[0].(*fieldsView) }

func (f *formModel) push(v subview) {
	v.SetSize(f.width, f.height-1) // a level opened later gets the size too
	f.stack = append(f.stack, v)
}

// pop leaves the current level; at the root it gives the focus back to
// the sidebar.
func (f *formModel) pop() {
	if len(f.stack) > 1 {
		f.stack = f.stack[:len(f.stack)-1]
		return
	}
	f.ctx.Send(focusMsg{sidebarPane})
}

func (f *formModel) capturing() bool { return f.top().capturing() }

// Update hands a message to the top level and follows its step.
func (f *formModel) Update(msg tea.Msg) tea.Cmd {
	st, cmd := f.top().Update(msg)
	switch {
	case st.push != nil:
		f.push(st.push)
	case st.pop:
		f.pop()
	}
	return cmd
}

func (f *formModel) help() []key.Binding { return f.top().ShortHelp() }

func (f *formModel) View() string {
	head := f.ctx.Styles.Title.Render(truncate(f.breadcrumb(), f.width))
	return head + "\n" + f.top().View()
}

func (f *formModel) breadcrumb() string {
	s := ""
	for i, v := range f.stack {
		if i > 0 {
			s += " › "
		}
		s += v.crumb()
	}
	return s
}

// reset rebuilds the form from the section, for instance after an undo
// replaced the records the stack pointed to.
func (f *formModel) reset() {
	f.stack = f.stack[:0]
	f.push(newFieldsView(f.ctx, f.sec, nil, ""))
}

// keepValid drops the levels whose record no longer exists (after an
// undo or a deletion).
func (f *formModel) keepValid() {
	for i, v := range f.stack {
		if fv, ok := v.(*fieldsView); ok && fv.list != nil && fv.record() == nil {
			f.stack = f.stack[:i]
			return
		}
	}
}

// renamed follows a record whose id changed.
func (f *formModel) renamed(list *pas.Field, old, id string) {
	for _, sv := range f.stack {
		if fv, ok := sv.(*fieldsView); ok && fv.list == list && fv.recID == old {
			fv.recID = id
		}
	}
}

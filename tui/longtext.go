package tui

import (
	"os"
	"os/exec"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/pas-editor/pas/pas"
)

// longEditor edits several lines; enter accepts, ctrl+j adds a line,
// ctrl+e opens the text in $EDITOR.
type longEditor struct {
	ctx  *Context
	f    *pas.Field
	box  *textBox
	orig string // the text the editor opened with
	err  string
}

// externalDoneMsg brings back the text edited in $EDITOR.
type externalDoneMsg struct {
	text string
	err  error
}

// longRows is how many rows of a long text are shown while it is typed.
const longRows = 5

func newLongEditor(ctx *Context, f *pas.Field, v *pas.Value) *longEditor {
	b := newTextBox(longRows)
	if v.IsSet() {
		b.SetValue(sanitize(v.Str))
	}
	return &longEditor{ctx: ctx, f: f, box: b, orig: b.Value()}
}

func (e *longEditor) init() tea.Cmd     { return nil }
func (e *longEditor) field() *pas.Field { return e.f }

func (e *longEditor) modified() bool { return e.box.Value() != e.orig }

func (e *longEditor) accept() editResult {
	v, err := pas.ParseInput(e.f, e.box.Value())
	if err != nil {
		e.err = errorText(e.ctx.Lang, err)
		return editResult{}
	}
	return editResult{done: true, value: v}
}

func (e *longEditor) update(msg tea.Msg) (editResult, tea.Cmd) {
	switch msg := msg.(type) {
	case externalDoneMsg:
		if msg.err != nil {
			e.err = e.ctx.T("Éditeur externe ($VISUAL, $EDITOR) : ", "External editor ($VISUAL, $EDITOR): ") + sanitize(msg.err.Error())
			return editResult{}, nil
		}
		e.box.SetValue(sanitize(strings.TrimRight(msg.text, "\n")))
		return editResult{}, nil
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, e.ctx.Keys.Cancel):
			return editResult{cancel: true}, nil
		case msg.Type == tea.KeyEnter && !msg.Alt:
			return e.accept(), nil
		case key.Matches(msg, e.ctx.Keys.ExternalEditor):
			return editResult{}, externalEditor(e.box.Value())
		}
		e.err = ""
		e.box.Update(msg)
	}
	return editResult{}, nil
}

func (e *longEditor) resize(w int) { e.box.SetWidth(max(w-2, 10)) }

func (e *longEditor) view(w int) string {
	out := e.box.View()
	if e.err != "" {
		out += "\n" + e.ctx.Styles.Error.Render(wrap(e.err, w))
	}
	return out
}

func (e *longEditor) help() []key.Binding {
	k := e.ctx.Keys
	return []key.Binding{k.Accept, k.NewLine, k.ExternalEditor, k.Cancel}
}

// externalEditor suspends the editor, runs $VISUAL or $EDITOR (vi when
// neither is set) on a temporary file holding text, and brings the result
// back as an externalDoneMsg.
func externalEditor(text string) tea.Cmd {
	f, err := os.CreateTemp("", "pas-*.md")
	if err != nil {
		return func() tea.Msg { return externalDoneMsg{err: err} }
	}
	name := f.Name()
	_, err = f.WriteString(text + "\n")
	_ = f.Close()
	if err != nil {
		_ = os.Remove(name)
		return func() tea.Msg { return externalDoneMsg{err: err} }
	}
	editor := os.Getenv("VISUAL")
	if editor == "" {
		editor = os.Getenv("EDITOR")
	}
	if editor == "" {
		editor = "vi"
	}
	args := append(strings.Fields(editor), name)
	cmd := exec.Command(args[0], args[1:]...)
	return tea.ExecProcess(cmd, func(err error) tea.Msg {
		defer os.Remove(name)
		if err != nil {
			return externalDoneMsg{err: err}
		}
		data, rerr := pas.ReadRegularFile(name, pas.MaxPlanSize)
		return externalDoneMsg{text: string(data), err: rerr}
	})
}

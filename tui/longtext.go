package tui

import (
	"os"
	"os/exec"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textarea"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/pas-editor/pas/pas"
)

// longEditor edits several lines; enter accepts, ctrl+j adds a line,
// ctrl+e opens the text in $EDITOR.
type longEditor struct {
	ctx  *Context
	f    *pas.Field
	ta   textarea.Model
	orig string // the text the editor opened with
	err  string
	// drawn is the text area as last drawn, at width drawnW; stale once
	// a message reached the text area. The text area draws every line of
	// a long text: frames that change nothing (timers) reuse it.
	drawn  string
	drawnW int
	stale  bool
}

// externalDoneMsg brings back the text edited in $EDITOR.
type externalDoneMsg struct {
	text string
	err  error
}

func newLongEditor(ctx *Context, f *pas.Field, v *pas.Value) *longEditor {
	ta := newArea()
	ta.ShowLineNumbers = false
	ta.Prompt = "│ "
	ta.CharLimit = 0
	ta.MaxHeight = 0
	ta.SetHeight(5)
	ta.KeyMap.InsertNewline = key.NewBinding(key.WithKeys("ctrl+j", "alt+enter"))
	if v.IsSet() {
		ta.SetValue(sanitize(v.Str))
	}
	return &longEditor{ctx: ctx, f: f, ta: ta, orig: ta.Value(), stale: true}
}

func (e *longEditor) modified() bool { return e.ta.Value() != e.orig }

func (e *longEditor) accept() editResult {
	v, err := pas.ParseInput(e.f, e.ta.Value())
	if err != nil {
		e.err = errorText(e.ctx.Lang, err)
		return editResult{}
	}
	return editResult{done: true, value: v}
}

func (e *longEditor) init() tea.Cmd     { return e.ta.Focus() }
func (e *longEditor) field() *pas.Field { return e.f }

func (e *longEditor) update(msg tea.Msg) (editResult, tea.Cmd) {
	e.stale = true
	switch msg := msg.(type) {
	case externalDoneMsg:
		if msg.err != nil {
			e.err = e.ctx.T("Éditeur externe ($VISUAL, $EDITOR) : ", "External editor ($VISUAL, $EDITOR): ") + sanitize(msg.err.Error())
			return editResult{}, nil
		}
		e.ta.SetValue(sanitize(strings.TrimRight(msg.text, "\n")))
		_ = e.ta.View()
		e.ta, _ = e.ta.Update(nil)
		return editResult{}, nil
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, e.ctx.Keys.Cancel):
			return editResult{cancel: true}, nil
		case msg.Type == tea.KeyEnter && !msg.Alt:
			return e.accept(), nil
		case key.Matches(msg, e.ctx.Keys.ExternalEditor):
			return editResult{}, externalEditor(e.ta.Value())
		}
	}
	return editResult{}, e.typeIn(msg)
}

// typeIn hands a message to the text area and keeps the cursor in view.
// The text area scrolls within the text it last drew: after a paste (or
// a line that wraps) its cursor would stay below the visible lines until
// the next key; drawing the new text and placing the view again shows it
// at once.
func (e *longEditor) typeIn(msg tea.Msg) tea.Cmd {
	row, count, sub := e.ta.Line(), e.ta.LineCount(), e.ta.LineInfo().RowOffset
	var cmd tea.Cmd
	e.ta, cmd = e.ta.Update(msg)
	if e.ta.Line() != row || e.ta.LineCount() != count || e.ta.LineInfo().RowOffset != sub {
		_ = e.ta.View()
		e.ta, _ = e.ta.Update(nil)
	}
	return cmd
}

func (e *longEditor) resize(w int) {
	e.ta.SetWidth(max(w-2, 10))
	e.stale = true
}

func (e *longEditor) view(w int) string {
	if e.stale || w != e.drawnW {
		e.resize(w)
		e.drawn, e.drawnW, e.stale = e.ta.View(), w, false
	}
	out := e.drawn
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
		data, rerr := os.ReadFile(name)
		return externalDoneMsg{text: string(data), err: rerr}
	})
}

package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"
	"github.com/pas-editor/pas/examples"
	"github.com/pas-editor/pas/pas"
	"github.com/pas-editor/pas/sections"
)

func TestMain(m *testing.M) {
	lipgloss.SetColorProfile(termenv.Ascii) // views compare as plain text
	os.Exit(m.Run())
}

// today is the date the editor's checks run at in tests.
var today = pas.MustDate("2026-12-01")

// options returns editor options for a plan file in a temporary directory.
func options(t testing.TB, path string, l pas.Lang) Options {
	return Options{Path: path, Lang: l, EnvLang: l, Cat: sections.Catalogue(), Plain: true,
		Today: func() pas.Date { return today }, Example: examples.Plan}
}

// examplePlan writes the example in a language to a temporary plan.yaml.
func examplePlan(t testing.TB, l pas.Lang) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "plan.yaml")
	if err := os.WriteFile(path, examples.Plan(l), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// driver runs the model like the Bubble Tea loop would, but synchronously:
// commands run at once, debounce ticks fire at once.
type driver struct {
	t    testing.TB
	m    Model
	quit bool // the model asked to quit
}

func newDriver(t testing.TB, opt Options, w, h int) *driver {
	t.Helper()
	m, err := New(opt)
	if err != nil {
		t.Fatal(err)
	}
	d := &driver{t: t, m: m}
	d.send(m.Init())
	d.send(tea.WindowSizeMsg{Width: w, Height: h})
	return d
}

// send delivers messages and commands, then settles.
func (d *driver) send(items ...any) *driver {
	for _, it := range items {
		switch v := it.(type) {
		case nil:
		case tea.Cmd:
			d.run(v)
		case tea.Msg:
			d.update(v)
		}
	}
	d.settle()
	return d
}

func (d *driver) update(msg tea.Msg) {
	next, cmd := d.m.Update(msg)
	d.m = next.(Model)
	d.run(cmd)
}

// run executes a command; ticks are replaced by their message at once.
func (d *driver) run(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	msg := runQuick(cmd)
	switch m := msg.(type) {
	case nil:
	case tea.BatchMsg:
		for _, c := range m {
			d.run(c)
		}
	case tea.QuitMsg:
		d.quit = true
	default:
		d.update(m)
	}
}

// runQuick runs a command and drops it when it waits (cursor blinks,
// debounce ticks): tests fire the ticks through settle instead.
func runQuick(cmd tea.Cmd) tea.Msg {
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	select {
	case msg := <-done:
		return msg
	case <-time.After(20 * time.Millisecond):
		return nil
	}
}

// settle fires the pending check and preview ticks.
func (d *driver) settle() {
	for i := 0; i < 3; i++ {
		d.update(checkTickMsg{d.m.checks.seq})
		d.update(previewTickMsg{d.m.preview.seq})
	}
}

// keys sends key presses: named keys ("enter", "down", "ctrl+s") or text.
func (d *driver) keys(keys ...string) *driver {
	for _, k := range keys {
		d.update(keyMsg(k))
	}
	d.settle()
	return d
}

// typeText sends each rune as a key press.
func (d *driver) typeText(s string) *driver {
	for _, r := range s {
		d.update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
	}
	d.settle()
	return d
}

func keyMsg(k string) tea.KeyMsg {
	named := map[string]tea.KeyType{
		"enter": tea.KeyEnter, "esc": tea.KeyEsc, "up": tea.KeyUp, "down": tea.KeyDown, "left": tea.KeyLeft,
		"right": tea.KeyRight, "tab": tea.KeyTab, "shift+tab": tea.KeyShiftTab, "space": tea.KeySpace,
		"backspace": tea.KeyBackspace, "delete": tea.KeyDelete, "ctrl+s": tea.KeyCtrlS, "ctrl+c": tea.KeyCtrlC,
		"ctrl+t": tea.KeyCtrlT, "ctrl+o": tea.KeyCtrlO, "ctrl+j": tea.KeyCtrlJ, "pgdown": tea.KeyPgDown, "pgup": tea.KeyPgUp,
		"ctrl+z": tea.KeyCtrlZ, "ctrl+y": tea.KeyCtrlY, "ctrl+u": tea.KeyCtrlU, "ctrl+e": tea.KeyCtrlE,
	}
	if t, ok := named[k]; ok {
		return tea.KeyMsg{Type: t}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
}

// view returns the screen as plain text.
func (d *driver) view() string { return ansi.Strip(d.m.View()) }

// mustShow fails unless the screen contains every string.
func (d *driver) mustShow(parts ...string) {
	d.t.Helper()
	v := d.view()
	for _, p := range parts {
		if !strings.Contains(v, p) {
			d.t.Fatalf("screen lacks %q:\n%s", p, v)
		}
	}
}

// mustNotShow fails if the screen contains any of the strings.
func (d *driver) mustNotShow(parts ...string) {
	d.t.Helper()
	v := d.view()
	for _, p := range parts {
		if strings.Contains(v, p) {
			d.t.Fatalf("screen shows %q:\n%s", p, v)
		}
	}
}

// goTo selects a section by id from the sidebar and focuses its form.
func (d *driver) goTo(id string) *driver {
	d.t.Helper()
	i := d.m.opt.Cat.SectionIndex(id)
	if i < 0 {
		d.t.Fatalf("no section %s", id)
	}
	d.m.focus = sidebarPane
	for d.m.cur != i {
		if d.m.cur < i {
			d.keys("down")
		} else {
			d.keys("up")
		}
	}
	return d.keys("enter")
}

// toField moves the root form's cursor to a field.
func (d *driver) toField(id string) *driver {
	d.t.Helper()
	v := d.m.form.stack[0].(*fieldsView)
	for i, f := range v.fields(&d.m) {
		if f.ID == id {
			v.cursor = i
			return d
		}
	}
	d.t.Fatalf("field %s is not shown in %s", id, d.m.section().ID)
	return d
}

func teaSize(w, h int) tea.WindowSizeMsg { return tea.WindowSizeMsg{Width: w, Height: h} }

// largeExample returns the large benchmark plan.
func largeExample(t testing.TB) []byte { return examples.Large(pas.FR) }

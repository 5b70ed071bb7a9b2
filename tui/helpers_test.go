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

// pkgDir is the package's directory, where the golden files are; some
// tests work in a temporary directory.
var pkgDir string

func TestMain(m *testing.M) {
	if plan := os.Getenv(helperEnv); plan != "" { // this binary runs as the editor (process tests)
		os.Exit(runHelperEditor(plan))
	}
	lipgloss.SetColorProfile(termenv.Ascii) // views compare as plain text
	pkgDir, _ = os.Getwd()
	cache, err := os.MkdirTemp("", "pas-tui-cache-") // no test writes to the user's cache
	if err != nil {
		panic(err)
	}
	os.Setenv("XDG_CACHE_HOME", cache)
	code := m.Run()
	os.RemoveAll(cache)
	os.Exit(code)
}

// today is the date the editor's checks run at in tests.
var today = pas.MustDate("2026-12-01")

// options returns editor options for a plan file in a temporary directory.
func options(t testing.TB, path string, l pas.Lang) Options {
	return Options{Path: path, Lang: l, EnvLang: l, Cat: sections.Catalogue(), Plain: true,
		Today: func() pas.Date { return today }, Example: examples.Plan, Clock: testClock{}, RecoveryDir: t.TempDir()}
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

// testClock is the editors' clock in tests: a timer is a message the
// driver keeps until it moves the clock past the timer's time.
type testClock struct{}

// timerMsg is a timer set by the editor, as the test clock reports it.
type timerMsg struct {
	d   time.Duration
	msg tea.Msg
}

func (testClock) After(d time.Duration, msg tea.Msg) tea.Cmd {
	return func() tea.Msg { return timerMsg{d, msg} }
}

// timer is a pending timer of the driver.
type timer struct {
	due time.Duration
	msg tea.Msg
}

// driver runs the model like the Bubble Tea loop would, but synchronously:
// commands run at once, and timers wait for the driver's clock to move.
type driver struct {
	t      testing.TB
	m      Model
	quit   bool          // the model asked to quit
	now    time.Duration // the driver's clock, from the start
	timers []timer
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

// run executes a command and delivers its message; timers are kept.
func (d *driver) run(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	switch m := cmd().(type) {
	case nil:
	case tea.BatchMsg:
		for _, c := range m {
			d.run(c)
		}
	case tea.QuitMsg:
		d.quit = true
	case timerMsg:
		d.timers = append(d.timers, timer{d.now + m.d, m.msg})
	default:
		d.update(m)
	}
}

// advance moves the clock on and fires the timers that fall due, in order,
// including those they set.
func (d *driver) advance(by time.Duration) {
	d.now += by
	for {
		i := -1
		for j, t := range d.timers {
			if t.due <= d.now && (i < 0 || t.due < d.timers[i].due) {
				i = j
			}
		}
		if i < 0 {
			return
		}
		t := d.timers[i]
		d.timers = append(d.timers[:i], d.timers[i+1:]...)
		d.update(t.msg)
	}
}

// settle lets the debounced checks and preview run, as a pause in typing
// would.
func (d *driver) settle() { d.advance(checkDelay) }

// keys sends key presses: named keys ("enter", "down", "ctrl+s") or text.
func (d *driver) keys(keys ...string) *driver {
	for _, k := range keys {
		d.update(keyMsg(k))
	}
	d.settle()
	return d
}

// typeText sends each rune as a key press; a space comes as a terminal
// sends it, a KeySpace carrying its rune.
func (d *driver) typeText(s string) *driver {
	for _, r := range s {
		if r == ' ' {
			d.update(keyMsg("space"))
			continue
		}
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
		"ctrl+z": tea.KeyCtrlZ, "ctrl+y": tea.KeyCtrlY, "f1": tea.KeyF1, "home": tea.KeyHome, "end": tea.KeyEnd,
		"ctrl+home": tea.KeyCtrlHome, "ctrl+end": tea.KeyCtrlEnd, "ctrl+w": tea.KeyCtrlW, "ctrl+k": tea.KeyCtrlK, "ctrl+a": tea.KeyCtrlA, "ctrl+u": tea.KeyCtrlU, "ctrl+e": tea.KeyCtrlE,
	}
	if k == "space" {
		return tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}}
	}
	if rest, ok := strings.CutPrefix(k, "alt+"); ok && len(rest) > 1 {
		m := keyMsg(rest)
		m.Alt = true
		return m
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
	i := d.m.ctx.Cat.SectionIndex(id)
	if i < 0 {
		d.t.Fatalf("no section %s", id)
	}
	if d.dialogOpen() || d.workshop() != nil {
		d.t.Fatalf("goTo %s with %T on top:\n%s", id, d.m.modes.top(), d.view())
	}
	d.m.ed.focus = sidebarPane
	for d.m.ed.cur != i {
		if d.m.ed.cur < i {
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
	v := d.m.ed.form.stack[0].(*fieldsView)
	for i, f := range v.fields() {
		if f.ID == id {
			v.cursor = i
			return d
		}
	}
	d.t.Fatalf("field %s is not shown in %s", id, d.m.ed.section().ID)
	return d
}

func teaSize(w, h int) tea.WindowSizeMsg { return tea.WindowSizeMsg{Width: w, Height: h} }

// largeExample returns the large benchmark plan.
func largeExample(t testing.TB) []byte { return examples.Large(pas.FR) }

// workshop returns the workshop on the mode stack, or nil.
func (d *driver) workshop() *workshopModel {
	for _, md := range d.m.modes.modes {
		if w, ok := md.(*workshopModel); ok {
			return w
		}
	}
	return nil
}

// dialogOpen reports whether the mode on top is a dialog.
func (d *driver) dialogOpen() bool {
	switch d.m.modes.top().(type) {
	case *editor, *workshopModel, *startMode, *helpMode:
		return false
	}
	return true
}

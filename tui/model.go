package tui

import (
	"github.com/charmbracelet/bubbles/help"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/pas-editor/pas/pas"
)

// pane is a part of the editor screen that can hold the focus.
type pane int

const (
	sidebarPane pane = iota
	formPane
	previewPane
)

// Model is the root of the editor.
type Model struct {
	opt  Options
	lang pas.Lang
	st   *Styles // shared, read-only: the model is copied on every update
	keys *KeyMap
	help *help.Model
	w, h int

	start   *startModel // first screen, while the file does not exist
	plan    *pas.Plan
	path    string
	dirty   bool
	version int // counts edits, for views that cache what they derive from the plan
	savedAt int // length of the undo history when the plan was last saved (or opened)
	aborted bool

	cur     int // index of the current section
	focus   pane
	sidebar sidebarModel
	form    *formModel
	preview previewModel
	stats   stats
	checks  debouncer
	history history

	dialog      dialog // a modal question, or nil
	showHelp    bool
	fullPreview bool
	clientView  bool
	workshop    *workshopModel
	lastTodo    string // path of the last item "next item" jumped to
	message     string // transient status message
	messageErr  bool
}

// New loads the plan (or prepares the start screen when the file does
// not exist) and returns the editor's model.
func New(opt Options) (Model, error) {
	if opt.Today == nil {
		opt.Today = func() pas.Date { return pas.MustDate("2026-01-01") }
	}
	if opt.Clock == nil {
		opt.Clock = realClock{}
	}
	st := NewStyles(opt.Plain)
	m := Model{opt: opt, path: opt.Path, st: &st}
	if !fileExists(opt.Path) {
		l := opt.Lang
		if l == "" {
			l = opt.EnvLang
		}
		m.setLang(l)
		m.start = newStart(&m)
		return m, nil
	}
	p, err := pas.Load(opt.Path, opt.Cat)
	if err != nil {
		return m, err
	}
	m.openPlan(p, false)
	return m, nil
}

// setLang sets the interface language and everything that depends on it.
func (m *Model) setLang(l pas.Lang) {
	if l == "" {
		l = pas.FR
	}
	m.lang = l
	km := NewKeyMap(l)
	m.keys = &km
	h := help.New()
	m.help = &h
	m.help.ShortSeparator = " · "
	m.help.Styles.ShortKey, m.help.Styles.FullKey = m.st.HelpKey, m.st.HelpKey
	m.help.Styles.ShortDesc, m.help.Styles.FullDesc = m.st.Help, m.st.Help
	m.help.Styles.ShortSeparator, m.help.Styles.FullSeparator = m.st.Help, m.st.Help
}

// openPlan starts editing a plan; dirty says whether it differs from the
// file (a new plan, or one made from the example).
func (m *Model) openPlan(p *pas.Plan, dirty bool) {
	m.plan = p
	m.dirty = dirty
	m.savedAt = 0
	if dirty {
		m.savedAt = -1 // a new plan differs from any file until saved
	}
	m.start = nil
	l := m.opt.Lang
	if l == "" {
		l = p.Lang
	}
	m.setLang(l)
	m.sidebar = newSidebar()
	m.preview = newPreview(m.opt.Dark, m.opt.Plain)
	m.focus = sidebarPane
	m.selectSection(0)
	m.stats = computeStats(p.Clone(), m.opt.Today())
}

// t returns a text in the interface language.
func (m *Model) t(fr, en string) string { return pas.T(fr, en).In(m.lang) }

// Init starts the first preview rendering.
func (m Model) Init() tea.Cmd {
	if m.plan == nil {
		return nil
	}
	return m.preview.schedule(&m)
}

// section returns the current section.
func (m *Model) section() *pas.Section { return m.opt.Cat.Sections[m.cur] }

// selectSection moves to a section and builds its form.
func (m *Model) selectSection(i int) {
	n := len(m.opt.Cat.Sections)
	if i < 0 || i >= n {
		return
	}
	m.cur = i
	m.sidebar.cursor = i
	m.form = newForm(m, m.section())
}

package tui

import (
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

// Model is the root of the editor. It alone changes the plan, the undo
// history, the modes and the status line; its components ask it to by
// request (see Context).
type Model struct {
	opt     Options
	ctx     *Context
	modes   *modeStack
	ed      *editor // the panes, once a plan is open
	history *history
	checks  *debouncer
	dirty   bool
	savedAt int // length of the undo history when the plan was last saved (or opened)
	aborted bool

	message    string // transient status message
	messageErr bool

	rec     *recovery // the plan's recovery file; nil when it cannot be used (recErr says why)
	recErr  error
	recSeq  int // debounce of the recovery file
	recOps  int // orders the writes and removals of the recovery file
	recKept int // edit version last written to the recovery file, -1 none

	disk        diskState // the plan file as opened or last saved
	seen        diskState // the plan file as last looked at
	diskChanged bool      // the plan file changed on disk since
	pollGen     int       // the current watch (an older one stops)

	recorded *pas.Plan // what a proposed version-history line is compared with (changelog.go)
	reqView  *reqView  // the requirements view, kept with its place between visits

	sess *session // shared with the running program
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
	lang := opt.Lang
	if lang == "" && !fileExists(opt.Path) {
		lang = opt.EnvLang
	}
	o := opt
	o.Lang = lang
	m := Model{opt: opt, ctx: newContext(o, &st), modes: &modeStack{}, history: &history{}, checks: &debouncer{}, recKept: -1, sess: &session{}}
	m.rec, m.recErr = newRecovery(opt.RecoveryDir, opt.Path)
	disk, data, err := readDisk(opt.Path)
	if err != nil {
		_, err = pas.Load(opt.Path, opt.Cat) // the same error as every command
		return m, err
	}
	m.disk, m.seen = disk, disk
	if !disk.exists {
		m.modes.reset(newStart(m.ctx, opt.Example))
	} else {
		p, err := decodePlan(opt.Cat, data, opt.Path, opt.Path)
		if err != nil {
			return m, err
		}
		m.openPlan(p, false)
		m.message, m.messageErr = openingNote(m.ctx)
	}
	if offer := m.checkKept(data, disk.mtime); offer != nil {
		m.modes.push(offer)
	}
	return m, nil
}

// openPlan starts editing a plan; dirty says whether it differs from the
// file (a new plan, or one made from the example).
func (m *Model) openPlan(p *pas.Plan, dirty bool) {
	m.ctx.Plan = p
	m.dirty = dirty
	m.savedAt = 0
	if dirty {
		m.savedAt = -1 // a new plan differs from any file until saved
	}
	l := m.opt.Lang
	if l == "" {
		l = p.Lang
	}
	m.ctx.setLang(l)
	m.ed = newEditor(m.ctx, m.opt.Dark, m.opt.Plain)
	m.modes.reset(m.ed)
	m.modes.setSize(m.ctx.Width, m.ctx.Height)
	pas.ReadBaseline(p, m.ctx.Path) // once: marks and checks compare with the standard PAS
	m.ctx.Stats = computeStats(p.Clone(), m.opt.Today())
	m.keepRecorded(p, dirty)
	m.ctx.Send(loadReqsMsg{}) // the buyer's grid the plan names, read in a command
}

// Init starts the first preview rendering and the watch on the plan file.
func (m Model) Init() tea.Cmd {
	if m.ed == nil {
		return nil
	}
	return tea.Batch(m.ed.preview.schedule(), m.diskTick())
}

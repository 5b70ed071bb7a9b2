package tui

import (
	"github.com/charmbracelet/bubbles/help"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/pas-editor/pas/pas"
)

// Context is what every component of the editor shares: the language, the
// keys, the styles, the catalogue, the screen size, and read access to the
// plan and to what the checks say about it. Components keep a pointer to
// it and never change the plan or the root: they ask the root with a
// request (Send), which the root handles once the component's Update has
// returned, in order, before the next message.
type Context struct {
	Lang   pas.Lang
	Keys   *KeyMap
	Styles *Styles
	Help   *help.Model // draws key bindings in the footer and dialogs
	Cat    *pas.Catalogue
	Clock  Clock
	Today  func() pas.Date

	// Set by the root only.
	Plan          *pas.Plan // nil while the start screen is shown
	Stats         stats     // the last checks of the plan
	Path          string    // the plan file
	Client        bool      // client view: nothing internal on screen
	Version       int       // counts edits, for views caching what they derive from the plan
	Reqs          *reqState // the buyer's requirement grid the plan names; nil when none
	Width, Height int       // the terminal

	outbox []tea.Msg
}

// newContext builds the shared context for an editing session.
func newContext(opt Options, st *Styles) *Context {
	c := &Context{Styles: st, Cat: opt.Cat, Clock: opt.Clock, Today: opt.Today, Path: opt.Path}
	c.setLang(opt.Lang)
	return c
}

// setLang sets the interface language and what depends on it.
func (c *Context) setLang(l pas.Lang) {
	if l == "" {
		l = pas.FR
	}
	c.Lang = l
	km := NewKeyMap(l)
	c.Keys = &km
	h := help.New()
	h.ShortSeparator = " · "
	h.Styles.ShortKey, h.Styles.FullKey = c.Styles.HelpKey, c.Styles.HelpKey
	h.Styles.ShortDesc, h.Styles.FullDesc = c.Styles.Help, c.Styles.Help
	h.Styles.ShortSeparator, h.Styles.FullSeparator = c.Styles.Help, c.Styles.Help
	c.Help = &h
}

// T returns a text in the interface language.
func (c *Context) T(fr, en string) string { return pas.T(fr, en).In(c.Lang) }

// Send asks the root for something (a request below) or hands a message
// to the mode on top; the root handles it right after the current update.
func (c *Context) Send(msgs ...tea.Msg) { c.outbox = append(c.outbox, msgs...) }

// flash shows a message in the status bar until the next key.
func (c *Context) flash(text string, isErr bool) { c.Send(flashMsg{text, isErr}) }

// take empties the outbox.
func (c *Context) take() []tea.Msg {
	out := c.outbox
	c.outbox = nil
	return out
}

// Requests: what components ask of the root. Only the root changes the
// plan, the history, the modes and the status line.
type (
	// setValueMsg sets one value (nil clears it) as one undoable edit.
	setValueMsg struct {
		ref valueRef
		v   *pas.Value
	}
	// editMsg changes the data of some sections as one undoable edit.
	editMsg struct {
		sections []string
		edit     func(p *pas.Plan)
	}
	// recordEditMsg changes one record's values as one undoable edit.
	recordEditMsg struct {
		list *pas.Field
		id   string
		edit func(r *pas.Record)
	}
	pushMsg  struct{ mode mode } // puts a mode (a dialog, the help…) on top
	popMsg   struct{}            // removes the mode on top
	flashMsg struct {
		text  string
		isErr bool
	}
	saveMsg         struct{ thenQuit bool }
	quitMsg         struct{ interrupt bool }        // asks when something is unsaved
	leaveMsg        struct{ aborted, discard bool } // quits now; discard drops the recovery file
	undoMsg         struct{}
	redoMsg         struct{}
	clientViewMsg   struct{} // toggles the client view
	startWorkshop   struct{}
	showSectionMsg  struct{ index int }
	jumpMsg         struct{ t target }
	focusMsg        struct{ pane pane }
	openPlanMsg     struct{ plan *pas.Plan } // from the start screen: a new, unsaved plan
	langMsg         struct{ lang pas.Lang }
	workshopNextMsg struct{} // to the workshop, once its answer is stored
)

package tui

import (
	"errors"
	"io"
	"os"
	"sync"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/pas-editor/pas/pas"
	"golang.org/x/term"
)

// Options configure an editing session.
type Options struct {
	Path    string         // plan file; created on first save when missing
	Lang    pas.Lang       // language of the interface; "" follows the plan
	EnvLang pas.Lang       // language of the start screen when Lang is ""
	Cat     *pas.Catalogue // the PAS catalogue
	Plain   bool           // no colour (NO_COLOR, dumb terminals, tests)
	Dark    bool           // dark terminal background, for the preview
	Today   func() pas.Date
	// Example returns the built-in example plan in a language.
	Example func(pas.Lang) []byte
	Input   io.Reader // defaults to the terminal
	Output  io.Writer // defaults to the terminal
	Clock   Clock     // timers; nil means real time
	// RecoveryDir holds the recovery files of unsaved edits; "" means
	// pas/recovery in the user's cache directory.
	RecoveryDir string
}

// ErrAborted reports that the user left without saving on purpose is not
// an error; it is returned when the user quit with ctrl+c and chose to
// discard, so that the command can exit with 130.
var ErrAborted = errors.New("aborted")

// Run opens the editor and returns when the user quits. A plan file that
// exists but cannot be loaded is an error before anything is drawn.
//
// The editor handles SIGINT, SIGTERM and SIGHUP itself (Bubble Tea's own
// handler would quit without the model knowing): unsaved edits go to the
// recovery file, the terminal is restored, and Run returns an *ExitError
// saying where the edits are. A panic in the editor does the same.
func Run(opt Options) error {
	m, err := New(opt)
	if err != nil {
		return err
	}
	popts := []tea.ProgramOption{tea.WithAltScreen(), tea.WithoutSignalHandler()}
	switch {
	case opt.Input != nil:
		popts = append(popts, tea.WithInput(opt.Input))
	case term.IsTerminal(int(os.Stdin.Fd())):
		popts = append(popts, tea.WithInput(&ttyInput{File: os.Stdin, gone: func() { m.sess.hangup() }}))
	}
	if opt.Output != nil {
		popts = append(popts, tea.WithOutput(opt.Output))
	}
	p := tea.NewProgram(m, popts...)
	m.sess.send = func(msg tea.Msg) { go p.Send(msg) }
	stop := catchSignals(m.sess)
	final, err := p.Run()
	stop()
	fm, ok := final.(Model)
	if !ok {
		fm = m
	}
	return fm.ended(err)
}

// ttyInput is the terminal the editor reads: when reading it fails (the
// terminal was closed and no SIGHUP came, as when pas is not the session's
// leader), the editor leaves as on SIGHUP instead of running on unseen.
type ttyInput struct {
	*os.File
	gone func()
	once sync.Once
}

func (t *ttyInput) Read(p []byte) (int, error) {
	n, err := t.File.Read(p)
	if err != nil && n == 0 {
		t.once.Do(t.gone)
	}
	return n, err
}

// fileExists reports whether path names an existing file.
func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

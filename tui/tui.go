package tui

import (
	"errors"
	"io"
	"os"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/pas-editor/pas/pas"
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
func Run(opt Options) error {
	m, err := New(opt)
	if err != nil {
		return err
	}
	popts := []tea.ProgramOption{tea.WithAltScreen()}
	if opt.Input != nil {
		popts = append(popts, tea.WithInput(opt.Input))
	}
	if opt.Output != nil {
		popts = append(popts, tea.WithOutput(opt.Output))
	}
	final, err := tea.NewProgram(m, popts...).Run()
	if err != nil {
		return err
	}
	if fm, ok := final.(Model); ok && fm.aborted {
		return ErrAborted
	}
	return nil
}

// fileExists reports whether path names an existing file.
func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

package tui

import (
	"errors"
	"fmt"
	"os"
	"os/signal"
	"runtime/debug"
	"sync"
	"syscall"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/pas-editor/pas/pas"
)

// session is what the running program and the model share outside the
// model's copies: the signal received, a panic caught, where the unsaved
// edits went, and a way to send the program a message.
type session struct {
	mu       sync.Mutex
	sig      os.Signal
	panicVal any
	stack    []byte
	kept     string // the recovery file written on the way out
	keptErr  error  // why the edits could not be kept
	send     func(tea.Msg)
	crashing bool
}

// signalMsg delivers a signal to the model.
type signalMsg struct{ sig os.Signal }

// panicMsg reports a panic in a command.
type panicMsg struct {
	val   any
	stack []byte
}

// catchSignals delivers SIGINT, SIGTERM and SIGHUP to the program as
// messages; after the first, a second one acts as the system's default
// (the editor is already leaving). It returns a function that stops.
func catchSignals(s *session) func() {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP)
	done := make(chan struct{})
	go func() {
		select {
		case sig := <-ch:
			signal.Reset(syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP)
			s.mu.Lock()
			s.sig = sig
			s.mu.Unlock()
			if s.send != nil {
				s.send(signalMsg{sig})
			}
		case <-done:
		}
	}()
	return func() {
		signal.Stop(ch)
		close(done)
	}
}

// hangup reports the terminal gone without a signal: the editor leaves
// as on SIGHUP.
func (s *session) hangup() {
	s.mu.Lock()
	already := s.sig != nil
	if !already {
		s.sig = syscall.SIGHUP
	}
	s.mu.Unlock()
	if !already && s.send != nil {
		s.send(signalMsg{syscall.SIGHUP})
	}
}

// signalled ends the editor on a signal, the unsaved edits kept.
func (m *Model) signalled(sig os.Signal) tea.Cmd {
	m.sess.mu.Lock()
	m.sess.sig = sig
	m.sess.mu.Unlock()
	m.keepOnExit()
	return tea.Quit
}

// keepOnExit writes the unsaved edits to the recovery file and notes
// where, for the message printed once the terminal is back.
func (m *Model) keepOnExit() {
	defer func() {
		if r := recover(); r != nil { // a plan too broken to encode: say so
			m.sess.mu.Lock()
			m.sess.keptErr = fmt.Errorf("%v", r)
			m.sess.mu.Unlock()
		}
	}()
	path, err := m.keepEditsNow()
	m.sess.mu.Lock()
	defer m.sess.mu.Unlock()
	if path != "" {
		m.sess.kept = path
	}
	if err != nil {
		m.sess.keptErr = err
	}
}

// crashed handles a panic in the editor: the edits are kept and the
// program asked to stop; a second panic while doing so is not handled
// again.
func (m *Model) crashed(val any, stack []byte) {
	m.sess.mu.Lock()
	again := m.sess.crashing
	m.sess.crashing = true
	if !again {
		m.sess.panicVal, m.sess.stack = val, stack
	}
	m.sess.mu.Unlock()
	if again {
		return
	}
	m.keepOnExit()
	if m.sess.send != nil {
		m.sess.send(tea.QuitMsg{})
	}
}

// guard runs a command so that a panic in it becomes a panicMsg for the
// root, which keeps the edits and stops, instead of Bubble Tea printing
// over the editor's screen.
func guard(cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				msg = panicMsg{r, debug.Stack()}
			}
		}()
		msg = cmd()
		if b, ok := msg.(tea.BatchMsg); ok {
			for i := range b {
				b[i] = guard(b[i])
			}
		}
		return msg
	}
}

// ExitError ends the editor without the user quitting: a signal, the
// terminal lost, or an internal error. Unsaved edits were kept in the
// recovery file when there were any.
type ExitError struct {
	Code     int      // exit code: 128 + the signal, 2 for an internal error
	Reason   pas.Text // what happened
	Recovery string   // the recovery file, "" when nothing was unsaved
	Plan     string   // the plan file
	KeepErr  error    // why the edits could not be kept, if they could not
	Panic    any      // the panic's value, for an internal error
	Stack    []byte   // the panic's stack
}

func (e *ExitError) Error() string { return e.Localize(pas.EN) }

// Localize says what happened and where the edits are, in a language.
func (e *ExitError) Localize(l pas.Lang) string {
	s := e.Reason.In(l)
	if e.Panic != nil {
		s += sanitize(fmt.Sprintf(" (%v)", e.Panic))
	}
	switch {
	case e.KeepErr != nil:
		s += pas.T(" ; les modifications non enregistrées n'ont pas pu être conservées : ", "; unsaved edits could not be kept: ").In(l) + sanitize(e.KeepErr.Error())
	case e.Recovery != "":
		s += pas.Textf(" ; modifications non enregistrées conservées dans %s : rouvrez %s pour les restaurer",
			"; unsaved edits kept in %s: reopen %s to restore them", sanitize(e.Recovery), sanitize(e.Plan)).In(l)
	}
	return s
}

// ended turns the program's end into Run's result.
func (m Model) ended(err error) error {
	s := m.sess
	s.mu.Lock()
	sig, val := s.sig, s.panicVal
	s.mu.Unlock()
	if val == nil && errors.Is(err, tea.ErrProgramPanic) {
		val = err
	}
	if sig == nil && val == nil && err != nil { // the terminal went away (reading failed)
		sig = syscall.SIGHUP
	}
	if sig == nil && val == nil {
		if m.aborted {
			return ErrAborted
		}
		return nil
	}
	m.keepOnExit() // when the program ended before the model could
	e := &ExitError{Recovery: s.kept, Plan: m.ctx.Path, KeepErr: s.keptErr}
	if val != nil {
		e.Code, e.Panic, e.Stack = 2, val, s.stack
		e.Reason = pas.T("erreur interne de l'éditeur", "internal error in the editor")
		return e
	}
	e.Code = 128
	if n, ok := sig.(syscall.Signal); ok {
		e.Code += int(n)
	}
	e.Reason = signalReason(sig)
	return e
}

// signalReason says why the editor stopped, as people know the signal.
func signalReason(sig os.Signal) pas.Text {
	switch sig {
	case syscall.SIGHUP:
		return pas.T("terminal fermé (SIGHUP)", "terminal closed (SIGHUP)")
	case syscall.SIGINT:
		return pas.T("éditeur interrompu (SIGINT)", "editor interrupted (SIGINT)")
	case syscall.SIGTERM:
		return pas.T("éditeur arrêté (SIGTERM)", "editor stopped (SIGTERM)")
	}
	return pas.Textf("éditeur arrêté par le signal %s", "editor stopped by signal %s", sig.String())
}

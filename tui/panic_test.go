package tui

import (
	"errors"
	"os"
	"strings"
	"syscall"
	"testing"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/pas-editor/pas/pas"
)

// brokenMode panics in Update or View, as a bug would.
type brokenMode struct{ inView bool }

func (b brokenMode) Update(tea.Msg) tea.Cmd {
	if !b.inView {
		panic("broken update")
	}
	return nil
}

func (b brokenMode) View() string {
	if b.inView {
		panic("broken view")
	}
	return ""
}

func (brokenMode) SetSize(int, int)          {}
func (brokenMode) ShortHelp() []key.Binding  { return nil }
func (brokenMode) FullHelp() [][]key.Binding { return nil }

// A panic in the root's Update or View, or in a command, keeps the
// unsaved edits, stops the editor, and ends with an internal error (exit
// code 2) saying where the edits are.
func TestPanicKeepsTheEdits(t *testing.T) {
	for _, where := range []string{"update", "view", "command"} {
		t.Run(where, func(t *testing.T) {
			d := shellDriver(t, pas.EN, 80, 24)
			editName(d, "Before the crash")
			switch where {
			case "update":
				d.m.modes.push(brokenMode{})
				d.keys("x")
			case "view":
				d.m.modes.push(brokenMode{inView: true})
				if v := d.m.View(); v != "" {
					t.Errorf("a crashed view draws %q", v)
				}
			case "command":
				d.run(guard(func() tea.Msg { panic("broken command") }))
			}
			if !d.m.sess.crashing {
				t.Fatal("the panic went unnoticed")
			}
			if where != "view" && !d.quit {
				t.Error("the editor did not stop")
			}
			err := d.m.ended(nil)
			var ee *ExitError
			if !errors.As(err, &ee) || ee.Code != 2 || !strings.Contains(ee.Error(), "broken") {
				t.Fatalf("ended: %v", err)
			}
			data, rerr := os.ReadFile(ee.Recovery)
			if rerr != nil || !strings.Contains(string(data), "Before the crash") {
				t.Fatalf("recovery %q: %v", ee.Recovery, rerr)
			}
			if !strings.Contains(ee.Localize(pas.FR), "erreur interne") || !strings.Contains(ee.Localize(pas.FR), ee.Recovery) {
				t.Errorf("message: %s", ee.Localize(pas.FR))
			}
		})
	}
}

// A signal delivered to the model keeps the edits and ends with 128 + the
// signal's number.
func TestSignalMessageKeepsTheEdits(t *testing.T) {
	d := shellDriver(t, pas.FR, 80, 24)
	editName(d, "Signalé")
	d.send(signalMsg{syscall.SIGTERM})
	if !d.quit {
		t.Fatal("the editor did not stop")
	}
	var ee *ExitError
	if err := d.m.ended(nil); !errors.As(err, &ee) || ee.Code != 143 {
		t.Fatalf("ended: %v", err)
	}
	if data, _ := os.ReadFile(ee.Recovery); !strings.Contains(string(data), "Signalé") {
		t.Error("the edits are not in the recovery file")
	}
	if msg := ee.Localize(pas.FR); !strings.Contains(msg, "SIGTERM") || !strings.Contains(msg, "rouvrez") {
		t.Errorf("message: %s", msg)
	}
}

// Nothing unsaved: a signal ends the editor without a recovery file.
func TestSignalWithNothingUnsaved(t *testing.T) {
	d := shellDriver(t, pas.EN, 80, 24)
	d.send(signalMsg{syscall.SIGTERM})
	var ee *ExitError
	if err := d.m.ended(nil); !errors.As(err, &ee) || ee.Recovery != "" || strings.Contains(ee.Error(), "kept") {
		t.Fatalf("ended: %v", err)
	}
}

package tui

import (
	"os"
	"path/filepath"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/pas-editor/pas/pas"
)

// save writes the client document then the plan, each atomically: a file
// is never left half-written. If writing the plan fails, the document may
// already be the new one; the plan stays marked unsaved and the status bar
// says why.
func (m *Model) save() tea.Cmd {
	if err := m.write(); err != nil {
		m.flash(m.t("Échec de l'enregistrement : ", "Save failed: ")+err.Error(), true)
		return nil
	}
	m.dirty, m.savedAt = false, len(m.history.done)
	if m.clientView {
		m.flash(m.t("Enregistré.", "Saved."), false)
	} else {
		m.flash(m.t("Enregistré : ", "Saved: ")+m.path+" + "+pas.MarkdownPath(m.path), false)
	}
	return nil
}

func (m *Model) write() error {
	if dir := filepath.Dir(m.path); dir != "." {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
	}
	md := pas.Render(m.plan, pas.RenderOptions{Today: m.opt.Today()})
	if err := pas.WriteFileAtomic(pas.MarkdownPath(m.path), md); err != nil {
		return err
	}
	return pas.WriteFileAtomic(m.path, pas.Marshal(m.plan))
}

// flash shows a message in the status bar until the next one.
func (m *Model) flash(msg string, isErr bool) {
	m.message, m.messageErr = msg, isErr
}

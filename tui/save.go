package tui

import (
	"errors"
	"os"
	"path/filepath"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/pas-editor/pas/pas"
)

// save writes the plan then its client document, each atomically: a
// file is never left half-written, and the document is never newer than
// the plan. If a write fails, the plan stays marked unsaved and the status
// bar says why.
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
			return localizedError(err, m.lang)
		}
	}
	if err := pas.SavePlanAndDocument(m.path, m.plan, pas.RenderOptions{Today: m.opt.Today()}); err != nil {
		return localizedError(err, m.lang)
	}
	return nil
}

// localizedError gives a failed write's error its message in the
// editor's language, sanitised for the screen.
func localizedError(err error, l pas.Lang) error {
	var fe *pas.FileError
	if errors.As(err, &fe) {
		return errors.New(fe.Localize(l))
	}
	return errors.New(pas.Sanitize(err.Error()))
}

// flash shows a message in the status bar until the next one.
func (m *Model) flash(msg string, isErr bool) {
	m.message, m.messageErr = msg, isErr
}

package tui

import (
	"os"
	"path/filepath"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/pas-editor/pas/pas"
)

// planBytes is the one place a plan becomes the bytes pas writes: the
// save and the recovery file both use it.
func planBytes(p *pas.Plan) []byte { return pas.Encode(p) }

// writePlan is the one place the editor (and the accessible mode) saves a
// plan: plan.yaml first, then the client document plan.md, each
// atomically, so that a file is never left half-written. When only the
// document could not be written, the error is a *docError: the plan is
// saved.
func writePlan(path string, p *pas.Plan, today pas.Date) error {
	if dir := filepath.Dir(path); dir != "." {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
	}
	if err := pas.WriteFileAtomic(path, planBytes(p)); err != nil {
		return err
	}
	if err := pas.WriteFileAtomic(pas.MarkdownPath(path), pas.Render(p, pas.RenderOptions{Today: today})); err != nil {
		return &docError{err}
	}
	return nil
}

// docError reports a plan saved without its document.
type docError struct{ err error }

func (e *docError) Error() string { return e.err.Error() }

// saveError describes a failed save in a language.
func saveError(l pas.Lang, err error) string {
	if _, ok := err.(*docError); ok {
		return pas.T("Plan enregistré, mais le document n'a pas pu être écrit : ", "Plan saved, but the document could not be written: ").In(l) +
			sanitize(err.Error())
	}
	return pas.T("Échec de l'enregistrement : ", "Save failed: ").In(l) + sanitize(err.Error())
}

// save writes the plan; with thenQuit, the editor quits once it is saved.
func (m *Model) save(thenQuit bool) tea.Cmd {
	err := writePlan(m.ctx.Path, m.ctx.Plan, m.opt.Today())
	if _, docOnly := err.(*docError); err != nil && !docOnly {
		m.ctx.flash(saveError(m.ctx.Lang, err), true)
		return nil
	}
	m.dirty, m.savedAt = false, len(m.history.done)
	if err != nil {
		m.ctx.flash(saveError(m.ctx.Lang, err), true)
		return nil
	}
	if thenQuit {
		return tea.Quit
	}
	if m.ctx.Client {
		m.ctx.flash(m.ctx.T("Enregistré.", "Saved."), false)
	} else {
		m.ctx.flash(m.ctx.T("Enregistré : ", "Saved: ")+sanitize(m.ctx.Path+" + "+pas.MarkdownPath(m.ctx.Path)), false)
	}
	return nil
}

package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/pas-editor/pas/pas"
)

// workshopModel walks through the questions the client answers, one after
// another, skipping what is already answered; at the end it sums up what
// was answered, left to confirm or opened as a question.
type workshopModel struct {
	visited map[*pas.Field]bool
	cur     *pas.Field
	editor  fieldEditor
	log     []workshopEntry
	done    bool
}

type workshopEntry struct {
	field *pas.Field
	kind  pas.ItemKind // 0 answered, Confirm, Question, Missing when skipped
}

func (m *Model) startWorkshop() tea.Cmd {
	w := &workshopModel{visited: map[*pas.Field]bool{}}
	m.workshop = w
	m.focus = formPane
	return w.next(m)
}

// queue returns the client's questions still to ask, in catalogue order:
// fields the client answers, switched on, in a section that applies,
// without a committed value, not visited yet. It is recomputed after each
// answer, since engagement answers switch chapters on and off.
func (w *workshopModel) queue(m *Model) []*pas.Field {
	var out []*pas.Field
	for _, s := range m.opt.Cat.Sections {
		if !m.plan.Applicable(s) {
			continue
		}
		for _, f := range s.Fields {
			if f.Kind != pas.KList && f.Answerer() == pas.WhoClient && m.plan.Active(f, nil) && !w.visited[f] && !m.plan.Get(f).Answered() {
				out = append(out, f)
			}
		}
	}
	return out
}

// next opens the following question, or the summary.
func (w *workshopModel) next(m *Model) tea.Cmd {
	q := w.queue(m)
	if len(q) == 0 {
		w.cur, w.editor, w.done = nil, nil, true
		return nil
	}
	w.cur = q[0]
	w.visited[w.cur] = true
	for i, s := range m.opt.Cat.Sections {
		if s == w.cur.Section && i != m.cur {
			m.selectSection(i)
			m.layout()
		}
	}
	w.editor = newEditor(m, w.cur, m.plan.Get(w.cur))
	return tea.Batch(w.editor.init(), m.preview.schedule(m))
}

func (w *workshopModel) keys(m *Model) (skip, confirm, question, leave key.Binding) {
	return binding([]string{"tab"}, "tab", m.t("passer", "skip")),
		binding([]string{"ctrl+t"}, "ctrl+t", m.t("valider « à confirmer »", "accept as to confirm")),
		binding([]string{"ctrl+o"}, "ctrl+o", m.t("question ouverte", "open question")),
		binding([]string{"esc"}, m.t("échap", "esc"), m.t("terminer l'atelier", "end the workshop"))
}

func (w *workshopModel) update(m *Model, msg tea.Msg) tea.Cmd {
	if w.done {
		if k, ok := msg.(tea.KeyMsg); ok && (k.Type == tea.KeyEnter || k.Type == tea.KeyEsc) {
			m.workshop = nil
		}
		return nil
	}
	skip, confirm, question, leave := w.keys(m)
	if k, ok := msg.(tea.KeyMsg); ok {
		switch {
		case key.Matches(k, leave):
			w.done, w.editor = true, nil
			return nil
		case key.Matches(k, skip):
			w.log = append(w.log, workshopEntry{w.cur, pas.Missing})
			return w.next(m)
		case key.Matches(k, question):
			return w.ask(m)
		case key.Matches(k, confirm):
			return w.accept(m, tea.KeyMsg{Type: tea.KeyEnter}, pas.ToConfirm)
		}
	}
	return w.accept(m, msg, pas.Committed)
}

// accept passes a message to the editor and stores the answer it gives.
func (w *workshopModel) accept(m *Model, msg tea.Msg, state pas.State) tea.Cmd {
	res, cmd := w.editor.update(m, msg)
	switch {
	case res.cancel:
		w.done, w.editor = true, nil
		return cmd
	case !res.done:
		return cmd
	}
	f := w.cur
	old := m.plan.Get(f)
	v := res.value
	if v == nil { // nothing typed: like skipping, an open question stays
		w.log = append(w.log, workshopEntry{f, pas.Missing})
		return tea.Batch(cmd, w.next(m))
	}
	kind := pas.ItemKind(0)
	if state == pas.ToConfirm {
		v.State, kind = pas.ToConfirm, pas.Confirm
	}
	w.log = append(w.log, workshopEntry{f, kind})
	if old.Equal(v) {
		return tea.Batch(cmd, w.next(m))
	}
	return tea.Batch(cmd, m.mutate([]string{f.Section.ID}, func() { m.plan.Set(f, v) }), w.next(m))
}

// ask turns the current question into an open question, owned by the
// client unless the user says otherwise.
func (w *workshopModel) ask(m *Model) tea.Cmd {
	f := w.cur
	vals := []string{f.Label.In(m.lang) + m.t(" ?", "?"), m.t("Client", "Client"), ""}
	if old := m.plan.Get(f); old.Pending() && old.Question != "" { // keep what was already asked
		vals = questionInputs(m, old)
	}
	m.dialog = openQuestionDialog(m, f, "", vals, func(m *Model, q, owner string, due pas.Date) (tea.Cmd, string) {
		nv := asQuestion(m.plan.Get(f), q, owner, due)
		w.log = append(w.log, workshopEntry{f, pas.Question})
		return tea.Batch(m.mutate([]string{f.Section.ID}, func() { m.plan.Set(f, nv) }), w.next(m)), ""
	})
	return nil
}

func (w *workshopModel) help(m *Model) []key.Binding {
	if w.done {
		return []key.Binding{binding([]string{"enter"}, m.t("entrée", "enter"), m.t("fermer", "close"))}
	}
	skip, confirm, question, leave := w.keys(m)
	return append(w.editor.help(m)[:1], skip, confirm, question, leave)
}

func (w *workshopModel) view(m *Model, width, height int) string {
	if w.done {
		return w.summary(m, width)
	}
	f := w.cur
	left := len(w.queue(m))
	lines := []string{
		m.st.Title.Render(truncate(m.t("Atelier — questions du client", "Workshop — the client's questions"), width)),
		m.st.Faint.Render(fmt.Sprintf(m.t("%s · encore %d question(s) après celle-ci", "%s · %d more question(s) after this one"), f.Section.Title.In(m.lang), left)),
		"",
		m.st.Label.Bold(true).Render(wrap(f.Label.In(m.lang), width)),
	}
	if h := f.Help.In(m.lang); h != "" {
		lines = append(lines, m.st.Faint.Render(wrap(h, width)))
	}
	if v := m.plan.Get(f); v.Pending() {
		lines = append(lines, m.st.Confirm.Render(wrap(m.stateLine(v), width)))
	}
	lines = append(lines, "", w.editor.view(m, width))
	return strings.Join(lines, "\n")
}

func (w *workshopModel) summary(m *Model, width int) string {
	groups := map[pas.ItemKind][]string{}
	for _, e := range w.log {
		groups[e.kind] = append(groups[e.kind], e.field.Label.In(m.lang))
	}
	lines := []string{m.st.Title.Render(m.t("Fin de l'atelier", "End of the workshop")), ""}
	for _, g := range []struct {
		kind  pas.ItemKind
		title string
	}{
		{0, m.t("Répondu", "Answered")},
		{pas.Confirm, m.t("À confirmer", "To confirm")},
		{pas.Question, m.t("Questions ouvertes", "Open questions")},
		{pas.Missing, m.t("Passées sans réponse", "Skipped")},
	} {
		lines = append(lines, fmt.Sprintf(m.t("%s : %d", "%s: %d"), g.title, len(groups[g.kind])))
		for _, l := range groups[g.kind] {
			lines = append(lines, m.st.Faint.Render(truncate("  • "+l, width)))
		}
	}
	if rest := w.queue(m); len(rest) > 0 {
		lines = append(lines, fmt.Sprintf(m.t("Non abordées : %d", "Not reached: %d"), len(rest)))
		for _, f := range rest {
			lines = append(lines, m.st.Faint.Render(truncate("  • "+f.Label.In(m.lang), width)))
		}
	}
	lines = append(lines, "", m.st.Faint.Render(wrap(m.t("La liste de suivi : pas questions ", "The follow-up list: pas questions ")+m.path+m.t(" (après ctrl+s).", " (after ctrl+s)."), width)))
	return strings.Join(lines, "\n")
}

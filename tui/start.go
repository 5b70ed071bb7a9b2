package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/pas-editor/pas/pas"
)

// startModel is the first screen when the plan file does not exist: a
// new empty plan, the built-in example, or a copy of another plan given
// by its path (no directory browsing: the screen may be shown to a
// client), and the language.
type startModel struct {
	choice int // 0 empty, 1 example, 2 other plan
	lang   pas.Lang
	asking bool // the path input is open
	path   textinput.Model
	err    string
}

func newStart(m *Model) *startModel {
	in := newInput()
	in.Prompt = "› "
	in.Placeholder = m.t("chemin du plan, par ex. ../standard/plan.yaml", "plan path, e.g. ../standard/plan.yaml")
	return &startModel{lang: m.lang, path: in, choice: 1}
}

func (s *startModel) update(m *Model, msg tea.Msg) tea.Cmd {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		if s.asking {
			var cmd tea.Cmd
			s.path, cmd = s.path.Update(msg)
			return cmd
		}
		return nil
	}
	if s.asking {
		return s.pathKey(m, k)
	}
	switch {
	case k.Type == tea.KeyUp || k.String() == "k":
		s.choice = (s.choice + 2) % 3
	case k.Type == tea.KeyDown || k.String() == "j":
		s.choice = (s.choice + 1) % 3
	case k.Type == tea.KeyLeft, k.Type == tea.KeyRight, k.String() == "l", k.Type == tea.KeyTab:
		s.lang = map[pas.Lang]pas.Lang{pas.FR: pas.EN, pas.EN: pas.FR}[s.lang]
		m.setLang(s.lang)
		s.path.Placeholder = m.t("chemin du plan, par ex. ../standard/plan.yaml", "plan path, e.g. ../standard/plan.yaml")
	case k.String() == "q" || k.Type == tea.KeyEsc:
		return tea.Quit
	case k.Type == tea.KeyEnter:
		return s.choose(m)
	}
	return nil
}

func (s *startModel) pathKey(m *Model, k tea.KeyMsg) tea.Cmd {
	switch k.Type {
	case tea.KeyEsc:
		s.asking, s.err = false, ""
		s.path.Blur()
		return nil
	case tea.KeyEnter:
		p, err := pas.Load(strings.TrimSpace(s.path.Value()), m.opt.Cat)
		if err != nil {
			if le, ok := err.(*pas.LoadError); ok {
				s.err = le.Localize(m.lang)
			} else {
				s.err = err.Error()
			}
			return nil
		}
		return s.open(m, p)
	}
	var cmd tea.Cmd
	s.path, cmd = s.path.Update(k)
	return cmd
}

func (s *startModel) choose(m *Model) tea.Cmd {
	switch s.choice {
	case 0:
		return s.open(m, pas.NewPlan(m.opt.Cat, s.lang))
	case 1:
		p, err := pas.Decode(m.opt.Example(s.lang), "example", m.opt.Cat)
		if err != nil {
			s.err = err.Error()
			return nil
		}
		return s.open(m, p)
	}
	s.asking = true
	return s.path.Focus()
}

// open starts editing the chosen plan; nothing is written before ctrl+s.
func (s *startModel) open(m *Model, p *pas.Plan) tea.Cmd {
	p.Lang = s.lang
	m.opt.Lang = s.lang
	m.openPlan(p, true)
	m.layout()
	m.flash(m.t("Nouveau plan : ctrl+s l'enregistre dans ", "New plan: ctrl+s saves it to ")+m.path, false)
	return m.preview.schedule(m)
}

func (s *startModel) view(m *Model) string {
	w := min(m.w-4, 70)
	title := m.st.Title.Render("pas — " + m.t("Plan d'Assurance Sécurité", "Security Assurance Plan"))
	lines := []string{title, "", truncate(m.t("Fichier : ", "File: ")+m.path, w),
		m.t("Il n'existe pas encore. Comment commencer ?", "It does not exist yet. How do you want to start?"), ""}
	choices := []string{
		m.t("Nouveau plan vide", "New empty plan"),
		m.t("Partir de l'exemple intégré (groupement hospitalier, SaaS, HDS)", "Start from the built-in example (hospital group, SaaS, HDS)"),
		m.t("Partir d'un autre plan (chemin du fichier)…", "Start from another plan (file path)…"),
	}
	for i, c := range choices {
		if i == s.choice {
			lines = append(lines, m.st.Selected.Render(padTo("› "+c, w)))
		} else {
			lines = append(lines, "  "+c)
		}
	}
	fr, en := "  Français  ", "  English  "
	if s.lang == pas.FR {
		fr = m.st.Selected.Render("[ Français ]")
	} else {
		en = m.st.Selected.Render("[ English ]")
	}
	lines = append(lines, "", m.t("Langue du plan : ", "Plan language: ")+fr+" "+en)
	if s.asking {
		s.path.Width = w - 4
		lines = append(lines, "", m.t("Chemin du plan à copier :", "Path of the plan to copy:"), s.path.View())
	}
	if s.err != "" {
		lines = append(lines, "", m.st.Error.Render(wrap(s.err, w)))
	}
	help := m.t("↑/↓ choisir · ←/→ langue · entrée valider · q quitter", "↑/↓ choose · ←/→ language · enter confirm · q quit")
	if s.asking {
		help = m.t("entrée charger · échap retour", "enter load · esc back")
	}
	lines = append(lines, "", m.st.Help.Render(help))
	box := lipgloss.NewStyle().Padding(1, 2).Render(strings.Join(lines, "\n"))
	return fit(lipgloss.Place(m.w, m.h, lipgloss.Center, lipgloss.Center, box), m.w, m.h)
}

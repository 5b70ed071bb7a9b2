package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/pas-editor/pas/pas"
)

// startMode is the first screen when the plan file does not exist: a new
// empty plan, the built-in example, or a copy of another plan given by
// its path (no directory browsing: the screen may be shown to a client),
// and the language.
type startMode struct {
	ctx     *Context
	example func(pas.Lang) []byte
	choice  int // 0 empty, 1 example, 2 other plan
	lang    pas.Lang
	asking  bool // the path input is open
	path    textinput.Model
	err     string
	w, h    int
}

func newStart(c *Context, example func(pas.Lang) []byte) *startMode {
	s := &startMode{ctx: c, example: example, lang: c.Lang, path: newInput(), choice: 1}
	s.path.Prompt = "› "
	s.path.Placeholder = s.t("chemin du plan, par ex. ../standard/plan.yaml", "plan path, e.g. ../standard/plan.yaml")
	return s
}

func (s *startMode) fullScreen() {}

func (s *startMode) t(fr, en string) string { return pas.T(fr, en).In(s.lang) }

func (s *startMode) SetSize(w, h int) { s.w, s.h = w, h }

func (s *startMode) Update(msg tea.Msg) tea.Cmd {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		if s.asking {
			var cmd tea.Cmd
			s.path, cmd = s.path.Update(msg)
			return cmd
		}
		return nil
	}
	if key.Matches(k, s.ctx.Keys.ForceQuit) {
		s.ctx.Send(leaveMsg{aborted: true})
		return nil
	}
	if s.asking {
		return s.pathKey(k)
	}
	switch {
	case k.Type == tea.KeyUp || k.String() == "k":
		s.choice = (s.choice + 2) % 3
	case k.Type == tea.KeyDown || k.String() == "j":
		s.choice = (s.choice + 1) % 3
	case k.Type == tea.KeyLeft || k.String() == "h": // Français is on the left
		s.setLang(pas.FR)
	case k.Type == tea.KeyRight || k.String() == "l":
		s.setLang(pas.EN)
	case k.Type == tea.KeyTab:
		s.setLang(map[pas.Lang]pas.Lang{pas.FR: pas.EN, pas.EN: pas.FR}[s.lang])
	case k.String() == "q" || k.Type == tea.KeyEsc:
		s.ctx.Send(leaveMsg{})
	case k.Type == tea.KeyEnter:
		return s.choose()
	}
	return nil
}

// setLang sets the language of the new plan, and of the editor with it.
func (s *startMode) setLang(l pas.Lang) {
	if l == s.lang {
		return
	}
	s.lang = l
	s.ctx.Send(langMsg{s.lang})
	s.path.Placeholder = s.t("chemin du plan, par ex. ../standard/plan.yaml", "plan path, e.g. ../standard/plan.yaml")
}

func (s *startMode) pathKey(k tea.KeyMsg) tea.Cmd {
	switch k.Type {
	case tea.KeyEsc:
		s.asking, s.err = false, ""
		s.path.Blur()
		return nil
	case tea.KeyEnter:
		from := strings.TrimSpace(s.path.Value())
		p, err := pas.Load(from, s.ctx.Cat)
		if err == nil { // a new plan: its facts library named from its place, nothing pinned yet
			p.Relocate(from, s.ctx.Path)
			err = p.Thaw(s.ctx.Path)
		}
		if err != nil {
			if le, ok := err.(*pas.LoadError); ok {
				s.err = sanitize(le.Localize(s.lang))
			} else {
				s.err = sanitize(err.Error())
			}
			return nil
		}
		s.open(p)
		return nil
	}
	var cmd tea.Cmd
	s.path, cmd = s.path.Update(k)
	return cmd
}

func (s *startMode) choose() tea.Cmd {
	switch s.choice {
	case 0:
		s.open(pas.NewPlan(s.ctx.Cat, s.lang))
		return nil
	case 1:
		p, err := pas.Decode(s.example(s.lang), "example", s.ctx.Cat)
		if err != nil {
			s.err = sanitize(err.Error())
			return nil
		}
		s.open(p)
		return nil
	}
	s.asking = true
	return s.path.Focus()
}

// open asks the root to edit the chosen plan, in the chosen language.
func (s *startMode) open(p *pas.Plan) {
	p.Lang = s.lang
	s.ctx.Send(openPlanMsg{p})
}

// ShortHelp lists the start screen's keys.
func (s *startMode) ShortHelp() []key.Binding {
	if s.asking {
		return []key.Binding{binding([]string{"enter"}, s.t("entrée", "enter"), s.t("charger", "load")),
			binding([]string{"esc"}, s.t("échap", "esc"), s.t("retour", "back"))}
	}
	return []key.Binding{binding([]string{"up", "down"}, "↑/↓", s.t("choisir", "choose")),
		binding([]string{"left", "right"}, "←/→", s.t("langue", "language")),
		binding([]string{"enter"}, s.t("entrée", "enter"), s.t("valider", "confirm")),
		binding([]string{"q"}, "q", s.t("quitter", "quit"))}
}

// FullHelp lists the start screen's keys.
func (s *startMode) FullHelp() [][]key.Binding { return [][]key.Binding{s.ShortHelp()} }

func (s *startMode) View() string {
	st := s.ctx.Styles
	w := min(s.w-4, 70)
	title := st.Title.Render("pas — " + s.t("Plan d'Assurance Sécurité", "Security Assurance Plan"))
	lines := []string{title, "", truncate(s.t("Fichier : ", "File: ")+sanitize(s.ctx.Path), w),
		s.t("Il n'existe pas encore. Comment commencer ?", "It does not exist yet. How do you want to start?"), ""}
	choices := []string{
		s.t("Nouveau plan vide", "New empty plan"),
		s.t("Partir de l'exemple intégré (groupement hospitalier, SaaS, HDS)", "Start from the built-in example (hospital group, SaaS, HDS)"),
		s.t("Partir d'un autre plan (chemin du fichier)…", "Start from another plan (file path)…"),
	}
	for i, c := range choices {
		if i == s.choice {
			lines = append(lines, st.Selected.Render(padTo("› "+c, w)))
		} else {
			lines = append(lines, "  "+c)
		}
	}
	fr, en := "  Français  ", "  English  "
	if s.lang == pas.FR {
		fr = st.Selected.Render("[ Français ]")
	} else {
		en = st.Selected.Render("[ English ]")
	}
	lines = append(lines, "", s.t("Langue du plan : ", "Plan language: ")+fr+" "+en)
	if s.asking {
		s.path.Width = w - 4
		lines = append(lines, "", s.t("Chemin du plan à copier :", "Path of the plan to copy:"), s.path.View())
	}
	if s.err != "" {
		lines = append(lines, "", st.Error.Render(wrap(s.err, w)))
	}
	help := s.t("↑/↓ choisir · ←/→ langue · entrée valider · q quitter", "↑/↓ choose · ←/→ language · enter confirm · q quit")
	if s.asking {
		help = s.t("entrée charger · échap retour", "enter load · esc back")
	}
	lines = append(lines, "", st.Help.Render(help))
	b := lipgloss.NewStyle().Padding(1, 2).Render(strings.Join(lines, "\n"))
	return fit(lipgloss.Place(s.w, s.h, lipgloss.Center, lipgloss.Center, b), s.w, s.h)
}

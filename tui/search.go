package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/pas-editor/pas/pas"
)

// searchModel finds section titles, field labels and values, and jumps to
// the one chosen.
type searchModel struct {
	in      textinput.Model
	results []hit
	cursor  int
}

type hit struct {
	t     target
	label string
}

const maxHits = 12

func (m *Model) openSearch() {
	in := newInput()
	in.Prompt = "/ "
	in.Placeholder = m.t("chapitre, question ou valeur", "chapter, question or value")
	in.Focus()
	m.dialog = &searchModel{in: in}
}

func (s *searchModel) update(m *Model, msg tea.Msg) tea.Cmd {
	if k, ok := msg.(tea.KeyMsg); ok {
		switch {
		case key.Matches(k, m.keys.Cancel):
			m.dialog = nil
			return nil
		case k.Type == tea.KeyUp:
			s.cursor = clamp(s.cursor-1, 0, len(s.results)-1)
			return nil
		case k.Type == tea.KeyDown:
			s.cursor = clamp(s.cursor+1, 0, len(s.results)-1)
			return nil
		case k.Type == tea.KeyEnter:
			if len(s.results) == 0 {
				return nil
			}
			m.dialog = nil
			return m.jump(s.results[s.cursor].t)
		}
	}
	var cmd tea.Cmd
	s.in, cmd = s.in.Update(msg)
	s.results, s.cursor = m.find(s.in.Value()), 0
	return cmd
}

// find returns up to maxHits places whose section title, label or value
// contains the query (accents and case ignored).
func (m *Model) find(query string) []hit {
	q := pas.SearchKey(query)
	if q == "" {
		return nil
	}
	var out []hit
	match := func(s string) bool { return strings.Contains(pas.SearchKey(s), q) }
	nums := pas.ChapterNumbers(m.opt.Cat)
	for i, s := range m.opt.Cat.Sections {
		title := s.Title.In(m.lang)
		if n := nums[s.ID]; n > 0 {
			title = itoa(n) + ". " + title
		}
		if match(s.Title.FR) || match(s.Title.EN) {
			out = append(out, hit{target{section: i, field: s.Fields[0]}, title})
		}
		if !m.plan.Applicable(s) {
			continue
		}
		for _, f := range s.Fields {
			if len(out) >= maxHits {
				return out
			}
			if !m.plan.Active(f, nil) {
				continue
			}
			if match(f.Label.In(m.lang)) || match(pas.Format(m.plan, f, m.plan.Get(f), m.lang)) {
				out = append(out, hit{target{section: i, field: f}, title + " › " + f.Label.In(m.lang)})
			}
			for _, r := range m.plan.Records(f) {
				for _, rf := range f.Fields {
					if len(out) >= maxHits {
						return out
					}
					if m.plan.Active(rf, r) && match(pas.Format(m.plan, rf, r.Get(rf), m.lang)) {
						out = append(out, hit{target{section: i, field: rf, record: r.ID}, title + " › " + r.Name(f) + " › " + rf.Label.In(m.lang)})
						break
					}
				}
			}
		}
	}
	return out
}

func (s *searchModel) view(m *Model) string {
	w := m.dialogWidth()
	s.in.Width = w - 4
	lines := []string{s.in.View(), ""}
	for i, h := range s.results {
		line := truncate(h.label, w-2)
		if i == s.cursor {
			line = m.st.Selected.Render(padTo("› "+line, w))
		} else {
			line = "  " + line
		}
		lines = append(lines, line)
	}
	if len(s.results) == 0 && s.in.Value() != "" {
		lines = append(lines, m.st.Faint.Render(m.t("Aucun résultat.", "No result.")))
	}
	lines = append(lines, "", m.help.ShortHelpView(s.help(m)))
	return m.box(m.t("Rechercher", "Search"), strings.Join(lines, "\n"))
}

func (s *searchModel) help(m *Model) []key.Binding {
	return []key.Binding{binding([]string{"enter"}, m.t("entrée", "enter"), m.t("aller", "go")), m.keys.Up, m.keys.Down, m.keys.Cancel}
}

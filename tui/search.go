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
	dialogBase
	in      textinput.Model
	results []hit
	cursor  int
}

type hit struct {
	t     target
	label string
}

const maxHits = 12

func newSearch(c *Context) *searchModel {
	in := newInput()
	in.Prompt = "/ "
	in.Placeholder = c.T("chapitre, question ou valeur", "chapter, question or value")
	in.Focus()
	return &searchModel{dialogBase: dialogBase{c}, in: in}
}

func (s *searchModel) Update(msg tea.Msg) tea.Cmd {
	if k, ok := msg.(tea.KeyMsg); ok {
		switch {
		case key.Matches(k, s.ctx.Keys.Cancel):
			s.ctx.Send(popMsg{})
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
			s.ctx.Send(popMsg{}, jumpMsg{s.results[s.cursor].t})
			return nil
		}
	}
	var cmd tea.Cmd
	s.in, cmd = s.in.Update(msg)
	s.results, s.cursor = find(s.ctx, s.in.Value()), 0
	return cmd
}

// find returns up to maxHits places whose section title, label or value
// contains the query (accents and case ignored).
func find(c *Context, query string) []hit {
	q := pas.SearchKey(query)
	if q == "" {
		return nil
	}
	p := c.Plan
	var out []hit
	match := func(s string) bool { return strings.Contains(pas.SearchKey(s), q) }
	nums := pas.ChapterNumbers(c.Cat)
	for i, s := range c.Cat.Sections {
		title := s.Title.In(c.Lang)
		if n := nums[s.ID]; n > 0 {
			title = itoa(n) + ". " + title
		}
		if match(s.Title.FR) || match(s.Title.EN) {
			out = append(out, hit{target{section: i, field: s.Fields[0]}, title})
		}
		if !p.Applicable(s) {
			continue
		}
		for _, f := range s.Fields {
			if len(out) >= maxHits {
				return out
			}
			if !p.Active(f, nil) {
				continue
			}
			if match(f.Label.In(c.Lang)) || match(pas.Format(p, f, p.Get(f), c.Lang)) {
				out = append(out, hit{target{section: i, field: f}, title + " › " + f.Label.In(c.Lang)})
			}
			for _, r := range p.Records(f) {
				for _, rf := range f.Fields {
					if len(out) >= maxHits {
						return out
					}
					if p.Active(rf, r) && match(pas.Format(p, rf, r.Get(rf), c.Lang)) {
						out = append(out, hit{target{section: i, field: rf, record: r.ID}, title + " › " + sanitize(r.Name(f)) + " › " + rf.Label.In(c.Lang)})
						break
					}
				}
			}
		}
	}
	return out
}

func (s *searchModel) View() string {
	c := s.ctx
	w := dialogWidth(c)
	s.in.Width = w - 4
	lines := []string{s.in.View(), ""}
	for i, h := range s.results {
		line := menuLine(c.Styles, h.label, i == s.cursor, w)
		lines = append(lines, line)
	}
	if len(s.results) == 0 && s.in.Value() != "" {
		lines = append(lines, c.Styles.Faint.Render(c.T("Aucun résultat.", "No result.")))
	}
	lines = append(lines, "", s.helpLine(s.ShortHelp()))
	return box(c, c.T("Rechercher", "Search"), strings.Join(lines, "\n"))
}

func (s *searchModel) ShortHelp() []key.Binding {
	k := s.ctx.Keys
	return []key.Binding{binding([]string{"enter"}, s.ctx.T("entrée", "enter"), s.ctx.T("aller", "go")), k.Up, k.Down, k.Cancel}
}

func (s *searchModel) FullHelp() [][]key.Binding { return [][]key.Binding{s.ShortHelp()} }

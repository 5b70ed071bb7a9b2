package tui

import "github.com/charmbracelet/lipgloss"

// Styles holds every style of the editor, built once from a small
// semantic palette that adapts to dark and light terminals.
type Styles struct {
	Title, Faint, Label, Value, Selected, SelectedFaint    lipgloss.Style
	BorderStyle, FocusStyle                                lipgloss.Style // colour of pane borders
	Border, FocusBorder                                    lipgloss.Border
	Missing, Confirm, Open, Error, Warning, Info, OK, NA   lipgloss.Style
	Status, StatusKey, Help, HelpKey, Dialog, Input, Group lipgloss.Style
}

var (
	colAccent = lipgloss.AdaptiveColor{Light: "#005f87", Dark: "#5fafff"}
	colFaint  = lipgloss.AdaptiveColor{Light: "#6c6c6c", Dark: "#8a8a8a"}
	colError  = lipgloss.AdaptiveColor{Light: "#af0000", Dark: "#ff5f5f"}
	colWarn   = lipgloss.AdaptiveColor{Light: "#875f00", Dark: "#ffaf00"}
	colOK     = lipgloss.AdaptiveColor{Light: "#005f00", Dark: "#5fd75f"}
	colSelBg  = lipgloss.AdaptiveColor{Light: "#d0e4f5", Dark: "#264a6e"}
	colBarBg  = lipgloss.AdaptiveColor{Light: "#e4e4e4", Dark: "#303030"}
)

// NewStyles builds the styles. With plain set (NO_COLOR, or tests), no
// colour is used, only reverse video and bold where meaning needs them.
func NewStyles(plain bool) Styles {
	s := Styles{
		Title:         lipgloss.NewStyle().Bold(true).Foreground(colAccent),
		Faint:         lipgloss.NewStyle().Foreground(colFaint),
		Label:         lipgloss.NewStyle(),
		Value:         lipgloss.NewStyle().Foreground(colAccent),
		Selected:      lipgloss.NewStyle().Background(colSelBg).Bold(true),
		SelectedFaint: lipgloss.NewStyle().Background(colSelBg),
		BorderStyle:   lipgloss.NewStyle().Foreground(colFaint),
		FocusStyle:    lipgloss.NewStyle().Foreground(colAccent),
		Border:        lipgloss.RoundedBorder(),
		FocusBorder:   lipgloss.ThickBorder(),
		Missing:       lipgloss.NewStyle().Foreground(colWarn),
		Confirm:       lipgloss.NewStyle().Foreground(colWarn),
		Open:          lipgloss.NewStyle().Foreground(colWarn).Bold(true),
		Error:         lipgloss.NewStyle().Foreground(colError).Bold(true),
		Warning:       lipgloss.NewStyle().Foreground(colWarn),
		Info:          lipgloss.NewStyle().Foreground(colFaint),
		OK:            lipgloss.NewStyle().Foreground(colOK),
		NA:            lipgloss.NewStyle().Foreground(colFaint).Italic(true),
		Status:        lipgloss.NewStyle().Background(colBarBg),
		StatusKey:     lipgloss.NewStyle().Background(colBarBg).Bold(true),
		Help:          lipgloss.NewStyle().Foreground(colFaint),
		HelpKey:       lipgloss.NewStyle().Bold(true),
		Dialog:        lipgloss.NewStyle().Border(lipgloss.DoubleBorder()).BorderForeground(colAccent).Padding(0, 1),
		Input:         lipgloss.NewStyle().Foreground(colAccent),
		Group:         lipgloss.NewStyle().Bold(true).Underline(true),
	}
	if plain {
		bare := lipgloss.NewStyle()
		s.Title, s.Value, s.Input = bare.Bold(true), bare, bare
		s.Faint, s.Missing, s.Confirm, s.Warning, s.Info, s.OK, s.Help = bare, bare, bare, bare, bare, bare, bare
		s.Open, s.Error = bare.Bold(true), bare.Bold(true)
		s.NA = bare.Italic(true)
		s.Selected, s.SelectedFaint = bare.Reverse(true), bare.Reverse(true)
		s.Status, s.StatusKey = bare.Reverse(true), bare.Reverse(true).Bold(true)
		s.BorderStyle, s.FocusStyle = bare, bare
		s.Border, s.FocusBorder = lipgloss.NormalBorder(), lipgloss.ThickBorder()
		s.Dialog = bare.Border(lipgloss.DoubleBorder()).Padding(0, 1)
	}
	return s
}

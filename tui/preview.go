package tui

import (
	"hash/fnv"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/glamour"
	"github.com/pas-editor/pas/pas"
)

// previewDelay is how long edits must pause before the preview refreshes.
const previewDelay = 120 * time.Millisecond

type previewTickMsg struct{ seq int }

type previewDoneMsg struct {
	key previewKey
	out string
}

// previewKey identifies one rendering: a section, its Markdown, a width.
type previewKey struct {
	section string
	hash    uint64
	width   int
}

// previewModel shows the current section as the client will read it,
// rendered by glamour in a command, debounced and cached per section.
type previewModel struct {
	ctx    *Context
	sec    *pas.Section // the section shown
	vp     viewport.Model
	style  string
	seq    int
	want   previewKey // the rendering the pane should show
	shown  previewKey // the rendering it shows
	cache  map[previewKey]string
	width  int
	height int
}

func newPreview(ctx *Context, dark, plain bool) *previewModel {
	style := "light"
	switch {
	case plain:
		style = "notty"
	case dark:
		style = "dark"
	}
	return &previewModel{ctx: ctx, vp: viewport.New(40, 10), style: style, cache: map[previewKey]string{}}
}

func (p *previewModel) SetSize(w, h int) {
	p.width, p.height = w, h
	p.vp.Width, p.vp.Height = w, h
}

// schedule asks for a refresh once edits pause.
func (p *previewModel) schedule() tea.Cmd {
	p.seq++
	return p.ctx.Clock.After(previewDelay, previewTickMsg{p.seq})
}

// fire builds the section's Markdown (cheap, no glamour) and, unless the
// cache has it, renders it in a command.
func (p *previewModel) fire(msg previewTickMsg) tea.Cmd {
	if msg.seq != p.seq || p.ctx.Plan == nil || p.sec == nil || p.width <= 0 {
		return nil
	}
	md := sanitize(pas.RenderSection(p.ctx.Plan, p.sec, pas.RenderOptions{Today: p.ctx.Today()}))
	h := fnv.New64a()
	_, _ = h.Write([]byte(md))
	k := previewKey{p.sec.ID, h.Sum64(), p.width}
	p.want = k
	if out, ok := p.cache[k]; ok {
		p.show(k, out)
		return nil
	}
	style, width := p.style, p.width
	return func() tea.Msg { return previewDoneMsg{k, renderMarkdown(md, style, width)} }
}

// done stores a rendering and shows it if it is still the one wanted; a
// stale result only goes to the cache.
func (p *previewModel) done(msg previewDoneMsg) {
	if len(p.cache) > 256 {
		p.cache = map[previewKey]string{}
	}
	p.cache[msg.key] = msg.out
	if msg.key == p.want {
		p.show(msg.key, msg.out)
	}
}

func (p *previewModel) show(k previewKey, out string) {
	if k.section != p.shown.section {
		p.vp.GotoTop()
	}
	p.shown = k
	p.vp.SetContent(out)
}

// renderMarkdown runs glamour with a style chosen once at start-up.
func renderMarkdown(md, style string, width int) string {
	r, err := glamour.NewTermRenderer(glamour.WithStandardStyle(style), glamour.WithWordWrap(max(width-2, 20)))
	if err != nil {
		return md
	}
	out, err := r.Render(md)
	if err != nil {
		return md
	}
	if style == "notty" {
		// The plain style writes the markers of a bold span around each of
		// its text runs: "**[À confirmer]**" came out "**[****À confirmer]**".
		out = strings.ReplaceAll(out, "****", "")
	}
	return strings.TrimRight(out, "\n")
}

// Update handles the debounce ticks, the renderings, and the keys that
// scroll the preview.
func (p *previewModel) Update(m tea.Msg) tea.Cmd {
	var msg tea.KeyMsg
	switch m := m.(type) {
	case previewTickMsg:
		return p.fire(m)
	case previewDoneMsg:
		p.done(m)
		return nil
	case tea.KeyMsg:
		msg = m
	default:
		return nil
	}
	k := p.ctx.Keys
	switch {
	case key.Matches(msg, k.Up):
		p.vp.ScrollUp(1)
	case key.Matches(msg, k.Down):
		p.vp.ScrollDown(1)
	case key.Matches(msg, k.PageUp):
		p.vp.PageUp()
	case key.Matches(msg, k.PageDown):
		p.vp.PageDown()
	case key.Matches(msg, k.Top):
		p.vp.GotoTop()
	case key.Matches(msg, k.Bottom):
		p.vp.GotoBottom()
	}
	return nil
}

// ShortHelp lists the preview's keys.
func (p *previewModel) ShortHelp() []key.Binding {
	k := p.ctx.Keys
	return []key.Binding{k.Up, k.Down, k.PageDown, k.Preview, k.NextPane, k.Quit}
}

// FullHelp lists the preview's keys.
func (p *previewModel) FullHelp() [][]key.Binding {
	k := p.ctx.Keys
	return [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom}, {k.Preview, k.Back}}
}

func (p *previewModel) View() string {
	if p.shown.section == "" {
		return ""
	}
	return p.vp.View()
}

package tui

import (
	"strings"
	"time"

	"github.com/aymanbagabas/go-udiff"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/pas-editor/pas/pas"
)

// offerKind says why unsaved edits are offered back.
type offerKind int

const (
	offerOpen   offerKind = iota // found when the plan was opened
	offerReload                  // kept before reloading the plan from disk
)

// Requests of the recovery offer.
type (
	restoreMsg struct{ plan *pas.Plan } // edit the kept plan, unsaved
	discardMsg struct{}                 // remove the recovery file
)

// offerDialog offers unsaved edits kept in a recovery file: restore them,
// see what differs from the plan on disk, or discard them. Leaving the
// editor from here keeps the file as it is.
type offerDialog struct {
	dialogBase
	kind     offerKind
	kept     *kept
	disk     []byte // the plan file, nil when there is none
	diskTime time.Time
	file     string // the recovery file
	err      string
}

func newOffer(c *Context, kind offerKind, k *kept, disk []byte, diskTime time.Time, file string) *offerDialog {
	return &offerDialog{dialogBase: dialogBase{c}, kind: kind, kept: k, disk: disk, diskTime: diskTime, file: file}
}

func isOffer(m mode) bool { _, ok := m.(*offerDialog); return ok }

func (d *offerDialog) keys() (restore, diff, discard, quit key.Binding) {
	c := d.ctx
	return binding([]string{"r"}, "r", c.T("restaurer", "restore")),
		binding([]string{"v", "tab"}, "v", c.T("voir les différences", "see what differs")),
		binding([]string{"d"}, "d", c.T("abandonner", "discard")),
		binding([]string{"q", "ctrl+c"}, "q", c.T("quitter sans rien changer", "quit, changing nothing"))
}

func (d *offerDialog) Update(msg tea.Msg) tea.Cmd {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return nil
	}
	c := d.ctx
	restore, diff, discard, quit := d.keys()
	switch {
	case key.Matches(k, restore):
		p, err := decodeKept(c, d.file, d.kept.data)
		if err != nil {
			d.err = c.T("Le fichier de récupération ne se lit pas : ", "The recovery file cannot be read: ") + localized(c.Lang, err)
			return nil
		}
		c.Send(popMsg{}, restoreMsg{p})
	case key.Matches(k, diff):
		c.Send(pushMsg{newDiffView(c, d.disk, d.kept.data)})
	case key.Matches(k, discard):
		c.Send(pushMsg{newConfirmDialog(c, c.T("Abandonner les modifications", "Discard the edits"),
			c.T("Les modifications conservées seront définitivement perdues. Les abandonner ?", "The kept edits will be lost for good. Discard them?"),
			popMsg{}, discardMsg{})})
	case key.Matches(k, quit):
		c.Send(leaveMsg{aborted: true})
	}
	return nil
}

// when says when the edits were kept, in the interface language.
func when(l pas.Lang, t time.Time) string {
	if l == pas.FR {
		return t.Format("02/01/2006 à 15:04")
	}
	return t.Format("2006-01-02 at 15:04")
}

func (d *offerDialog) View() string {
	c := d.ctx
	w := dialogWidth(c)
	var text string
	switch {
	case d.kind == offerReload:
		text = c.T("Le plan a été rechargé depuis le disque. Vos modifications sont conservées dans le fichier de récupération : les restaurer (par-dessus le plan du disque), voir ce qui diffère, ou les abandonner ?",
			"The plan was reloaded from disk. Your edits are kept in the recovery file: restore them (over the plan on disk), see what differs, or discard them?")
	case d.disk == nil:
		text = c.T("Des modifications non enregistrées de ce plan ont été conservées le ", "Unsaved edits to this plan were kept on ") + when(c.Lang, d.kept.mtime) +
			c.T(". Le fichier du plan n'existe pas.", ". The plan file does not exist.")
	default:
		text = c.T("Des modifications non enregistrées de ce plan ont été conservées le ", "Unsaved edits to this plan were kept on ") + when(c.Lang, d.kept.mtime) + "."
		if d.diskTime.After(d.kept.mtime) {
			text += c.T(" Le fichier du plan a changé depuis, le ", " The plan file changed since, on ") + when(c.Lang, d.diskTime) + "."
		}
	}
	lines := []string{wrap(text, w), "", c.Styles.Faint.Render(wrap(sanitize(d.file), w))}
	if d.err != "" {
		lines = append(lines, "", c.Styles.Error.Render(wrap(d.err, w)))
	}
	lines = append(lines, "", d.helpLine(d.ShortHelp()))
	return box(c, c.T("Modifications conservées", "Kept edits"), strings.Join(lines, "\n"))
}

func (d *offerDialog) ShortHelp() []key.Binding {
	r, v, di, q := d.keys()
	return []key.Binding{r, v, di, q}
}

func (d *offerDialog) FullHelp() [][]key.Binding { return [][]key.Binding{d.ShortHelp()} }

// localized describes a load error in a language, safe for a terminal.
func localized(l pas.Lang, err error) string {
	if le, ok := err.(*pas.LoadError); ok {
		return sanitize(le.Localize(l))
	}
	return sanitize(err.Error())
}

// diffView shows what differs between the plan on disk and the kept
// edits, as a unified diff that scrolls.
type diffView struct {
	ctx  *Context
	vp   viewport.Model
	text string
}

func newDiffView(c *Context, disk, kept []byte) *diffView {
	diff := udiff.Unified(c.T("plan (disque)", "plan (disk)"), c.T("modifications conservées", "kept edits"), string(disk), string(kept))
	if diff == "" {
		diff = c.T("Aucune différence.", "No difference.")
	}
	return &diffView{ctx: c, vp: viewport.New(0, 0), text: diff}
}

func (v *diffView) SetSize(w, h int) {
	v.vp.Width, v.vp.Height = w, max(h-4, 1)
	st := v.ctx.Styles
	lines := strings.Split(strings.TrimRight(v.text, "\n"), "\n")
	for i, l := range lines {
		l = truncate(sanitize(l), w)
		switch {
		case strings.HasPrefix(l, "+"):
			l = st.OK.Render(l)
		case strings.HasPrefix(l, "-"):
			l = st.Error.Render(l)
		case strings.HasPrefix(l, "@@"):
			l = st.Faint.Render(l)
		}
		lines[i] = l
	}
	v.vp.SetContent(strings.Join(lines, "\n"))
}

func (v *diffView) Update(msg tea.Msg) tea.Cmd {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return nil
	}
	keys := v.ctx.Keys
	switch {
	case key.Matches(k, keys.Back), key.Matches(k, keys.Quit):
		v.ctx.Send(popMsg{})
	case key.Matches(k, keys.Up):
		v.vp.ScrollUp(1)
	case key.Matches(k, keys.Down):
		v.vp.ScrollDown(1)
	case key.Matches(k, keys.PageUp):
		v.vp.PageUp()
	case key.Matches(k, keys.PageDown), k.Type == tea.KeySpace:
		v.vp.PageDown()
	case key.Matches(k, keys.Top):
		v.vp.GotoTop()
	case key.Matches(k, keys.Bottom):
		v.vp.GotoBottom()
	}
	return nil
}

func (v *diffView) View() string {
	c := v.ctx
	title := c.Styles.Title.Render(c.T("Ce qui diffère : plan sur le disque (-) → modifications conservées (+)", "What differs: plan on disk (-) → kept edits (+)"))
	return title + "\n\n" + v.vp.View()
}

func (v *diffView) ShortHelp() []key.Binding {
	k := v.ctx.Keys
	return []key.Binding{k.Up, k.Down, k.PageDown, k.Back}
}

func (v *diffView) FullHelp() [][]key.Binding { return [][]key.Binding{v.ShortHelp()} }

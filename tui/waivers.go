package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/pas-editor/pas/grid"
	"github.com/pas-editor/pas/pas"
)

// A waiver accepts a rule's finding for one item, with its reason, its
// approver and an expiry; it is written to the plan's waivers, where
// pas check and the internal document read it. From the editor, W on a
// question (or a matrix row) lists its findings: Enter on one accepts it,
// Enter on a waived one removes its waiver.

// waiversMsg changes the plan's waivers as one undoable edit.
type waiversMsg struct {
	edit func(ws []*pas.Waiver) []*pas.Waiver
}

// waiverFindings returns the findings under a path (a field's, or a
// record's when prefix ends with "]"), those in force and those waived.
func waiverFindings(c *Context, path string, prefix bool) (active, waived []pas.Finding) {
	for _, fd := range c.Stats.findings {
		if fd.Path != path && !(prefix && strings.HasPrefix(fd.Path, path)) {
			continue
		}
		if fd.Waived() {
			waived = append(waived, fd)
		} else {
			active = append(active, fd)
		}
	}
	return active, waived
}

// openWaivers lists the findings of a place to accept or to restore; with
// a single finding and no waiver, it asks for the waiver at once.
func openWaivers(c *Context, path string, prefix bool) {
	active, waived := waiverFindings(c, path, prefix)
	switch {
	case len(active)+len(waived) == 0:
		c.flash(c.T("Aucun constat ici : rien à accepter.", "No finding here: nothing to accept."), false)
	case len(active) == 1 && len(waived) == 0:
		askWaiver(c, active[0])
	default:
		c.Send(pushMsg{&waiverList{dialogBase: dialogBase{c}, active: active, waived: waived}})
	}
}

// askWaiver asks the reason, the approver and the expiry of a waiver for
// a finding.
func askWaiver(c *Context, fd pas.Finding) {
	if r := c.Cat.Rule(fd.Rule); r == nil && grid.RuleByID(fd.Rule) != nil {
		c.flash(fmt.Sprintf(c.T("Les constats de la grille de l'acheteur (%s) ne se dérogent pas : ils disparaissent quand l'exigence est associée, répondue et cohérente avec le plan.",
			"Findings on the buyer's grid (%s) cannot be waived: they go once the requirement is mapped, answered and consistent with the plan."), fd.Rule), true)
		return
	} else if r == nil || r.NoWaiver {
		c.flash(fmt.Sprintf(c.T("La règle %s n'admet pas de dérogation.", "Rule %s cannot be waived."), fd.Rule), true)
		return
	}
	labels := []string{c.T("Motif", "Reason"), c.T("Approbateur", "Approver"), c.T("Échéance (date ou délai : dans 6 mois)", "Expiry (date or delay: in 6 months)")}
	prompt := fd.Rule + " — " + sanitize(fd.Message.In(c.Lang))
	c.Send(pushMsg{newTextDialog(c, c.T("Accepter le constat", "Accept the finding"), prompt, labels, nil,
		func(in []string) ([]tea.Msg, string) {
			w, err := newWaiver(c, fd, in[0], in[1], in[2])
			if err != nil {
				return nil, errorText(c.Lang, err)
			}
			return []tea.Msg{waiversMsg{func(ws []*pas.Waiver) []*pas.Waiver { return append(ws, w) }},
				flashMsg{c.T("Constat accepté par dérogation (waivers).", "Finding accepted by a waiver (waivers)."), false}}, ""
		})})
}

// newWaiver builds a waiver of one finding from what was typed: a reason,
// an approver and an expiry after today are required.
func newWaiver(c *Context, fd pas.Finding, reason, approver, expires string) (*pas.Waiver, error) {
	reason, approver = strings.TrimSpace(reason), strings.TrimSpace(approver)
	switch {
	case reason == "":
		return nil, refuse("Le motif est obligatoire.", "A reason is required.")
	case approver == "":
		return nil, refuse("L'approbateur est obligatoire.", "An approver is required.")
	case strings.TrimSpace(expires) == "":
		return nil, refuse("L'échéance est obligatoire : une dérogation se revoit.", "An expiry is required: a waiver is reviewed.")
	}
	today := c.Today()
	exp, err := pas.ParseDue(expires, today)
	if err != nil {
		return nil, err
	}
	if !exp.After(today) {
		return nil, refuse("L'échéance doit être après aujourd'hui.", "The expiry must be after today.")
	}
	return &pas.Waiver{Rule: fd.Rule, Item: fd.Path, Reason: reason, Approver: approver, Date: today, Expires: exp}, nil
}

// sameWaiver reports whether two waivers say the same (the checks run on
// a copy of the plan: their waivers are copies too).
func sameWaiver(a, b *pas.Waiver) bool {
	return a.Rule == b.Rule && a.Item == b.Item && a.Reason == b.Reason && a.Approver == b.Approver && a.Date == b.Date && a.Expires == b.Expires
}

// removeWaiver asks before removing the waiver of a finding.
func removeWaiver(c *Context, fd pas.Finding) {
	w := *fd.Waiver
	body := fmt.Sprintf(c.T("Retirer la dérogation à %s (« %s », %s) ? Le constat redevient actif.",
		"Remove the waiver of %s (\"%s\", %s)? The finding is active again."), fd.Rule, sanitize(w.Reason), sanitize(w.Approver))
	c.Send(pushMsg{newConfirmDialog(c, c.T("Dérogation", "Waiver"), body,
		waiversMsg{func(ws []*pas.Waiver) []*pas.Waiver {
			var out []*pas.Waiver
			for _, x := range ws {
				if !sameWaiver(x, &w) {
					out = append(out, x)
				}
			}
			return out
		}})})
}

// waiverLine describes a waived finding.
func waiverLine(c *Context, fd pas.Finding) string {
	w := fd.Waiver
	s := "≈ " + fd.Rule + " " + c.T("accepté par dérogation : ", "waived: ") + sanitize(w.Reason) + " — " + sanitize(w.Approver)
	if !w.Expires.IsZero() {
		s += c.T(", jusqu'au ", ", until ") + w.Expires.Format(c.Lang)
	}
	return s
}

// waiverList lists a place's findings: Enter accepts one by a waiver, or
// removes the waiver of one already accepted.
type waiverList struct {
	dialogBase
	active, waived []pas.Finding
	cursor         int
}

func (d *waiverList) entries() int { return len(d.active) + len(d.waived) }

func (d *waiverList) Update(msg tea.Msg) tea.Cmd {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return nil
	}
	keys := d.ctx.Keys
	if cur, ok := moveCursor(keys, k, d.cursor, d.entries()); ok {
		d.cursor = cur
		return nil
	}
	switch {
	case key.Matches(k, keys.Cancel):
		d.ctx.Send(popMsg{})
	case key.Matches(k, keys.ForceQuit):
		d.ctx.Send(quitMsg{interrupt: true})
	case key.Matches(k, keys.Accept) && d.cursor < len(d.active):
		d.ctx.Send(popMsg{})
		askWaiver(d.ctx, d.active[d.cursor])
	case key.Matches(k, keys.Accept):
		d.ctx.Send(popMsg{})
		removeWaiver(d.ctx, d.waived[d.cursor-len(d.active)])
	}
	return nil
}

func (d *waiverList) View() string {
	c := d.ctx
	w := dialogWidth(c)
	lines := []string{wrap(c.T("Entrée sur un constat : l'accepter par une dérogation ; sur une dérogation : la retirer.",
		"Enter on a finding accepts it by a waiver; on a waiver, removes it."), w), ""}
	for i := 0; i < d.entries(); i++ {
		var text string
		if i < len(d.active) {
			fd := d.active[i]
			text = fd.Severity.Text().In(c.Lang) + " " + fd.Rule + " " + sanitize(fd.Message.In(c.Lang))
		} else {
			text = waiverLine(c, d.waived[i-len(d.active)])
		}
		line := menuLine(c.Styles, text, i == d.cursor, w)
		lines = append(lines, line)
	}
	lines = append(lines, "", d.helpLine(d.ShortHelp()))
	return box(c, c.T("Constats et dérogations", "Findings and waivers"), strings.Join(lines, "\n"))
}

func (d *waiverList) ShortHelp() []key.Binding {
	k := d.ctx.Keys
	return []key.Binding{binding([]string{"enter"}, k.Accept.Help().Key, d.ctx.T("accepter / retirer", "accept / remove")), k.Up, k.Down, k.Cancel}
}

func (d *waiverList) FullHelp() [][]key.Binding { return [][]key.Binding{d.ShortHelp()} }

package main

import (
	"fmt"
	"strings"

	"github.com/pas-editor/pas/pas"
)

// finalGate refuses a final rendering while the plan holds blockers (exit
// 1, the list on standard error); without --final, it warns when the
// plan's status makes it a commitment while blockers remain.
func (a *app) finalGate(p *pas.Plan, path string, today pas.Date, final bool) error {
	if !final && !p.FinalStage() {
		return nil
	}
	bs := pas.FinalBlockers(p, today)
	if len(bs) == 0 {
		return nil
	}
	summary := plainSpaces(pas.BlockersSummary(bs))
	if !final {
		status := a.cat.MustField("cover.status")
		a.say("Attention : le plan a le statut « %s » mais il reste %s ; « pas render --final » les liste et refuse de produire le document tant qu'il en reste.",
			"Warning: the plan's status is \"%s\" but it still holds %s; \"pas render --final\" lists them and refuses to write the document while any remain.",
			pas.Format(p, status, p.Get(status), a.lang), summary)
		return nil
	}
	_, _ = a.stderr.Write([]byte(blockersText(a.lang, path, bs)))
	return &exitError{code: exitFindings, msg: pas.Textf("version finale refusée : il reste %s ; rien n'est écrit.",
		"final version refused, still open: %s; nothing is written.", summary)}
}

// blockersText lists the blockers, one a line, with their place in the plan.
func blockersText(l pas.Lang, path string, bs []pas.Blocker) string {
	var b strings.Builder
	b.WriteString(pas.T("À lever avant la version finale :", "To settle before the final version:").In(l) + "\n")
	for _, x := range bs {
		fmt.Fprintf(&b, "  - [%s] %s — %s  %s:%d\n", x.Kind.Text().In(l), x.What.In(l), x.Path, path, x.Pos.Line)
	}
	return pas.Sanitize(plainSpaces(pas.T(b.String(), b.String())).In(l))
}

// plainSpaces writes the non-breaking spaces of a message as spaces, for
// a terminal.
func plainSpaces(t pas.Text) pas.Text {
	r := strings.NewReplacer("\u00a0", " ", "\u202f", " ")
	return pas.T(r.Replace(t.FR), r.Replace(t.EN))
}

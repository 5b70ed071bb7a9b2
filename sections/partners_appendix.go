package sections

import (
	"github.com/pas-editor/pas/pas"
	"github.com/pas-editor/pas/pas/doc"
)

// The internal document of a plan that names a facts library gains a
// back-to-back table: each promise that depends on a partner, the
// partner's commitment, the margin and the source. Never in the client's
// document: partners' figures are internal.
func init() {
	appendices = append(appendices, pas.Appendix{
		ID:       "backtoback",
		Title:    t("Adossement aux contrats des partenaires", "Back-to-back with the partners' contracts"),
		Internal: true,
		When:     func(p *pas.Plan) bool { return p.Facts != nil },
		Render:   renderBackToBack,
	})
}

func renderBackToBack(d *pas.Doc) {
	p := d.Plan
	d.Para(d.Emph(t("Annexe interne : les engagements des partenaires et les marges ne se transmettent pas au client.",
		"Internal appendix: the partners' commitments and the margins are not for the client.")))
	d.Para(d.L(b2bLibraryLine(p)))
	rows := b2bRows(p)
	if len(rows) == 0 {
		d.Para(d.Emph(t("Aucun engagement du plan ne dépend d'un partenaire dont la bibliothèque connaît le contrat.",
			"No promise of the plan depends on a partner whose contract the library records.")))
		return
	}
	var cells [][]doc.Cell
	for _, r := range rows {
		promise := doc.Cell{d.L(r.field.Label)}
		if r.rec != nil && r.field.List != nil {
			// d.Text folds the blanks at its ends: the space goes apart.
			promise = append(promise, doc.Text(" "), d.Text("("+r.rec.NameIn(r.field.List, d.Lang)+")"))
		}
		promise = append(promise, d.Text(pas.Colon(d.Lang)+r.promise.In(d.Lang)))
		partner := doc.Cell{d.L(t("(tous, en série)", "(all, in series)"))}
		if r.partner != nil {
			name := r.partner.NameIn(ptyOrganisations, d.Lang)
			if !r.why.IsZero() {
				name += " — " + r.why.In(d.Lang)
			}
			partner = doc.Cell{d.Text(name)}
		}
		cells = append(cells, []doc.Cell{promise, partner, {d.Text(r.given.In(d.Lang))},
			{d.Text(orDash(r.margin.In(d.Lang)))}, {d.Text(orDash(b2bSource(r.commit).In(d.Lang)))}, {b2bState(d, r)}})
	}
	d.Table([]doc.Cell{{d.L(t("Engagement du plan", "Promise"))}, {d.L(t("Partenaire", "Partner"))}, {d.L(t("Engagement du partenaire", "Partner's commitment"))},
		{d.L(t("Marge", "Margin"))}, {d.L(t("Source", "Source"))}, {d.L(t("État", "State"))}}, cells)
}

// b2bLibraryLine says which library the comparison uses.
func b2bLibraryLine(p *pas.Plan) pas.Text {
	f := p.Facts
	switch {
	case f.Lib == nil:
		return pas.Textf("Bibliothèque de faits : %s, illisible : engagements des partenaires inconnus.", "Facts library: %s, cannot be read: the partners' commitments are unknown.", f.Path)
	case p.Frozen():
		return pas.Textf("Bibliothèque de faits : %s (empreinte %s) ; éléments du plan figés à l'empreinte %s.", "Facts library: %s (fingerprint %s); the plan's items pinned at fingerprint %s.",
			f.Path, short(f.Lib.SHA256), short(f.Frozen.SHA256))
	}
	return pas.Textf("Bibliothèque de faits : %s (empreinte %s).", "Facts library: %s (fingerprint %s).", f.Path, short(f.Lib.SHA256))
}

func short(sum string) string {
	if len(sum) > 12 {
		return sum[:12]
	}
	return sum
}

func orDash(s string) string {
	if s == "" {
		return "–"
	}
	return s
}

// b2bState is the last column: backed, or the finding's severity and rule.
func b2bState(d *pas.Doc, r b2bRow) doc.Inline {
	if r.sev == 0 {
		return d.L(t("adossé", "backed"))
	}
	return d.Text(r.sev.Text().In(d.Lang) + " (" + r.rule + ")")
}

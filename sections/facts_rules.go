package sections

import (
	"strings"

	"github.com/pas-editor/pas/pas"
)

// Rules about the plan's use of its facts library: what an issued plan
// pins, and whether the library still agrees with it.
func init() {
	planRules = append(planRules, ruleFACTS01, ruleFACTS02, ruleFACTS03)
}

var ruleFACTS01 = &pas.Rule{
	ID: "FACTS-01", Severity: pas.Warning,
	Title: t("Plan remis dont les faits ne sont pas figés", "Issued plan whose facts are not pinned"),
	Rationale: t("Un PAS remis ou contractuel doit rester celui que le client a reçu : les éléments qu'il reprend de la bibliothèque de faits sont figés dans le plan (« pas freeze », ou l'enregistrement du plan remis), pour qu'un changement ultérieur de la bibliothèque ne le réécrive pas en silence.",
		"A submitted or contractual PAS must stay the one the client received: what it takes from the facts library is pinned in the plan (\"pas freeze\", or saving the issued plan), so that a later change of the library never silently rewrites it."),
	Source: "pas (facts library); DND-PAS: the PAS is annexed to the contract",
	Check: func(c *pas.Check) {
		p := c.Plan
		if p.Facts == nil || p.Frozen() || !issued(p) {
			return
		}
		c.ReportPath("facts", p.Facts.Pos, pas.Textf("plan « %s » dont les éléments repris de la bibliothèque ne sont pas figés : lancez « pas freeze » avant de le transmettre",
			"plan %q whose items taken from the library are not pinned: run \"pas freeze\" before handing it in", valueText(p, covStatus, p.Get(covStatus))))
	},
}

var ruleFACTS02 = &pas.Rule{
	ID: "FACTS-02", Severity: pas.Error, NoWaiver: true,
	Title: t("Bibliothèque de faits illisible", "Facts library cannot be read"),
	Rationale: t("Le plan figé se lit encore avec les valeurs qu'il a épinglées, mais sans sa bibliothèque les engagements des partenaires sont inconnus et les contrôles d'adossement ne peuvent pas s'exécuter.",
		"The frozen plan still reads with the values it pinned, but without its library the partners' commitments are unknown and the back-to-back checks cannot run."),
	Source: "pas (facts library)",
	Check: func(c *pas.Check) {
		if f := c.Plan.Facts; f != nil && !f.Problem.IsZero() {
			c.ReportPath("facts", f.Pos, pas.Textf("%s ; les contrôles d'adossement aux contrats des partenaires ne sont pas faits",
				"%s; the back-to-back checks against the partners' contracts are not run", f.Problem))
		}
	},
}

var ruleFACTS03 = &pas.Rule{
	ID: "FACTS-03", Severity: pas.Warning,
	Title: t("Plan figé à réémettre", "Frozen plan to re-issue"),
	Rationale: t("La bibliothèque de faits a changé depuis que le plan a été figé pour une remise : le document transmis ne dit plus ce que l'entreprise tient pour vrai (certificat renouvelé, site ou sous-traitant changé). Réémettez-le (« pas freeze --refresh » et une nouvelle version) ou acceptez l'écart.",
		"The facts library changed since the plan was pinned for an issue: the document handed in no longer says what the company holds true (a certificate renewed, a site or sub-processor changed). Re-issue it (\"pas freeze --refresh\" and a new version) or accept the gap."),
	Source: "pas (facts library); ISO/IEC 27001:2022 A.5.37 (documented procedures kept up to date)",
	Check: func(c *pas.Check) {
		p := c.Plan
		changes := p.FrozenChanges()
		if len(changes) == 0 {
			return
		}
		c.ReportPath("facts", p.Facts.Pos, pas.Textf("la bibliothèque a changé depuis la remise : %s ; « pas impact » dit ce qui change dans le document",
			"the library changed since the plan was issued: %s; \"pas impact\" tells what changes in the document", FactsChangesText(changes)))
	},
}

// FactsChangesText describes library changes in one line: "datacenter.sites[dc-1]
// (country, tier); texts[gov] changed; frameworks.certificates[c] removed".
func FactsChangesText(cs []pas.FactsChange) pas.Text {
	return both(func(l pas.Lang) string {
		var parts []string
		for _, ch := range cs {
			name := "texts[" + ch.ID + "]"
			if ch.List != nil {
				name = ch.List.Path + "[" + ch.ID + "]"
			}
			switch {
			case ch.Removed:
				name += pas.T(" retiré", " removed").In(l)
			case ch.Added:
				name += pas.T(" ajouté", " added").In(l)
			case len(ch.Fields) > 0:
				var ids []string
				for _, f := range ch.Fields {
					ids = append(ids, f.ID)
				}
				name += " (" + strings.Join(ids, ", ") + ")"
			default:
				name += pas.T(" modifié", " changed").In(l)
			}
			parts = append(parts, name)
		}
		return strings.Join(parts, pas.Semicolon(l))
	})
}

package sections

import "github.com/pas-editor/pas/pas"

// A conflict left by pas merge is an error until someone resolves it.
func init() { planRules = append(planRules, ruleMERGE01) }

var ruleMERGE01 = &pas.Rule{
	ID: "MERGE-01", Severity: pas.Error, NoWaiver: true,
	Title: t("Conflit de fusion non résolu", "Unresolved merge conflict"),
	Rationale: t("Deux versions du plan ont modifié différemment la même chose ; la fusion a gardé l'une d'elles en attendant qu'une personne choisisse. Tant que le conflit reste, le document peut promettre ce que l'autre version avait retiré, ou l'inverse.",
		"Two versions of the plan changed the same thing differently; the merge kept one of them until someone chooses. While the conflict remains, the document may promise what the other version withdrew, or the reverse."),
	Source: "pas merge (git merge driver)",
	Check: func(c *pas.Check) {
		for _, x := range c.Plan.Conflicts {
			c.ReportPath(x.Path, x.Pos, pas.Textf("conflit de fusion — %s", "merge conflict — %s", x.Versions()))
		}
	},
}

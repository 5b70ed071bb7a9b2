package sections

import "github.com/pas-editor/pas/pas"

// Rules about the standard PAS a plan was made from (pas init --from).
// They read what pas.ReadBaseline found; without it they say nothing.
func init() {
	planRules = append(planRules, ruleBASE01, ruleBASE02)
}

var ruleBASE01 = &pas.Rule{
	ID: "BASE-01", Severity: pas.Info,
	Title: t("Le PAS standard a changé depuis la copie", "The standard PAS changed since the copy"),
	Rationale: t("Un PAS d'appel d'offres part du PAS standard de l'entreprise ; lorsque le standard évolue (nouvelle certification, délai resserré, nouveau sous-traitant), le plan tiré d'une version antérieure doit être relu à la lumière de ce qui a changé.",
		"A tender PAS starts from the company's standard PAS; when the standard moves on (a new certification, a shorter delay, a new subcontractor), a plan made from an earlier version must be reviewed against what changed."),
	Source: "pas (baseline of the plan); practice of one standard PAS adapted to each project",
	Check: func(c *pas.Check) {
		if b := c.Plan.Baseline; b != nil && b.Changed() {
			c.ReportPath("baseline", b.Pos, pas.Textf(
				"le PAS standard « %s » a changé depuis que ce plan en a été tiré : « pas diff --baseline » montre ce qui a changé",
				"the standard PAS %q changed since this plan was made from it: \"pas diff --baseline\" shows what changed", b.Path))
		}
	},
}

var ruleBASE02 = &pas.Rule{
	ID: "BASE-02", Severity: pas.Info,
	Title: t("PAS standard illisible", "Standard PAS cannot be read"),
	Rationale: t("Sans le PAS standard dont il est tiré, on ne peut ni savoir s'il a changé ni lister les écarts du plan par rapport à lui.",
		"Without the standard PAS it was made from, nobody can tell whether the standard changed, nor list how the plan deviates from it."),
	Source: "pas (baseline of the plan)",
	Check: func(c *pas.Check) {
		if b := c.Plan.Baseline; b != nil && b.Read && b.Standard == nil {
			c.ReportPath("baseline", b.Pos, pas.Textf("PAS standard « %s » : %s", "standard PAS %q: %s", b.Path, b.Problem))
		}
	},
}

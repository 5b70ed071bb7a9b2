package sections

import (
	"strings"

	"github.com/pas-editor/pas/pas"
)

// Structural rules hold for every section: they iterate the catalogue.
func init() {
	planRules = append(planRules, ruleREQ01, ruleREQ02, ruleREF01, ruleNA01)
}

// contractual reports whether the plan is annexed to a contract (or an
// amendment), where gaps are errors rather than work in progress.
func contractual(p *pas.Plan) bool {
	s := p.Str(covStatus)
	return s == "contractual" || s == "amended"
}

// draft reports whether the plan is still a draft (or has no status).
func draft(p *pas.Plan) bool { s := p.Str(covStatus); return s == "" || s == "draft" }

// issued reports whether the plan has been handed in: any status but
// draft (saving it pins the facts it takes from its library).
func issued(p *pas.Plan) bool { return !draft(p) }

var ruleREQ01 = &pas.Rule{
	ID: "REQ-01", Severity: pas.Error,
	Title: t("Élément obligatoire manquant", "Required item missing"),
	Rationale: t("Un PAS remis ou contractuel doit répondre à chaque exigence qui s'applique ; ce qui manque est signalé comme à compléter plutôt que rempli par défaut. Avertissement tant que le plan est un projet, erreur ensuite.",
		"A submitted or contractual PAS must answer every requirement that applies; what is missing is shown as to be completed rather than filled with a default. A warning while the plan is a draft, an error afterwards."),
	Source: "pas catalogue (required items); DND-PAS: the PAS is annexed to the contract",
	Check: func(c *pas.Check) {
		for _, s := range c.Plan.Cat.Sections {
			for _, it := range c.Plan.Items(s) {
				if it.Kind == pas.Missing && c.Plan.Cat.PresenceRule(it.Field) == nil {
					c.Missing(it.Field, it.Record, pas.Textf("%s : réponse attendue", "%s: answer expected", it.Field.Label))
				}
			}
		}
	},
}

var ruleREQ02 = &pas.Rule{
	ID: "REQ-02", Severity: pas.Error,
	Title: t("Valeur à confirmer ou question ouverte dans un PAS contractuel", "Value to confirm or open question in a contractual PAS"),
	Rationale: t("Une fois annexé au contrat, le PAS engage : il ne peut plus contenir d'engagement à confirmer ni de question ouverte.",
		"Once annexed to the contract the PAS binds its parties: it can no longer hold a commitment to confirm or an open question."),
	Source: "DND-PAS (PAS annexed to the contract)",
	Check: func(c *pas.Check) {
		if !contractual(c.Plan) {
			return
		}
		for _, s := range c.Plan.Cat.Sections {
			for _, it := range c.Plan.Items(s) {
				if it.Kind != pas.Missing {
					c.Report(it.Field, it.Record, pas.Textf("%s : %s dans un PAS contractuel", "%s: %s in a contractual PAS", it.Field.Label, it.Kind.Text()))
				}
			}
		}
	},
}

var ruleREF01 = &pas.Rule{
	ID: "REF-01", Severity: pas.Error,
	Title: t("Référence à un élément inexistant", "Reference to a missing item"),
	Rationale: t("Chaque référence (partie, site, certificat, contact) doit désigner un élément déclaré, sinon le document affirme un lien que rien ne porte.",
		"Every reference (party, site, certificate, contact) must name a declared item; otherwise the document states a link nothing supports."),
	Source: "pas catalogue (referential integrity)",
	Check: func(c *pas.Check) {
		for _, s := range c.Plan.Cat.Sections {
			if !c.Plan.Applicable(s) {
				continue
			}
			for _, f := range s.Fields {
				checkRefs(c, f, nil, c.Plan.Get(f))
				for _, r := range c.Plan.Records(f) {
					for _, rf := range f.Fields {
						checkRefs(c, rf, r, r.Get(rf))
					}
				}
			}
		}
	},
}

// checkRefs reports each id of a reference value that names no record.
func checkRefs(c *pas.Check, f *pas.Field, rec *pas.Record, v *pas.Value) {
	if !v.IsSet() || (f.Kind != pas.KRef && f.Kind != pas.KRefs && f.Kind != pas.KRACI) {
		return
	}
	ids := v.List
	switch f.Kind {
	case pas.KRef:
		ids = []string{v.Str}
	case pas.KRACI:
		ids = ids[:0:0]
		for id := range v.RACI { // findings are sorted afterwards
			ids = append(ids, id)
		}
	}
	target := c.Plan.Cat.Field(f.Ref)
	known := c.Memo("ids:"+target.Path, func() any {
		m := map[string]bool{}
		for _, r := range c.Plan.Records(target) {
			m[r.ID] = true
		}
		return m
	}).(map[string]bool)
	for _, id := range ids {
		if !known[id] {
			c.Report(f, rec, pas.Textf("%s : « %s » ne désigne aucun élément de %s", "%s: \"%s\" names no item of %s", f.Label, id, target.Label))
		}
	}
}

var ruleNA01 = &pas.Rule{
	ID: "NA-01", Severity: pas.Error,
	Title: t("Chapitre non applicable sans justification", "Chapter not applicable without justification"),
	Rationale: t("Un chapitre écarté doit dire pourquoi, pour que le lecteur puisse en juger.",
		"A chapter set aside must say why, so that the reader can judge it."),
	Source: "pas catalogue (not-applicable sections need a justification)",
	Check: func(c *pas.Check) {
		for _, s := range c.Plan.Cat.Sections {
			if d := c.Plan.Data(s.ID); d != nil && d.NA != nil && strings.TrimSpace(d.NA.Justification) == "" {
				c.ReportAt(s, d.NA.Pos, pas.Textf("chapitre « %s » non applicable sans justification", "chapter \"%s\" is not applicable without a justification", s.Title))
			}
		}
	},
}

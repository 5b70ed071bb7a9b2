package sections

import (
	"strings"

	"github.com/pas-editor/pas/pas"
)

// Structural rules hold for every section: they iterate the catalogue.
func init() {
	planRules = append(planRules, ruleREQ01, ruleREQ02, ruleREQ03, ruleREF01, ruleNA01)
}

// checkItems returns the items to complete of every section, listed once
// per check for the rules that read them.
func checkItems(c *pas.Check) map[*pas.Section][]pas.Item {
	return c.Memo("items", func() any {
		m := map[*pas.Section][]pas.Item{}
		for _, s := range c.Plan.Cat.Sections {
			m[s] = c.Plan.Items(s)
		}
		return m
	}).(map[*pas.Section][]pas.Item)
}

// contractual reports whether the plan is annexed to a contract (or an
// amendment), where gaps are errors rather than work in progress.
func contractual(p *pas.Plan) bool {
	s := p.Str(covStatus)
	return s == "contractual" || s == "amended"
}

// issued reports whether the plan's status makes it a commitment: the PAS
// submitted with the offer, then the contractual PAS (and its amendments).
func issued(p *pas.Plan) bool { return p.Str(covStatus) == "submitted" || contractual(p) }

// draft reports whether the plan is still a draft (or has no status).
func draft(p *pas.Plan) bool { s := p.Str(covStatus); return s == "" || s == "draft" }

var ruleREQ01 = &pas.Rule{
	ID: "REQ-01", Severity: pas.Error,
	Title: t("Élément obligatoire manquant", "Required item missing"),
	Rationale: t("Un PAS remis ou contractuel doit répondre à chaque exigence qui s'applique ; ce qui manque est signalé comme à compléter plutôt que rempli par défaut. Avertissement tant que le plan est un projet, erreur ensuite.",
		"A submitted or contractual PAS must answer every requirement that applies; what is missing is shown as to be completed rather than filled with a default. A warning while the plan is a draft, an error afterwards."),
	Source: "pas catalogue (required items); DND-PAS: the PAS is annexed to the contract",
	Check: func(c *pas.Check) {
		for _, s := range c.Plan.Cat.Sections {
			for _, it := range checkItems(c)[s] {
				if it.Kind == pas.Missing && c.Plan.Cat.PresenceRule(it.Field) == nil {
					c.Missing(it.Field, it.Record, pas.Textf("%s : réponse attendue", "%s: answer expected", itemLabel(it)))
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
			for _, it := range checkItems(c)[s] {
				if it.Kind != pas.Missing {
					c.Report(it.Field, it.Record, pas.Textf("%s : %s dans un PAS contractuel", "%s: %s in a contractual PAS", itemLabel(it), it.Kind.Text()))
				}
			}
		}
	},
}

var ruleREQ03 = &pas.Rule{
	ID: "REQ-03", Severity: pas.Error, RollUp: true,
	Title: t("Chapitre absent", "Chapter missing"),
	Rationale: t("Un chapitre qui s'applique mais dont le plan ne dit rien est signalé une seule fois, avec le nombre de réponses qu'il attend, plutôt que question par question. Avertissement tant que le plan est un projet, erreur ensuite.",
		"A chapter that applies but about which the plan says nothing is reported once, with the number of answers it expects, rather than question by question. A warning while the plan is a draft, an error afterwards."),
	Source: "pas catalogue (required items); DND-PAS: the PAS is annexed to the contract",
	Check: func(c *pas.Check) {
		for _, s := range c.Plan.Cat.Sections {
			if !c.Plan.Applicable(s) || !c.Plan.Blank(s) {
				continue
			}
			n := 0
			for _, it := range checkItems(c)[s] {
				if it.Kind == pas.Missing {
					n++
				}
			}
			if n > 0 {
				c.MissingSection(s, pas.Textf("chapitre « %s » absent : %s", "chapter \"%s\" missing: %s", s.Title, pas.Count(n, "réponse attendue", "réponses attendues", "answer expected", "answers expected")))
			}
		}
	},
}

// itemLabel names an item to complete as a reader finds it: the field's
// label, followed by its group for grouped fields ("Méthode (effacement)")
// or by its record for record fields ("Ville (« Datarive LYO1 »)").
func itemLabel(it pas.Item) pas.Text {
	f := it.Field
	switch {
	case it.Record != nil && f.List != nil:
		return pas.Textf("%s (« %s »)", "%s (\"%s\")", f.Label, it.Record.Name(f.List))
	case f.Group() != "":
		return pas.Textf("%s (%s)", "%s (%s)", f.Label, gdprLower(f.Section.GroupTitle(f.Group())))
	}
	return f.Label
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

package sections

import "github.com/pas-editor/pas/pas"

// coverRules check the document's identification and the engagement's
// consistency (CTX rules).
var coverRules = []*pas.Rule{
	{
		ID: "CTX-09", Severity: pas.Warning,
		Title: t("PAS remis avec l'offre sous réserves", "PAS submitted with the offer under reservations"),
		Rationale: t("Le PAS remis avec l'offre engage le candidat : des valeurs encore à confirmer ou des questions ouvertes en font une offre sous conditions, qu'un acheteur public peut juger irrégulière. Elles doivent être levées avant la remise, ou présentées comme des réserves assumées.",
			"The PAS submitted with the offer binds the bidder: values still to confirm or open questions make it a conditional offer, which a public buyer may deem irregular. They must be settled before submission, or presented as deliberate reservations."),
		Source: "Code de la commande publique art. L2152-2 (irregular offer) [verify]; domain reference addendum (PAS submitted with the offer, then contractual)",
		Check: func(c *pas.Check) {
			p := c.Plan
			if p.Str(covStatus) != "submitted" {
				return
			}
			confirm, open := 0, 0
			for _, s := range p.Cat.Sections {
				for _, it := range checkItems(c)[s] {
					switch it.Kind {
					case pas.Confirm:
						confirm++
					case pas.Question:
						open++
					}
				}
			}
			if confirm+open > 0 {
				c.Report(covStatus, nil, pas.Textf("PAS remis avec l'offre alors qu'il reste %s et %s : c'est une offre sous conditions",
					"PAS submitted with the offer while %s and %s remain: it is a conditional offer",
					pas.Count(confirm, "valeur à confirmer", "valeurs à confirmer", "value to confirm", "values to confirm"),
					pas.Count(open, "question ouverte", "questions ouvertes", "open question", "open questions")))
			}
		},
	},
	{
		ID: "CTX-01", Severity: pas.Error, Also: []string{"engagement", "parties"},
		Title: t("Identification du PAS incomplète", "PAS identification incomplete"),
		Rationale: t("Le PAS est annexé au contrat : le donneur d'ordres, le titulaire, le périmètre, la version, la date d'émission et la nature de la prestation doivent y être explicites. Une réponse absente n'est qu'un avertissement tant que le plan est un projet.",
			"The PAS is annexed to the contract: the client, the provider, the scope, the version, the date of issue and the nature of the service must be explicit. A missing answer is only a warning while the plan is a draft."),
		Source:   "[DND-PAS]",
		Presence: []*pas.Field{covVersion, covIssued, engScope, engServices},
		Check: func(c *pas.Check) {
			for _, role := range []struct {
				id     string
				fr, en string
			}{
				{"client", "aucune organisation n'a le rôle de donneur d'ordres", "no organisation has the client role"},
				{"provider", "aucune organisation n'a le rôle de titulaire", "no organisation has the provider role"},
			} {
				if len(parties(c.Plan, role.id)) == 0 {
					c.Missing(ptyOrganisations, nil, t(role.fr, role.en))
				}
			}
			for _, f := range fields(covVersion, covIssued, engScope) {
				if c.Plan.Get(f).Missing() {
					c.Missing(f, nil, pas.Textf("%s : à indiquer", "%s: to be stated", f.Label))
				}
			}
			if v := c.Plan.Get(engServices); v.Missing() || (v.IsSet() && len(v.List) == 0) {
				c.Missing(engServices, nil, t("aucune nature de prestation n'est cochée", "no service model is ticked"))
			}
		},
	},
	{
		ID: "CTX-02", Severity: pas.Error, Also: []string{"engagement"},
		Title: t("PAS contractuel sans signataires ou sans référence du marché", "Contractual PAS without signatories or contract reference"),
		Rationale: t("Une fois retenu, le PAS est annexé au contrat : chaque partie au contrat le signe et il renvoie au marché ou au contrat qu'il complète.",
			"Once retained the PAS is annexed to the contract: each contracting party signs it and it refers to the procurement or contract it supplements."),
		Source: "[DND-PAS]",
		Check: func(c *pas.Check) {
			if !contractual(c.Plan) {
				return
			}
			signed := map[string]bool{}
			sigParty := covSignatories.RecordField("party")
			for _, s := range c.Plan.Records(covSignatories) {
				signed[s.Str(sigParty)] = true
			}
			for _, p := range parties(c.Plan, "client", "provider") {
				if !signed[p.ID] {
					c.Report(covSignatories, nil, pas.Textf("PAS contractuel : aucun signataire pour « %s »", "contractual PAS: no signatory for \"%s\"", p.Name(ptyOrganisations)))
				}
			}
			if c.Plan.Get(engProcurementRef).Missing() {
				c.Report(engProcurementRef, nil, t("PAS contractuel sans référence du marché ou du contrat", "contractual PAS without a procurement or contract reference"))
			}
		},
	},
	{
		ID: "CTX-06", Severity: pas.Info,
		Title: t("Version en vigueur absente de l'historique", "Current version missing from the history"),
		Rationale: t("Après la signature, toute modification du PAS passe par une nouvelle version inscrite à l'historique. L'outil vérifie que la version en vigueur y figure ; il ne peut pas voir une modification faite sans changer de version.",
			"After signature every change to the PAS goes through a new version recorded in the history. The tool checks that the current version is recorded; it cannot see a change made without a new version."),
		Source: "version control of a contractual annex (convention); see GOV-05",
		Check: func(c *pas.Check) {
			cur := c.Plan.Str(covVersion)
			recs := c.Plan.Records(covChangelog)
			if !contractual(c.Plan) || cur == "" || len(recs) == 0 {
				return
			}
			version := covChangelog.RecordField("version")
			for _, r := range recs {
				if r.Str(version) == cur {
					return
				}
			}
			c.Report(covVersion, nil, pas.Textf("la version %s n'a pas d'entrée dans l'historique des versions", "version %s has no entry in the version history", cur))
		},
	},
	{
		ID: "CTX-07", Severity: pas.Warning,
		Title: t("Diffusion publique d'un PAS détaillé", "Public distribution of a detailed PAS"),
		Rationale: t("Le PAS doit inspirer confiance sans dévoiler la politique de sécurité du titulaire : un document public ne devrait pas nommer les villes des sites ni les outils de sécurité.",
			"The PAS must build trust without disclosing the provider's security policy: a public document should not name the sites' cities or the security tools."),
		Source: "[ASTIER-PAS]",
		Check: func(c *pas.Check) {
			if c.Plan.Str(covMarking) != "public" {
				return
			}
			if dc := c.Plan.Cat.Section("datacenter"); dc != nil && c.Plan.Applicable(dc) {
				for _, s := range c.Plan.Records(dcSites) {
					if s.Get(siteCity).IsSet() {
						c.Report(covMarking, nil, t("document public qui indique la ville des sites", "public document stating the sites' cities"))
						break
					}
				}
			}
			if ctxNamesTools(c.Plan) {
				c.Report(covMarking, nil, t("document public qui nomme les outils de sécurité", "public document naming the security tools"))
			}
		},
	},
}

// ctxNamesTools reports whether the security tools chapter, when it exists
// and applies, lists any tool (any record of any of its lists).
func ctxNamesTools(p *pas.Plan) bool {
	s := p.Cat.Section("tools")
	if s == nil || !p.Applicable(s) {
		return false
	}
	for _, f := range s.Fields {
		if f.Kind == pas.KList && len(p.Records(f)) > 0 {
			return true
		}
	}
	return false
}

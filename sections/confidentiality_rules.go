package sections

import "github.com/pas-editor/pas/pas"

// cnfSource cites the reading of published PAS documents (domain reference §1b).
const cnfSource = "published PAS practice, domain reference §1b S22"

var confidentialityRules = []*pas.Rule{
	{
		ID: "CNF-01", Severity: pas.Warning,
		Title: t("Pas d'engagement de ne pas utiliser les données à d'autres fins", "No commitment not to use the data for other purposes"),
		Rationale: t("Le client confie ses données pour la seule exécution de la prestation ; sans engagement exprès, rien n'empêche le titulaire de les exploiter pour son compte (analyse, amélioration de produits, entraînement de modèles).",
			"The client entrusts its data for the service alone; without an express commitment nothing stops the provider from exploiting it for itself (analytics, product improvement, model training)."),
		Source:   "GDPR art. 28(3)(a) [GDPR-28-CIPP]; [BRIEF-SRC]; " + cnfSource,
		Presence: []*pas.Field{cnfNoOtherUse},
		Check: func(c *pas.Check) {
			v := c.Plan.Get(cnfNoOtherUse)
			switch {
			case v.Missing():
				c.Report(cnfNoOtherUse, nil, t("le PAS ne dit pas si les données du client peuvent servir à d'autres fins que la prestation",
					"the PAS does not say whether the client's data may be used for purposes other than the service"))
			case c.Plan.IsNot(cnfNoOtherUse):
				c.Report(cnfNoOtherUse, nil, t("le titulaire ne s'interdit pas d'utiliser les données du client à d'autres fins que la prestation",
					"the provider does not refrain from using the client's data for purposes other than the service"))
			}
		},
	},
	{
		ID: "CNF-02", Severity: pas.Warning,
		Title: t("Engagement de confidentialité refusé", "Confidentiality commitment declined"),
		Rationale: t("La propriété des données, leur non-divulgation et l'obligation de confidentialité du personnel et des sous-traitants sont le socle de tout PAS ; un refus explicite prive le client de ces garanties.",
			"Ownership of the data, non-disclosure and the confidentiality duty of staff and subcontractors are the base of any PAS; an explicit refusal deprives the client of these guarantees."),
		Source: "ISO/IEC 27001:2022 A.6.6, A.5.20; GDPR art. 28(3)(b), 28(4) [GDPR-28-CIPP]; " + cnfSource,
		Check: func(c *pas.Check) {
			for _, f := range []*pas.Field{cnfOwnership, cnfNoDisclosure, cnfStaffBound, cnfSubcontractorsBound} {
				if c.Plan.IsNot(f) {
					c.Report(f, nil, pas.Textf("« %s » : non", "\"%s\": no", f.Label))
				}
			}
		},
	},
}

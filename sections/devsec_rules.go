package sections

import "github.com/pas-editor/pas/pas"

// devSource cites the reading of published PAS documents (domain reference §1b).
const devSource = "published PAS practice, domain reference §1b S20"

var devsecRules = []*pas.Rule{
	{
		ID: "DEV-01", Severity: pas.Error,
		Title: t("Données personnelles de production utilisées en test", "Production personal data used for testing"),
		Rationale: t("Les environnements de test sont moins protégés et plus largement accessibles que la production ; y copier des données personnelles sans les anonymiser ni les pseudonymiser les expose sans nécessité.",
			"Test environments are less protected and more widely accessible than production; copying personal data there without anonymising or pseudonymising it exposes it for no need."),
		Source: "GDPR arts. 5(1)(c), 25, 32 [GDPR-EURLEX]; ISO/IEC 27001:2022 A.8.33; " + devSource,
		Check: func(c *pas.Check) {
			if personalData(c.Plan) && c.Plan.Str(devTestData) == "production" {
				c.Report(devTestData, nil, t("des données de production contenant des données personnelles servent aux tests sans anonymisation ni pseudonymisation",
					"production data holding personal data is used for testing without anonymisation or pseudonymisation"))
			}
		},
	},
	{
		ID: "DEV-02", Severity: pas.Warning,
		Title: t("Environnements de développement, de test et de production non séparés", "Development, test and production environments not separated"),
		Rationale: t("Sans séparation, un essai ou un code non validé peut altérer la production, et les développeurs accèdent aux données réelles.",
			"Without separation a trial or unvalidated code can alter production, and developers reach real data."),
		Source: "ISO/IEC 27001:2022 A.8.31; " + devSource,
		Check: func(c *pas.Check) {
			if c.Plan.IsNot(devEnvironments) {
				c.Report(devEnvironments, nil, t("le développement, la recette et la production ne sont pas des environnements séparés",
					"development, testing and production are not separate environments"))
			}
		},
	},
}

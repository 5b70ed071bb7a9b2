package sections

import "github.com/pas-editor/pas/pas"

var clientDutiesRules = []*pas.Rule{
	{
		ID: "CLI-01", Severity: pas.Info,
		Title: t("Aucune obligation du client", "No client obligation listed"),
		Rationale: t("La sécurité du service dépend aussi du client (comptes de ses utilisateurs, postes, signalement des départs) ; sans obligations écrites, le titulaire répond seul de ce qu'il ne maîtrise pas.",
			"The service's security also depends on the client (its users' accounts, workstations, notice of departures); without written obligations the provider alone answers for what it does not control."),
		Source: "published PAS practice, domain reference §1b S23; ISO/IEC 27001:2022 A.5.23 (shared responsibilities)",
		Check: func(c *pas.Check) {
			if len(c.Plan.Records(cduObligations)) == 0 {
				c.Report(cduObligations, nil, t("aucune obligation du client n'est énoncée", "no obligation of the client is stated"))
			}
		},
	},
}

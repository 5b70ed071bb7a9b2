package sections

import "github.com/pas-editor/pas/pas"

var assetsRules = []*pas.Rule{
	{
		ID: "AST-01", Severity: pas.Warning,
		Title: t("Mise au rebut sans preuve d'effacement", "Disposal without proof of erasure"),
		Rationale: t("Un support qui quitte le service peut encore contenir les données du client ; seule une méthode d'effacement ou de destruction reconnue, attestée par un procès-verbal, permet de le démontrer.",
			"Media leaving the service may still hold the client's data; only a recognised erasure or destruction method, evidenced by a report, can show otherwise."),
		Source: "ISO/IEC 27001:2022 A.7.10, A.7.14; published PAS practice, domain reference §1b S21",
		Check: func(c *pas.Check) {
			if v := c.Plan.Get(astDisposalMethods); v.IsSet() && len(v.List) == 0 {
				c.Report(astDisposalMethods, nil, t("aucune méthode d'effacement ou de destruction des supports n'est prévue",
					"no erasure or destruction method is provided for media"))
			}
			if c.Plan.IsNot(astDisposalReport) {
				c.Report(astDisposalReport, nil, t("l'effacement ou la destruction des supports ne donne pas lieu à un procès-verbal",
					"erasure or destruction of media is not recorded in a report"))
			}
		},
	},
}

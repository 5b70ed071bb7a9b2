package sections

import "github.com/pas-editor/pas/pas"

// perSource cites the reading of published PAS documents (domain reference §1b).
const perSource = "published PAS practice, domain reference §1b S16"

var personnelRules = []*pas.Rule{
	{
		ID: "PER-01", Severity: pas.Warning,
		Title: t("Pas de sensibilisation à la sécurité", "No security awareness training"),
		Rationale: t("Les intervenants doivent connaître les règles de sécurité dès leur arrivée et les entretenir ensuite : la plupart des incidents commencent par une erreur humaine.",
			"Staff must know the security rules from their first day and keep them up to date afterwards: most incidents start with a human mistake."),
		Source: "ISO/IEC 27001:2022 A.6.3; " + perSource,
		Check: func(c *pas.Check) {
			if c.Plan.IsNot(perOnboarding) {
				c.Report(perOnboarding, nil, t("aucune formation à la sécurité n'est prévue à l'arrivée des intervenants",
					"no security training is given to staff on arrival"))
			}
			if c.Plan.IsNot(perAwareness) {
				c.Report(perAwareness, nil, t("aucune sensibilisation périodique à la sécurité n'est prévue",
					"no periodic security awareness is provided"))
			}
		},
	},
	{
		ID: "PER-02", Severity: pas.Warning,
		Title: t("Départ d'un intervenant sans retrait des accès ni restitution", "Departure without removal of access or return of assets"),
		Rationale: t("Un intervenant parti qui garde ses accès, son badge ou ses supports reste une porte ouverte sur le système du client : le départ doit retirer les accès (dans le délai fixé au chapitre des habilitations) et récupérer les matériels.",
			"A leaver who keeps access, a badge or media remains an open door into the client's system: a departure must remove access (within the time set in the access rights chapter) and recover the equipment."),
		Source: "ISO/IEC 27001:2022 A.6.5, A.5.11, A.5.18; " + perSource,
		Check: func(c *pas.Check) {
			v := c.Plan.Get(perOffboardingSteps)
			if !v.IsSet() {
				return // a missing answer is REQ-01's
			}
			for _, step := range []struct {
				id     string
				fr, en string
			}{
				{"revoke_access", "le départ d'un intervenant ne prévoit pas le retrait de ses accès", "a departure does not include removing the person's access"},
				{"return_assets", "le départ d'un intervenant ne prévoit pas la restitution des matériels, badges et supports", "a departure does not include returning equipment, badges and media"},
			} {
				if !v.Contains(step.id) {
					c.Report(perOffboardingSteps, nil, t(step.fr, step.en))
				}
			}
		},
	},
}

package sections

import "github.com/pas-editor/pas/pas"

// perOffboardingMax is the usual longest delay to remove a leaver's access
// (convention: 24 hours, one business day, in published PAS).
var perOffboardingMax = threshold(field("personnel_offboarding_delay_max", pas.KDuration,
	"Délai maximal de retrait des accès au départ", "Longest delay to remove access on departure",
	suggest("1bd"),
	help("Au-delà, PER-02 le signale ; les PAS publiés s'engagent sur 24 heures.",
		"Beyond it PER-02 reports it; published PAS documents commit to 24 hours.")))

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
		Title: t("Délai de retrait des accès au départ absent ou trop long", "Access-removal delay on departure missing or too long"),
		Rationale: t("Un intervenant parti qui garde ses accès reste une porte ouverte sur le système du client ; les PAS publiés s'engagent sur un jour ouvré au plus.",
			"A leaver who keeps access remains an open door into the client's system; published PAS documents commit to one business day at most."),
		Source:   "ISO/IEC 27001:2022 A.6.5, A.5.18; " + perSource + " (convention: 24 h / 1 business day)",
		Presence: []*pas.Field{perOffboardingDelay},
		Check: func(c *pas.Check) {
			v := c.Plan.Get(perOffboardingDelay)
			if !v.IsSet() && !v.Pending() {
				c.Report(perOffboardingDelay, nil, t("le délai de retrait des accès d'un intervenant qui part n'est pas indiqué",
					"the delay to remove a leaver's access is not stated"))
				return
			}
			max := c.Policy(perOffboardingMax.ID)
			if v.IsSet() && max != nil && v.Dur.Compare(max.Dur) > 0 {
				c.Report(perOffboardingDelay, nil, pas.Textf("retrait des accès en %s après le départ, au-delà de %s",
					"access removed %s after departure, beyond %s",
					t(v.Dur.Format(pas.FR), v.Dur.Format(pas.EN)), t(max.Dur.Format(pas.FR), max.Dur.Format(pas.EN))))
			}
		},
	},
}

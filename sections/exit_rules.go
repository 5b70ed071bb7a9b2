package sections

import (
	"strings"

	"github.com/pas-editor/pas/pas"
)

// Data Act switching terms (Regulation (EU) 2023/2854, arts. 25 and 29):
// legal limits, not conventions.
var (
	exitDataActNotice     = pas.Months(2)
	exitDataActRetrieval  = pas.Days(30)
	exitDataActTransition = pas.Days(30)
	// exitDataActTransitionMax caps a justified alternative transition (art. 25(4)) [verify].
	exitDataActTransitionMax = pas.Months(7)
	// exitChargesBanAfter is the last day switching charges may be levied:
	// none from 12 January 2027.
	exitChargesBanAfter = pas.MustDate("2027-01-11")
)

var exitPlanDueMax = threshold(field("exit_plan_due_max", pas.KDuration,
	"Délai maximal de remise du plan de réversibilité", "Longest time to deliver the exit plan",
	suggest("6mo"),
	help("Délai après la date d'effet du PAS au-delà duquel la remise du plan de réversibilité est jugée tardive (usage : six mois).",
		"Time after the PAS's effective date beyond which delivering the exit plan is deemed late (practice: six months).")))

// exitDataAct reports whether the service is a data processing service in
// the Data Act's sense (cloud: IaaS, PaaS, CaaS or SaaS), whose switching
// terms are then binding.
func exitDataAct(p *pas.Plan) bool { return offers(p, "iaas", "paas", "caas", "saas") }

var exitRules = []*pas.Rule{
	{
		ID: "REV-01", Severity: pas.Error,
		Title: t("Ni plan ni clause de réversibilité", "No exit plan or clause"),
		Rationale: t("Le client doit pouvoir reprendre l'exploitation ou la confier à un tiers ; la sortie d'un service en nuage fait partie de sa maîtrise. Une réponse absente n'est qu'un avertissement tant que le plan est un projet.",
			"The client must be able to take operations back or hand them to a third party; exiting a cloud service is part of keeping control of it. A missing answer is only a warning while the plan is a draft."),
		Source:   "ANSSI infogérance guide [ANSSI-INFOG]; ISO/IEC 27001:2022 A.5.23 [ISO-LIST]",
		Presence: []*pas.Field{exitPlan},
		Check: func(c *pas.Check) {
			if c.Plan.Get(exitPlan).Missing() {
				c.Missing(exitPlan, nil, t("aucun plan ni aucune clause de réversibilité n'est cité", "no exit plan or clause is cited"))
			}
		},
	},
	{
		ID: "REV-02", Severity: pas.Warning,
		// Machine readability matters for what is re-imported (data,
		// metadata, logs, configurations), not for documentation.
		Title: t("Format de restitution non lisible par machine ou propriétaire", "Return format not machine-readable or proprietary"),
		Rationale: t("Le changement de fournisseur suppose un export structuré, couramment utilisé et lisible par machine ; les données doivent être rendues dans leur intégralité.",
			"Switching providers requires a structured, commonly used and machine-readable export; the data must be returned in full."),
		Source: "Data Act art. 25 [OC-DATAACT]; [CSOEC-CLOUD]",
		Check: func(c *pas.Check) {
			for _, r := range c.Plan.Records(exitFormats) {
				if exitMachineData[r.Str(exitFmtAsset)] && gdprRecIsNot(r, exitFmtMachine) {
					c.Report(exitFmtMachine, r, pas.Textf("format « %s » : non lisible par machine", "format \"%s\": not machine-readable", r.Name(exitFormats)))
				}
				if gdprRecIsNot(r, exitFmtOpen) {
					c.Report(exitFmtOpen, r, pas.Textf("format « %s » : format propriétaire ou peu répandu", "format \"%s\": proprietary or uncommon format", r.Name(exitFormats)))
				}
			}
		},
	},
	{
		ID: "REV-03", Severity: pas.Warning,
		Varies: t("erreur pour un service de traitement de données (IaaS, PaaS, CaaS, SaaS)", "error for a data processing service (IaaS, PaaS, CaaS, SaaS)"),
		Title:  t("Délais de réversibilité hors des bornes du règlement sur les données", "Exit periods outside the Data Act limits"),
		Rationale: t("Le règlement sur les données fixe, depuis le 12 septembre 2025, un préavis de deux mois au plus, une transition de 30 jours (plus longue seulement si elle est techniquement justifiée, sept mois au plus) et une récupération d'au moins 30 jours. Erreur pour un service de traitement de données (IaaS, PaaS, CaaS, SaaS), avertissement sinon.",
			"Since 12 September 2025 the Data Act sets a notice of two months at most, a 30-day transition (longer only when technically justified, seven months at most) and a retrieval period of at least 30 days. An error for a data processing service (IaaS, PaaS, CaaS, SaaS), a warning otherwise."),
		Source: "Data Act art. 25 [OC-DATAACT], [AETOS-DATAACT], [NUANS-DATAACT]",
		Check: func(c *pas.Check) {
			sev := pas.Warning
			if exitDataAct(c.Plan) {
				sev = pas.Error
			}
			if v := c.Plan.Get(exitNotice); v.IsSet() && v.Dur.Compare(exitDataActNotice) > 0 {
				c.ReportAs(sev, exitNotice, nil, pas.Textf("préavis de %s, au-delà de %s", "notice of %s, beyond %s", durText(v.Dur), durText(exitDataActNotice)))
			}
			if v := c.Plan.Get(exitRetrieval); v.IsSet() && v.Dur.Compare(exitDataActRetrieval) < 0 {
				c.ReportAs(sev, exitRetrieval, nil, pas.Textf("récupération des données en %s, moins que %s", "data retrieval within %s, less than %s", durText(v.Dur), durText(exitDataActRetrieval)))
			}
			if v := c.Plan.Get(exitTransition); v.IsSet() && v.Dur.Compare(exitDataActTransition) > 0 {
				switch {
				case strings.TrimSpace(c.Plan.Str(exitRationale)) == "":
					c.ReportAs(sev, exitTransition, nil, pas.Textf("transition de %s, au-delà de %s, sans justification technique", "transition of %s, beyond %s, without a technical justification", durText(v.Dur), durText(exitDataActTransition)))
				case v.Dur.Compare(exitDataActTransitionMax) > 0:
					c.ReportAs(sev, exitTransition, nil, pas.Textf("transition de %s, au-delà des %s que permet une transition justifiée", "transition of %s, beyond the %s a justified transition allows", durText(v.Dur), durText(exitDataActTransitionMax)))
				}
			}
		},
	},
	{
		ID: "REV-04", Severity: pas.Error,
		Title: t("Frais de sortie interdits ou excessifs", "Exit charges banned or excessive"),
		Rationale: t("Pour un service de traitement de données, les frais de changement de fournisseur sont limités au coût direct jusqu'au 11 janvier 2027 et interdits ensuite. Erreur si une sortie peut avoir lieu après cette date, avertissement pour un forfait avant.",
			"For a data processing service, switching charges are limited to direct cost until 11 January 2027 and banned afterwards. An error when an exit may happen after that date, a warning for a flat fee before it."),
		Source: "Data Act art. 29 [DATAACT-ART29]",
		Check: func(c *pas.Check) {
			ch := c.Plan.Str(exitCharges)
			if ch == "" || ch == "none" || !exitDataAct(c.Plan) {
				return
			}
			end := c.Plan.Get(exitContractEnd)
			switch {
			case c.Today.After(exitChargesBanAfter):
				c.Report(exitCharges, nil, pas.Textf("frais de sortie alors que les frais de changement de fournisseur sont interdits depuis le %s", "exit charges while switching charges are banned since %s", dateText(exitChargesBanAfter.AddDays(1))))
			case end.IsSet() && end.Date.After(exitChargesBanAfter):
				c.Report(exitCharges, nil, pas.Textf("frais de sortie pour un contrat qui court jusqu'au %s : ils sont interdits à partir du %s", "exit charges for a contract running until %s: they are banned from %s", dateText(end.Date), dateText(exitChargesBanAfter.AddDays(1))))
			case !end.IsSet():
				c.ReportAs(pas.Warning, exitCharges, nil, pas.Textf("frais de sortie : indiquez la fin prévue du contrat ; ils seront interdits pour toute sortie à partir du %s", "exit charges: state the contract's planned end; they are banned for any exit from %s", dateText(exitChargesBanAfter.AddDays(1))))
			case ch == "flat_fee":
				c.ReportAs(pas.Warning, exitCharges, nil, t("forfait de sortie : jusqu'au 11 janvier 2027, les frais ne peuvent pas dépasser le coût direct", "flat exit fee: until 11 January 2027 charges may not exceed direct cost"))
			}
		},
	},
	{
		ID: "REV-05", Severity: pas.Error,
		Title: t("Pas d'engagement d'effacement ou d'attestation", "No deletion commitment or certificate"),
		Rationale: t("En fin de prestation, les données et leurs copies sont effacées, et le client doit pouvoir le prouver. Une réponse absente n'est qu'un avertissement tant que le plan est un projet.",
			"At the end of the service the data and its copies are deleted, and the client must be able to prove it. A missing answer is only a warning while the plan is a draft."),
		Source:   "GDPR art. 28(3)(g) [GDPR-28-CIPP]",
		Presence: []*pas.Field{exitDelDelay, exitDelCertificate},
		Check: func(c *pas.Check) {
			if c.Plan.Get(exitDelDelay).Missing() {
				c.Missing(exitDelDelay, nil, t("aucun engagement d'effacement des données en fin de contrat", "no commitment to delete the data at the end of the contract"))
			}
			noCertificate := t("aucune attestation d'effacement n'est remise au client", "no deletion certificate is given to the client")
			switch {
			case c.Plan.Get(exitDelCertificate).Missing():
				c.Missing(exitDelCertificate, nil, noCertificate)
			case c.Plan.IsNot(exitDelCertificate):
				c.Report(exitDelCertificate, nil, noCertificate)
			}
		},
	},
	{
		ID: "REV-06", Severity: pas.Warning,
		Title:     t("Effacement sans les sauvegardes", "Deletion leaves backups out"),
		Rationale: t("Des copies survivent dans les sauvegardes si l'effacement ne les couvre pas.", "Copies survive in backups when deletion does not cover them."),
		Source:    "GDPR art. 28(3)(g) (existing copies) [GDPR-28-CIPP]",
		Check: func(c *pas.Check) {
			if c.Plan.IsNot(exitDelBackups) {
				c.Report(exitDelBackups, nil, t("l'effacement en fin de contrat ne couvre pas les sauvegardes", "deletion at the end of the contract does not cover backups"))
			}
		},
	},
	{
		ID: "REV-07", Severity: pas.Warning,
		Title:     t("Réversibilité jamais testée", "Exit never tested"),
		Rationale: t("Une réversibilité qui n'a jamais été testée ne se découvre qu'au moment de sortir.", "An exit that was never tested is only found out when leaving."),
		Source:    "ISO/IEC 27001:2022 A.5.23 (convention)",
		Check: func(c *pas.Check) {
			if c.Plan.Str(exitTest) == "none" {
				c.Report(exitTest, nil, t("aucun test de réversibilité n'est prévu", "no exit test is planned"))
			}
		},
	},
	{
		ID: "REV-08", Severity: pas.Warning,
		Title: t("Déclencheurs de réversibilité incomplets", "Exit triggers incomplete"),
		Rationale: t("Un contrat de cloud équilibré ouvre la sortie en cas de changement de contrôle du titulaire et de déplacement des données sans l'accord du client.",
			"A balanced cloud contract opens the exit on a change of control of the provider and on relocation of the data without the client's consent."),
		Source: "[10CMD-CLOUD], [MATHIAS-REV]",
		Check: func(c *pas.Check) {
			v := c.Plan.Get(exitTriggers)
			if !v.IsSet() {
				return
			}
			var fr, en []string
			for _, want := range []string{"change_of_control", "relocation_without_consent"} {
				if !v.Contains(want) {
					o := exitTriggers.Option(want)
					fr, en = append(fr, o.Label.FR), append(en, o.Label.EN)
				}
			}
			if len(fr) > 0 {
				c.Report(exitTriggers, nil, pas.Textf("déclencheurs absents : %s", "triggers missing: %s", t(strings.Join(fr, " ; "), strings.Join(en, "; "))))
			}
		},
	},
	{
		ID: "REV-09", Severity: pas.Info,
		Title: t("Conservation après le contrat non indiquée", "Retention after the contract not stated"),
		Rationale: t("Le titulaire indique dès la signature ce qu'il conserve encore après la période de récupération, et combien de temps.",
			"The provider states from signature what it still keeps after the retrieval period, and for how long."),
		Source: "[CSOEC-CLOUD]",
		Check: func(c *pas.Check) {
			if c.Plan.Get(exitRetention).Missing() {
				c.Missing(exitRetention, nil, t("la conservation des données après le contrat n'est pas indiquée (0 jour si rien n'est conservé)", "retention of data after the contract is not stated (0 days when nothing is kept)"))
			}
		},
	},
	{
		ID: "REV-10", Severity: pas.Warning,
		Title: t("Plan de réversibilité remis tardivement", "Exit plan delivered late"),
		Rationale: t("Un plan de réversibilité remis longtemps après le début du contrat laisse le client sans issue pendant ce temps ; l'usage est de le remettre dans les six mois.",
			"An exit plan delivered long after the contract starts leaves the client without a way out meanwhile; practice is to deliver it within six months."),
		Source: "domain reference S13 exit.plan_due (convention)",
		Check: func(c *pas.Check) {
			due, start, max := c.Plan.Get(exitPlanDue), c.Plan.Get(covEffective), c.Policy(exitPlanDueMax.ID)
			if !due.IsSet() || !start.IsSet() || !max.IsSet() {
				return
			}
			if limit := start.Date.Add(max.Dur); due.Date.After(limit) {
				c.Report(exitPlanDue, nil, pas.Textf("plan de réversibilité remis le %s, après le %s (%s après la date d'effet)", "exit plan due on %s, after %s (%s after the effective date)",
					dateText(due.Date), dateText(limit), durText(max.Dur)))
			}
		},
	},
}

// exitMachineData are the assets a new provider re-imports, which must be
// returned in a machine-readable form.
var exitMachineData = map[string]bool{"data": true, "metadata": true, "logs": true, "configurations": true}

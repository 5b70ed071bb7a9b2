package sections

import (
	"strconv"
	"strings"

	"github.com/pas-editor/pas/pas"
)

var (
	govReviewIntervalMax = threshold(field("governance_review_interval_max", pas.KDuration,
		"Périodicité maximale de revue du PAS", "Longest PAS review interval",
		suggest("12mo"),
		help("Au-delà, le PAS n'est pas revu assez souvent (usage : douze mois).", "Beyond it the PAS is not reviewed often enough (practice: twelve months).")))
	govCommitteeIntervalMax = threshold(field("governance_committee_interval_max", pas.KDuration,
		"Périodicité maximale du comité de sécurité", "Longest security committee interval",
		suggest("3mo"),
		help("Au-delà, le comité de sécurité ne se réunit pas assez souvent (usage : chaque trimestre).", "Beyond it the security committee does not meet often enough (practice: every quarter).")))
)

var governanceRules = []*pas.Rule{
	{
		ID: "GOV-01", Severity: pas.Warning,
		Title: t("Revue du PAS absente ou trop espacée", "PAS review missing or too infrequent"),
		Rationale: t("Les politiques de sécurité sont revues à intervalles planifiés et le PAS évolue pendant l'exécution du contrat.",
			"Security policies are reviewed at planned intervals and the PAS evolves while the contract runs."),
		Source:   "ISO/IEC 27001:2022 A.5.1; [UNS-DCE]; threshold (convention)",
		Presence: []*pas.Field{govReviewInterval},
		Check: func(c *pas.Check) {
			v, max := c.Plan.Get(govReviewInterval), c.Policy(govReviewIntervalMax.ID)
			switch {
			case v.Missing():
				c.Report(govReviewInterval, nil, t("aucune périodicité de revue du PAS", "no review interval for the PAS"))
			case v.IsSet() && max.IsSet() && v.Dur.Compare(max.Dur) > 0:
				c.Report(govReviewInterval, nil, pas.Textf("revue du PAS tous les %s, au-delà du seuil de %s", "PAS reviewed every %s, beyond the threshold of %s", durText(v.Dur), durText(max.Dur)))
			}
		},
	},
	{
		ID: "GOV-02", Severity: pas.Warning, Section: "cover",
		Title:     t("Revue du PAS en retard", "PAS review overdue"),
		Rationale: t("La date de prochaine revue inscrite en page de garde est dépassée.", "The next review date on the cover page has passed."),
		Source:    "ISO/IEC 27001:2022 A.5.1",
		Check: func(c *pas.Check) {
			if v := c.Plan.Get(covNextReview); v.IsSet() && v.Date.Before(c.Today) {
				c.Report(covNextReview, nil, pas.Textf("revue prévue le %s, non faite", "review due on %s, not done", dateText(v.Date)))
			}
		},
	},
	{
		ID: "GOV-03", Severity: pas.Warning,
		Title: t("Pas de comité de sécurité régulier", "No regular security committee"),
		Rationale: t("Le comité de sécurité est l'instance où les évolutions du PAS sont proposées et suivies ; il se réunit au rythme fixé par la politique.",
			"The security committee is where changes to the PAS are proposed and followed; it meets as often as the policy sets."),
		Source:   "[UNS-DCE]; ISO/IEC 27001:2022 A.5.4; threshold (convention)",
		Presence: []*pas.Field{govCommitteeHeld},
		Check: func(c *pas.Check) {
			held := c.Plan.Get(govCommitteeHeld)
			if held.Missing() || c.Plan.IsNot(govCommitteeHeld) {
				c.Report(govCommitteeHeld, nil, t("aucun comité de sécurité n'est prévu", "no security committee is planned"))
				return
			}
			v, max := c.Plan.Get(govCommitteeFrequency), c.Policy(govCommitteeIntervalMax.ID)
			if c.Active(govCommitteeFrequency, nil) && v.IsSet() && max.IsSet() && v.Dur.Compare(max.Dur) > 0 {
				c.Report(govCommitteeFrequency, nil, pas.Textf("comité de sécurité tous les %s, au-delà du seuil de %s", "security committee every %s, beyond the threshold of %s", durText(v.Dur), durText(max.Dur)))
			}
		},
	},
	{
		ID: "GOV-04", Severity: pas.Warning,
		Title:     t("Indicateur sans cible ou sans fréquence", "Indicator without a target or frequency"),
		Rationale: t("Un indicateur sans cible ni fréquence de mesure ne permet pas de juger la prestation.", "An indicator without a target or a measurement frequency cannot be used to judge the service."),
		Source:    "ISO/IEC 27001:2022 clause 9.1",
		Presence:  []*pas.Field{govKPITarget, govKPIFrequency},
		Check: func(c *pas.Check) {
			for _, r := range c.Plan.Records(govKPIs) {
				if r.Get(govKPITarget).Missing() {
					c.Report(govKPITarget, r, pas.Textf("indicateur « %s » : aucune cible", "indicator \"%s\": no target", r.Name(govKPIs)))
				}
				if r.Get(govKPIFrequency).Missing() {
					c.Report(govKPIFrequency, r, pas.Textf("indicateur « %s » : aucune fréquence de mesure", "indicator \"%s\": no measurement frequency", r.Name(govKPIs)))
				}
			}
		},
	},
	{
		ID: "GOV-05", Severity: pas.Error, Section: "cover",
		Title:     t("Version ultérieure à 1.0 sans historique", "Version after 1.0 without a history"),
		Rationale: t("Un document contractuel qui a évolué doit retracer ses versions successives.", "A contractual document that has changed must trace its successive versions."),
		Source:    "ISO/IEC 27001:2022 A.5.37 (documented information under change control)",
		Check: func(c *pas.Check) {
			v := c.Plan.Str(covVersion)
			if govVersionAfter1(v) && len(c.Plan.Records(covChangelog)) == 0 {
				c.Report(covChangelog, nil, pas.Textf("version %s sans historique des versions", "version %s without a version history", v))
			}
		},
	},
	{
		ID: "GOV-06", Severity: pas.Warning,
		Title: t("Événement postérieur à la dernière revue du PAS", "Event after the last review of the PAS"),
		Rationale: t("Un nouveau sous-traitant ou site, un changement de certification ou un incident majeur rouvre le PAS : il doit être revu après l'événement.",
			"A new subcontractor or site, a certification change or a major incident reopens the PAS: it must be reviewed after the event."),
		Source: "ISO/IEC 27001:2022 A.5.22",
		Check: func(c *pas.Check) {
			last := govLastReviewDate(c.Plan)
			if last.IsZero() {
				return
			}
			for _, r := range c.Plan.Records(govEvents) {
				if v := r.Get(govEvtDate); v.IsSet() && v.Date.After(last) {
					c.Report(govEvtDate, r, pas.Textf("« %s » (%s) est postérieur à la dernière revue du %s", "\"%s\" (%s) comes after the last review on %s",
						r.Name(govEvents), dateText(v.Date), dateText(last)))
				}
			}
		},
	},
	{
		ID: "GOV-07", Severity: pas.Info,
		Title:     t("Action du plan d'amélioration en retard", "Improvement action overdue"),
		Rationale: t("Les constats se suivent jusqu'à leur clôture.", "Findings are followed up until they are closed."),
		Source:    "ISO/IEC 27001:2022 A.5.36",
		Check: func(c *pas.Check) {
			for _, r := range c.Plan.Records(govImprovement) {
				if v := r.Get(govImpDue); v.IsSet() && v.Date.Before(c.Today) && r.Str(govImpStatus) != "done" {
					c.Report(govImpDue, r, pas.Textf("« %s » : échéance du %s dépassée", "\"%s\": due on %s, overdue", r.Name(govImprovement), dateText(v.Date)))
				}
			}
		},
	},
	{
		ID: "SUB-01", Severity: pas.Warning, Also: []string{"gdpr"},
		Title: t("Obligations de sécurité non répercutées à un sous-traitant", "Security obligations not flowed down to a subcontractor"),
		Rationale: t("Les obligations de sécurité du PAS, et pas seulement celles du RGPD, s'imposent à chaque sous-traitant et sous-traitant ultérieur qui intervient sur la prestation.",
			"The PAS's security obligations, not only the GDPR ones, bind every subcontractor and sub-processor working on the service."),
		Source: "ISO/IEC 27001:2022 A.5.19, A.5.20, A.5.21; hospital-group RSSI review (domain reference §1b)",
		Check: func(c *pas.Check) {
			listed := map[string]bool{}
			for _, r := range c.Plan.Records(govSubcontractors) {
				listed[r.Str(govSubParty)] = true
				if gdprRecIsNot(r, govSubSecurity) {
					c.Report(govSubSecurity, r, pas.Textf("sous-traitant « %s » : les obligations de sécurité du PAS ne lui sont pas répercutées", "subcontractor \"%s\": the PAS's security obligations are not flowed down to it", govPartyName(c.Plan, r.Str(govSubParty))))
				}
			}
			for _, p := range parties(c.Plan, "subcontractor") {
				if !listed[p.ID] {
					c.Report(govSubcontractors, nil, pas.Textf("sous-traitant « %s » : rien n'indique que les obligations de sécurité du PAS lui sont répercutées", "subcontractor \"%s\": nothing states that the PAS's security obligations are flowed down to it", p.Name(ptyOrganisations)))
				}
			}
			if g := c.Plan.Cat.Section("gdpr"); g != nil && c.Plan.Applicable(g) {
				for _, r := range c.Plan.Records(gdprSubprocessors) {
					if gdprRecIsNot(r, gdprSPSecurity) {
						c.Report(gdprSPSecurity, r, pas.Textf("sous-traitant ultérieur « %s » : les obligations de sécurité du PAS ne lui sont pas répercutées", "sub-processor \"%s\": the PAS's security obligations are not flowed down to it", r.Name(gdprSubprocessors)))
					}
				}
			}
		},
	},
	{
		ID: "SUB-02", Severity: pas.Info,
		Title: t("Sous-traitant non déclaré à l'acheteur public", "Subcontractor not declared to the public buyer"),
		Rationale: t("Dans un marché public, les sous-traitants nommés dans le PAS sont ceux que l'acheteur a acceptés (déclaration de sous-traitance, formulaire DC4).",
			"In a public contract, the subcontractors the PAS names are those the buyer has accepted (subcontracting declaration, DC4 form)."),
		Source: "French public procurement code, subcontracting (DC4 form) [verify article]; domain reference §1b",
		Check: func(c *pas.Check) {
			for _, r := range c.Plan.Records(govSubcontractors) {
				if c.Active(govSubDC4, r) && gdprRecIsNot(r, govSubDC4) {
					c.Report(govSubDC4, r, pas.Textf("sous-traitant « %s » : non déclaré à l'acheteur pour acceptation", "subcontractor \"%s\": not declared to the buyer for acceptance", govPartyName(c.Plan, r.Str(govSubParty))))
				}
			}
		},
	},
}

// govPartyName returns an organisation's name, or the id when unknown.
func govPartyName(p *pas.Plan, id string) string {
	if r := party(p, id); r != nil {
		return r.Name(ptyOrganisations)
	}
	return id
}

// govVersionAfter1 reports whether a MAJOR.MINOR version is later than 1.0.
func govVersionAfter1(v string) bool {
	major, minor, ok := strings.Cut(strings.TrimSpace(v), ".")
	ma, err1 := strconv.Atoi(major)
	mi, err2 := 0, error(nil)
	if ok {
		mi, err2 = strconv.Atoi(minor)
	}
	if err1 != nil || err2 != nil {
		return false
	}
	return ma > 1 || (ma == 1 && mi > 0)
}

// govLastReviewDate is the latest of the declared last review, the dates of
// the version history and the date of issue: when the PAS was last looked at.
func govLastReviewDate(p *pas.Plan) pas.Date {
	var last pas.Date
	later := func(v *pas.Value) {
		if v.IsSet() && (last.IsZero() || v.Date.After(last)) {
			last = v.Date
		}
	}
	later(p.Get(govLastReview))
	later(p.Get(covIssued))
	date := covChangelog.RecordField("date")
	for _, r := range p.Records(covChangelog) {
		later(r.Get(date))
	}
	return last
}

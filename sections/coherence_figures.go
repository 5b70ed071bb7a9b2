package sections

import "github.com/pas-editor/pas/pas"

// One answer, one figure: the same delay, approval or location stated in
// several chapters must be stated the same way.

var _ = coherence(&pas.Rule{
	ID: "COH-34", Severity: pas.Warning, Section: "hosting",
	Title: t("Accord du client pour intervenir : deux réponses", "Client's approval to intervene: two answers"),
	Rationale: t("Le chapitre des habilitations et celui de l'hébergement disent chacun quand le titulaire a besoin de l'accord du client pour intervenir sur ses données : ils doivent dire la même chose, sans quoi le plus souple s'appliquera en pratique.",
		"The access chapter and the hosting chapter each say when the provider needs the client's approval to work on its data: they must say the same, otherwise the looser one will apply in practice."),
	Source: "ANSSI outsourcing guide (control of remote interventions) [ANSSI-INFOG], [BLOG-INFOG]",
	Check: func(c *pas.Check) {
		p := c.Plan
		access, approval := p.Str(accProviderAccess), p.Str(hostApproval)
		if access == "" || approval == "" || !c.Active(hostApproval, nil) {
			return
		}
		perIntervention := access == "per_intervention_approval"
		if (perIntervention && approval != "per_intervention") || (access == "standing" && approval == "per_intervention") {
			c.Report(hostApproval, nil, pas.Textf("accord du client « %s » pour l'administration à distance, mais « %s » pour l'accès aux données (chapitre des habilitations)",
				"client's approval \"%s\" for remote administration, but \"%s\" for access to the data (access chapter)",
				hostApproval.Option(approval).Label, accProviderAccess.Option(access).Label))
		}
	},
}, accProviderAccess, hostApproval)

var _ = coherenceAlso(&pas.Rule{
	ID: "COH-35", Severity: pas.Warning, Section: "access",
	Title: t("Accord par intervention sans approbateur joignable à toute heure", "Approval per intervention without an approver reachable at any hour"),
	Rationale: t("Un accès aux données soumis à l'accord du client pour chaque intervention, joint à une prise en charge en continu, suppose un approbateur nommé et joignable la nuit et le week-end : sinon, soit l'incident attend, soit l'accord est ignoré.",
		"Access to the data subject to the client's approval for each intervention, together with round-the-clock response, requires an approver who is named and reachable at night and at weekends: otherwise either the incident waits or the approval is skipped."),
	Source: "ANSSI outsourcing guide (remote interventions under the client's control) [ANSSI-INFOG]; ISO/IEC 27001:2022 A.5.24",
	Check: func(c *pas.Check) {
		p := c.Plan
		perIntervention := p.Str(accProviderAccess) == "per_intervention_approval" || (c.Active(hostApproval, nil) && p.Str(hostApproval) == "per_intervention")
		if !perIntervention || !cohRoundTheClock(p) {
			return
		}
		approver := p.Get(accApprover)
		if approver.Missing() {
			c.Report(accApprover, nil, t("accès aux données soumis à l'accord du client pour chaque intervention et prise en charge en continu, mais aucun approbateur n'est nommé",
				"access to data subject to the client's approval for each intervention and round-the-clock response, but no approver is named"))
			return
		}
		if !approver.IsSet() || approver.Pending() {
			return // REQ-02 and CTX-09 follow pending answers
		}
		contacts := p.Get(incContacts)
		if contacts.Contains(approver.Str) {
			return
		}
		org := cohIdx(c).contactParty[approver.Str]
		for _, id := range gdprList(contacts) {
			if cohIdx(c).contactParty[id] == org {
				return // someone of the approver's party is on call
			}
		}
		c.Report(accApprover, nil, pas.Textf("accord du client pour chaque intervention et prise en charge en continu, mais l'approbateur « %s » et son organisation ne figurent pas parmi les contacts joignables 24/7",
			"client's approval for each intervention and round-the-clock response, but the approver \"%s\" and their organisation are not among the contacts reachable 24/7", cohContactName(p, approver.Str)))
	},
}, []*pas.Field{accProviderAccess, accApprover, incContacts, incResponse, cntMonHours}, hostApproval)

// cohRoundTheClock reports whether the PAS promises to act at any hour:
// 24/7 monitoring, or a P1 response time in minutes or hours.
func cohRoundTheClock(p *pas.Plan) bool {
	if p.Str(cntMonHours) == "24x7" {
		return true
	}
	if p1 := incLevel(p, "p1"); p1 != nil {
		d, ok := cohDelay(p1, incResponse)
		return ok && (d.U == pas.Minute || d.U == pas.Hour)
	}
	return false
}

// cohContactName names a contact by its id.
func cohContactName(p *pas.Plan, id string) string {
	if r := p.Record(ptyContacts, id); r != nil {
		return r.Name(ptyContacts)
	}
	return id
}

var _ = coherence(&pas.Rule{
	ID: "COH-36", Severity: pas.Warning, Section: "change",
	Title: t("Préavis d'un nouveau sous-traitant : deux chiffres", "Notice of a new subcontractor: two figures"),
	Rationale: t("Un nouveau sous-traitant ultérieur est un changement majeur : le préavis annoncé au chapitre des changements et celui que le chapitre RGPD donne pour un changement de sous-traitant ultérieur doivent être les mêmes.",
		"A new sub-processor is a major change: the notice stated in the change chapter and the one the GDPR chapter gives for a change of sub-processor must be the same."),
	Source: "GDPR art. 28(2) (information on intended changes) [GDPR-EURLEX]; ISO/IEC 27001:2022 A.5.22",
	Check: func(c *pas.Check) {
		p := c.Plan
		major, sub := p.Get(chgNoticeMajorDelay), p.Get(gdprSPNotice)
		if !major.IsSet() || !sub.IsSet() || !c.Active(chgNoticeMajorDelay, nil) || !c.Active(gdprSPNotice, nil) || major.Dur.Compare(sub.Dur) == 0 {
			return
		}
		c.Report(chgNoticeMajorDelay, nil, pas.Textf("deux préavis pour un nouveau sous-traitant : %s pour un changement majeur, qui en comprend un ; %s pour un changement de sous-traitant ultérieur au chapitre RGPD",
			"two notices for a new subcontractor: %s for a major change, which includes one; %s for a change of sub-processor in the GDPR chapter", durText(major.Dur), durText(sub.Dur)))
	},
}, chgNoticeMajorDelay, gdprSPNotice)

var _ = coherence(&pas.Rule{
	ID: "COH-37", Severity: pas.Warning, Section: "continuity",
	Title: t("Sites de sauvegarde : deux réponses", "Backup sites: two answers"),
	Rationale: t("Les sites qui conservent les sauvegardes sont désignés au chapitre de la continuité et se déduisent des données hébergées au chapitre de la localisation : les deux listes doivent coïncider, puisque l'analyse des transferts et le plan de reprise reposent chacun sur l'une d'elles.",
		"The sites keeping the backups are named in the continuity chapter and follow from the data hosted in the location chapter: both lists must match, since the transfer analysis and the recovery plan each rest on one of them."),
	Source: "ISO/IEC 27001:2022 A.8.13 (documented location of backups), A.8.14",
	Check: func(c *pas.Check) {
		p := c.Plan
		listed := p.Get(cntBackupSites)
		if !listed.IsSet() || !c.Active(cntBackupSites, nil) {
			return
		}
		var unstated, unlisted []string
		for _, s := range p.Records(dcSites) {
			data := s.Get(siteData)
			switch {
			case listed.Contains(s.ID) && data.IsSet() && !data.Contains("backups"):
				unstated = append(unstated, s.Name(dcSites))
			case !listed.Contains(s.ID) && data.Contains("backups"):
				unlisted = append(unlisted, s.Name(dcSites))
			}
		}
		if len(unstated) > 0 {
			c.Report(cntBackupSites, nil, pas.Textf("sites de sauvegarde dont les données hébergées (chapitre de la localisation) ne comprennent pas de sauvegardes : %s",
				"backup sites whose hosted data (location chapter) includes no backups: %s", cohNames(unstated)))
		}
		if len(unlisted) > 0 {
			c.Report(cntBackupSites, nil, pas.Textf("sites qui hébergent des sauvegardes (chapitre de la localisation) absents des sites de sauvegarde : %s",
				"sites hosting backups (location chapter) missing from the backup sites: %s", cohNames(unlisted)))
		}
	},
}, cntBackupSites, siteData)

var _ = coherence(&pas.Rule{
	ID: "COH-38", Severity: pas.Warning, Section: "continuity",
	Title: t("Chiffrement des sauvegardes : deux réponses", "Backup encryption: two answers"),
	Rationale: t("Le chapitre de la continuité dit si les sauvegardes sont chiffrées ; celui du chiffrement liste les supports chiffrés au repos, sauvegardes comprises : les deux réponses doivent concorder.",
		"The continuity chapter says whether backups are encrypted; the encryption chapter lists the storage encrypted at rest, backups included: both answers must agree."),
	Source: "CNIL security guide (encrypt backups) [CNIL-GUIDE-SUM]; ISO/IEC 27001:2022 A.8.24",
	Check: func(c *pas.Check) {
		p := c.Plan
		encrypted := p.Get(cntBackupEncrypted)
		if !encrypted.IsSet() || !c.Active(cntBackupEncrypted, nil) {
			return
		}
		scope := p.Get(cryAtRestScope)
		inScope := !p.IsNot(cryAtRest) && scope.IsSet() && scope.Contains("backups")
		switch {
		case encrypted.Bool && (p.IsNot(cryAtRest) || (scope.IsSet() && !inScope)):
			c.Report(cntBackupEncrypted, nil, t("sauvegardes dites chiffrées, mais le chapitre du chiffrement ne compte pas les sauvegardes parmi les supports chiffrés au repos",
				"backups said to be encrypted, but the encryption chapter does not count backups among the storage encrypted at rest"))
		case !encrypted.Bool && inScope:
			c.Report(cntBackupEncrypted, nil, t("sauvegardes dites non chiffrées, alors que le chapitre du chiffrement compte les sauvegardes parmi les supports chiffrés au repos",
				"backups said not to be encrypted, although the encryption chapter counts backups among the storage encrypted at rest"))
		}
	},
}, cntBackupEncrypted, cryAtRest, cryAtRestScope)

var _ = coherence(&pas.Rule{
	ID: "COH-39", Severity: pas.Warning, Section: "session",
	Title: t("Événements de sécurité supervisés, journaux analysés après coup", "Security events monitored, logs analysed after the fact"),
	Rationale: t("Une supervision qui alerte sur les événements de sécurité suppose que les journaux soient analysés au fil de l'eau ; une analyse hebdomadaire ou seulement après incident contredit cette promesse.",
		"Monitoring that alerts on security events requires the logs to be analysed as they come; a weekly analysis, or one only after an incident, contradicts that promise."),
	Source: "ISO/IEC 27001:2022 A.8.15, A.8.16",
	Check: func(c *pas.Check) {
		p := c.Plan
		review := p.Str(sesReview)
		if !p.Has(cntMonScope, "security_events") || (review != "weekly" && review != "on_incident") {
			return
		}
		c.Report(sesReview, nil, pas.Textf("la supervision alerte sur les événements de sécurité (chapitre de la continuité), mais l'analyse des journaux est « %s »",
			"monitoring alerts on security events (continuity chapter), but log analysis is \"%s\"", sesReview.Option(review).Label))
	},
}, cntMonScope, sesReview)

var _ = coherence(&pas.Rule{
	ID: "COH-40", Severity: pas.Warning, Section: "cover",
	Title: t("Prochaine revue : deux dates", "Next review: two dates"),
	Rationale: t("La page de garde annonce la date de la prochaine revue ; le chapitre du pilotage fixe une périodicité à compter de la dernière revue : la date annoncée ne doit pas tomber après l'échéance qui en résulte.",
		"The cover states the date of the next review; the governance chapter sets an interval from the last review: the stated date must not fall after the deadline that follows."),
	Source: "ISO/IEC 27001:2022 A.5.1 (review at planned intervals); [UNS-DCE]",
	Check: func(c *pas.Check) {
		p := c.Plan
		next, interval := p.Get(covNextReview), p.Get(govReviewInterval)
		if !next.IsSet() || !interval.IsSet() {
			return
		}
		last := p.Get(govLastReview)
		base := pas.Date{}
		if last.IsSet() {
			base = last.Date
		} else {
			for _, r := range p.Records(covChangelog) { // the latest version counts
				if d := r.Get(covChangelog.RecordField("date")); d.IsSet() && d.Date.After(base) {
					base = d.Date
				}
			}
		}
		if base.IsZero() {
			return
		}
		if due := base.Add(interval.Dur); next.Date.After(due) {
			c.Report(covNextReview, nil, pas.Textf("prochaine revue annoncée le %s, mais le pilotage prévoit une revue %s depuis la dernière (%s), soit au plus tard le %s",
				"next review announced on %s, but governance plans a review %s from the last one (%s), that is by %s",
				dateText(next.Date), everyText(interval.Dur), dateText(base), dateText(due)))
		}
	},
}, covNextReview, covChangelog, govReviewInterval, govLastReview)

package sections

import "github.com/pas-editor/pas/pas"

// Time promises against the means to keep them: a delay promised in one
// chapter that depends on a capability described in another.

// Convention of the vulnerability scans by criticality (COH-07).
var cohScanMaxHigh = threshold(field("vulnerability_scan_max_high", pas.KDuration,
	"Intervalle maximal entre deux scans de vulnérabilités pour un besoin élevé", "Longest interval between vulnerability scans for a high need", since(2),
	suggest("1mo"),
	help("S'applique lorsque le besoin de confidentialité, d'intégrité ou de disponibilité est élevé (3) ou très élevé (4) (usage : un mois).",
		"Applies when the confidentiality, integrity or availability need is high (3) or very high (4) (practice: one month).")))

// Limits of NIS 2 art. 23 and PCI DSS used below.
var (
	cohNIS2Notification = pas.Hours(72) // incident notification, art. 23(4)(b)
	cohNIS2FinalReport  = pas.Months(1) // final report after the notification, art. 23(4)(d)
	cohPCIScan          = pas.Months(3) // quarterly external scans [PCI-VALID]
	cohWeekend          = pas.Hours(62) // Friday 18:00 to Monday 8:00
)

// cohNIS2Entity reports whether the client or the provider is an essential
// or important entity under NIS 2, or the PAS says NIS 2 notification
// applies.
func cohNIS2Entity(p *pas.Plan) bool {
	if p.Is(incNIS2) || buyer(p, "nis2_essential", "nis2_important") {
		return true
	}
	for _, r := range parties(p, "client", "provider") {
		if s := r.Str(ptyNIS2); s == "essential" || s == "important" {
			return true
		}
	}
	return false
}

// cohDelay returns a record's duration when set.
func cohDelay(r *pas.Record, f *pas.Field) (pas.Duration, bool) {
	v := r.Get(f)
	if !v.IsSet() {
		return pas.Duration{}, false
	}
	return v.Dur, true
}

// cohLevelName names a priority level for a message ("P1").
func cohLevelName(r *pas.Record) string { return r.NameIn(incLevels, pas.EN) }

var _ = coherence(&pas.Rule{
	ID: "COH-01", Severity: pas.Warning, Section: "incident",
	Title: t("Rétablissement d'un P1 promis plus vite que le RTO", "P1 restoration promised faster than the RTO"),
	Rationale: t("Un sinistre qui arrête le service est un incident de niveau P1 : si le RTO du plan de reprise dépasse le délai de rétablissement promis pour un P1, le PAS donne deux délais pour le même événement, et le client retiendra le plus court.",
		"A disaster that stops the service is a P1 incident: when the recovery plan's RTO exceeds the restoration time promised for a P1, the PAS gives two times for the same event, and the client will hold the provider to the shorter."),
	Source: "ISO/IEC 27001:2022 A.5.29, A.5.30; domain reference S08 (sla.incident_times, bcp.rto)",
	Check: func(c *pas.Check) {
		rto, p1 := c.Plan.Get(cntRTO), incLevel(c.Plan, "p1")
		if !rto.IsSet() || p1 == nil {
			return
		}
		if d, ok := cohDelay(p1, incRestoration); ok && d.Compare(rto.Dur) < 0 {
			c.Report(incRestoration, p1, pas.Textf("rétablissement d'un P1 sous %s, mais RTO (DMIA) de %s : la perte d'un site, qui est un P1, ne peut pas être rétablie dans le délai du niveau ; alignez les deux délais ou excluez les sinistres du niveau P1",
				"P1 restored within %s, but an RTO of %s: losing a site, which is a P1, cannot be restored within the level's time; align both times or exclude disasters from level P1",
				durText(d), durText(rto.Dur)))
		}
	},
}, incRestoration, cntRTO)

var _ = coherence(&pas.Rule{
	ID: "COH-02", Severity: pas.Warning, Section: "continuity",
	Title: t("RPO tenu par une réplication qui recopie aussi la corruption", "RPO held by replication, which copies corruption too"),
	Rationale: t("La réplication vers un site de secours tient le RPO pour la perte d'un site, mais elle recopie aussitôt une corruption ou un chiffrement par rançongiciel : seules les sauvegardes (ou une sauvegarde continue) permettent alors de repartir, et la perte de données atteint leur intervalle.",
		"Replication to a recovery site holds the RPO when a site is lost, but it copies a corruption or a ransomware encryption at once: only backups (or continuous backup) then allow a restart, and data loss reaches their interval."),
	Source: "3-2-1 backup practice [BACKUP-321]; ISO/IEC 27001:2022 A.8.13, A.8.14",
	Check: func(c *pas.Check) {
		p := c.Plan
		rpo, freq := p.Get(cntRPO), p.Get(cntBackupFreq)
		if !rpo.IsSet() || !freq.IsSet() || !c.Active(cntBackupFreq, nil) || p.Has(cntBackupTypes, "continuous") || freq.Dur.Compare(rpo.Dur) <= 0 {
			return
		}
		var replicas []string
		for _, s := range p.Records(dcSites) {
			if dcHasRole(s, "secondary") && s.Get(siteData).Contains("production") {
				replicas = append(replicas, s.Name(dcSites))
			}
		}
		if len(replicas) == 0 {
			return // single site: BCK-04
		}
		c.Report(cntRPO, nil, pas.Textf("RPO (PDMA) de %s tenu par la réplication vers %s ; après une corruption ou un rançongiciel, que la réplication recopie aussitôt, seules les sauvegardes, faites %s, permettent de repartir, avec jusqu'à %s de données perdues : indiquez ce RPO-là ou ajoutez une sauvegarde continue",
			"RPO of %s held by replication to %s; after a corruption or ransomware, which replication copies at once, only the backups, taken %s, allow a restart, losing up to %s of data: state that RPO or add continuous backup",
			durText(rpo.Dur), cohNames(replicas), everyText(freq.Dur), durText(freq.Dur)))
	},
}, cntRPO, cntBackupFreq, cntBackupTypes, siteRoles, siteData)

var _ = coherence(&pas.Rule{
	ID: "COH-03", Severity: pas.Warning, Section: "gdpr",
	Title: t("Sous-traitant ultérieur plus lent que le titulaire à signaler une violation", "Sub-processor slower than the provider to report a breach"),
	Rationale: t("Le titulaire promet d'informer le responsable de traitement dans un délai donné ; pour une violation survenue chez un sous-traitant ultérieur, il ne peut le tenir que si ce sous-traitant l'informe au moins aussi vite. Les obligations se répercutent de contrat à contrat (art. 28(4)). Un délai en jours ouvrés compte au pire un week-end et un jour férié.",
		"The provider promises to inform the controller within a given time; for a breach at a sub-processor it can only keep it if that sub-processor informs it at least as fast. Obligations flow down from contract to contract (art. 28(4)). A time in business days counts, at worst, a weekend and a public holiday."),
	Source: "GDPR arts. 28(4), 33(2) [GDPR-33], [GDPR-28-CIPP]; back-to-back notification delays (domain reference, addendum)",
	Check: func(c *pas.Check) {
		own := c.Plan.Get(incBreachDelay)
		if !own.IsSet() || !c.Active(incBreachDelay, nil) {
			return
		}
		for _, r := range c.Plan.Records(gdprSubprocessors) {
			d, ok := cohDelay(r, gdprSPBreach)
			if !ok || cohWorstCase(d).Compare(own.Dur) <= 0 {
				continue
			}
			c.Report(gdprSPBreach, r, pas.Textf("« %s » informe le titulaire d'une violation sous %s%s, plus lentement que le délai de %s promis au responsable de traitement : pour une violation chez lui, le délai du PAS ne peut pas être tenu",
				"\"%s\" informs the provider of a breach within %s%s, more slowly than the %s promised to the controller: for a breach on its side, the PAS's time cannot be kept",
				r.Name(gdprSubprocessors), durText(d), cohWorstNote(d), durText(own.Dur)))
		}
	},
}, gdprSPBreach, incBreachDelay)

// cohWorstNote explains the calendar length of a time in business days.
func cohWorstNote(d pas.Duration) pas.Text {
	if d.U != pas.BusinessDay {
		return pas.Text{}
	}
	n := cohWorstCase(d).N
	return pas.Textf(" (jusqu'à %d jours calendaires avec un week-end et un jour férié)", " (up to %d calendar days with a weekend and a public holiday)", n)
}

var _ = coherence(&pas.Rule{
	ID: "COH-04", Severity: pas.Warning, Section: "incident",
	Title: t("Alertes trop tardives pour les étapes NIS 2 du client", "Alerts too late for the client's NIS 2 stages"),
	Rationale: t("Une entité essentielle ou importante adresse au CSIRT une alerte précoce dans les 24 h puis une notification dans les 72 h après avoir pris connaissance d'un incident important, qui peut être de niveau P1 ou P2 : les délais d'alerte de ces niveaux doivent lui en laisser le temps, et courir dès la détection plutôt que de la qualification. Le cas de l'alerte précoce pour un P1 relève d'INC-10.",
		"An essential or important entity sends the CSIRT an early warning within 24 h, then a notification within 72 h of becoming aware of a significant incident, which may be a P1 or a P2: those levels' alert times must leave it time for that, and run from detection rather than qualification. The early warning for a P1 is INC-10's."),
	Source: "NIS 2 Directive (EU) 2022/2555 art. 23(4)(a)-(b) [NIS2-23-A], [NIS2-23-B]",
	Check: func(c *pas.Check) {
		p := c.Plan
		if !cohNIS2Entity(p) {
			return
		}
		if p.Str(incLevelsFrom) == "qualification" {
			c.Report(incLevelsFrom, nil, t("les délais d'alerte courent de la qualification de l'incident, alors que ceux de NIS 2 courent dès la prise de connaissance : le client perd le temps de la qualification",
				"alert times run from the incident's qualification, while NIS 2's run from awareness: the client loses the time qualification takes"))
		}
		for _, r := range p.Records(incLevels) {
			level := r.Str(incLevelID)
			d, ok := cohDelay(r, incNotify)
			if !ok || (level != "p1" && level != "p2") {
				continue
			}
			worst := cohWorstCase(d)
			switch {
			case worst.Compare(cohNIS2Notification) >= 0:
				c.Report(incNotify, r, pas.Textf("alerte du client sous %s%s pour un %s : le client ne peut plus notifier un incident important au CSIRT dans les 72 h",
					"client alerted within %s%s for a %s: the client can no longer notify a significant incident to the CSIRT within 72 h", durText(d), cohWorstNote(d), cohLevelName(r)))
			case level == "p2" && worst.Compare(incNIS2Early) >= 0:
				c.Report(incNotify, r, pas.Textf("alerte du client sous %s%s pour un P2 : un incident important classé P2 ne lui laisse pas le temps de l'alerte précoce dans les 24 h",
					"client alerted within %s%s for a P2: a significant incident rated P2 leaves it no time for the early warning within 24 h", durText(d), cohWorstNote(d)))
			}
		}
	},
}, ptyNIS2, engBuyer, incNIS2, incLevelsFrom, incNotify)

var _ = coherence(&pas.Rule{
	ID: "COH-05", Severity: pas.Warning, Section: "incident",
	Title: t("Rapport post-incident trop tardif pour le rapport final NIS 2", "Post-incident report too late for the NIS 2 final report"),
	Rationale: t("Une entité essentielle ou importante remet son rapport final un mois après la notification de l'incident, qui suit de peu l'alerte du titulaire : le rapport du titulaire doit lui parvenir avant, donc être compté depuis l'alerte et ne pas excéder un mois, même si l'incident n'est pas clos.",
		"An essential or important entity hands in its final report one month after notifying the incident, shortly after the provider's alert: the provider's report must reach it before, so it must count from the alert and take a month at most, even when the incident is not closed."),
	Source: "NIS 2 Directive (EU) 2022/2555 art. 23(4)(d) [NIS2-23-A], [NIS2-23-B]",
	Check: func(c *pas.Check) {
		p := c.Plan
		report := p.Get(incPostReport)
		if !cohNIS2Entity(p) || !report.IsSet() {
			return
		}
		event := map[string]pas.Text{
			"restoration": t("le rétablissement du service", "the restoration of the service"),
			"closure":     t("la clôture de l'incident", "the closure of the incident"),
		}
		switch from := p.Str(incPostReportFrom); {
		case from == "restoration" || from == "closure":
			c.Report(incPostReportFrom, nil, pas.Textf("rapport post-incident dû %s après %s : pour un incident long, il arrive après le rapport final NIS 2 du client, dû un mois après sa notification ; comptez le délai depuis l'alerte du client",
				"post-incident report due %s after %s: for a long incident it arrives after the client's NIS 2 final report, due one month after its notification; count the time from the alert to the client",
				durText(report.Dur), event[from]))
		case from == "client_alert" && report.Dur.Compare(cohNIS2FinalReport) > 0:
			c.Report(incPostReport, nil, pas.Textf("rapport post-incident dû %s après l'alerte : le rapport final NIS 2 du client est dû un mois après sa notification",
				"post-incident report due %s after the alert: the client's NIS 2 final report is due one month after its notification", durText(report.Dur)))
		}
	},
}, ptyNIS2, engBuyer, incNIS2, incPostReport, incPostReportFrom)

var _ = coherence(&pas.Rule{
	ID: "COH-06", Severity: pas.Warning, Section: "incident",
	Title: t("Prise en charge en continu promise avec une supervision en heures ouvrées", "Round-the-clock response promised with business-hours monitoring"),
	Rationale: t("Un délai de prise en charge en minutes ou en heures vaut la nuit et le week-end ; si les alertes ne sont traitées qu'en heures ouvrées ou étendues, un incident survenu un vendredi soir attend le lundi. Le délai doit alors s'exprimer en jours ouvrés, ou une astreinte couvrir toute la semaine.",
		"A response time in minutes or hours holds at night and at weekends; when alerts are only handled during business or extended hours, an incident on a Friday evening waits until Monday. The time must then be stated in business days, or on-call cover the whole week."),
	Source: "ISO/IEC 27001:2022 A.5.24, A.8.16; support coverage matches the commitment (domain reference SLA-03)",
	Check: func(c *pas.Check) {
		p := c.Plan
		hours := p.Get(cntMonHours)
		if !hours.IsSet() || hours.Str == "24x7" {
			return
		}
		p1 := incLevel(p, "p1")
		if p1 == nil {
			return
		}
		if d, ok := cohDelay(p1, incResponse); ok && d.U != pas.BusinessDay && d.Compare(cohWeekend) < 0 {
			c.Report(incResponse, p1, pas.Textf("P1 pris en charge sous %s, mais la supervision et le traitement des alertes se font en « %s » : un incident survenu la nuit ou le week-end attend la reprise ; prévoyez une astreinte 24/7 ou exprimez le délai en jours ouvrés",
				"P1 handled within %s, but monitoring and alert handling run during \"%s\": an incident at night or at the weekend waits until work resumes; provide 24/7 on-call or state the time in business days",
				durText(d), cntMonHours.Option(hours.Str).Label))
		}
	},
}, cntMonHours, incResponse)

var _ = coherence(&pas.Rule{
	ID: "COH-07", Severity: pas.Warning, Section: "vulnerability",
	Title: t("Scans de vulnérabilités trop espacés pour la criticité déclarée", "Vulnerability scans too infrequent for the stated criticality"),
	Rationale: t("La fréquence des scans suit la criticité du service : au plus un mois lorsqu'un besoin de disponibilité, d'intégrité ou de confidentialité est élevé (usage), au plus un trimestre pour des données de cartes de paiement (scans externes trimestriels de PCI DSS).",
		"Scan frequency follows the service's criticality: a month at most when an availability, integrity or confidentiality need is high (practice), a quarter at most for payment card data (PCI DSS quarterly external scans)."),
	Source: "ISO/IEC 27001:2022 A.8.8; domain reference S06 audit.vuln_scan_frequency (convention); PCI DSS quarterly ASV scans [PCI-VALID]",
	Check: func(c *pas.Check) {
		p := c.Plan
		v := p.Get(vulScanFrequency)
		if !v.IsSet() {
			return
		}
		level, which := 0, pas.Text{}
		for _, f := range []*pas.Field{engAvailability, engIntegrity, engConfidentiality} {
			if n := need(p, f); n > level {
				level, which = n, f.Label
			}
		}
		if max := cntPolicyDur(c, cohScanMaxHigh.ID); level >= 3 && !max.IsZero() && v.Dur.Compare(max) > 0 {
			c.Report(vulScanFrequency, nil, pas.Textf("scans %s alors que le besoin « %s » est de %d ; seuil retenu pour un besoin élevé : %s",
				"scans %s while the need \"%s\" is %d; threshold retained for a high need: %s", everyText(v.Dur), which, level, durText(max)))
			return
		}
		if hasData(p, "payment_card") && v.Dur.Compare(cohPCIScan) > 0 {
			c.Report(vulScanFrequency, nil, pas.Textf("scans %s pour des données de cartes de paiement : PCI DSS demande des scans externes trimestriels",
				"scans %s for payment card data: PCI DSS requires quarterly external scans", everyText(v.Dur)))
		}
	},
}, engAvailability, engIntegrity, engConfidentiality, engDataFlags, vulScanFrequency)

var _ = coherence(&pas.Rule{
	ID: "COH-08", Severity: pas.Warning, Section: "continuity",
	Title: t("Besoin de disponibilité élevé sans supervision 24/7", "High availability need without 24/7 monitoring"),
	Rationale: t("Lorsque le client exprime un besoin de disponibilité élevé ou très élevé, l'usage est de superviser la plateforme et de traiter ses alertes 24 h/24 : une panne de nuit attendrait sinon le matin.",
		"When the client states a high or very high availability need, practice is to monitor the platform and handle its alerts round the clock: a failure at night would otherwise wait until morning."),
	Source: "domain reference S08 ops.monitoring_hours (24x7 if A ≥ 3, convention); ISO/IEC 27001:2022 A.8.16",
	Check: func(c *pas.Check) {
		p := c.Plan
		level, hours := need(p, engAvailability), p.Get(cntMonHours)
		if level >= 3 && hours.IsSet() && hours.Str != "24x7" {
			c.Report(cntMonHours, nil, pas.Textf("supervision en « %s » pour un besoin de disponibilité de %d : une supervision 24/7 est attendue",
				"monitoring during \"%s\" for an availability need of %d: 24/7 monitoring is expected", cntMonHours.Option(hours.Str).Label, level))
		}
	},
}, engAvailability, cntMonHours)

var _ = coherence(&pas.Rule{
	ID: "COH-09", Severity: pas.Warning, Section: "session",
	Title: t("Journaux communiqués plus lentement que l'aide aux demandes des personnes", "Logs handed over more slowly than help with data subjects' requests"),
	Rationale: t("Une personne peut demander qui a consulté ses données ; le responsable de traitement a besoin des journaux pour lui répondre, dans le délai d'aide promis par le titulaire. Un délai en jours ouvrés compte au pire un week-end et un jour férié.",
		"A person may ask who viewed their data; the controller needs the logs to answer, within the assistance time the provider promised. A time in business days counts, at worst, a weekend and a public holiday."),
	Source: "GDPR arts. 12(3), 15, 28(3)(e) [GDPR-28-CIPP]; CNIL logging recommendation [CNIL-LOG-DELIB]",
	Check: func(c *pas.Check) {
		p := c.Plan
		logs, rights := p.Get(sesClientDelay), p.Get(gdprRightsDelay)
		if !logs.IsSet() || !rights.IsSet() || !c.Active(sesClientDelay, nil) || !c.Active(gdprRightsDelay, nil) {
			return
		}
		if cohWorstCase(logs.Dur).Compare(cohWorstCase(rights.Dur)) > 0 {
			c.Report(sesClientDelay, nil, pas.Textf("journaux communiqués sous %s, mais l'aide aux demandes des personnes est promise sous %s : une demande sur les accès à ses données ne peut pas être servie dans ce délai",
				"logs handed over within %s, but help with data subjects' requests is promised within %s: a request about who accessed one's data cannot be served in time", durText(logs.Dur), durText(rights.Dur)))
		}
	},
}, sesClientDelay, gdprRightsDelay)

var _ = coherence(&pas.Rule{
	ID: "COH-10", Severity: pas.Warning, Section: "change",
	Title: t("Préavis d'un changement plus court que le préavis de sortie", "Notice of a change shorter than the exit notice"),
	Rationale: t("Un changement de contrôle ou un déplacement des données ouvre la réversibilité ; pour partir avant que le changement ne prenne effet, le client doit en être informé au moins aussi tôt que le préavis qu'il doit lui-même donner.",
		"A change of control or a relocation of the data opens the exit; to leave before the change takes effect, the client must be told at least as early as the notice it must give itself."),
	Source: "[10CMD-CLOUD], [MATHIAS-REV]; SecNumCloud 3.2 § 19.6 (notice of changes) [PIALAB-SNC]",
	Check: func(c *pas.Check) {
		p := c.Plan
		notice := p.Get(exitNotice)
		if !notice.IsSet() {
			return
		}
		check := func(trigger string, f *pas.Field, what pas.Text) {
			v := p.Get(f)
			if !p.Has(exitTriggers, trigger) || !c.Active(f, nil) || !v.IsSet() || v.Dur.Compare(notice.Dur) >= 0 {
				return
			}
			c.Report(f, nil, pas.Textf("%s annoncé %s à l'avance, mais le client doit donner %s de préavis pour sortir : il ne peut pas partir avant que le changement prenne effet",
				"%s announced %s ahead, but the client must give %s of notice to leave: it cannot leave before the change takes effect", what, durText(v.Dur), durText(notice.Dur)))
		}
		check("change_of_control", chgNoticeNonEUDelay, t("changement de contrôle ou d'exposition aux lois extra-européennes", "change of control or of exposure to non-EU law"))
		check("relocation_without_consent", chgNoticeMajorDelay, t("changement majeur (dont un nouveau site)", "major change (a new site among them)"))
	},
}, exitNotice, exitTriggers, chgNoticeNonEUDelay, chgNoticeMajorDelay)

var _ = coherence(&pas.Rule{
	ID: "COH-41", Severity: pas.Warning, Section: "audit",
	Title: t("Tests d'intrusion du client exclus malgré une criticité élevée", "Client's penetration tests excluded despite high criticality"),
	Rationale: t("Lorsque le besoin d'intégrité ou de confidentialité est élevé ou très élevé, le client doit pouvoir faire éprouver la prestation par un test d'intrusion, mené par ses équipes ou par un prestataire qualifié (PASSI), en plus des tests que le titulaire fait lui-même.",
		"When the integrity or confidentiality need is high or very high, the client must be able to have the service tried by a penetration test, run by its staff or a qualified provider (PASSI), besides the tests the provider runs itself."),
	Source: "ANSSI/DAE guide on security in public procurement (audit clauses) [DAE-ANSSI]; ISO/IEC 27001:2022 A.8.8, A.8.34",
	Check: func(c *pas.Check) {
		p := c.Plan
		types := p.Get(audTypes)
		level := max(need(p, engIntegrity), need(p, engConfidentiality))
		if level < 3 || !types.IsSet() || types.Contains("penetration_test") || !p.Is(audClientRight) {
			return
		}
		c.Report(audTypes, nil, pas.Textf("le client ne peut pas faire mener de test d'intrusion, alors que le besoin d'intégrité ou de confidentialité est de %d",
			"the client cannot have a penetration test run, although the integrity or confidentiality need is %d", level))
	},
}, engIntegrity, engConfidentiality, audTypes, audClientRight)

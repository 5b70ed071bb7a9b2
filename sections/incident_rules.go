package sections

import (
	"strings"

	"github.com/pas-editor/pas/pas"
)

// Conventions of the incident chapter.
var (
	_ = threshold(field("incident_breach_delay_max", pas.KDuration,
		"Délai maximal de notification d'une violation au responsable de traitement", "Longest breach notification delay to the controller",
		suggest("24h"),
		help("Au-delà, le délai du sous-traitant entame trop les 72 h du responsable de traitement (usage : 24 h).",
			"Beyond this, the processor's delay eats too much of the controller's 72 h (practice: 24 h).")))
	_ = threshold(field("incident_exercise_max", pas.KDuration,
		"Intervalle maximal entre deux exercices de crise", "Longest interval between two crisis exercises",
		suggest("12mo"),
		help("Usage : un exercice par an.", "Practice: one exercise a year.")))
)

// Time limits set by law.
var (
	incGDPRWindow = pas.Hours(72) // controller to supervisory authority, GDPR art. 33(1)
	incNIS2Early  = pas.Hours(24) // early warning to the CSIRT, NIS 2 art. 23(4)(a)
)

var incidentRules = []*pas.Rule{
	{
		ID: "INC-01", Severity: pas.Error,
		Title: t("Délai de notification des violations au responsable de traitement absent", "No breach notification delay to the controller"),
		Rationale: t("Le sous-traitant notifie toute violation de données personnelles au responsable de traitement dans les meilleurs délais après en avoir pris connaissance ; le PAS doit chiffrer ce délai.",
			"The processor notifies the controller of any personal data breach without undue delay after becoming aware of it; the PAS must put a figure on that delay."),
		Source:   "GDPR art. 33(2) [GDPR-33]",
		Presence: []*pas.Field{incBreachDelay},
		Check: func(c *pas.Check) {
			if c.Active(incBreachDelay, nil) && !c.Plan.Get(incBreachDelay).IsSet() {
				c.Report(incBreachDelay, nil, t("des données personnelles sont traitées mais aucun délai de notification au responsable de traitement n'est fixé",
					"personal data is processed but no notification delay to the controller is set"))
			}
		},
	},
	{
		ID: "INC-02", Severity: pas.Warning,
		Title: t("Délai de notification des violations au-delà de l'usage", "Breach notification delay beyond practice"),
		Rationale: t("Le sous-traitant informe le responsable de traitement « dans les meilleurs délais » après avoir pris connaissance d'une violation (art. 33(2)) : le RGPD ne fixe pas d'heures. Les 72 h du responsable envers l'autorité de contrôle courent de sa propre prise de connaissance, c'est-à-dire de l'information par le sous-traitant. Un délai de 24 h au plus est un usage contractuel, non une limite légale : au-delà du seuil retenu, c'est un écart à l'usage à justifier.",
			"The processor informs the controller \"without undue delay\" after becoming aware of a breach (art. 33(2)): the GDPR sets no number of hours. The controller's 72 h towards the supervisory authority run from its own awareness, that is from the processor's information. A delay of 24 h at most is a contract practice, not a legal limit: beyond the threshold retained, it is a departure from practice to justify."),
		Source: "GDPR art. 33(1)-(2) [GDPR-33]; EDPB Guidelines 9/2022 (controller's awareness) [GDPR-33-AUDITFRONT]; 24 h (convention)",
		Check: func(c *pas.Check) {
			v := c.Plan.Get(incBreachDelay)
			if !c.Active(incBreachDelay, nil) || !v.IsSet() {
				return
			}
			if limit := cntPolicyDur(c, "incident_breach_delay_max"); !limit.IsZero() && v.Dur.Compare(limit) > 0 {
				c.Report(incBreachDelay, nil, pas.Textf("information du responsable de traitement sous %s, au-delà de l'usage de %s retenu : le RGPD demande d'informer dans les meilleurs délais",
					"controller informed within %s, beyond the %s practice retained: the GDPR asks for information without undue delay", durText(v.Dur), durText(limit)))
			}
		},
	},
	{
		ID: "INC-11", Severity: pas.Warning,
		Title: t("Alerte d'une violation plus tardive que sa notification", "Breach alert later than its notification"),
		Rationale: t("Une violation de données avérée relève d'un niveau de priorité (P1 en général) dont le délai d'alerte du client précède la notification complète au responsable de traitement : une alerte promise plus tard que la notification donne deux chiffres inconciliables pour le même événement.",
			"A confirmed data breach falls under a priority level (usually P1) whose client alert comes before the full notification to the controller: an alert promised later than the notification gives two irreconcilable figures for the same event."),
		Source: "GDPR art. 33(2) [GDPR-33]; ISO/IEC 27001:2022 A.5.26",
		Check: func(c *pas.Check) {
			v := c.Plan.Get(incBreachDelay)
			if !c.Active(incBreachDelay, nil) || !v.IsSet() {
				return
			}
			for _, r := range incBreachLevels(c.Plan) {
				if d := r.Get(incNotify); d.IsSet() && d.Dur.Compare(v.Dur) > 0 {
					c.Report(incNotify, r, pas.Textf("une violation avérée relève du niveau %s, dont l'alerte est promise sous %s, mais elle est notifiée au responsable de traitement sous %s : l'alerte ne peut pas suivre la notification",
						"a confirmed breach falls under level %s, whose alert is promised within %s, but it is notified to the controller within %s: the alert cannot come after the notification",
						r.NameIn(incLevels, pas.EN), durText(d.Dur), durText(v.Dur)))
				}
			}
		},
	},
	{
		ID: "INC-04", Severity: pas.Warning,
		Title: t("Entité NIS 2 sans notification NIS 2", "NIS 2 entity without NIS 2 notification"),
		Rationale: t("Lorsque le client ou le titulaire est une entité essentielle ou importante, un incident important appelle une alerte précoce sous 24 h, une notification sous 72 h et un rapport final sous un mois ; le PAS ne peut pas écarter ce circuit.",
			"When the client or the provider is an essential or important entity, a significant incident calls for an early warning within 24 h, a notification within 72 h and a final report within a month; the PAS cannot set that path aside."),
		Source: "NIS 2 Directive (EU) 2022/2555 art. 23 [NIS2-23-A], [NIS2-23-B]",
		Check: func(c *pas.Check) {
			p := c.Plan
			if !p.IsNot(incNIS2) {
				return
			}
			var names []string
			for _, r := range parties(p, "client", "provider") {
				if s := r.Str(ptyNIS2); s == "essential" || s == "important" {
					names = append(names, r.Name(ptyOrganisations))
				}
			}
			if len(names) == 0 && buyer(p, "nis2_essential", "nis2_important") {
				c.Report(incNIS2, nil, pas.Textf("notification NIS 2 écartée alors que l'acheteur est une « %s »",
					"NIS 2 notification set aside although the buyer is an \"%s\"", engBuyer.Option(p.Str(engBuyer)).Label))
				return
			}
			if len(names) > 0 {
				c.Report(incNIS2, nil, pas.Textf("notification NIS 2 écartée alors que « %s » est une entité essentielle ou importante",
					"NIS 2 notification set aside although \"%s\" is an essential or important entity", strings.Join(names, ", ")))
			}
		},
	},
	{
		ID: "INC-05", Severity: pas.Warning,
		Title: t("Notification de violation incomplète", "Incomplete breach notification"),
		Rationale: t("La notification d'une violation décrit au minimum sa nature, les personnes et enregistrements concernés, le point de contact, les conséquences probables et les mesures prises : le responsable de traitement en a besoin pour sa propre notification.",
			"A breach notification describes at least its nature, the data subjects and records concerned, the contact point, the likely consequences and the measures taken: the controller needs them for its own notification."),
		Source: "GDPR art. 33(3) [GDPR-33]",
		Check: func(c *pas.Check) {
			v := c.Plan.Get(incTemplate)
			if !c.Active(incTemplate, nil) || !v.IsSet() {
				return
			}
			var fr, en []string
			for _, o := range incTemplate.Options {
				if !v.Contains(o.Value) {
					fr, en = append(fr, o.Label.FR), append(en, o.Label.EN)
				}
			}
			if len(fr) > 0 {
				c.Report(incTemplate, nil, pas.Textf("éléments manquants : %s", "missing items: %s", t(strings.Join(fr, " ; "), strings.Join(en, "; "))))
			}
		},
	},
	{
		ID: "INC-06", Severity: pas.Warning,
		Title: t("Préservation des preuves non décrite", "Evidence preservation not described"),
		Rationale: t("Les preuves d'un incident doivent être collectées et conservées avant que la remédiation ne les efface, pour l'analyse, l'assurance et une éventuelle plainte.",
			"Evidence of an incident must be collected and kept before remediation wipes it out, for analysis, insurance and any complaint."),
		Source:   "ISO/IEC 27001:2022 A.5.28",
		Presence: []*pas.Field{incEvidence},
		Check: func(c *pas.Check) {
			if v := c.Plan.Get(incEvidence); !v.IsSet() || strings.TrimSpace(v.Str) == "" {
				c.Report(incEvidence, nil, t("la préservation des preuves avant remédiation n'est pas décrite", "evidence preservation before remediation is not described"))
			}
		},
	},
	{
		ID: "INC-07", Severity: pas.Warning,
		Title: t("Pas de registre des violations", "No breach register"),
		Rationale: t("Toute violation de données personnelles est documentée, qu'elle soit notifiée ou non : faits, effets et mesures prises.",
			"Every personal data breach is documented, whether notified or not: facts, effects and measures taken."),
		Source: "GDPR art. 33(5) [GDPR-33]",
		Check: func(c *pas.Check) {
			if c.Active(incRegister, nil) && c.Plan.IsNot(incRegister) {
				c.Report(incRegister, nil, t("aucun registre des violations n'est tenu", "no breach register is kept"))
			}
		},
	},
	{
		ID: "INC-08", Severity: pas.Info,
		Title: t("Exercices de crise absents ou espacés", "Crisis exercises missing or infrequent"),
		Rationale: t("La préparation à la gestion des incidents s'entretient par des exercices réguliers (usage : un par an).",
			"Readiness for incident management is kept up by regular exercises (practice: one a year)."),
		Source:   "ISO/IEC 27001:2022 A.5.24; exercise frequency (convention)",
		Presence: []*pas.Field{incExercise},
		Check: func(c *pas.Check) {
			v := c.Plan.Get(incExercise)
			if !v.IsSet() {
				c.Report(incExercise, nil, t("aucun exercice de crise n'est prévu", "no crisis exercise is planned"))
				return
			}
			if limit := cntPolicyDur(c, "incident_exercise_max"); !limit.IsZero() && v.Dur.Compare(limit) > 0 {
				c.Report(incExercise, nil, pas.Textf("un exercice tous les %s, au-delà du seuil de %s retenu", "one exercise every %s, beyond the %s threshold retained", durText(v.Dur), durText(limit)))
			}
		},
	},
	{
		ID: "INC-09", Severity: pas.Warning,
		Title: t("Pas d'assistance à l'établissement de santé pour ses signalements à l'ARS", "No assistance to the health establishment for its reports to the ARS"),
		Rationale: t("Un établissement de santé signale sans délai les incidents graves de sécurité de ses systèmes d'information à l'agence régionale de santé (portail de signalement des événements sanitaires indésirables, avec l'appui du CERT Santé) ; son prestataire doit l'alerter et l'aider à le faire.",
			"A health establishment reports serious information-system security incidents to the regional health agency without delay (national adverse-event reporting portal, supported by CERT Santé); its provider must alert it and help it do so."),
		Source:   "Code de la santé publique art. L.1111-8-2 [verify current procedure]",
		Presence: []*pas.Field{incHealthAlert},
		Check: func(c *pas.Check) {
			if c.Active(incHealthAlert, nil) && !c.Plan.Is(incHealthAlert) {
				c.Report(incHealthAlert, nil, t("le client est un établissement de santé et aucun engagement ne prévoit de l'alerter et de l'assister pour ses signalements à l'ARS",
					"the client is a health establishment and nothing commits to alert and assist it for its reports to the ARS"))
			}
		},
	},
	{
		ID: "INC-10", Severity: pas.Warning,
		Title: t("Alerte P1 trop tardive pour l'alerte précoce NIS 2", "P1 alert too late for the NIS 2 early warning"),
		Rationale: t("Le client soumis à NIS 2 doit adresser une alerte précoce au CSIRT national (CERT-FR, pas la CNIL) dans les 24 h : l'alerte du titulaire pour un incident P1 doit lui laisser ce temps.",
			"A client under NIS 2 must send an early warning to the national CSIRT (CERT-FR, not the CNIL) within 24 h: the provider's alert for a P1 incident must leave it that time."),
		Source: "NIS 2 Directive (EU) 2022/2555 art. 23(4)(a) [NIS2-23-A]; French transposition [time-sensitive]",
		Check: func(c *pas.Check) {
			p := c.Plan
			if !p.Is(incNIS2) {
				return
			}
			p1 := incLevel(p, "p1")
			switch {
			case p1 == nil:
				c.Report(incLevels, nil, t("NIS 2 s'applique mais aucun niveau P1 ne fixe de délai d'alerte du client", "NIS 2 applies but no P1 level sets a client notification delay"))
			case !p1.Get(incNotify).IsSet():
				c.Report(incNotify, p1, t("NIS 2 s'applique mais le niveau P1 ne fixe pas de délai d'alerte du client", "NIS 2 applies but level P1 sets no client notification delay"))
			case p1.Get(incNotify).Dur.Compare(incNIS2Early) >= 0:
				c.Report(incNotify, p1, pas.Textf("alerte du client sous %s pour un P1 : le client n'a plus le temps d'adresser l'alerte précoce NIS 2 dans les 24 h",
					"client alerted within %s for a P1: the client has no time left to send the NIS 2 early warning within 24 h", durText(p1.Get(incNotify).Dur)))
			}
		},
	},
}

// incBreachWords mark a level's definition as covering data breaches.
var incBreachWords = []string{"violation", "fuite", "breach", "leak", "exfiltration"}

// incBreachLevels returns the levels whose definition covers data
// breaches, or level P1 when none says so.
func incBreachLevels(p *pas.Plan) []*pas.Record {
	var out []*pas.Record
	for _, r := range p.Records(incLevels) {
		def := strings.ToLower(r.Str(incDefinition))
		for _, w := range incBreachWords {
			if strings.Contains(def, w) {
				out = append(out, r)
				break
			}
		}
	}
	if len(out) == 0 {
		if p1 := incLevel(p, "p1"); p1 != nil {
			out = append(out, p1)
		}
	}
	return out
}

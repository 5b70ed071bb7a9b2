package sections

import "github.com/pas-editor/pas/pas"

// Incident management: priority levels (the single place for response,
// restoration and client notification times), on-call contacts, personal
// data breaches, NIS 2, evidence, lessons learnt and exercises.
var (
	incLevelID = field("level", pas.KEnum, "Niveau", "Level", req,
		options(
			opt("p1", "P1", "P1"),
			opt("p2", "P2", "P2"),
			opt("p3", "P3", "P3"),
			opt("p4", "P4", "P4"),
		))
	incDefinition = field("definition", pas.KText, "Définition", "Definition", req,
		help("Critères du niveau : par exemple P1 pour un service arrêté ou une fuite de données avérée, P4 pour une gêne mineure.",
			"Criteria of the level: for instance P1 for a service down or a confirmed data leak, P4 for a minor inconvenience."))
	incResponse = field("response_time", pas.KDuration, "Délai de prise en charge", "Response time", req,
		help("Délai entre le signalement et le début du traitement (usage pour P1 : 30 min).", "Time from report to start of handling (practice for P1: 30 min)."))
	incRestoration = field("restoration_time", pas.KDuration, "Délai de rétablissement", "Restoration time", req,
		help("Délai de rétablissement du service, éventuellement par un contournement (usage pour P1 : 4 h).", "Time to restore the service, possibly through a workaround (practice for P1: 4 h)."))
	incNotify = field("client_notification", pas.KDuration, "Délai d'alerte du client", "Time to alert the client", req,
		help("Délai dans lequel le titulaire alerte le client d'un incident de sécurité de ce niveau (usage : P1 1 h, P2 4 h).",
			"Time within which the provider alerts the client of a security incident of this level (practice: P1 1 h, P2 4 h)."))
	incLevels = field("levels", pas.KList, "Niveaux de priorité des incidents", "Incident priority levels", req,
		help("Un niveau par ligne, de P1 (critique) à P4 (faible). Ces délais sont ceux de l'engagement de service.",
			"One level per row, from P1 (critical) to P4 (low). These times are those of the service commitment."),
		records("level", cols("definition", "response_time", "restoration_time", "client_notification"),
			incLevelID, incDefinition, incResponse, incRestoration, incNotify))

	incLevelsFrom = field("levels_from", pas.KEnum, "Point de départ des délais des niveaux", "Level times run from", since(2), req,
		help("Événement à partir duquel courent les délais de prise en charge, de rétablissement et d'alerte du client. Le RGPD et NIS 2 font courir les leurs dès la prise de connaissance : un délai qui attend la qualification de l'incident part plus tard.",
			"Event from which the response, restoration and client alert times run. The GDPR and NIS 2 start their clocks on awareness: a time that waits for the incident to be qualified starts later."),
		suggest("detection"),
		options(
			opt("detection", "Détection de l'incident par le titulaire ou son signalement, au premier des deux", "Detection by the provider or report, whichever comes first"),
			opt("client_report", "Signalement par le client", "Report by the client"),
			opt("qualification", "Qualification de l'incident par le titulaire", "Qualification of the incident by the provider"),
		))

	incContacts = field("contacts_24x7", pas.KRefs, "Contacts joignables 24/7", "Contacts reachable 24/7", req, ref("parties.contacts"),
		help("Contacts, déclarés dans les parties prenantes, à joindre à toute heure en cas d'incident ; usage : un par partie.",
			"Contacts, declared among the parties, to reach at any hour in an incident; practice: one per party."))
	incEvidence = field("evidence_preservation", pas.KLongText, "Préservation des preuves", "Evidence preservation", req,
		help("Comment les preuves (journaux, images disque, mémoire) sont collectées et conservées avant toute remédiation, et qui y a accès.",
			"How evidence (logs, disk images, memory) is collected and kept before any remediation, and who has access to it."))
	incPostReport = field("post_incident_report", pas.KDuration, "Délai du rapport post-incident", "Time to deliver the post-incident report", req,
		help("Délai de remise au client du rapport d'analyse (causes, impacts, actions correctives) ; usage : un mois, comme le rapport final NIS 2.",
			"Time to hand the client the analysis report (causes, impact, corrective actions); practice: one month, like the NIS 2 final report."),
		suggest("1mo"))
	incPostReportFrom = field("post_incident_report_from", pas.KEnum, "Point de départ du délai du rapport post-incident", "Post-incident report time runs from", since(2), req,
		help("Pour une entité NIS 2, le rapport final est dû un mois après la notification de l'incident, qui suit l'alerte : un rapport compté depuis la clôture peut arriver trop tard.",
			"For a NIS 2 entity, the final report is due one month after the incident notification, which follows the alert: a report counted from closure may come too late."),
		suggest("client_alert"),
		options(
			opt("client_alert", "Alerte du client", "Alert to the client"),
			opt("restoration", "Rétablissement du service", "Restoration of the service"),
			opt("closure", "Clôture de l'incident", "Closure of the incident"),
		))
	incExercise = field("exercise_frequency", pas.KDuration, "Fréquence des exercices de crise", "Crisis exercise frequency", every, req,
		help("Intervalle entre deux exercices de gestion d'incident ou de crise (usage : douze mois).",
			"Interval between two incident or crisis exercises (practice: twelve months)."),
		suggest("12mo"))
	incNIS2 = field("nis2_applicable", pas.KBool, "Notification NIS 2 applicable", "NIS 2 notification applies", req,
		help("Oui lorsque le client ou le titulaire est une entité essentielle ou importante au sens de NIS 2 : alerte précoce au CSIRT national (CERT-FR) sous 24 h, notification sous 72 h, rapport final sous un mois.",
			"Yes when the client or the provider is an essential or important entity under NIS 2: early warning to the national CSIRT (CERT-FR) within 24 h, notification within 72 h, final report within one month."))
	incHealthAlert = field("health_serious_incidents", pas.KBool, "Alerte et assistance pour le signalement des incidents graves à l'ARS", "Alert and assistance for reporting serious incidents to the ARS", req,
		when(func(p *pas.Plan, _ *pas.Record) bool { return buyer(p, "health_establishment") }),
		help("Oui si le titulaire s'engage à alerter sans délai l'établissement de santé et à l'assister pour son signalement des incidents graves de sécurité des systèmes d'information à l'ARS (portail de signalement des événements sanitaires indésirables, avec l'appui du CERT Santé).",
			"Yes when the provider commits to alert the health establishment without delay and to assist it in reporting serious information-system incidents to the regional health agency (national adverse-event reporting portal, supported by CERT Santé)."))

	incBreachDelay = field("breach.to_controller", pas.KDuration, "Délai de notification au responsable de traitement, à compter de la prise de connaissance de la violation", "Time to notify the controller, from becoming aware of the breach", req,
		when(func(p *pas.Plan, _ *pas.Record) bool { return personalData(p) }),
		help("Le RGPD demande au sous-traitant d'informer le responsable de traitement dans les meilleurs délais après avoir pris connaissance d'une violation (art. 33(2)), sans fixer d'heures ; les 72 h du responsable courent de sa propre prise de connaissance. L'usage contractuel est de 24 h au plus.",
			"The GDPR asks the processor to inform the controller without undue delay after becoming aware of a breach (art. 33(2)), without a number of hours; the controller's 72 h run from its own awareness. Contract practice is 24 h at most."),
		suggest("24h"))
	incTemplate = field("breach.notification_content", pas.KSet, "Contenu de la notification de violation", "Breach notification content", req,
		when(func(p *pas.Plan, _ *pas.Record) bool { return personalData(p) }),
		help("Éléments que la notification au responsable de traitement contient ; l'article 33(3) du RGPD les demande tous.",
			"Items the notification to the controller contains; GDPR article 33(3) asks for all of them."),
		suggest("[nature, subjects, records, dpo_contact, consequences, measures]"),
		options(
			opt("nature", "Nature de la violation", "Nature of the breach"),
			opt("subjects", "Catégories et nombre approximatif de personnes concernées", "Categories and approximate number of data subjects"),
			opt("records", "Catégories et nombre approximatif d'enregistrements concernés", "Categories and approximate number of records"),
			opt("dpo_contact", "Coordonnées du DPO ou d'un autre point de contact", "Contact details of the DPO or another contact point"),
			opt("consequences", "Conséquences probables", "Likely consequences"),
			opt("measures", "Mesures prises ou envisagées", "Measures taken or proposed"),
		))
	incRegister = field("breach.register", pas.KBool, "Registre des violations tenu et mis à disposition du client", "Breach register kept and shown to the client", req,
		when(func(p *pas.Plan, _ *pas.Record) bool { return personalData(p) }),
		help("Oui si le titulaire consigne toutes les violations, y compris celles qui ne sont pas notifiées, et met ce registre à disposition du client.",
			"Yes when the provider records every breach, including those not notified, and makes the register available to the client."),
		suggest("true"))
)

func init() {
	register(&pas.Section{
		ID:    "incident",
		Title: t("Gestion des incidents et notification des violations", "Incident management and breach notification"),
		Short: t("Incidents, violations", "Incidents, breaches"),
		Intro: t("Ce chapitre décrit les niveaux de priorité des incidents et leurs délais, les contacts d'astreinte, la notification des violations de données personnelles et des incidents NIS 2, la préservation des preuves, le retour d'expérience et les exercices.",
			"This chapter describes incident priority levels and their times, on-call contacts, notification of personal data breaches and NIS 2 incidents, evidence preservation, lessons learnt and exercises."),
		Who: pas.WhoProvider,
		Fields: fields(incLevels, incLevelsFrom, incContacts, incEvidence, incPostReport, incPostReportFrom, incExercise, incNIS2, incHealthAlert,
			incBreachDelay, incTemplate, incRegister),
		Groups: []pas.Group{
			group("breach", "Violations de données personnelles", "Personal data breaches"),
		},
		Controls: []string{"5.5", "5.24", "5.25", "5.26", "5.27", "5.28", "6.8"},
		SOC2:     []string{"CC7"},
		Rules:    incidentRules,

		Vocabulary: incidentVocabulary,
	})
}

// incLevel returns the first priority level with this code (p1…p4), or nil.
func incLevel(p *pas.Plan, code string) *pas.Record {
	for _, r := range p.Records(incLevels) {
		if r.Str(incLevelID) == code {
			return r
		}
	}
	return nil
}

// Which change of this chapter's values is stricter for the client (pas diff).
func init() {
	stricter(pas.Less, incResponse, incRestoration, incNotify, incPostReport, incExercise, incBreachDelay)
	stricter(pas.More, incHealthAlert, incTemplate, incRegister)
}

// incidentVocabulary lists the words buyers' requirement grids use for this chapter.
var incidentVocabulary = []pas.Term{
	words("incident*", "incidents de sécurité", "gestion des incidents", "incident de sécurité", "security incident*", "incident management", "incident response", "crise", "crisis", "cellule de crise", "astreinte", "on-call"),
	words("violation de données", "violations de données", "violation de données à caractère personnel", "fuite de données", "data breach", "personal data breach", "breach*", "notification", "notifié*", "notifiée", "notify", "notified", "signalement", "signaler"),
	words("preuve*", "éléments de preuve", "traces et éléments de preuve", "forensic*", "investigation", "evidence", "rapport d'incident", "rapport post-incident", "post-incident", "post-mortem", "retour d'expérience", "RETEX", "ARS", "incidents graves", "CERT Santé", "ANSSI", "NIS 2", "NIS2"),
	about(incBreachDelay, pas.AtMost, "violation de données", "violations de données", "violation de données à caractère personnel", "data breach", "personal data breach", "notifiée", "notifié", "notify", "notified"),
	about(incResponse, pas.AtMost, "pris en charge", "prise en charge", "délai de prise en charge", "temps de réponse", "response time", "responded to", "acknowledged"),
	about(incRestoration, pas.AtMost, "délai de rétablissement", "rétablissement", "résolution", "resolution time", "restoration time", "resolved"),
	about(incPostReport, pas.AtMost, "rapport d'incident", "rapport post-incident", "post-incident report", "incident report"),
	about(incExercise, pas.AtMost, "exercice de crise", "exercices de crise", "crisis exercise*", "incident response exercise*"),
}

// The chapter in the provider's voice.
func init() {
	prose("incident",
		choice(incLevelsFrom, []answer{
			on("detection", "Les délais des niveaux de priorité courent à compter de la détection de l'incident par le titulaire ou de son signalement, au premier des deux.", "The times of the priority levels run from the provider's detection of the incident or its report, whichever comes first."),
			on("client_report", "Les délais des niveaux de priorité courent à compter du signalement de l'incident par le client.", "The times of the priority levels run from the client's report of the incident."),
			on("qualification", "Les délais des niveaux de priorité courent à compter de la qualification de l'incident par le titulaire.", "The times of the priority levels run from the provider's qualification of the incident."),
		}),
		listing(incContacts, "Sont joignables 24 h/24 et 7 j/7 : {1}.", "The following can be reached around the clock: {1}.",
			"Aucun contact joignable 24 h/24 n'est déclaré.", "No contact reachable around the clock is declared."),
		worded(para(say("{p} {do:remettre|remet} un rapport post-incident sous {1} à compter {2}.", "{p} {do:deliver|delivers} a post-incident report within {1} of {2}.",
			incPostReport, incPostReportFrom)), incPostReportFrom,
			on("client_alert", "de l'alerte du client", "the alert to the client"),
			on("restoration", "du rétablissement du service", "the restoration of the service"),
			on("closure", "de la clôture de l'incident", "the closure of the incident")),
		say("Un exercice de crise est organisé {1}.", "A crisis exercise is held {1}.", incExercise),
		yesNo(incNIS2, "Les obligations de notification de la directive NIS 2 s'appliquent à la prestation.", "The NIS 2 notification duties apply to the service.",
			"Les obligations de notification de la directive NIS 2 ne s'appliquent pas à la prestation.", "The NIS 2 notification duties do not apply to the service."),
		yesNo(incHealthAlert,
			"{p} {do:alerter|alerte} le client de tout incident grave et {and:l'assister|l'assiste} pour le signaler à l'ARS.", "{p} {do:alert|alerts} the client to any serious incident and {and:help|helps} it report the incident to the ARS.",
			"Le titulaire n'assiste pas le client pour le signalement des incidents graves à l'ARS.", "The provider does not help the client report serious incidents to the ARS."),

		say("{p} {do:notifier|notifie} au responsable de traitement toute violation de données personnelles sous {1} à compter de sa prise de connaissance.",
			"{p} {do:notify|notifies} the controller of any personal data breach within {1} of becoming aware of it.", incBreachDelay),
		worded(listing(incTemplate, "La notification précise {1}.", "The notification states {1}.",
			"Le contenu de la notification n'est pas précisé.", "The content of the notification is not specified."), incTemplate,
			on("nature", "la nature de la violation", "the nature of the breach"),
			on("subjects", "les catégories et le nombre approximatif de personnes concernées", "the categories and approximate number of data subjects"),
			on("records", "les catégories et le nombre approximatif d'enregistrements concernés", "the categories and approximate number of records"),
			on("dpo_contact", "les coordonnées du DPO ou d'un autre point de contact", "the contact details of the DPO or another contact point"),
			on("consequences", "les conséquences probables", "the likely consequences"),
			on("measures", "les mesures prises ou envisagées", "the measures taken or proposed")),
		yesNo(incRegister, "Un registre des violations, y compris celles qui ne sont pas notifiées, est tenu et mis à la disposition du client.", "A register of breaches, including those not notified, is kept and made available to the client.",
			"Aucun registre des violations n'est mis à la disposition du client.", "No breach register is made available to the client."),
	)
}

package sections

import "github.com/pas-editor/pas/pas"

// Session security and connection logs: domain reference S10, with the
// client's access to the logs that concern it (cross-cutting item of §1b).
var (
	sesIdleTimeout = field("idle_timeout", pas.KDuration, "Verrouillage des sessions d'administration et sensibles après inactivité", "Idle lock of administration and sensitive sessions", req,
		help("Durée d'inactivité au-delà de laquelle la personne doit s'authentifier à nouveau.",
			"Idle time after which the person must authenticate again."),
		suggest("15min"))
	sesMaxLifetime = field("max_lifetime", pas.KDuration, "Durée maximale d'une session", "Maximum session lifetime",
		help("Au-delà, la session est fermée même si elle est active.", "Beyond it the session is closed even when active."),
		suggest("12h"))
	sesReauth = field("reauth_sensitive_ops", pas.KBool, "Ré-authentification avant les opérations sensibles", "Re-authentication before sensitive operations",
		suggest("true"))

	sesLockout = field("lockout.enabled", pas.KBool, "Blocage après des échecs répétés", "Lockout after repeated failures", req,
		help("Oui si les tentatives d'authentification infructueuses sont limitées (blocage ou délai croissant).",
			"Yes when failed authentication attempts are restricted (lockout or increasing delay)."),
		suggest("true"))
	sesLockoutAttempts = field("lockout.attempts", pas.KInt, "Nombre d'échecs avant blocage", "Failures before lockout", unit("tentatives", "attempts"), bounds(1, 100),
		when(sesLockoutOn), suggest("5"))
	sesLockoutDuration = field("lockout.duration", pas.KDuration, "Durée du blocage", "Lockout duration",
		help("Pour un délai croissant, indiquez le premier palier.", "For an increasing delay, give the first step."),
		when(sesLockoutOn))

	sesLogFields = field("logs.fields", pas.KSet, "Informations journalisées", "Information logged", req,
		help("Ce que contient chaque trace de connexion et d'action.", "What each connection and action record holds."),
		suggest("[user_id, login_ts, logout_ts, source_ip, result, action, object_ref, privilege_level]"),
		options(
			opt("user_id", "Identifiant de la personne", "User identifier"),
			opt("login_ts", "Date et heure de connexion", "Login date and time"),
			opt("logout_ts", "Date et heure de déconnexion", "Logout date and time"),
			opt("source_ip", "Adresse IP d'origine", "Source IP address"),
			opt("result", "Résultat (succès ou échec)", "Result (success or failure)"),
			opt("action", "Action réalisée", "Action performed"),
			opt("object_ref", "Objet ou donnée concernés", "Object or data concerned"),
			opt("privilege_level", "Niveau de privilège", "Privilege level"),
		))
	sesRetention = field("logs.retention", pas.KDuration, "Durée de conservation des journaux, à compter de leur enregistrement", "Log retention, from recording", req,
		help("La CNIL recommande de six mois à un an pour les journaux de traçabilité des accès.",
			"The CNIL recommends six months to one year for access traceability logs."),
		suggest("12mo"))
	sesJustification = field("logs.retention_justification", pas.KEnum, "Motif d'une durée hors de la plage usuelle", "Reason for a retention outside the usual range",
		help("À renseigner lorsque la durée de conservation sort de la plage usuelle (six mois à un an par défaut).",
			"To give when the retention falls outside the usual range (six months to one year by default)."),
		when(func(p *pas.Plan, _ *pas.Record) bool { return sesRetentionOutside(p) }),
		options(
			opt("none", "Aucun", "None"),
			opt("internal_control", "Contrôle interne (risque démontré)", "Internal control (demonstrated risk)"),
			opt("legal_obligation", "Obligation légale", "Legal obligation"),
			opt("specific_threat", "Menace particulière", "Specific threat"),
		))
	sesJustificationText = field("logs.retention_justification_details", pas.KLongText, "Justification détaillée", "Detailed justification",
		when(func(p *pas.Plan, _ *pas.Record) bool {
			return sesRetentionOutside(p) && p.Get(sesJustification).IsSet() && p.Str(sesJustification) != "none"
		}))
	sesMainRetention = field("logs.main_processing_retention", pas.KDuration, "Conservation des données du traitement principal", "Retention of the main processing's data",
		help("Durée de conservation des données de l'application elle-même ; elle conditionne ce que les journaux peuvent contenir.",
			"Retention of the application's own data; it bounds what the logs may hold."))
	sesLogsHoldPD = field("logs.contains_main_processing_pd", pas.KBool, "Les journaux contiennent des données personnelles du traitement principal", "Logs hold personal data of the main processing",
		suggest("false"))
	sesIntegrity = field("logs.integrity", pas.KSet, "Protection des journaux", "Log protection", req,
		suggest("[segregated_storage, timestamping, signing]"),
		options(
			opt("segregated_storage", "Stockage séparé du système journalisé", "Storage apart from the logged system"),
			opt("append_only", "Écriture seule pour l'application", "Write-only for the application"),
			opt("timestamping", "Horodatage", "Time-stamping"),
			opt("signing", "Signature ou scellement", "Signing or sealing"),
			opt("worm", "Support non réinscriptible (WORM)", "Write-once media (WORM)"),
		))
	sesTimeSource = field("logs.time_source", pas.KEnum, "Synchronisation des horloges", "Clock synchronisation", req,
		suggest("ntp_internal"),
		options(
			opt("ntp_internal", "NTP interne", "Internal NTP"),
			opt("ntp_public", "NTP public", "Public NTP"),
			opt("ptp", "PTP", "PTP"),
			opt("none", "Aucune", "None"),
		))
	sesReview = field("logs.review", pas.KEnum, "Analyse des journaux", "Log analysis",
		suggest("realtime_siem"),
		options(
			opt("realtime_siem", "En continu (SIEM)", "Continuous (SIEM)"),
			opt("daily", "Quotidienne", "Daily"),
			opt("weekly", "Hebdomadaire", "Weekly"),
			opt("on_incident", "Sur incident seulement", "On incident only"),
		))
	sesPurposes = field("logs.purposes", pas.KSet, "Finalités de l'exploitation des journaux", "Purposes the logs are used for",
		help("Usages faits des journaux de connexion ; la CNIL met en garde contre leur détournement à d'autres fins que la sécurité.",
			"Uses made of the connection logs; the CNIL warns against diverting them to purposes other than security."),
		suggest("[security]"),
		options(
			opt("security", "Sécurité : détection et analyse des incidents", "Security: detecting and investigating incidents"),
			opt("operations", "Exploitation et diagnostic technique", "Operations and troubleshooting"),
			opt("usage_statistics", "Statistiques d'usage", "Usage statistics"),
			opt("billing", "Facturation", "Billing"),
			opt("staff_monitoring", "Contrôle de l'activité des personnels", "Monitoring of staff activity"),
		))
	sesClientAccess = field("logs.client_access", pas.KEnum, "Mise à disposition du client des journaux qui le concernent", "Client access to the logs concerning it", req,
		suggest("on_request"),
		options(
			opt("none", "Aucune", "None"),
			opt("on_request", "Sur demande", "On request"),
			opt("portal", "Consultation en ligne", "Online console"),
			opt("export_stream", "Export ou flux vers les outils du client", "Export or feed into the client's tools"),
		))
	sesClientDelay = field("logs.client_access_delay", pas.KDuration, "Délai de communication sur demande", "Time to hand over on request",
		when(func(p *pas.Plan, _ *pas.Record) bool { return p.Str(sesClientAccess) == "on_request" }))
)

// sesLockoutOn switches the lockout details on unless lockout is declined.
func sesLockoutOn(p *pas.Plan, _ *pas.Record) bool { return !p.IsNot(sesLockout) }

func init() {
	register(&pas.Section{
		ID:    "session",
		Title: t("Sécurité des sessions et journaux de connexion", "Session security and connection logs"),
		Short: t("Sessions et journaux", "Sessions and logs"),
		Intro: t("Ce chapitre décrit comment les sessions sont verrouillées et limitées, et comment les journaux de connexion sont constitués, protégés, conservés, analysés et mis à la disposition du client.",
			"This chapter describes how sessions are locked and limited, and how connection logs are built, protected, retained, analysed and made available to the client."),
		Who: pas.WhoProvider,
		Fields: fields(sesIdleTimeout, sesMaxLifetime, sesReauth,
			sesLockout, sesLockoutAttempts, sesLockoutDuration,
			sesLogFields, sesRetention, sesJustification, sesJustificationText, sesMainRetention, sesLogsHoldPD,
			sesIntegrity, sesTimeSource, sesReview, sesPurposes, sesClientAccess, sesClientDelay),
		Groups: []pas.Group{
			group("lockout", "Blocage des comptes", "Account lockout"),
			group("logs", "Journaux de connexion", "Connection logs"),
		},
		Controls: []string{"8.5", "8.15", "8.16", "8.17", "5.28", "5.33"},
		SOC2:     []string{"CC6"},
		Rules:    sessionRules,

		Vocabulary: sessionVocabulary,
	})
}

// Which change of this chapter's values is stricter for the client (pas diff).
func init() {
	stricter(pas.Less, sesIdleTimeout, sesMaxLifetime, sesLockoutAttempts, sesPurposes, sesClientDelay)
	stricter(pas.More, sesReauth, sesLockout, sesLockoutDuration, sesLogFields, sesIntegrity)
	// Security wants logs kept longer, data minimisation shorter: inside the
	// policy's range no change is stricter; outside it is flagged.
	stricter(pas.Neither, sesRetention, sesMainRetention)
	bounded(sesRetention, func(p *pas.Plan) (lo, hi *pas.Value) {
		return p.PolicyValue(sesRetentionMin.ID), p.PolicyValue(sesRetentionMax.ID)
	})
	ranked(sesReview, "on_incident", "weekly", "daily", "realtime_siem")
	ranked(sesClientAccess, "none", "on_request", "portal", "export_stream")
}

// sessionVocabulary lists the words buyers' requirement grids use for this chapter.
var sessionVocabulary = []pas.Term{
	words("session*", "verrouillage de session", "verrouillé*", "déconnexion automatique", "inactivité", "inactive*", "session timeout", "idle", "inactivity", "lockout", "locked out", "tentatives", "échecs d'authentification", "authentification infructueuse*", "tentatives d'authentification", "failed login*", "failed attempts"),
	words("journal", "journaux", "journalis*", "traces", "trace*", "logs", "log", "logging", "audit trail*", "event log*", "horodat*", "timestamp*", "source de temps", "NTP", "time source", "intègre*", "inaltérable*", "tamper*"),
	words("journaux de connexion", "traces de connexion", "connection logs", "journaux d'accès", "access logs"),
	about(sesRetention, pas.AtLeast, "conservation des journaux", "conservés", "conservées", "conservation", "durée de conservation", "rétention", "retained", "retention", "kept for", "stored for"),
	about(sesIdleTimeout, pas.AtMost, "inactivité", "inactives", "sessions inactives", "idle", "inactivity"),
	about(sesLockoutAttempts, pas.AtMost, "tentatives", "essais", "attempts", "échecs"),
	about(sesClientDelay, pas.AtMost, "sur simple demande", "mis à disposition", "met à disposition", "communiqués", "on request", "made available"),
	about(sesReview, pas.NoBound, "SIEM", "corrélés", "corrélation", "analyse des journaux", "log analysis", "log review", "correlat*"),
}

// The chapter in the provider's voice.
func init() {
	prose("session",
		say("Les sessions d'administration et les sessions sensibles se verrouillent après {1} d'inactivité.", "Administration and sensitive sessions lock after {1} of inactivity.", sesIdleTimeout),
		say("Une session dure au plus {1}.", "A session lasts {1} at most.", sesMaxLifetime),
		yesNo(sesReauth,
			"Une nouvelle authentification est demandée avant toute opération sensible.", "Users authenticate again before any sensitive operation.",
			"Aucune nouvelle authentification n'est demandée avant les opérations sensibles.", "No new authentication is asked before sensitive operations."),

		yesNo(sesLockout,
			"Après des échecs d'authentification répétés, le compte est bloqué[ au bout de {1} infructueuses][, pendant {2}].", "After repeated authentication failures, the account is locked[ once {1} have failed][, for {2}].",
			"Les échecs d'authentification répétés ne bloquent pas le compte.", "Repeated authentication failures do not lock the account.", sesLockoutAttempts, sesLockoutDuration),

		worded(listing(sesLogFields, "Chaque connexion est journalisée avec {1}.", "Each connection is logged with {1}.",
			"Aucune information n'est journalisée.", "No information is logged."), sesLogFields,
			on("user_id", "l'identifiant de la personne", "the user identifier"),
			on("login_ts", "la date et l'heure de connexion", "the login date and time"),
			on("logout_ts", "la date et l'heure de déconnexion", "the logout date and time"),
			on("source_ip", "l'adresse IP d'origine", "the source IP address"),
			on("result", "le résultat (succès ou échec)", "the result (success or failure)"),
			on("action", "l'action réalisée", "the action performed"),
			on("object_ref", "l'objet ou la donnée concernés", "the object or data concerned"),
			on("privilege_level", "le niveau de privilège", "the privilege level")),
		say("Les journaux de connexion sont conservés {1} à compter de leur enregistrement.", "Connection logs are kept for {1} from recording.", sesRetention),
		choice(sesJustification, []answer{
			on("none", "Cette durée, hors de la plage usuelle, ne repose sur aucun motif particulier.", "This retention, outside the usual range, rests on no particular reason."),
			on("internal_control", "Cette durée, hors de la plage usuelle, se justifie par un risque démontré (contrôle interne).", "This retention, outside the usual range, is justified by a demonstrated risk (internal control)."),
			on("legal_obligation", "Cette durée, hors de la plage usuelle, répond à une obligation légale.", "This retention, outside the usual range, meets a legal obligation."),
			on("specific_threat", "Cette durée, hors de la plage usuelle, se justifie par une menace particulière.", "This retention, outside the usual range, is justified by a specific threat."),
		}),
		say("Les données du traitement principal sont conservées {1}.", "The main processing's data is kept for {1}.", sesMainRetention),
		yesNo(sesLogsHoldPD,
			"Les journaux contiennent des données personnelles du traitement principal.", "The logs hold personal data of the main processing.",
			"Les journaux ne contiennent pas de données personnelles du traitement principal.", "The logs hold no personal data of the main processing."),
		worded(listing(sesIntegrity, "Les journaux sont protégés par {1}.", "The logs are protected by {1}.",
			"Les journaux ne bénéficient d'aucune protection particulière.", "The logs have no particular protection."), sesIntegrity,
			on("segregated_storage", "un stockage séparé du système journalisé", "storage apart from the logged system"),
			on("append_only", "une écriture seule pour l'application", "write-only access for the application"),
			on("timestamping", "un horodatage", "time-stamping"),
			on("signing", "une signature ou un scellement", "signing or sealing"),
			on("worm", "un support non réinscriptible (WORM)", "write-once media (WORM)")),
		choice(sesTimeSource, []answer{
			on("ntp_internal", "Les horloges sont synchronisées sur un serveur NTP interne.", "Clocks are synchronised with an internal NTP server."),
			on("ntp_public", "Les horloges sont synchronisées sur des serveurs NTP publics.", "Clocks are synchronised with public NTP servers."),
			on("ptp", "Les horloges sont synchronisées par PTP.", "Clocks are synchronised by PTP."),
			on("none", "Les horloges ne sont pas synchronisées.", "Clocks are not synchronised."),
		}),
		choice(sesReview, []answer{
			on("realtime_siem", "Les journaux sont analysés en continu par un SIEM.", "Logs are analysed continuously by a SIEM."),
			on("daily", "Les journaux sont analysés chaque jour.", "Logs are analysed every day."),
			on("weekly", "Les journaux sont analysés chaque semaine.", "Logs are analysed every week."),
			on("on_incident", "Les journaux ne sont analysés qu'en cas d'incident.", "Logs are analysed only when an incident occurs."),
		}),
		worded(listing(sesPurposes, "Les journaux sont exploités pour {1}.", "The logs are used for {1}.",
			"Aucune finalité d'exploitation des journaux n'est déclarée.", "No purpose is declared for using the logs."), sesPurposes,
			on("security", "la sécurité (détection et analyse des incidents)", "security (detecting and investigating incidents)"),
			on("operations", "les besoins d'exploitation (diagnostic technique)", "operations (troubleshooting)"),
			on("usage_statistics", "les statistiques d'usage", "usage statistics"),
			on("billing", "la facturation", "billing"),
			on("staff_monitoring", "le contrôle de l'activité des personnels", "monitoring of staff activity")),
		choice(sesClientAccess, []answer{
			on("none", "Les journaux qui concernent le client ne lui sont pas communiqués.", "The logs concerning the client are not made available to it."),
			on("on_request", "Les journaux qui concernent le client lui sont communiqués sur demande[, sous {1}].", "The logs concerning the client are handed to it on request[, within {1}]."),
			on("portal", "Le client consulte en ligne les journaux qui le concernent.", "The client consults the logs concerning it online."),
			on("export_stream", "Les journaux qui concernent le client sont exportés ou transmis en flux vers ses outils.", "The logs concerning the client are exported or streamed into its tools."),
		}, sesClientDelay),
	)
}

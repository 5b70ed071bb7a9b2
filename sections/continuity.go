package sections

import (
	"github.com/pas-editor/pas/pas"
	"github.com/pas-editor/pas/pas/doc"
)

// Continuity: prevention and monitoring, backups, business continuity and
// disaster recovery (PCA/PRA), availability commitment and data
// reconstitution. Incident response and restoration times live in the
// incident priority levels; patch deadlines in the vulnerability chapter.
var (
	cntMonHours = field("monitoring.hours", pas.KEnum, "Plage de supervision", "Monitoring hours", req,
		help("Plage pendant laquelle la plateforme est supervisée et les alertes traitées. Usage : 24/7 lorsque le besoin de disponibilité est élevé (3) ou très élevé (4).",
			"Hours during which the platform is monitored and alerts are handled. Practice: 24/7 when the availability need is high (3) or very high (4)."),
		options(
			opt("24x7", "24 h/24, 7 j/7", "24/7"),
			opt("extended", "Heures étendues", "Extended hours"),
			opt("business_hours", "Heures ouvrées", "Business hours"),
		))
	cntMonScope = field("monitoring.scope", pas.KSet, "Objets supervisés", "What is monitored", req,
		help("Ce que la supervision surveille et sur quoi elle alerte. Les événements de sécurité supposent un outil de collecte et de corrélation (SIEM) ou un service de SOC, déclaré au chapitre des outils.",
			"What monitoring watches and alerts on. Security events imply a collection and correlation tool (SIEM) or a SOC service, declared in the tools chapter."),
		options(
			opt("availability", "Disponibilité des services", "Service availability"),
			opt("performance", "Performances", "Performance"),
			opt("capacity", "Capacité (stockage, calcul, réseau)", "Capacity (storage, compute, network)"),
			opt("backups", "Bon déroulement des sauvegardes", "Backup completion"),
			opt("security_events", "Événements de sécurité", "Security events"),
		))
	cntPrevention = field("monitoring.prevention", pas.KLongText, "Mesures de prévention", "Preventive measures",
		help("Gestion de la capacité, maintenance préventive, redondance des composants, tests de bascule : ce qui évite l'incident avant d'avoir à le traiter.",
			"Capacity management, preventive maintenance, component redundancy, failover tests: what avoids an incident before it has to be handled."))

	cntBackupByProvider = field("backup.by_provider", pas.KBool, "Sauvegardes assurées par le titulaire", "Backups performed by the provider", req,
		help("Oui lorsque le titulaire ou ses sous-traitants sauvegardent les données du client ; non lorsque le client en garde la charge (les questions sur les sauvegardes disparaissent alors).",
			"Yes when the provider or its subcontractors back up the client's data; no when the client keeps that duty (the backup questions then disappear)."),
		suggest("true"))
	cntBackupFreq = field("backup.frequency", pas.KDuration, "Fréquence des sauvegardes", "Backup frequency", every, req, when(cntBackupOn),
		help("Intervalle entre deux sauvegardes ; il doit être compatible avec le RPO (PDMA).", "Interval between two backups; it must fit the RPO."),
		suggest("24h"))
	cntBackupTypes = field("backup.types", pas.KSet, "Types de sauvegarde", "Backup types", req, when(cntBackupOn),
		help("Usage : une complète par semaine et une incrémentale par jour. « Continue » couvre la journalisation des transactions, la restauration à un instant donné et la réplication continue.",
			"Practice: a weekly full and a daily incremental backup. \"Continuous\" covers transaction logging, point-in-time restore and continuous replication."),
		suggest("[full, incremental]"),
		options(
			opt("full", "Complète", "Full"),
			opt("incremental", "Incrémentale", "Incremental"),
			opt("differential", "Différentielle", "Differential"),
			opt("snapshot", "Instantané", "Snapshot"),
			opt("continuous", "Continue (restauration à un instant donné)", "Continuous (point-in-time restore)"),
		))
	cntBackupRetention = field("backup.retention", pas.KDuration, "Durée de conservation de chaque sauvegarde", "Retention of each backup", req, when(cntBackupOn),
		help("Durée pendant laquelle une sauvegarde reste restaurable (usage : 30 jours).", "How long a backup stays restorable (practice: 30 days)."),
		suggest("30d"))
	cntBackupCopies = field("backup.copies", pas.KInt, "Nombre de copies", "Number of copies", when(cntBackupOn), bounds(1, 10),
		help("Règle 3-2-1 : trois copies, sur deux supports différents, dont une hors site.", "3-2-1 rule: three copies, on two different media, one of them off site."),
		suggest("3"))
	cntBackupMedia     = field("backup.media_types", pas.KInt, "Types de supports", "Media types", when(cntBackupOn), bounds(1, 10), suggest("2"))
	cntBackupOffsite   = field("backup.offsite_copies", pas.KInt, "Copies hors site", "Off-site copies", when(cntBackupOn), bounds(0, 10), suggest("1"))
	cntBackupImmutable = field("backup.immutable_or_offline", pas.KBool, "Copie hors ligne ou immuable", "Offline or immutable copy", req, when(cntBackupOn),
		help("Au moins une copie qu'un attaquant ayant pris la main sur la production ne peut ni chiffrer ni effacer.",
			"At least one copy that an attacker in control of production can neither encrypt nor erase."),
		suggest("true"))
	cntBackupSites = field("backup.sites", pas.KRefs, "Sites de sauvegarde", "Backup sites", req, when(cntBackupOn), ref("datacenter.sites"),
		help("Sites, déclarés au chapitre de la localisation, qui hébergent les copies de sauvegarde ; au moins un distinct du site de production.",
			"Sites, declared in the location chapter, that hold the backup copies; at least one apart from the production site."))
	cntBackupEncrypted = field("backup.encrypted", pas.KBool, "Sauvegardes chiffrées", "Backups encrypted", req, when(cntBackupOn), suggest("true"))
	cntRestoreFreq     = field("backup.restore_test_frequency", pas.KDuration, "Fréquence des tests de restauration", "Restore test frequency", every, req, when(cntBackupOn),
		help("Intervalle maximal entre deux tests de restauration (usage : trois mois pour les données critiques, douze mois au plus sinon).",
			"Longest interval between two restore tests (practice: three months for critical data, twelve months at most otherwise)."))
	cntLastRestore   = field("backup.last_restore_test", pas.KDate, "Dernier test de restauration", "Last restore test", req, when(cntBackupOn))
	cntRestoreReport = field("backup.restore_test_report", pas.KBool, "Procès-verbal signé des tests de restauration", "Signed restore test report", req, when(cntBackupOn),
		help("Oui si chaque test de restauration donne lieu à un procès-verbal signé, remis au client.",
			"Yes when each restore test produces a signed report handed to the client."))

	cntRPO = field("bcp.rpo", pas.KDuration, "RPO (PDMA)", "Recovery point objective (RPO)", req,
		help("Perte de données maximale admissible : ancienneté maximale des données restaurées après un sinistre. Usage selon le besoin de disponibilité : D1 72 h, D2 24 h, D3 4 h, D4 1 h.",
			"Maximum tolerable data loss: how old the restored data may be after a disaster. Practice by availability need: A1 72 h, A2 24 h, A3 4 h, A4 1 h."))
	cntRTO = field("bcp.rto", pas.KDuration, "RTO (DMIA)", "Recovery time objective (RTO)", req,
		help("Durée maximale d'interruption admissible : délai de remise en service après un sinistre. Usage selon le besoin de disponibilité : D1 72 h, D2 24 h, D3 4 h, D4 1 h.",
			"Maximum tolerable downtime: time to restore service after a disaster. Practice by availability need: A1 72 h, A2 24 h, A3 4 h, A4 1 h."))
	cntArchitecture = field("bcp.architecture", pas.KEnum, "Architecture de redondance", "Redundancy architecture", req,
		help("Usage : actif-passif au moins lorsque le besoin de disponibilité est élevé (3) ou très élevé (4).",
			"Practice: active-passive at least when the availability need is high (3) or very high (4)."),
		options(
			opt("single_site", "Site unique", "Single site"),
			opt("active_passive", "Actif-passif (site de secours)", "Active-passive (recovery site)"),
			opt("active_active", "Actif-actif", "Active-active"),
			opt("multi_region", "Multi-région", "Multi-region"),
		))
	cntDRPlan = field("bcp.plan", pas.KLongText, "Plan de continuité et de reprise (PCA/PRA)", "Continuity and recovery plan",
		help("Scénarios couverts, procédure de bascule et de retour, rôles, communication avec le client.",
			"Scenarios covered, failover and failback procedure, roles, communication with the client."))
	cntDRTestFreq = field("bcp.dr_test_frequency", pas.KDuration, "Fréquence des tests du PRA", "Disaster recovery test frequency", every, req,
		help("Intervalle maximal entre deux exercices de reprise (usage : douze mois).", "Longest interval between two recovery exercises (practice: twelve months)."),
		suggest("12mo"))
	cntLastDRTest = field("bcp.last_dr_test", pas.KDate, "Dernier test du PRA", "Last disaster recovery test", req)

	cntAvailability = field("sla.availability", pas.KPercent, "Disponibilité garantie", "Guaranteed availability", req,
		help("Taux de disponibilité contractuel (usage : 99,9 % par mois, 24/7, pour un besoin de disponibilité élevé). Indisponibilité admise sur un mois de 30 jours : 99,5 % → 3 h 36 min ; 99,9 % → 43 min ; 99,95 % → 22 min ; 99,99 % → 4 min.",
			"Contractual availability rate (practice: 99.9% per month, 24/7, for a high availability need). Downtime allowed over a 30-day month: 99.5% → 3 h 36 min; 99.9% → 43 min; 99.95% → 22 min; 99.99% → 4 min."))
	cntWindow = field("sla.window", pas.KEnum, "Période de mesure", "Measurement window", req, suggest("monthly"),
		options(
			opt("monthly", "Mensuelle", "Monthly"),
			opt("quarterly", "Trimestrielle", "Quarterly"),
			opt("yearly", "Annuelle", "Yearly"),
		))
	cntSLAHours = field("sla.hours", pas.KEnum, "Plage couverte", "Hours covered", req,
		options(
			opt("24x7", "24 h/24, 7 j/7", "24/7"),
			opt("business", "Heures ouvrées", "Business hours"),
		))
	cntCompName         = field("name", pas.KText, "Composant", "Component", req)
	cntCompParty        = field("party", pas.KRef, "Fournisseur", "Supplier", ref("parties.organisations"))
	cntCompAvailability = field("availability", pas.KPercent, "Disponibilité garantie", "Guaranteed availability", req)
	cntComponents       = field("sla.components", pas.KList, "Composants en série dont dépend la disponibilité", "Components in series the availability depends on", since(2),
		help("Services sans lesquels le service s'arrête (infrastructure de l'hébergeur, lien réseau, fédération d'identités d'un tiers…), avec la disponibilité que chacun garantit : une chaîne en série n'est pas plus disponible que le produit de ses maillons.",
			"Services without which the service stops (the host's infrastructure, a network link, a third party's identity federation…), with the availability each one guarantees: a chain in series is no more available than the product of its links."),
		records("name", cols("party", "availability"), cntCompName, cntCompParty, cntCompAvailability))
	cntMeasurement = field("sla.measurement", pas.KLongText, "Mode de mesure", "How it is measured", req,
		help("Sonde ou outil qui fait foi, point de mesure, calcul, fréquence du rapport remis au client (usage : mensuel).",
			"Probe or tool of record, measurement point, calculation, frequency of the report to the client (practice: monthly)."))
	cntExclusions = field("sla.exclusions", pas.KLongText, "Exclusions", "Exclusions", req,
		help("Maintenances programmées (fenêtres et préavis), force majeure, causes imputables au client.",
			"Planned maintenance (windows and notice), force majeure, causes attributable to the client."))
	cntExcluded = field("sla.excluded", pas.KSet, "Causes exclues de la mesure", "Causes excluded from the measurement", since(2),
		help("Les exclusions, sous forme de liste : elles permettent de comparer l'engagement à ceux des partenaires, qui ne doivent pas en exclure davantage.",
			"The exclusions, as a list: they let the commitment be compared with the partners', which must not exclude more."),
		options(slaExclusions...))
	cntPenalties = field("sla.penalties", pas.KLongText, "Pénalités ou avoirs", "Penalties or service credits", req,
		help("Barème appliqué lorsque l'engagement n'est pas tenu. Les délais de prise en charge et de rétablissement figurent dans les niveaux de priorité des incidents.",
			"Scale applied when the commitment is missed. Response and restoration times are given in the incident priority levels."))

	cntCreditCap = field("sla.credit_cap", pas.KPercent, "Plafond des pénalités ou avoirs", "Cap on penalties or service credits", since(2),
		help("Part de la redevance mensuelle au-delà de laquelle les pénalités ou avoirs ne s'appliquent plus.",
			"Share of the monthly fee beyond which penalties or service credits no longer apply."))

	cntReconProcedure = field("recon.procedure", pas.KLongText, "Procédure de reconstitution des données", "Data recovery procedure", req,
		help("Comment les données sont reconstituées après une perte ou une corruption : restauration à un instant donné, rejeu des transactions, ressaisie, contrôle avec le client.",
			"How data is rebuilt after a loss or corruption: point-in-time restore, transaction replay, re-entry, check with the client."))
	cntReconIntegrity = field("recon.integrity_check", pas.KEnum, "Contrôle d'intégrité après reconstitution", "Integrity check after reconstitution", req,
		suggest("checksums"),
		options(
			opt("checksums", "Sommes de contrôle", "Checksums"),
			opt("application_reconciliation", "Rapprochement applicatif", "Application reconciliation"),
			opt("none", "Aucun", "None"),
		))
)

// cntBackupOn switches the backup questions off when the client keeps the
// backups itself.
func cntBackupOn(p *pas.Plan, _ *pas.Record) bool { return !p.IsNot(cntBackupByProvider) }

func init() {
	register(&pas.Section{
		ID:    "continuity",
		Title: t("Continuité de service, sauvegardes et reprise", "Service continuity, backups and recovery"),
		Short: t("Continuité et reprise", "Continuity, recovery"),
		Intro: t("Ce chapitre décrit la prévention et la supervision, les sauvegardes et leurs tests, l'architecture de redondance et les objectifs de reprise (PCA/PRA), l'engagement de disponibilité et la reconstitution des données.",
			"This chapter describes prevention and monitoring, backups and their tests, the redundancy architecture and recovery objectives, the availability commitment and data reconstitution."),
		Who: pas.WhoProvider,
		Fields: fields(cntMonHours, cntMonScope, cntPrevention,
			cntBackupByProvider, cntBackupFreq, cntBackupTypes, cntBackupRetention, cntBackupCopies, cntBackupMedia, cntBackupOffsite,
			cntBackupImmutable, cntBackupSites, cntBackupEncrypted, cntRestoreFreq, cntLastRestore, cntRestoreReport,
			cntRPO, cntRTO, cntArchitecture, cntDRPlan, cntDRTestFreq, cntLastDRTest,
			cntAvailability, cntWindow, cntSLAHours, cntComponents, cntMeasurement, cntExclusions, cntExcluded, cntPenalties, cntCreditCap,
			cntReconProcedure, cntReconIntegrity),
		Groups: []pas.Group{
			group("monitoring", "Prévention et supervision", "Prevention and monitoring"),
			group("backup", "Sauvegardes", "Backups"),
			group("bcp", "Continuité et reprise d'activité (PCA/PRA)", "Business continuity and disaster recovery"),
			group("sla", "Engagement de disponibilité", "Availability commitment"),
			group("recon", "Reconstitution des données", "Data recovery"),
		},
		Controls: []string{"5.29", "5.30", "5.37", "7.11", "8.6", "8.13", "8.14", "8.16"},
		SOC2:     []string{"A1", "CC7"},
		Rules:    continuityRules,

		Vocabulary: continuityVocabulary,
	})
}

// Which change of this chapter's values is stricter for the client (pas diff).
func init() {
	stricter(pas.Less, cntBackupFreq, cntRestoreFreq, cntRPO, cntRTO, cntDRTestFreq)
	stricter(pas.More, cntMonScope, cntBackupByProvider, cntBackupRetention, cntBackupCopies, cntBackupMedia, cntBackupOffsite,
		cntBackupImmutable, cntBackupEncrypted, cntRestoreReport, cntAvailability, cntCompAvailability, cntCreditCap)
	stricter(pas.Less, cntExcluded) // fewer causes left out of the measurement
	ranked(cntMonHours, "business_hours", "extended", "24x7")
	ranked(cntArchitecture, "single_site", "active_passive", "active_active", "multi_region")
	// Availability measured over a shorter window leaves less room for an outage.
	ranked(cntWindow, "yearly", "quarterly", "monthly")
	ranked(cntSLAHours, "business", "24x7")
	ranked(cntReconIntegrity, "none", "checksums", "application_reconciliation")
}

// continuityVocabulary lists the words buyers' requirement grids use for this chapter.
var continuityVocabulary = []pas.Term{
	words("sauvegarde*", "sauvegardé*", "backup*", "back-up*", "copie* de sauvegarde", "restauration", "restaurer", "restore*", "restoration", "3-2-1", "hors ligne", "immuable*", "offline", "immutable", "air gap", "air-gapped"),
	words("continuité", "continuité de service", "continuité d'activité", "reprise d'activité", "PCA", "PRA", "PCI", "site de secours", "bascule", "basculement", "redondance", "redondant*", "haute disponibilité", "business continuity", "disaster recovery", "DRP", "BCP", "failover", "recovery site", "redundan*", "high availability"),
	words("disponibilité", "taux de disponibilité", "disponible", "SLA", "niveau de service", "niveaux de service", "engagement de service", "convention de service", "pénalités", "availability", "uptime", "service level*", "service credit*", "maintenance* programmée*", "planned maintenance"),
	words("supervision", "supervisé*", "supervisée", "monitoring", "monitored", "surveillance", "alertes", "alerting", "24 h/24", "24/7", "24x7", "7 j/7"),
	words("reconstitution des données", "reconstitution", "perte de données", "data recovery", "data loss"),
	about(cntRTO, pas.AtMost, "RTO", "DMIA", "durée maximale d'interruption", "durée maximale d'interruption admissible", "délai de reprise", "délai de rétablissement du service", "temps de reprise", "recovery time objective", "recovery time", "maximum tolerable downtime"),
	about(cntRPO, pas.AtMost, "RPO", "PDMA", "perte de données maximale", "perte de données maximale admissible", "recovery point objective", "recovery point", "maximum data loss"),
	about(cntAvailability, pas.AtLeast, "taux de disponibilité", "disponibilité", "availability", "uptime"),
	about(cntBackupFreq, pas.AtMost, "sauvegarde quotidienne", "sauvegardes quotidiennes", "fréquence des sauvegardes", "sauvegarde journalière", "sauvegarde", "daily backup*", "backup frequency", "backed up"),
	about(cntBackupRetention, pas.AtLeast, "conservation des sauvegardes", "sauvegardes sont conservées", "conservées", "conservés", "durée de conservation", "rétention des sauvegardes", "backup retention", "retained", "retention"),
	about(cntBackupCopies, pas.AtLeast, "copies", "exemplaires", "copie"),
	about(cntRestoreFreq, pas.AtMost, "tests de restauration", "test de restauration", "restaurations", "restore test*", "restoration test*"),
	about(cntDRTestFreq, pas.AtMost, "test du PRA", "tests du PRA", "exercice de bascule", "exercice de reprise", "test de bascule", "DR test*", "disaster recovery test*", "failover test*"),
}

// The chapter in the provider's voice.
func init() {
	prose("continuity",
		choice(cntMonHours, []answer{
			on("24x7", "La plateforme est supervisée, et ses alertes traitées, 24 h/24 et 7 j/7.", "The platform is monitored, and its alerts handled, around the clock."),
			on("extended", "La plateforme est supervisée, et ses alertes traitées, en heures étendues.", "The platform is monitored, and its alerts handled, during extended hours."),
			on("business_hours", "La plateforme est supervisée, et ses alertes traitées, aux heures ouvrées.", "The platform is monitored, and its alerts handled, during business hours."),
		}),
		worded(listing(cntMonScope, "La supervision porte sur {1}.", "Monitoring covers {1}.",
			"Aucun objet de supervision n'est déclaré.", "No monitored item is declared."), cntMonScope,
			on("availability", "la disponibilité des services", "service availability"),
			on("performance", "les performances", "performance"),
			on("capacity", "la capacité (stockage, calcul, réseau)", "capacity (storage, compute, network)"),
			on("backups", "le bon déroulement des sauvegardes", "backup completion"),
			on("security_events", "les événements de sécurité", "security events")),

		yesNo(cntBackupByProvider,
			"{p} {do:sauvegarder|sauvegarde} les données du client.", "{p} {do:back up|backs up} the client's data.",
			"Le client sauvegarde lui-même ses données : le titulaire n'en fait pas de sauvegarde.", "The client backs up its own data: the provider takes no backup of it."),
		say("Une sauvegarde est réalisée {1} et conservée {2}.", "A backup is taken {1} and kept for {2}.", cntBackupFreq, cntBackupRetention),
		worded(listing(cntBackupTypes, "Les sauvegardes sont {1}.", "Backups are {1}.",
			"Aucun type de sauvegarde n'est déclaré.", "No backup type is declared."), cntBackupTypes,
			on("full", "complètes", "full"),
			on("incremental", "incrémentales", "incremental"),
			on("differential", "différentielles", "differential"),
			on("snapshot", "faites par instantanés", "snapshot-based"),
			on("continuous", "continues (restauration à un instant donné)", "continuous (point-in-time restore)")),
		backupSitesSentence(),
		say("Chaque sauvegarde existe en {1|un seul exemplaire|exemplaires}.", "Each backup exists in {1|a single copy|copies}.", cntBackupCopies),
		say("Les exemplaires d'une sauvegarde sont répartis sur {1|type de support|types de supports}.", "The copies of a backup are spread over {1|media type|media types}.", cntBackupMedia),
		say("{1|aucun exemplaire n'est conservé|un exemplaire est conservé|exemplaires sont conservés} hors site.", "{1|no copy is kept|one copy is kept|copies are kept} off site.", cntBackupOffsite),
		yesNo(cntBackupImmutable,
			"Au moins un exemplaire est hors ligne ou immuable.", "At least one copy is offline or immutable.",
			"Aucun exemplaire n'est hors ligne ni immuable.", "No copy is offline or immutable."),
		yesNo(cntBackupEncrypted, "Les sauvegardes sont chiffrées.", "Backups are encrypted.",
			"Les sauvegardes ne sont pas chiffrées.", "Backups are not encrypted."),
		para(say("Une restauration est testée {1} ; le dernier test a eu lieu le {2}.", "A restore is tested {1}; the last test took place on {2}.", cntRestoreFreq, cntLastRestore)),
		yesNo(cntRestoreReport,
			"Chaque test donne lieu à un procès-verbal signé, remis au client.", "Each test gives rise to a signed report, handed to the client.",
			"Les tests ne donnent pas lieu à un procès-verbal signé.", "The tests give rise to no signed report."),

		say("En cas de sinistre, {p} {do:rétablir|rétablit} le service en {1} au plus (DMIA), avec une perte de données limitée à {2} (PDMA).",
			"In a disaster, {p} {do:restore|restores} the service within {1} (RTO), with no more than {2} of data lost (RPO).", cntRTO, cntRPO),
		choice(cntArchitecture, []answer{
			on("single_site", "L'architecture repose sur un site unique.", "The architecture relies on a single site."),
			on("active_passive", "L'architecture est de type actif-passif : un site de secours prend le relais du site de production.", "The architecture is active-passive: a recovery site takes over from the primary site."),
			on("active_active", "L'architecture est de type actif-actif : les sites assurent le service simultanément.", "The architecture is active-active: the sites run the service at the same time."),
			on("multi_region", "L'architecture est répartie sur plusieurs régions.", "The architecture spans several regions."),
		}),
		say("Le plan de reprise est testé {1} ; le dernier test a eu lieu le {2}.", "The disaster recovery plan is tested {1}; the last test took place on {2}.", cntDRTestFreq, cntLastDRTest),

		worded(worded(say("{p} {do:garantir|garantit}, {3}, une disponibilité de {1} calculée sur {2}.",
			"{p} {do:guarantee|guarantees} {1} availability {3}, measured over {2}.", cntAvailability, cntWindow, cntSLAHours), cntWindow,
			on("monthly", "le mois", "the month"),
			on("quarterly", "le trimestre", "the quarter"),
			on("yearly", "l'année", "the year")), cntSLAHours,
			on("24x7", "24 h/24 et 7 j/7", "around the clock"),
			on("business", "aux heures ouvrées", "during business hours")),
		worded(say("La mesure de la disponibilité exclut {1}.", "The availability measurement leaves out {1}.", cntExcluded), cntExcluded,
			on("planned_maintenance", "les maintenances programmées", "planned maintenance"),
			on("emergency_maintenance", "les maintenances d'urgence", "emergency maintenance"),
			on("force_majeure", "les cas de force majeure", "force majeure"),
			on("client_caused", "les causes imputables au client", "causes attributable to the client"),
			on("client_network", "les indisponibilités dues au réseau ou aux postes du client", "outages of the client's network or workstations"),
			on("third_party", "les services de tiers (opérateurs, fournisseurs)", "third-party services (carriers, suppliers)"),
			on("security_incident", "les incidents de sécurité", "security incidents")),
		say("Les pénalités ou avoirs sont plafonnés à {1} de la redevance mensuelle.", "Penalties or service credits are capped at {1} of the monthly fee.", cntCreditCap),

		choice(cntReconIntegrity, []answer{
			on("checksums", "Après une reconstitution, l'intégrité des données est contrôlée par sommes de contrôle.", "After a recovery, data integrity is checked with checksums."),
			on("application_reconciliation", "Après une reconstitution, l'intégrité des données est contrôlée par rapprochement applicatif.", "After a recovery, data integrity is checked by application reconciliation."),
			on("none", "Aucun contrôle d'intégrité n'est prévu après une reconstitution.", "No integrity check is planned after a recovery."),
		}),
	)
}

// backupSitesSentence names the sites that hold the backups, with the
// distance of a recovery site to the primary site where the plan gives it.
func backupSitesSentence() *pas.Sentence {
	s := listing(cntBackupSites, "Les sauvegardes sont hébergées {1}.", "Backups are stored {1}.",
		"Aucun site de sauvegarde n'est déclaré.", "No backup site is declared.")
	s.Phrases = map[*pas.Field]func(d *pas.Doc, v *pas.Value) []doc.Inline{cntBackupSites: sitesPhrase}
	return s
}

// sitesPhrase writes "sur le site A" or "sur les sites A et B (à 175 km du
// site de production)"; "at A", "at A and B (175 km from the primary
// site)".
func sitesPhrase(d *pas.Doc, v *pas.Value) []doc.Inline {
	var out []doc.Inline
	lead := t("sur le site ", "at ")
	if len(v.List) > 1 {
		lead = t("sur les sites ", "at ")
	}
	out = append(out, d.Words(lead))
	for i, id := range v.List {
		switch {
		case i == 0:
		case i == len(v.List)-1:
			out = append(out, d.Words(t(" et ", " and ")))
		default:
			out = append(out, doc.Text(", "))
		}
		r := d.Plan.Record(dcSites, id)
		if r == nil {
			out = append(out, d.Text(id))
			continue
		}
		out = append(out, d.Text(r.NameIn(dcSites, d.Lang)))
		if km := r.Get(siteDistance); km.IsSet() && d.Plan.Active(siteDistance, r) {
			out = append(out, d.Words(t(" (à ", " (")))
			out = append(out, d.Value(siteDistance, km)...)
			out = append(out, d.Words(t(" du site de production)", " from the primary site)")))
		}
	}
	return out
}

package sections

import "github.com/pas-editor/pas/pas"

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
	cntBackupRetention = field("backup.retention", pas.KDuration, "Durée de conservation", "Retention", req, when(cntBackupOn),
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
	cntMeasurement = field("sla.measurement", pas.KLongText, "Mode de mesure", "How it is measured", req,
		help("Sonde ou outil qui fait foi, point de mesure, calcul, fréquence du rapport remis au client (usage : mensuel).",
			"Probe or tool of record, measurement point, calculation, frequency of the report to the client (practice: monthly)."))
	cntExclusions = field("sla.exclusions", pas.KLongText, "Exclusions", "Exclusions", req,
		help("Maintenances programmées (fenêtres et préavis), force majeure, causes imputables au client.",
			"Planned maintenance (windows and notice), force majeure, causes attributable to the client."))
	cntExcluded = field("sla.excluded", pas.KSet, "Causes exclues de la mesure", "Causes excluded from the measurement",
		help("Les exclusions, sous forme de liste : elles permettent de comparer l'engagement à ceux des partenaires, qui ne doivent pas en exclure davantage.",
			"The exclusions, as a list: they let the commitment be compared with the partners', which must not exclude more."),
		options(slaExclusions...))
	cntPenalties = field("sla.penalties", pas.KLongText, "Pénalités ou avoirs", "Penalties or service credits", req,
		help("Barème appliqué lorsque l'engagement n'est pas tenu. Les délais de prise en charge et de rétablissement figurent dans les niveaux de priorité des incidents.",
			"Scale applied when the commitment is missed. Response and restoration times are given in the incident priority levels."))

	cntCreditCap = field("sla.credit_cap", pas.KPercent, "Plafond des pénalités ou avoirs", "Cap on penalties or service credits",
		help("Part de la redevance mensuelle au-delà de laquelle les pénalités ou avoirs ne s'appliquent plus.",
			"Share of the monthly fee beyond which penalties or service credits no longer apply."))

	cntReconProcedure = field("recon.procedure", pas.KLongText, "Procédure de reconstitution des données", "Data recoveryion procedure", req,
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
		Intro: t("Ce chapitre décrit la prévention et la supervision, les sauvegardes et leurs tests, l'architecture de redondance et les objectifs de reprise (PCA/PRA), l'engagement de disponibilité et la reconstitution des données.",
			"This chapter describes prevention and monitoring, backups and their tests, the redundancy architecture and recovery objectives, the availability commitment and data reconstitution."),
		Who: pas.WhoProvider,
		Fields: fields(cntMonHours, cntMonScope, cntPrevention,
			cntBackupByProvider, cntBackupFreq, cntBackupTypes, cntBackupRetention, cntBackupCopies, cntBackupMedia, cntBackupOffsite,
			cntBackupImmutable, cntBackupSites, cntBackupEncrypted, cntRestoreFreq, cntLastRestore, cntRestoreReport,
			cntRPO, cntRTO, cntArchitecture, cntDRPlan, cntDRTestFreq, cntLastDRTest,
			cntAvailability, cntWindow, cntSLAHours, cntMeasurement, cntExclusions, cntExcluded, cntPenalties, cntCreditCap,
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
	})
}

// Which change of this chapter's values is stricter for the client (pas diff).
func init() {
	stricter(pas.Less, cntBackupFreq, cntRestoreFreq, cntRPO, cntRTO, cntDRTestFreq)
	stricter(pas.More, cntMonScope, cntBackupByProvider, cntBackupRetention, cntBackupCopies, cntBackupMedia, cntBackupOffsite,
		cntBackupImmutable, cntBackupEncrypted, cntRestoreReport, cntAvailability, cntCreditCap)
	stricter(pas.Less, cntExcluded) // fewer causes left out of the measurement
	ranked(cntMonHours, "business_hours", "extended", "24x7")
	ranked(cntArchitecture, "single_site", "active_passive", "active_active", "multi_region")
	// Availability measured over a shorter window leaves less room for an outage.
	ranked(cntWindow, "yearly", "quarterly", "monthly")
	ranked(cntSLAHours, "business", "24x7")
	ranked(cntReconIntegrity, "none", "checksums", "application_reconciliation")
}

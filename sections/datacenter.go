package sections

import "github.com/pas-editor/pas/pas"

// Sites and jurisdiction: where the data lives and who can reach it.
var (
	siteName     = field("name", pas.KText, "Site", "Site", req)
	siteOperator = field("operator", pas.KRef, "Exploitant", "Operator", req, ref("parties.organisations"), by(pas.WhoPartner))
	siteCountry  = field("country", pas.KCountry, "Pays", "Country", req)
	siteCity     = field("city", pas.KText, "Ville", "City", req)
	siteRegion   = field("region", pas.KText, "Région ou zone de disponibilité", "Region or availability zone")
	siteRoles    = field("roles", pas.KSet, "Rôle", "Role", req,
		options(
			opt("primary", "Production", "Primary"),
			opt("secondary", "Secours (PRA)", "Disaster recovery"),
			opt("backup", "Stockage des sauvegardes", "Backup storage"),
			opt("logs", "Stockage des journaux", "Log storage"),
			opt("admin", "Administration et support", "Administration and support"),
			opt("soc", "Centre opérationnel de sécurité (SOC)", "Security operations centre"),
		))
	siteOwnership = field("ownership", pas.KEnum, "Modèle", "Ownership",
		options(
			opt("owned", "Propriété de l'exploitant", "Owned by the operator"),
			opt("colocation", "Colocation", "Colocation"),
			opt("hyperscaler_region", "Région d'un hyperscaler", "Hyperscaler region"),
			opt("client_premises", "Locaux du client", "Client premises"),
		))
	siteTier = field("tier", pas.KEnum, "Niveau de conception", "Design tier", by(pas.WhoPartner),
		options(
			opt("tier_1", "Uptime Tier I", "Uptime Tier I"),
			opt("tier_2", "Uptime Tier II", "Uptime Tier II"),
			opt("tier_3", "Uptime Tier III", "Uptime Tier III"),
			opt("tier_4", "Uptime Tier IV", "Uptime Tier IV"),
			opt("en50600_1", "EN 50600 classe 1", "EN 50600 class 1"),
			opt("en50600_2", "EN 50600 classe 2", "EN 50600 class 2"),
			opt("en50600_3", "EN 50600 classe 3", "EN 50600 class 3"),
			opt("en50600_4", "EN 50600 classe 4", "EN 50600 class 4"),
			opt("unknown", "Non communiqué", "Not disclosed"),
		))
	siteData = field("data_hosted", pas.KSet, "Données hébergées", "Data hosted", req,
		options(
			opt("production", "Données de production", "Production data"),
			opt("backups", "Sauvegardes", "Backups"),
			opt("logs", "Journaux", "Logs"),
			opt("security_events", "Événements de sécurité, sans données du traitement", "Security events, without processing data").Added(2),
			opt("metadata", "Données techniques et métadonnées", "Technical data and metadata"),
			opt("support", "Données de support", "Support data"),
			opt("keys", "Clés de chiffrement", "Encryption keys"),
		))
	sitePhysical = field("physical_controls", pas.KSet, "Sécurité physique", "Physical security", by(pas.WhoPartner),
		options(
			opt("perimeter", "Périmètre clôturé", "Fenced perimeter"),
			opt("guarding", "Gardiennage 24/7", "24/7 guarding"),
			opt("cctv", "Vidéosurveillance", "CCTV"),
			opt("badge", "Contrôle d'accès par badge", "Badge access control"),
			opt("biometric", "Contrôle biométrique", "Biometric control"),
			opt("mantrap", "Sas d'accès", "Mantrap"),
			opt("visitor_log", "Registre des visiteurs", "Visitor log"),
			opt("fire_detection", "Détection incendie", "Fire detection"),
			opt("gas_suppression", "Extinction par gaz", "Gas suppression"),
			opt("power_n1", "Alimentation N+1", "N+1 power"),
			opt("power_2n", "Alimentation 2N", "2N power"),
			opt("ups", "Onduleurs", "UPS"),
			opt("generator", "Groupes électrogènes", "Generators"),
			opt("cooling", "Refroidissement redondant", "Redundant cooling"),
			opt("flood", "Protection contre les inondations", "Flood protection"),
		))
	siteAutonomy = field("generator_autonomy", pas.KDuration, "Autonomie électrique", "Generator autonomy", by(pas.WhoPartner))
	siteDistance = field("distance_km", pas.KInt, "Distance au site de production", "Distance to the primary site", unit("km", "km"), req,
		when(func(_ *pas.Plan, r *pas.Record) bool { return dcHasRole(r, "secondary") }),
		help("Pour un site de secours : distance en kilomètres au site de production.", "For a recovery site: distance in kilometres to the primary site."))
	siteCerts      = field("certificates", pas.KRefs, "Certificats couvrant le site", "Certificates covering the site", ref("frameworks.certificates"))
	dcSiteAdequacy = field("adequacy_scope", pas.KText, "Couverture de l'importateur par la décision d'adéquation", "Importer covered by the adequacy decision", req,
		when(func(p *pas.Plan, r *pas.Record) bool {
			return personalData(p) && pas.ClassOf(r.Str(siteCountry)) == pas.ClassPartial
		}),
		help("La décision d'adéquation de ce pays ne couvre que certains destinataires : indiquez la preuve que l'exploitant en relève (inscription au Data Privacy Framework pour les États-Unis, activité commerciale soumise à la LPRPDE pour le Canada…).",
			"This country's adequacy decision covers some recipients only: give the evidence that the operator is one of them (Data Privacy Framework listing for the United States, commercial activity under PIPEDA for Canada…)."))
	dcSites = field("sites", pas.KList, "Sites", "Sites", req,
		records("name", cols("operator", "country", "city", "roles", "tier"),
			siteName, siteOperator, siteCountry, siteCity, siteRegion, siteRoles, siteOwnership, siteTier,
			siteData, sitePhysical, siteAutonomy, siteDistance, siteCerts, dcSiteAdequacy))

	dcAdminCountries = field("admin_countries", pas.KCountries, "Pays d'accès des administrateurs", "Countries administrators work from", req,
		help("Tous les pays depuis lesquels le personnel d'administration ou de support peut accéder aux données, y compris à distance.",
			"Every country from which administration or support staff can reach the data, remote access included."))
	dcAdminAdequacy = field("admin_adequacy_scope", pas.KText, "Accès depuis un pays à adéquation partielle : couverture des destinataires", "Access from a partial-adequacy country: recipients covered", req,
		when(func(p *pas.Plan, _ *pas.Record) bool { return personalData(p) && dcAdminIn(p, pas.ClassPartial) }),
		help("Un accès depuis ces pays ne bénéficie de la décision d'adéquation que si l'entité qui y accède en relève : indiquez la preuve (inscription au Data Privacy Framework, LPRPDE…).",
			"Access from these countries benefits from the adequacy decision only when the entity reaching the data is covered by it: give the evidence (Data Privacy Framework listing, PIPEDA…)."))
	dcHDSAccess = field("hds_remote_access", pas.KLongText, "Accès aux données de santé depuis hors de l'EEE", "Access to health data from outside the EEA", req,
		when(func(p *pas.Plan, _ *pas.Record) bool { return hdsScope(p) && dcAdminOutsideEEA(p) }),
		help("Le référentiel HDS v2 impose d'informer le client des accès à distance depuis un pays hors EEE et des risques associés, et de publier la cartographie des transferts : décrivez qui accède, depuis où, à quoi, et les mesures prises.",
			"The HDS v2 referential requires informing the client of remote access from outside the EEA and of its risks, and publishing the map of transfers: state who accesses what, from where, and the measures taken."))
	dcResidualRisk = field("residual_risk_doc", pas.KText, "Document des risques extraterritoriaux résiduels", "Residual extraterritorial risk document",
		help("Référence du document qui liste les risques résiduels liés aux lois extra-européennes (SecNumCloud 3.2, § 5.3 d).",
			"Reference of the document listing the residual risks from non-EU laws (SecNumCloud 3.2, § 5.3 d)."))
	dcTransparency = field("government_access", pas.KLongText, "Transparence sur les demandes d'autorités", "Transparency on government access requests",
		help("Publication ou engagement d'information sur les demandes d'accès des autorités publiques.",
			"Publication or commitment to inform about public authorities' access requests."))
)

func init() {
	register(&pas.Section{
		ID:    "datacenter",
		Title: t("Localisation des données et juridiction", "Data location and jurisdiction"),
		Short: t("Sites et juridiction", "Sites and jurisdiction"),
		Intro: t("Ce chapitre indique où les données sont hébergées, sauvegardées et administrées, qui exploite chaque site, et à quelles juridictions les intervenants sont soumis.",
			"This chapter states where the data is hosted, backed up and administered, who operates each site, and which jurisdictions the parties are subject to."),
		Who:      pas.WhoProvider,
		Fields:   fields(dcSites, dcAdminCountries, dcAdminAdequacy, dcHDSAccess, dcResidualRisk, dcTransparency),
		Controls: []string{"7.1", "7.2", "7.4", "7.5", "7.8", "7.11", "8.14", "5.19", "5.20", "5.21", "5.22", "5.23", "5.31", "5.34"},
		SOC2:     []string{"CC6"},
		Rules:    dcRules,

		Vocabulary: datacenterVocabulary,
	})
}

// Which change of this chapter's values is stricter for the client (pas diff).
func init() {
	stricter(pas.Less, siteCountry, dcAdminCountries)
	stricter(pas.More, sitePhysical, siteAutonomy, siteDistance)
	ranked(siteTier, "tier_1", "tier_2", "tier_3", "tier_4")
}

// datacenterVocabulary lists the words buyers' requirement grids use for this chapter.
var datacenterVocabulary = []pas.Term{
	words("localisation des données", "localisation", "localisé*", "hébergé*", "territoire", "Union européenne", "UE", "Espace économique européen", "EEE", "territoire national", "France métropolitaine", "data location", "data residency", "stored in the EU", "European Union", "EU", "EEA"),
	words("centre de données", "centres de données", "datacenter*", "data center*", "salle* informatique*", "site d'hébergement", "sites d'hébergement", "hosting site*"),
	words("extraterritorial*", "extra-européen*", "législation extra-européenne", "loi extra-européenne", "Cloud Act", "FISA", "Patriot Act", "juridiction", "jurisdiction", "non-EU law", "foreign law*", "accès des autorités", "government access", "réquisition*"),
	words("sécurité physique", "contrôle d'accès physique", "vidéosurveillance", "vidéoprotection", "détection incendie", "extinction", "alimentation électrique", "onduleur*", "groupe électrogène", "climatisation", "physical security", "physical access control", "CCTV", "fire detection", "power supply", "generator*", "Tier"),
	words("pays d'où", "pays depuis lesquels", "administrés depuis", "accès depuis l'étranger", "countries from which"),
	about(siteDistance, pas.AtLeast, "distance entre les sites", "site distant", "km", "kilomètres", "distance between sites", "kilometres", "kilometers"),
	about(siteAutonomy, pas.AtLeast, "autonomie électrique", "autonomie du groupe électrogène", "generator autonomy", "power autonomy"),
}

// The chapter in the provider's voice.
func init() {
	prose("datacenter",
		placed(listing(dcAdminCountries, "Le personnel d'administration et de support n'accède aux données qu'{1}.", "Administration and support staff reach the data only {1}.",
			"Aucun pays d'accès des administrateurs n'est déclaré.", "No country administrators work from is declared."), dcAdminCountries),
		say("Pour les accès depuis un pays à adéquation partielle, les destinataires relèvent de la décision d'adéquation : {1}.", "For access from a partial-adequacy country, the recipients are covered by the adequacy decision: {1}.", dcAdminAdequacy),
		say("Les risques extraterritoriaux résiduels sont décrits dans le document {1}.", "The residual extraterritorial risks are described in document {1}.", dcResidualRisk),
	)
}

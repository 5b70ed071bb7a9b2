package sections

import "github.com/pas-editor/pas/pas"

// Security tools, and the support and operations tools that can see the
// client's data, with who operates them and from where.
var (
	toolProduct  = field("product", pas.KText, "Produit", "Product", req)
	toolCategory = field("category", pas.KEnum, "Catégorie", "Category", req,
		options(
			opt("edr", "EDR / antivirus", "EDR / anti-malware"),
			opt("firewall", "Pare-feu", "Firewall"),
			opt("waf", "Pare-feu applicatif (WAF)", "Web application firewall"),
			opt("ids_ips", "Détection / prévention d'intrusion", "Intrusion detection / prevention"),
			opt("siem", "SIEM (collecte et corrélation des journaux)", "SIEM (log collection and correlation)"),
			opt("soc_service", "Service de SOC", "SOC service"),
			opt("vulnerability_scanner", "Scanner de vulnérabilités", "Vulnerability scanner"),
			opt("pam_bastion", "Bastion / gestion des accès à privilèges", "Bastion / privileged access management"),
			opt("idp_mfa", "Fournisseur d'identité / MFA", "Identity provider / MFA"),
			opt("kms_hsm", "Gestion de clés / HSM", "Key management / HSM"),
			opt("backup", "Sauvegarde", "Backup"),
			opt("dlp", "Prévention des fuites de données", "Data leak prevention"),
			opt("mail_security", "Sécurité de la messagerie", "Mail security"),
			opt("cspm", "Gestion de la posture cloud (CSPM)", "Cloud security posture management"),
			opt("patch_management", "Gestion des correctifs", "Patch management"),
			opt("mdm", "Gestion des terminaux mobiles", "Mobile device management"),
			opt("ticketing", "Gestion des tickets (ITSM)", "Ticketing (ITSM)"),
			opt("monitoring", "Supervision", "Monitoring"),
			opt("remote_support", "Prise en main à distance", "Remote support"),
			opt("collaboration", "Messagerie instantanée et collaboration", "Chat and collaboration"),
		))
	toolVendor        = field("vendor", pas.KText, "Éditeur", "Vendor")
	toolVendorCountry = field("vendor_country", pas.KCountry, "Pays de l'éditeur", "Vendor country", req,
		help("Pays du siège de l'éditeur ou du fournisseur du service.", "Country of the vendor's or service supplier's seat."))
	toolOperatedBy = field("operated_by", pas.KRef, "Exploité par", "Operated by", ref("parties.organisations"),
		help("Partie qui exploite l'outil, lorsqu'elle figure parmi les parties prenantes.", "Party that operates the tool, when it is one of the parties."))
	toolOperatedFrom = field("operated_from", pas.KCountries, "Pays d'exploitation", "Operated from",
		help("Pays depuis lesquels l'outil est exploité ou ses données consultées (SOC, support de l'éditeur).",
			"Countries from which the tool is operated or its data viewed (SOC, vendor support)."))
	toolDataAccess = field("client_data_access", pas.KBool, "Accès aux données du client", "Access to client data", req,
		help("Oui si l'outil ou son exploitant peut voir des données du client, y compris des journaux contenant des données personnelles, des pièces jointes de tickets ou des écrans partagés.",
			"Yes when the tool or its operator can see client data, including logs holding personal data, ticket attachments or shared screens."))
	toolQualification = field("qualification", pas.KSet, "Qualification ou certification", "Qualification or certification",
		options(
			opt("anssi_qualified", "Produit qualifié par l'ANSSI", "ANSSI-qualified product"),
			opt("cspn", "Certification CSPN", "CSPN certification"),
			opt("common_criteria", "Critères communs", "Common Criteria"),
			opt("pdis", "Prestataire qualifié PDIS (détection)", "PDIS-qualified provider (detection)"),
			opt("pris", "Prestataire qualifié PRIS (réponse aux incidents)", "PRIS-qualified provider (incident response)"),
		))
	toolSupported = field("supported", pas.KBool, "Maintenu par l'éditeur", "Supported by the vendor", req,
		help("Non pour une version en fin de vie qui ne reçoit plus de correctifs.", "No for an end-of-life version that no longer receives fixes."),
		suggest("true"))
	toolItems = field("items", pas.KList, "Outils", "Tools", req,
		help("Outils de sécurité de la prestation, ainsi que les outils de support et d'exploitation (tickets, supervision, prise en main à distance, messagerie) qui peuvent voir des données du client.",
			"Security tools of the service, and the support and operations tools (ticketing, monitoring, remote support, chat) that can see client data."),
		records("product", cols("category", "vendor", "operated_by", "operated_from", "client_data_access", "supported"),
			toolProduct, toolCategory, toolVendor, toolVendorCountry, toolOperatedBy, toolOperatedFrom, toolDataAccess, toolQualification, toolSupported))
)

func init() {
	register(&pas.Section{
		ID:    "tools",
		Title: t("Outils de sécurité", "Security tools"),
		Short: t("Outils de sécurité", "Security tools"),
		Intro: t("Ce chapitre liste les outils de sécurité de la prestation et les outils de support et d'exploitation qui accèdent aux données du client, avec leur éditeur, leur exploitant et les pays d'où ils sont exploités.",
			"This chapter lists the service's security tools and the support and operations tools that reach client data, with their vendor, their operator and the countries they are operated from."),
		Who:    pas.WhoProvider,
		Fields: fields(toolItems),
		Applies: func(p *pas.Plan) (bool, pas.Text) {
			if p.Is(engThirdPartySaaS) {
				return false, t("La prestation est un SaaS exploité de bout en bout par un éditeur tiers : ses outils de sécurité relèvent de cet éditeur.",
					"The service is a SaaS operated end to end by a third-party vendor: its security tools are that vendor's.")
			}
			return true, pas.Text{}
		},
		Controls: []string{"5.21", "8.7", "8.8", "8.9", "8.15", "8.16", "8.20", "8.21", "8.22", "8.23"},
		SOC2:     []string{"CC6", "CC7"},
		Rules:    toolsRules,

		Vocabulary: toolsVocabulary,
	})
}

// Which change of this chapter's values is stricter for the client (pas diff).
func init() {
	stricter(pas.Less, toolVendorCountry, toolOperatedFrom, toolDataAccess)
	stricter(pas.More, toolQualification, toolSupported)
}

// toolsVocabulary lists the words buyers' requirement grids use for this chapter.
var toolsVocabulary = []pas.Term{
	words("outils de sécurité", "outil de sécurité", "security tool*", "SIEM", "SOC", "EDR", "XDR", "antivirus", "anti-virus", "antiviral*", "antimalware", "anti-malware", "scanner de vulnérabilités", "vulnerability scanner", "DLP", "sonde*", "solution de supervision de sécurité", "centre opérationnel de sécurité", "security operations centre", "security operations center"),
}

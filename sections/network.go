package sections

import "github.com/pas-editor/pas/pas"

// Network security: how the service's networks are split, filtered,
// hardened, administered and reached from outside.
var (
	netArchitectureDoc = field("architecture_doc", pas.KText, "Schéma d'architecture réseau", "Network architecture diagram",
		help("Référence du schéma ou du dossier d'architecture, communicable au client sur demande.",
			"Reference of the diagram or architecture file, available to the client on request."))
	netSegmentation = field("segmentation", pas.KSet, "Cloisonnement", "Segmentation", req,
		help("Cloisonnements en place ; une liste vide signifie un réseau à plat.", "Segmentation in place; an empty list means a flat network."),
		options(
			opt("tenant_isolation", "Isolation entre clients", "Isolation between tenants"),
			opt("environments", "Séparation production / hors production", "Production / non-production separation"),
			opt("tiers", "Zones distinctes (DMZ, applicatif, données)", "Separate zones (DMZ, application, data)"),
			opt("microsegmentation", "Micro-segmentation", "Micro-segmentation"),
		))
	netFiltering = field("filtering", pas.KSet, "Filtrage", "Filtering", req,
		options(
			opt("firewall", "Pare-feu", "Firewall"),
			opt("waf", "Pare-feu applicatif (WAF)", "Web application firewall (WAF)"),
			opt("web_proxy", "Proxy de sortie", "Outbound web proxy"),
			opt("ids_ips", "Détection ou prévention d'intrusion (IDS/IPS)", "Intrusion detection or prevention (IDS/IPS)"),
			opt("dns_filtering", "Filtrage DNS", "DNS filtering"),
		))
	netHardening = field("hardening_baseline", pas.KSet, "Référentiel de durcissement", "Hardening baseline", req,
		help("Référentiels appliqués pour durcir les systèmes et équipements ; une liste vide signifie aucun.",
			"Baselines applied to harden systems and devices; an empty list means none."),
		options(
			opt("anssi", "Recommandations de l'ANSSI", "ANSSI recommendations"),
			opt("cis", "CIS Benchmarks", "CIS Benchmarks"),
			opt("vendor", "Guides de l'éditeur ou du constructeur", "Vendor hardening guides"),
			opt("internal", "Référentiel interne", "Internal baseline"),
		))
	netAdminSeparation = field("admin_separation", pas.KEnum, "Séparation des flux d'administration", "Separation of administration flows", req,
		help("Les flux d'administration passent-ils par un réseau distinct de celui des utilisateurs ?",
			"Do administration flows go through a network separate from the users' one?"),
		options(
			opt("physical", "Réseau d'administration physiquement dédié", "Physically dedicated administration network"),
			opt("logical", "Séparation logique (VLAN ou tunnels chiffrés dédiés)", "Logical separation (dedicated VLANs or encrypted tunnels)"),
			opt("none", "Flux d'administration mêlés aux flux des utilisateurs", "Administration flows mixed with user traffic"),
		))
	netDDoS         = field("ddos_protection", pas.KBool, "Protection contre les dénis de service distribués", "Distributed denial-of-service protection")
	netRemoteAccess = field("remote_access", pas.KSet, "Accès à distance des intervenants", "Remote access for staff",
		help("Moyens par lesquels les intervenants se connectent à distance ; une liste vide signifie aucun accès à distance.",
			"How staff connect remotely; an empty list means no remote access."),
		options(
			opt("vpn", "VPN", "VPN"),
			opt("ztna", "Accès zéro confiance (ZTNA)", "Zero-trust network access (ZTNA)"),
			opt("bastion", "Bastion d'administration", "Administration bastion"),
			opt("vdi", "Poste de travail virtuel (VDI)", "Virtual desktop (VDI)"),
		))
	netMessaging = field("messaging_security", pas.KSet, "Sécurité de la messagerie", "Email security",
		options(
			opt("antispam_antivirus", "Filtrage antispam et antivirus", "Anti-spam and anti-virus filtering"),
			opt("spf_dkim_dmarc", "SPF, DKIM et DMARC", "SPF, DKIM and DMARC"),
			opt("sandboxing", "Analyse des pièces jointes en bac à sable", "Attachment sandboxing"),
			opt("tls", "Chiffrement TLS entre serveurs", "TLS between mail servers"),
		))
)

func init() {
	register(&pas.Section{
		ID:    "network",
		Title: t("Sécurité des réseaux", "Network security"),
		Short: t("Sécurité des réseaux", "Network security"),
		Intro: t("Ce chapitre décrit l'architecture réseau du service : cloisonnement, filtrage, durcissement, séparation des flux d'administration, protection contre les dénis de service, accès à distance et sécurité de la messagerie.",
			"This chapter describes the service's network architecture: segmentation, filtering, hardening, separation of administration flows, denial-of-service protection, remote access and email security."),
		Who: pas.WhoProvider,
		Fields: fields(netArchitectureDoc, netSegmentation, netFiltering, netHardening, netAdminSeparation,
			netDDoS, netRemoteAccess, netMessaging),
		Controls: []string{"8.20", "8.21", "8.22"},
		SOC2:     []string{"CC6"},
		Rules:    networkRules,

		Vocabulary: networkVocabulary,
	})
}

// Which change of this chapter's values is stricter for the client (pas diff).
func init() {
	stricter(pas.More, netSegmentation, netFiltering, netDDoS, netMessaging)
	ranked(netAdminSeparation, "none", "logical", "physical")
}

// networkVocabulary lists the words buyers' requirement grids use for this chapter.
var networkVocabulary = []pas.Term{
	words("réseau", "réseaux", "network*", "architecture réseau", "cloisonné*", "cloisonnement", "segmentation", "segmenté*", "DMZ", "zone démilitarisée", "VLAN*"),
	words("pare-feu*", "pare-feux", "firewall*", "filtrage", "filtré*", "filtering", "WAF", "proxy", "IDS", "IPS", "détection d'intrusion", "intrusion detection"),
	words("déni de service", "DDoS", "denial of service", "anti-DDoS"),
	words("durcissement", "durci*", "hardening", "hardened", "CIS benchmark*", "configuration de référence de l'ANSSI"),
	words("flux d'administration", "réseau d'administration", "administration flows", "management network", "VPN", "ZTNA", "accès à distance des intervenants", "remote access"),
	words("messagerie", "courriel*", "e-mail*", "SPF", "DKIM", "DMARC", "anti-spam"),
}

// The chapter in the provider's voice.
func init() {
	prose("network",
		say("L'architecture réseau est décrite dans le document {1}.", "The network architecture is described in document {1}.", netArchitectureDoc),
		worded(listing(netSegmentation, "Le réseau est cloisonné : {1}.", "The network is segmented: {1}.",
			"Aucun cloisonnement du réseau n'est déclaré.", "No network segmentation is declared."), netSegmentation,
			on("tenant_isolation", "isolation entre clients", "isolation between tenants"),
			on("environments", "séparation de la production et du hors-production", "separation of production from non-production"),
			on("tiers", "zones distinctes (DMZ, applicatif, données)", "separate zones (DMZ, application, data)"),
			on("microsegmentation", "micro-segmentation", "micro-segmentation")),
		worded(listing(netFiltering, "Le trafic est filtré par {1}.", "Traffic is filtered by {1}.",
			"Aucun filtrage n'est déclaré.", "No filtering is declared."), netFiltering,
			on("firewall", "des pare-feu", "firewalls"),
			on("waf", "un pare-feu applicatif (WAF)", "a web application firewall (WAF)"),
			on("web_proxy", "un proxy de sortie", "an outbound web proxy"),
			on("ids_ips", "une détection ou prévention d'intrusion (IDS/IPS)", "intrusion detection or prevention (IDS/IPS)"),
			on("dns_filtering", "un filtrage DNS", "DNS filtering")),
		worded(listing(netHardening, "Les systèmes sont durcis selon {1}.", "Systems are hardened following {1}.",
			"Aucun référentiel de durcissement n'est déclaré.", "No hardening baseline is declared."), netHardening,
			on("anssi", "les recommandations de l'ANSSI", "ANSSI recommendations"),
			on("cis", "les CIS Benchmarks", "the CIS Benchmarks"),
			on("vendor", "les guides de l'éditeur ou du constructeur", "the vendors' hardening guides"),
			on("internal", "un référentiel interne", "an internal baseline")),
		choice(netAdminSeparation, []answer{
			on("physical", "Les flux d'administration passent par un réseau physiquement dédié.", "Administration flows run on a physically dedicated network."),
			on("logical", "Les flux d'administration sont séparés logiquement (VLAN ou tunnels chiffrés dédiés).", "Administration flows are logically separated (dedicated VLANs or encrypted tunnels)."),
			on("none", "Les flux d'administration sont mêlés aux flux des utilisateurs.", "Administration flows are mixed with user traffic."),
		}),
		yesNo(netDDoS, "Le service est protégé contre les dénis de service distribués.", "The service is protected against distributed denial of service.",
			"Le service n'est pas protégé contre les dénis de service distribués.", "The service is not protected against distributed denial of service."),
		worded(listing(netRemoteAccess, "Les intervenants accèdent à distance par {1}.", "Staff connect remotely through {1}.",
			"Aucun accès à distance des intervenants n'est prévu.", "No remote access for staff is provided."), netRemoteAccess,
			on("vpn", "un VPN", "a VPN"),
			on("ztna", "un accès zéro confiance (ZTNA)", "zero-trust network access (ZTNA)"),
			on("bastion", "un bastion d'administration", "an administration bastion"),
			on("vdi", "un poste de travail virtuel (VDI)", "a virtual desktop (VDI)")),
		worded(listing(netMessaging, "La messagerie est protégée par {1}.", "Email is protected by {1}.",
			"Aucune mesure de sécurité de la messagerie n'est déclarée.", "No email security measure is declared."), netMessaging,
			on("antispam_antivirus", "un filtrage antispam et antivirus", "anti-spam and anti-virus filtering"),
			on("spf_dkim_dmarc", "l'authentification des courriels (SPF, DKIM, DMARC)", "email authentication (SPF, DKIM, DMARC)"),
			on("sandboxing", "l'analyse des pièces jointes en bac à sable", "attachment sandboxing"),
			on("tls", "le chiffrement TLS entre serveurs", "TLS between mail servers")),
	)
}

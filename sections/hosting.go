package sections

import "github.com/pas-editor/pas/pas"

// Hosting arrangements: shared or dedicated hosting, isolation, and how the
// provider reaches the platform remotely. The countries administrators
// work from are in datacenter.admin_countries.
var (
	hostModel = field("model", pas.KEnum, "Modèle d'hébergement", "Hosting model", req,
		options(
			opt("shared_multi_tenant", "Mutualisé (multi-locataire)", "Shared (multi-tenant)"),
			opt("dedicated_hosts", "Serveurs dédiés", "Dedicated hosts"),
			opt("private_cloud_dedicated", "Cloud privé dédié", "Dedicated private cloud"),
			opt("colocation_client_hw", "Colocation du matériel du client", "Colocation of the client's hardware"),
			opt("client_premises_remote_admin", "Dans les locaux du client, administré à distance", "On the client's premises, administered remotely"),
			opt("hybrid", "Hybride", "Hybrid"),
		))
	hostIsolation = field("isolation", pas.KSet, "Cloisonnement entre clients", "Isolation between tenants", req,
		help("Mécanismes qui séparent les données et traitements du client de ceux des autres clients ; en hébergement mutualisé, au moins deux sont attendus.",
			"Mechanisms separating the client's data and processing from other tenants'; for shared hosting, at least two are expected."),
		options(
			opt("hypervisor", "Hyperviseur", "Hypervisor"),
			opt("dedicated_hardware", "Matériel dédié", "Dedicated hardware"),
			opt("vlan_vrf", "VLAN / VRF", "VLAN / VRF"),
			opt("tenant_accounts", "Comptes ou abonnements séparés par client", "Separate accounts or subscriptions per tenant"),
			opt("container_namespaces", "Espaces de noms de conteneurs", "Container namespaces"),
			opt("dedicated_keys", "Clés de chiffrement dédiées", "Dedicated encryption keys"),
		))
	hostInterconnection = field("interconnection", pas.KEnum, "Raccordement au SI du client", "Connection to the client's network", suggest("ipsec"),
		options(
			opt("none", "Aucun", "None"),
			opt("ipsec", "Tunnel IPsec", "IPsec tunnel"),
			opt("dedicated_link", "Lien dédié (MPLS, fibre)", "Dedicated link (MPLS, fibre)"),
			opt("internet_tls", "Internet chiffré (TLS)", "Internet with TLS"),
		))
	hostEnvSeparation = field("env_separation", pas.KBool, "Séparation des environnements de développement, de test et de production", "Separate development, test and production environments", req, suggest("true"))
	hostDevices       = field("remote_maintenance_devices", pas.KLongText, "Dispositifs de télémaintenance", "Remote-maintenance devices", req,
		when(func(p *pas.Plan, _ *pas.Record) bool { return hostRemoteAdmin(p) }),
		help("Description des dispositifs de télémaintenance et de prise en main à distance : passerelle ou outil, éditeur, qui peut déclencher une session et comment le client la contrôle.",
			"Description of the remote-maintenance and remote-control devices: gateway or tool, vendor, who can start a session and how the client controls it."))
	hostMethod = field("remote_admin.method", pas.KSet, "Moyens d'accès", "Access method", req, suggest("[ipsec_vpn, bastion]"),
		help("Comment les équipes du titulaire et de ses sous-traitants atteignent la plateforme ; une liste vide signifie qu'il n'y a pas d'administration à distance.",
			"How the staff of the provider and its subcontractors reach the platform; an empty list means there is no remote administration."),
		options(
			opt("ipsec_vpn", "VPN IPsec", "IPsec VPN"),
			opt("tls_vpn", "VPN TLS", "TLS VPN"),
			opt("bastion", "Bastion d'administration (PAM)", "Administration bastion (PAM)"),
			opt("vdi", "Poste virtuel d'administration (VDI)", "Virtual administration desktop (VDI)"),
			opt("direct_internet", "SSH ou RDP directement depuis Internet", "SSH or RDP directly from the internet"),
		))
	hostApproval = field("remote_admin.client_approval", pas.KEnum, "Accord préalable du client", "Client's prior approval", req, suggest("per_intervention"),
		when(func(p *pas.Plan, _ *pas.Record) bool { return hostRemoteAdmin(p) }),
		help("Usage : un accord par intervention pour tout accès aux données de production.", "Practice: approval per intervention for any access to production data."),
		options(
			opt("never_needed", "Jamais requis", "Never required"),
			opt("per_intervention", "À chaque intervention", "For each intervention"),
			opt("per_change_window", "Par fenêtre de changement", "Per change window"),
		))
	hostRecording = field("remote_admin.session_recording", pas.KBool, "Enregistrement des sessions privilégiées", "Privileged sessions recorded", req, suggest("true"),
		when(func(p *pas.Plan, _ *pas.Record) bool { return hostRemoteAdmin(p) }))
)

// hostRemoteAdmin reports whether the platform is administered remotely:
// true unless the access methods are explicitly none.
func hostRemoteAdmin(p *pas.Plan) bool {
	v := p.Get(hostMethod)
	return !v.IsSet() || len(v.List) > 0
}

func init() {
	register(&pas.Section{
		ID:    "hosting",
		Title: t("Modalités d'hébergement", "Hosting arrangements"),
		Short: t("Hébergement", "Hosting"),
		Intro: t("Ce chapitre décrit le mode d'hébergement, mutualisé ou dédié, le cloisonnement entre clients, la séparation des environnements et la façon dont les équipes interviennent à distance sur la plateforme.",
			"This chapter describes the hosting model, shared or dedicated, the isolation between tenants, the separation of environments and how staff work on the platform remotely."),
		Who:    pas.WhoProvider,
		Fields: fields(hostModel, hostIsolation, hostInterconnection, hostEnvSeparation, hostDevices, hostMethod, hostApproval, hostRecording),
		Groups: []pas.Group{
			group("remote_admin", "Administration à distance", "Remote administration"),
		},
		Controls: []string{"6.7", "8.20", "8.21", "8.22", "8.31", "5.14"},
		SOC2:     []string{"CC6"},
		Rules:    hostRules,

		Vocabulary: hostingVocabulary,
	})
}

// Which change of this chapter's values is stricter for the client (pas diff).
func init() {
	stricter(pas.More, hostIsolation, hostEnvSeparation, hostRecording)
	ranked(hostApproval, "never_needed", "per_change_window", "per_intervention")
}

// hostingVocabulary lists the words buyers' requirement grids use for this chapter.
var hostingVocabulary = []pas.Term{
	words("mutualisation", "mutualisé*", "dédié*", "multi-locataire*", "cloisonnement entre clients", "cloisonnement entre ses différents clients", "isolation entre clients", "multi-tenant*", "multitenant", "tenant isolation", "dedicated infrastructure", "shared infrastructure"),
	words("environnements de production", "environnement de production", "environnements de recette", "recette", "pré-production", "séparation des environnements", "environnements séparés", "separate environments", "environment separation", "production environment*"),
	words("télémaintenance", "prise en main à distance", "télé-administration", "administration à distance", "remote maintenance", "remote administration", "enregistre les sessions", "enregistrement des sessions", "session recording"),
	words("modalités d'hébergement", "hébergement", "hosting", "interconnexion", "raccordement", "interconnection"),
}

// The chapter in the provider's voice.
func init() {
	prose("hosting",
		choice(hostModel, []answer{
			on("shared_multi_tenant", "La plateforme est mutualisée entre plusieurs clients (multi-locataire).", "The platform is shared between several clients (multi-tenant)."),
			on("dedicated_hosts", "La plateforme repose sur des serveurs dédiés au client.", "The platform runs on hosts dedicated to the client."),
			on("private_cloud_dedicated", "La plateforme est un cloud privé dédié au client.", "The platform is a private cloud dedicated to the client."),
			on("colocation_client_hw", "Le matériel du client est hébergé en colocation.", "The client's hardware is hosted in colocation."),
			on("client_premises_remote_admin", "La plateforme est installée dans les locaux du client et administrée à distance.", "The platform sits on the client's premises and is administered remotely."),
			on("hybrid", "L'hébergement est hybride.", "Hosting is hybrid."),
		}),
		worded(listing(hostIsolation, "Les clients sont cloisonnés par {1}.", "Tenants are isolated by {1}.",
			"Aucun cloisonnement entre clients n'est déclaré.", "No isolation between tenants is declared."), hostIsolation,
			on("hypervisor", "l'hyperviseur", "the hypervisor"),
			on("dedicated_hardware", "du matériel dédié", "dedicated hardware"),
			on("vlan_vrf", "des VLAN et VRF", "VLANs and VRFs"),
			on("tenant_accounts", "des comptes ou abonnements séparés par client", "separate accounts or subscriptions per tenant"),
			on("container_namespaces", "des espaces de noms de conteneurs", "container namespaces"),
			on("dedicated_keys", "des clés de chiffrement dédiées", "dedicated encryption keys")),
		choice(hostInterconnection, []answer{
			on("none", "La plateforme n'est pas raccordée au système d'information du client.", "The platform is not connected to the client's network."),
			on("ipsec", "La plateforme est raccordée au système d'information du client par un tunnel IPsec.", "The platform is connected to the client's network through an IPsec tunnel."),
			on("dedicated_link", "La plateforme est raccordée au système d'information du client par un lien dédié (MPLS, fibre).", "The platform is connected to the client's network through a dedicated link (MPLS, fibre)."),
			on("internet_tls", "La plateforme est raccordée au système d'information du client par Internet, avec chiffrement TLS.", "The platform is connected to the client's network over the Internet, with TLS."),
		}),
		yesNo(hostEnvSeparation,
			"Les environnements de développement, de test et de production sont séparés.", "Development, test and production environments are kept apart.",
			"Les environnements de développement, de test et de production ne sont pas séparés.", "Development, test and production environments are not kept apart."),

		worded(listing(hostMethod, "Les équipes administrent la plateforme à distance par {1}.", "Staff administer the platform remotely through {1}.",
			"Aucun moyen d'administration à distance n'est déclaré.", "No means of remote administration is declared."), hostMethod,
			on("ipsec_vpn", "un VPN IPsec", "an IPsec VPN"),
			on("tls_vpn", "un VPN TLS", "a TLS VPN"),
			on("bastion", "un bastion d'administration (PAM)", "an administration bastion (PAM)"),
			on("vdi", "un poste virtuel d'administration (VDI)", "a virtual administration desktop (VDI)"),
			on("direct_internet", "SSH ou RDP directement depuis Internet", "SSH or RDP straight from the Internet")),
		choice(hostApproval, []answer{
			on("never_needed", "Une intervention à distance ne requiert pas l'accord préalable du client.", "A remote intervention does not need the client's prior approval."),
			on("per_intervention", "Chaque intervention à distance requiert l'accord préalable du client.", "Each remote intervention needs the client's prior approval."),
			on("per_change_window", "L'accord préalable du client est requis pour chaque fenêtre de changement.", "The client's prior approval is needed for each change window."),
		}),
		yesNo(hostRecording, "Les sessions privilégiées sont enregistrées.", "Privileged sessions are recorded.",
			"Les sessions privilégiées ne sont pas enregistrées.", "Privileged sessions are not recorded."),
	)
}

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

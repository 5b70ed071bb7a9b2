package sections

import "github.com/pas-editor/pas/pas"

var hostRules = []*pas.Rule{
	{
		ID: "HOST-01", Severity: pas.Error,
		Title: t("Administration exposée directement sur Internet", "Administration exposed directly on the internet"),
		Rationale: t("Des interfaces d'administration (SSH, RDP) joignables depuis Internet sont une cible directe ; l'ANSSI fonde l'administration sur des chemins dédiés et filtrés.",
			"Administration interfaces (SSH, RDP) reachable from the internet are a direct target; ANSSI builds administration on dedicated, filtered paths."),
		Source: "ANSSI PA-022 [ANSSI-ADMIN]",
		Check: func(c *pas.Check) {
			if c.Plan.Has(hostMethod, "direct_internet") {
				c.Report(hostMethod, nil, pas.T("administration en SSH ou RDP directement depuis Internet : passez par un VPN et un bastion",
					"administration over SSH or RDP directly from the internet: go through a VPN and a bastion"))
			}
		},
	},
	{
		ID: "HOST-02", Severity: pas.Warning,
		Title: t("Hébergement mutualisé insuffisamment cloisonné", "Shared hosting with too little isolation"),
		Rationale: t("L'hébergement mutualisé est l'un des trois domaines de risque de l'infogérance selon l'ANSSI : au moins deux mécanismes de cloisonnement sont attendus.",
			"Shared hosting is one of ANSSI's three outsourcing risk domains: at least two isolation mechanisms are expected."),
		Source: "ANSSI outsourcing guide [ANSSI-INFOG], [BLOG-INFOG]",
		Check: func(c *pas.Check) {
			v := c.Plan.Get(hostIsolation)
			if c.Plan.Str(hostModel) != "shared_multi_tenant" || !v.IsSet() || len(v.List) >= 2 {
				return
			}
			if len(v.List) == 0 {
				c.Report(hostIsolation, nil, t("hébergement mutualisé sans aucun mécanisme de cloisonnement : au moins deux sont attendus",
					"shared hosting without any isolation mechanism: at least two are expected"))
				return
			}
			c.Report(hostIsolation, nil, pas.Textf("hébergement mutualisé avec seulement %s de cloisonnement : au moins deux sont attendus",
				"shared hosting with only %s: at least two are expected", pas.Count(len(v.List), "mécanisme", "mécanismes", "isolation mechanism", "isolation mechanisms")))
		},
	},
	{
		ID: "HOST-03", Severity: pas.Warning,
		Title: t("Dispositifs de télémaintenance non décrits", "Remote-maintenance devices not described"),
		Rationale: t("L'ANSSI demande aux candidats de décrire leurs dispositifs de télémaintenance et recommande d'auditer la passerelle d'accès distant.",
			"ANSSI asks bidders to describe their remote-maintenance devices and recommends auditing the remote access gateway."),
		Source:   "ANSSI outsourcing guide [ANSSI-INFOG]",
		Presence: []*pas.Field{hostDevices},
		Check: func(c *pas.Check) {
			if c.Active(hostDevices, nil) && !c.Plan.Get(hostDevices).IsSet() {
				c.Report(hostDevices, nil, pas.T("la plateforme est administrée à distance, mais les dispositifs de télémaintenance ne sont pas décrits",
					"the platform is administered remotely, but the remote-maintenance devices are not described"))
			}
		},
	},
	{
		ID: "HOST-04", Severity: pas.Warning,
		Title: t("Sessions privilégiées à distance non enregistrées", "Privileged remote sessions not recorded"),
		Rationale: t("Tracer les interventions du prestataire répond au risque d'abus de droits que l'ANSSI associe aux interventions à distance ; l'enregistrement des sessions est un usage.",
			"Tracing the provider's interventions answers the abuse of rights ANSSI associates with remote interventions; recording sessions is a practice."),
		Source: "ISO/IEC 27001:2022 A.8.2, A.8.15; [BLOG-INFOG], [ANSSI-ADMIN] (recording: convention)",
		Check: func(c *pas.Check) {
			if c.Active(hostRecording, nil) && c.Plan.IsNot(hostRecording) {
				c.Report(hostRecording, nil, pas.T("les sessions privilégiées à distance ne sont pas enregistrées", "privileged remote sessions are not recorded"))
			}
		},
	},
	{
		ID: "HOST-05", Severity: pas.Warning, Section: "datacenter",
		Title: t("Administration à distance depuis un pays tiers", "Remote administration from a third country"),
		Rationale: t("Administrer depuis un pays sans décision d'adéquation expose les données au droit de ce pays et peut constituer un transfert.",
			"Administering from a country without an adequacy decision exposes the data to that country's law and can be a transfer."),
		Source: "EDPB Guidelines 05/2021 [EDPB-0521] (see LOC-04)",
		Check: func(c *pas.Check) {
			if !hostRemoteAdmin(c.Plan) {
				return
			}
			out := dcCountriesWhere(c.Plan.Strings(dcAdminCountries), func(code string) bool {
				cl := pas.ClassOf(code)
				return cl == pas.ClassThird || cl == pas.ClassReview
			})
			if len(out) > 0 {
				c.Report(dcAdminCountries, nil, pas.Textf("administration à distance depuis un pays tiers : %s", "remote administration from a third country: %s", countryNames(out)))
			}
		},
	},
	{
		ID: "HOST-06", Severity: pas.Warning,
		Title: t("Environnements non séparés", "Environments not separated"),
		Rationale: t("Les environnements de développement, de test et de production doivent être séparés et protégés.",
			"Development, test and production environments must be separated and protected."),
		Source: "ISO/IEC 27001:2022 A.8.31",
		Check: func(c *pas.Check) {
			if c.Plan.IsNot(hostEnvSeparation) {
				c.Report(hostEnvSeparation, nil, pas.T("développement, test et production ne sont pas séparés", "development, test and production are not separated"))
			}
		},
	},
}

package sections

import (
	"slices"
	"strings"

	"github.com/pas-editor/pas/pas"
)

// Sites, keys and people: every site that holds the client's data is
// covered by the certifications claimed for it, can decrypt what it holds
// in a disaster and is reached only by the paths the access chapter
// allows; every party that holds client data appears in the
// sub-processors and the RACI.

// cohHealthSeverity calibrates HDS findings by buyer: hosting health data
// outside an HDS scope is an error for a health establishment, a warning
// otherwise.
func cohHealthSeverity(p *pas.Plan) pas.Severity {
	if buyer(p, "health_establishment") {
		return pas.Error
	}
	return pas.Warning
}

// cohHealthData returns the kinds of health data a site holds in HDS
// scope: production, backups and support data, and logs when they hold
// data of the main processing.
func cohHealthData(p *pas.Plan, s *pas.Record) []string {
	v := s.Get(siteData)
	var out []string
	for _, k := range []string{"production", "backups", "support"} {
		if v.Contains(k) {
			out = append(out, k)
		}
	}
	if v.Contains("logs") && p.Is(sesLogsHoldPD) {
		out = append(out, "logs")
	}
	return out
}

// cohHDSCovers reports whether a valid HDS certificate of the site's
// operator covers the site (or states no sites, so cannot exclude it).
// Valid HDS certificates are indexed by holder once per check.
func cohHDSCovers(c *pas.Check, s *pas.Record) bool {
	byHolder := c.Memo("coherence.hds", func() any {
		m := map[string][]*pas.Record{}
		for _, cert := range fwCertsOf(c.Plan, "hds") {
			if !fwExpired(c, cert) && !(cert.Get(certCovers).IsSet() && !cert.Is(certCovers)) {
				m[cert.Str(certHolder)] = append(m[cert.Str(certHolder)], cert)
			}
		}
		return m
	}).(map[string][]*pas.Record)
	for _, cert := range byHolder[s.Str(siteOperator)] {
		if sites := cert.Get(certSites); !sites.IsSet() || len(sites.List) == 0 || sites.Contains(s.ID) {
			return true
		}
	}
	return false
}

var _ = coherence(&pas.Rule{
	ID: "COH-16", Severity: pas.Warning, Section: "datacenter",
	Varies: t("erreur lorsque l'acheteur est un établissement de santé", "error when the buyer is a health establishment"),
	Title:  t("Site hébergeant des données de santé hors du périmètre HDS", "Site holding health data outside the HDS scope"),
	Rationale: t("Chaque site qui héberge des données de santé en périmètre HDS (production, sauvegardes, données de support, et journaux lorsqu'ils contiennent des données du traitement) doit figurer dans le périmètre d'un certificat HDS valide de son exploitant : un certificat ne prouve que ce que couvre son périmètre. Erreur pour un établissement de santé.",
		"Every site holding health data in HDS scope (production, backups, support data, and logs when they hold processing data) must be within the scope of a valid HDS certificate of its operator: a certificate only proves what its scope covers. An error for a health establishment."),
	Source: "CSP L.1111-8 [HDS-ANS], [HDS-LEXING]; HDS certification scope [HDS-LSTI]",
	Check: func(c *pas.Check) {
		p := c.Plan
		if !hdsScope(p) {
			return
		}
		for _, s := range p.Records(dcSites) {
			kinds := cohHealthData(p, s)
			if len(kinds) == 0 || s.Str(siteOperator) == "" || !cohOutsiderOrProvider(p, s.Str(siteOperator)) || cohHDSCovers(c, s) {
				continue
			}
			c.ReportAs(cohHealthSeverity(p), siteData, s, pas.Textf("site « %s » : il héberge des données de santé (%s), mais aucun certificat HDS valide de son exploitant « %s » ne le couvre",
				"site \"%s\": it holds health data (%s), but no valid HDS certificate of its operator \"%s\" covers it",
				s.Name(dcSites), cohLabels(siteData, kinds), cohPartyName(p, s.Str(siteOperator))))
		}
	},
}, siteData, siteOperator, certHolder, certSites, engDataFlags, engBuyer, sesLogsHoldPD)

// cohOutsiderOrProvider reports whether a party hosts on someone's behalf:
// any party but the client, whose own premises need no HDS certificate.
func cohOutsiderOrProvider(p *pas.Plan, id string) bool {
	r := party(p, id)
	return r != nil && r.Str(ptyRole) != "client"
}

// cohKeysOnlyAtProduction returns the sites holding keys when every one of
// them is a production site, which a disaster may take with the keys.
func cohKeysOnlyAtProduction(c *pas.Check) []*pas.Record {
	p := c.Plan
	if p.IsNot(cryAtRest) || p.Str(cryKeyModel) == "customer_held" {
		return nil
	}
	keys := cohIdx(c).keySites
	for _, s := range keys {
		if !dcHasRole(s, "primary") || dcHasRole(s, "secondary") {
			return nil
		}
	}
	return keys
}

// cohSiteNames returns the names of sites.
func cohSiteNames(sites []*pas.Record) []string {
	out := make([]string, len(sites))
	for i, s := range sites {
		out[i] = s.Name(dcSites)
	}
	return out
}

var _ = coherence(&pas.Rule{
	ID: "COH-17", Severity: pas.Error, Section: "datacenter",
	Title: t("Site de secours qui ne peut pas déchiffrer", "Recovery site that cannot decrypt"),
	Rationale: t("Un site de secours reçoit les données de production chiffrées ; si les clés ne sont conservées que sur le site de production, le sinistre qui emporte ce site emporte aussi les clés, et le secours ne peut rien déchiffrer.",
		"A recovery site receives the production data encrypted; when the keys are kept only at the production site, the disaster that takes that site takes the keys too, and the recovery site can decrypt nothing."),
	Source: "ISO/IEC 27001:2022 A.8.14, A.8.24 (keys available where the data is used); ANSSI PA-079 [ANSSI-CRYPTO]",
	Check: func(c *pas.Check) {
		keys := cohKeysOnlyAtProduction(c)
		if len(keys) == 0 {
			return
		}
		for _, s := range c.Plan.Records(dcSites) {
			if dcHasRole(s, "secondary") && s.Get(siteData).Contains("production") && !s.Get(siteData).Contains("keys") {
				c.Report(siteData, s, pas.Textf("site de secours « %s » : il reçoit les données de production chiffrées, mais les clés ne sont conservées que sur %s ; si ce site est perdu, le secours ne peut pas déchiffrer",
					"recovery site \"%s\": it receives the production data encrypted, but the keys are kept only at %s; if that site is lost, the recovery site cannot decrypt",
					s.Name(dcSites), cohNames(cohSiteNames(keys))))
			}
		}
	},
}, siteRoles, siteData, cryAtRest, cryKeyModel)

var _ = coherence(&pas.Rule{
	ID: "COH-18", Severity: pas.Error, Section: "continuity",
	Title: t("Sauvegardes chiffrées dont les clés ne sont qu'en production", "Encrypted backups whose keys are only in production"),
	Rationale: t("Une sauvegarde hors du site de production sert à repartir après sa perte ; chiffrée avec des clés qui ne sont conservées que sur ce site, elle devient illisible au moment où l'on en a besoin.",
		"A backup outside the production site is there to restart after losing it; encrypted with keys kept only on that site, it becomes unreadable just when it is needed."),
	Source: "ISO/IEC 27001:2022 A.8.13, A.8.24; CNIL security guide (encrypted backups, restoration tested) [CNIL-GUIDE-SUM]",
	Check: func(c *pas.Check) {
		p := c.Plan
		if !p.Is(cntBackupEncrypted) || !c.Active(cntBackupSites, nil) {
			return
		}
		keys := cohKeysOnlyAtProduction(c)
		if len(keys) == 0 {
			return
		}
		var away []string
		for _, id := range p.Strings(cntBackupSites) {
			if s := p.Record(dcSites, id); s != nil && !dcHasRole(s, "primary") {
				away = append(away, s.Name(dcSites))
			}
		}
		if len(away) > 0 {
			c.Report(cntBackupSites, nil, pas.Textf("sauvegardes chiffrées sur %s, mais les clés ne sont conservées que sur %s : la perte de ce site rend les sauvegardes illisibles",
				"backups encrypted at %s, but the keys are kept only at %s: losing that site makes the backups unreadable", cohNames(away), cohNames(cohSiteNames(keys))))
		}
	},
}, cntBackupEncrypted, cntBackupSites, siteData, siteRoles, cryKeyModel)

var _ = coherence(&pas.Rule{
	ID: "COH-19", Severity: pas.Warning, Section: "crypto",
	Title: t("Pays des clés différent de celui des sites qui les conservent", "Country of the keys unlike that of the sites keeping them"),
	Rationale: t("Le pays où sont conservées les clés décide de la protection qu'offre le chiffrement face aux lois étrangères : il doit être celui d'un site qui conserve effectivement les clés.",
		"The country where keys are kept decides the protection encryption gives against foreign law: it must be that of a site that actually keeps the keys."),
	Source: "EDPB Recommendations 01/2020 (keys under the exporter's control) [EDPB-0120]",
	Check: func(c *pas.Check) {
		p := c.Plan
		country := p.Str(cryKeyCountry)
		keys := cohIdx(c).keySites
		if country == "" || len(keys) == 0 || p.Str(cryKeyModel) == "customer_held" {
			return
		}
		var where []string
		for _, s := range keys {
			if s.Str(siteCountry) == country {
				return
			}
			if code := s.Str(siteCountry); !slices.Contains(where, code) {
				where = append(where, code)
			}
		}
		c.Report(cryKeyCountry, nil, pas.Textf("pays déclaré pour les clés : %s ; or les sites qui les conservent (%s) se trouvent ailleurs : %s",
			"country declared for the keys: %s; yet the sites keeping them (%s) are elsewhere: %s", countryText(country), cohNames(cohSiteNames(keys)), countryNames(where)))
	},
}, cryKeyCountry, cryKeyModel, siteData, siteCountry)

// cohHostVPN are the hosting chapter's VPN access methods.
var cohHostVPN = []string{"ipsec_vpn", "tls_vpn"}

var _ = coherence(&pas.Rule{
	ID: "COH-20", Severity: pas.Warning, Section: "hosting",
	Title: t("Accès d'administration différents selon les chapitres", "Administration paths differ between chapters"),
	Rationale: t("Le chemin par lequel les administrateurs atteignent la plateforme est décrit deux fois, au chapitre des habilitations et à celui de l'hébergement : un moyen d'accès que l'un prévoit et que l'autre ignore est soit une porte non maîtrisée, soit une promesse non tenue.",
		"The path administrators take to reach the platform is described twice, in the access chapter and in the hosting chapter: an access method one provides and the other ignores is either an uncontrolled door or a broken promise."),
	Source: "ANSSI PA-022, secure administration (dedicated administration paths) [ANSSI-ADMIN]",
	Check: func(c *pas.Check) {
		p := c.Plan
		path, methods := p.Get(accAdminPath), p.Get(hostMethod)
		if !path.IsSet() || !methods.IsSet() || len(methods.List) == 0 {
			return
		}
		var fr, en []string
		note := func(m pas.Text) { fr, en = append(fr, m.FR), append(en, m.EN) }
		if methods.Contains("direct_internet") && !path.Contains("direct_internet") {
			note(t("l'hébergement prévoit SSH ou RDP directement depuis Internet, que le chemin d'administration exclut", "hosting provides SSH or RDP directly from the internet, which the administration path excludes"))
		}
		if path.Contains("bastion") != methods.Contains("bastion") {
			if path.Contains("bastion") {
				note(t("le chemin d'administration passe par un bastion, absent des moyens d'accès de l'hébergement", "the administration path goes through a bastion, missing from the hosting access methods"))
			} else {
				note(t("l'hébergement prévoit un bastion, absent du chemin d'administration", "hosting provides a bastion, missing from the administration path"))
			}
		}
		vpn := slices.ContainsFunc(cohHostVPN, methods.Contains)
		if vpn && !path.Contains("vpn") && !path.Contains("segregated_network") {
			note(t("l'hébergement prévoit un VPN, que le chemin d'administration ne cite pas", "hosting provides a VPN, which the administration path does not mention"))
		}
		if len(fr) > 0 {
			c.Report(hostMethod, nil, pas.Textf("moyens d'accès à distance et chemin d'administration (chapitre des habilitations) divergent : %s",
				"remote access methods and administration path (access chapter) differ: %s", t(strings.Join(fr, " ; "), strings.Join(en, "; "))))
		}
	},
}, accAdminPath, hostMethod)

var _ = coherenceAlso(&pas.Rule{
	ID: "COH-21", Severity: pas.Warning, Section: "tools",
	Title: t("Mesure promise sans l'outil qui la met en œuvre", "Measure promised without the tool that carries it out"),
	Rationale: t("Un bastion, un HSM ou des sauvegardes promis dans un chapitre supposent un outil que la liste des outils de sécurité doit citer, avec son éditeur et son exploitant : c'est ce que le client vérifie en audit.",
		"A bastion, an HSM or backups promised in a chapter imply a tool the list of security tools must name, with its vendor and operator: that is what the client checks in an audit."),
	Source: "EuroCloud France 2016 PAS content list (security tools) [EUROCLOUD-2016]; ISO/IEC 27001:2022 A.8.2, A.8.13, A.8.24",
	Check: func(c *pas.Check) {
		p := c.Plan
		if len(p.Records(toolItems)) == 0 {
			return
		}
		need := func(promised bool, where pas.Text, category string) {
			if promised && !toolHasCategory(p, category) {
				c.Report(toolItems, nil, pas.Textf("%s, mais aucun outil de la catégorie « %s » n'est listé",
					"%s, but no tool of the category \"%s\" is listed", where, toolCategory.Option(category).Label))
			}
		}
		on := func(f *pas.Field) bool { return p.Applicable(f.Section) && c.Active(f, nil) }
		need((on(accAdminPath) && p.Has(accAdminPath, "bastion")) || (on(hostMethod) && p.Has(hostMethod, "bastion")),
			t("bastion d'administration promis (habilitations, hébergement)", "administration bastion promised (access, hosting)"), "pam_bastion")
		need(on(cryHSM) && p.Is(cryHSM), t("clés protégées par un HSM (chiffrement)", "keys protected by an HSM (encryption)"), "kms_hsm")
		need(on(cntBackupByProvider) && p.Is(cntBackupByProvider), t("sauvegardes assurées par le titulaire (continuité)", "backups performed by the provider (continuity)"), "backup")
	},
}, []*pas.Field{toolCategory}, accAdminPath, hostMethod, cryHSM, cntBackupByProvider)

var _ = coherence(&pas.Rule{
	ID: "COH-22", Severity: pas.Warning, Section: "tools",
	Title: t("Outil exploité depuis un pays absent des pays d'accès", "Tool operated from a country missing from the access countries"),
	Rationale: t("Un outil qui voit des données du client, exploité depuis un pays, donne accès aux données depuis ce pays : celui-ci doit figurer parmi les pays d'accès des administrateurs et du support, sur lesquels reposent l'analyse des transferts et l'exposition aux lois étrangères.",
		"A tool that sees client data, operated from a country, gives access to the data from that country: it must be among the countries administrators and support work from, on which the transfer analysis and the exposure to foreign law rest."),
	Source: "EDPB Guidelines 05/2021 (access from a third country) [EDPB-0521]",
	Check: func(c *pas.Check) {
		p := c.Plan
		declared := p.Get(dcAdminCountries)
		if !declared.IsSet() {
			return
		}
		for _, r := range p.Records(toolItems) {
			if !r.Is(toolDataAccess) {
				continue
			}
			out := dcCountriesWhere(gdprList(r.Get(toolOperatedFrom)), func(code string) bool { return !declared.Contains(code) })
			if len(out) > 0 {
				c.Report(toolOperatedFrom, r, pas.Textf("« %s » voit des données du client et est exploité depuis des pays absents des pays d'accès des administrateurs (chapitre de la localisation) : %s",
					"\"%s\" sees client data and is operated from countries missing from those administrators work from (location chapter): %s", r.Name(toolItems), countryNames(out)))
			}
		}
	},
}, toolOperatedFrom, toolDataAccess, dcAdminCountries)

var _ = coherence(&pas.Rule{
	ID: "COH-23", Severity: pas.Error, Section: "datacenter",
	Title: t("Exploitant de site absent des sous-traitants ultérieurs", "Site operator missing from the sub-processors"),
	Rationale: t("L'organisation qui exploite un site où se trouvent des données personnelles du client (production, sauvegardes, journaux, support) les traite pour le compte du titulaire : c'est un sous-traitant ultérieur, que le responsable de traitement doit avoir autorisé.",
		"The organisation running a site that holds the client's personal data (production, backups, logs, support) processes it on the provider's behalf: it is a sub-processor the controller must have authorised."),
	Source: "GDPR art. 28(2), 28(4) [GDPR-28-CIPP]",
	Check: func(c *pas.Check) {
		p := c.Plan
		if !personalData(p) {
			return
		}
		x := cohIdx(c)
		for _, s := range p.Records(dcSites) {
			op := s.Str(siteOperator)
			if !cohHoldsClientData(s) || !cohOutsider(p, op) || x.subByParty[op] != nil || party(p, op).Str(ptyGDPR) == "sub_processor" {
				continue // a declared sub-processor left out of the list is SUB-04's
			}
			c.Report(siteOperator, s, pas.Textf("site « %s » : son exploitant « %s » héberge des données du client sans figurer parmi les sous-traitants ultérieurs",
				"site \"%s\": its operator \"%s\" holds client data without being among the sub-processors", s.Name(dcSites), cohPartyName(p, op)))
		}
	},
}, siteOperator, siteData, gdprSPParty)

var _ = coherence(&pas.Rule{
	ID: "COH-24", Severity: pas.Error, Section: "tools",
	Title: t("Exploitant d'outil absent des sous-traitants ultérieurs", "Tool operator missing from the sub-processors"),
	Rationale: t("Une organisation tierce qui exploite un outil voyant des données du client (SOC, supervision, support) traite ces données pour le compte du titulaire : elle doit figurer parmi les sous-traitants ultérieurs autorisés.",
		"A third party running a tool that sees client data (SOC, monitoring, support) processes that data on the provider's behalf: it must be among the authorised sub-processors."),
	Source: "GDPR art. 28(2), 28(4) [GDPR-28-CIPP]; hospital-group RSSI review, support tools (domain reference §1b)",
	Check: func(c *pas.Check) {
		p := c.Plan
		if !personalData(p) {
			return
		}
		x := cohIdx(c)
		for _, r := range p.Records(toolItems) {
			op := r.Str(toolOperatedBy)
			if !r.Is(toolDataAccess) || !cohOutsider(p, op) || x.subByParty[op] != nil || party(p, op).Str(ptyGDPR) == "sub_processor" {
				continue
			}
			c.Report(toolOperatedBy, r, pas.Textf("« %s » voit des données du client et est exploité par « %s », absent des sous-traitants ultérieurs",
				"\"%s\" sees client data and is run by \"%s\", missing from the sub-processors", r.Name(toolItems), cohPartyName(p, op)))
		}
	},
}, toolOperatedBy, toolDataAccess, gdprSPParty)

var _ = coherenceAlso(&pas.Rule{
	ID: "COH-25", Severity: pas.Warning, Section: "raci",
	Title: t("Intervenant qui détient des données absent de la matrice RACI", "Party holding data missing from the RACI matrix"),
	Rationale: t("Chaque organisation qui héberge des données du client, en traite comme sous-traitant ultérieur ou exploite un outil qui les voit a des responsabilités de sécurité : elle doit apparaître dans la matrice RACI.",
		"Every organisation that hosts client data, processes it as a sub-processor or runs a tool that sees it has security duties: it must appear in the RACI matrix."),
	Source: "ISO/IEC 27001:2022 A.5.2, A.5.19; EuroCloud France 2016 PAS content list (RACI) [EUROCLOUD-2016]",
	Check: func(c *pas.Check) {
		p := c.Plan
		x := cohIdx(c)
		if len(p.Records(raciActivites)) == 0 {
			return
		}
		var ids []string
		for id := range x.sitesByOperator {
			ids = append(ids, id)
		}
		for id := range x.toolsByOperator {
			ids = append(ids, id)
		}
		if p.Applicable(gdprSubprocessors.Section) {
			for id := range x.subByParty {
				ids = append(ids, id)
			}
		}
		var missing []string
		for _, r := range p.Records(ptyOrganisations) { // in the order of the parties
			if slices.Contains(ids, r.ID) && cohOutsider(p, r.ID) && !x.raciParties[r.ID] {
				missing = append(missing, r.Name(ptyOrganisations))
			}
		}
		switch {
		case len(missing) == 1:
			c.Report(raciParties, nil, pas.Textf("%s détient ou voit des données du client sans figurer dans la matrice RACI",
				"%s holds or sees client data without appearing in the RACI matrix", cohNames(missing)))
		case len(missing) > 1:
			c.Report(raciParties, nil, pas.Textf("%s détiennent ou voient des données du client sans figurer dans la matrice RACI",
				"%s hold or see client data without appearing in the RACI matrix", cohNames(missing)))
		}
	},
}, []*pas.Field{siteOperator, raciParties, actAssign}, gdprSPParty, toolOperatedBy)

var _ = coherence(&pas.Rule{
	ID: "COH-26", Severity: pas.Warning, Section: "parties",
	Varies: t("erreur lorsque l'acheteur est un établissement de santé", "error when the buyer is a health establishment"),
	Title:  t("Exploitant de site sans l'activité HDS que son site suppose", "Site operator without the HDS activity its site implies"),
	Rationale: t("En périmètre HDS, qui exploite un site hébergeant les données de production exerce une activité d'infrastructure (1, 2 ou 3), et qui y conserve les sauvegardes l'activité 6 : ces activités doivent être déclarées, pour que leur certification soit contrôlée. Erreur pour un établissement de santé.",
		"In HDS scope, whoever runs a site holding production data performs an infrastructure activity (1, 2 or 3), and whoever keeps the backups there activity 6: these activities must be declared, so that their certification is checked. An error for a health establishment."),
	Source: "HDS referential, activities 1 to 6 [HDS-LSTI]; CSP L.1111-8 [HDS-ANS]",
	Check: func(c *pas.Check) {
		p := c.Plan
		if !hdsScope(p) {
			return
		}
		for _, r := range p.Records(ptyOrganisations) {
			sites := cohIdx(c).sitesByOperator[r.ID]
			if len(sites) == 0 || r.Str(ptyRole) == "client" {
				continue
			}
			declared := r.Get(ptyHDS)
			var missing []string
			for _, s := range sites {
				data := s.Get(siteData)
				if data.Contains("production") && !declared.Contains("1") && !declared.Contains("2") && !declared.Contains("3") && !slices.Contains(missing, "1") {
					missing = append(missing, "1", "2", "3")
				}
				if data.Contains("backups") && !declared.Contains("6") && !slices.Contains(missing, "6") {
					missing = append(missing, "6")
				}
			}
			if len(missing) == 0 {
				continue
			}
			where := pas.Textf("le site %s, qui héberge", "site %s, which holds", cohNames(cohSiteNames(sites)))
			if len(sites) > 1 {
				where = pas.Textf("les sites %s, qui hébergent", "sites %s, which hold", cohNames(cohSiteNames(sites)))
			}
			c.ReportAs(cohHealthSeverity(p), ptyHDS, r, pas.Textf("« %s » exploite %s des données de santé, sans déclarer les activités HDS que cela suppose : %s",
				"\"%s\" runs %s health data, without declaring the HDS activities this implies: %s", r.Name(ptyOrganisations), where, cohActivities(missing)))
		}
	},
}, siteData, siteOperator, ptyHDS, engDataFlags, engBuyer)

// cohActivities names the missing HDS activities: "1, 2 ou 3 (…)".
func cohActivities(ids []string) pas.Text {
	var fr, en []string
	if slices.Contains(ids, "1") {
		fr, en = append(fr, "1, 2 ou 3 (infrastructure)"), append(en, "1, 2 or 3 (infrastructure)")
	}
	if slices.Contains(ids, "6") {
		fr, en = append(fr, "6 (sauvegarde)"), append(en, "6 (backup)")
	}
	return t(strings.Join(fr, " ; "), strings.Join(en, "; "))
}

var _ = coherenceAlso(&pas.Rule{
	ID: "COH-27", Severity: pas.Warning, Section: "gdpr",
	Title: t("Liste des pays d'un sous-traitant ultérieur incomplète", "Sub-processor's list of countries incomplete"),
	Rationale: t("Les pays de traitement et d'accès d'un sous-traitant ultérieur fondent l'analyse des transferts : ils doivent comprendre le pays de chacun de ses sites qui héberge des données du client et les pays d'où il exploite des outils qui les voient.",
		"A sub-processor's countries of processing and access ground the transfer analysis: they must include the country of each of its sites holding client data and the countries it runs tools that see that data from."),
	Source: "GDPR arts. 28(2), 44 [CNPD-46]; EDPB Guidelines 05/2021 [EDPB-0521]",
	Check: func(c *pas.Check) {
		p := c.Plan
		x := cohIdx(c)
		for _, r := range p.Records(gdprSubprocessors) {
			id := r.Str(gdprSPParty)
			declared := r.Get(gdprSPCountries)
			if id == "" || !declared.IsSet() {
				continue
			}
			var out []string
			add := func(code string) {
				if code != "" && !declared.Contains(code) && !slices.Contains(out, code) {
					out = append(out, code)
				}
			}
			for _, s := range x.sitesByOperator[id] {
				add(s.Str(siteCountry))
			}
			for _, tool := range x.toolsByOperator[id] {
				for _, code := range gdprList(tool.Get(toolOperatedFrom)) {
					add(code)
				}
			}
			if len(out) > 0 {
				c.Report(gdprSPCountries, r, pas.Textf("« %s » héberge des données du client, ou exploite des outils qui les voient, dans des pays absents de ses pays de traitement et d'accès : %s",
					"\"%s\" hosts client data, or runs tools that see it, in countries missing from its countries of processing and access: %s", r.Name(gdprSubprocessors), countryNames(out)))
			}
		}
	},
}, []*pas.Field{gdprSPCountries, gdprSPParty, siteCountry, siteOperator}, toolOperatedFrom, toolOperatedBy)

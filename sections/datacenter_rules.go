package sections

import (
	"strings"

	"github.com/pas-editor/pas/pas"
)

// dcSecondaryMinKm is the shortest distance accepted between a recovery
// site and the primary site: practice, not a norm.
var dcSecondaryMinKm = threshold(field("datacenter_secondary_min_km", pas.KInt,
	"Distance minimale entre site de secours et site de production", "Minimum distance between recovery and primary sites",
	unit("km", "km"), suggest("30"),
	help("Usage courant : 30 km, pour qu'un même sinistre n'atteigne pas les deux sites. Aucune norme ne fixe cette distance.",
		"Common practice: 30 km, so that one disaster does not hit both sites. No standard sets this distance.")))

var dcRules = []*pas.Rule{
	{
		ID: "LOC-01", Severity: pas.Error,
		Title: t("Site sans ville précise", "Site without a precise city"),
		Rationale: t("Le contrat doit dire dans quel pays et quelle ville se trouvent les serveurs : le droit applicable et l'analyse des transferts en dépendent.",
			"The contract must state the country and city of the servers: the applicable law and the transfer analysis depend on them."),
		Source: "Syntec SaaS contract guide [SYNTEC-SAAS]",
		Check: func(c *pas.Check) {
			for _, s := range c.Plan.Records(dcSites) {
				city := s.Str(siteCity)
				if !s.Get(siteCity).IsSet() || dcVagueEU(city) {
					continue // missing: REQ-01; "Europe": LOC-02
				}
				name := s.Name(dcSites)
				if dcPlaceholder(city) {
					c.Report(siteCity, s, pas.Textf("site « %s » : « %s » n'est pas une ville ; indiquez la ville du centre de données",
						"site \"%s\": \"%s\" is not a city; give the city of the data centre", name, city))
					continue
				}
				if code, err := pas.ParseCountry(city); err == nil && !dcCityStates[code] {
					c.Report(siteCity, s, pas.Textf("site « %s » : « %s » est un pays, pas une ville ; indiquez la ville du centre de données",
						"site \"%s\": \"%s\" is a country, not a city; give the city of the data centre", name, city))
				}
			}
		},
	},
	{
		ID: "LOC-02", Severity: pas.Warning,
		Title: t("Localisation exprimée seulement comme « Europe »", "Location given only as \"Europe\""),
		Rationale: t("« UE » ou « Europe » ne dit ni le pays ni la ville : le client ne peut ni analyser les transferts ni connaître le droit applicable.",
			"\"EU\" or \"Europe\" names neither country nor city: the client can neither analyse transfers nor know the applicable law."),
		Source: "Syntec SaaS contract guide [SYNTEC-SAAS]",
		Check: func(c *pas.Check) {
			for _, s := range c.Plan.Records(dcSites) {
				name := s.Name(dcSites)
				switch {
				case dcVagueEU(s.Str(siteCity)):
					c.Report(siteCity, s, pas.Textf("site « %s » : la ville est donnée comme « %s » ; indiquez la ville du centre de données",
						"site \"%s\": the city is given as \"%s\"; give the city of the data centre", name, s.Str(siteCity)))
				case dcVagueEU(s.Str(siteRegion)) && !s.Get(siteCountry).IsSet():
					c.Report(siteRegion, s, pas.Textf("site « %s » : localisé seulement comme « %s », sans pays ; indiquez le pays et la ville",
						"site \"%s\": located only as \"%s\", with no country; give the country and city", name, s.Str(siteRegion)))
				}
			}
		},
	},
	{
		ID: "LOC-04", Severity: pas.Warning,
		Title: t("Accès d'administration depuis un pays hors EEE", "Administration access from outside the EEA"),
		Rationale: t("Rendre des données accessibles à distance à une personne située dans un pays tiers peut constituer un transfert au sens du chapitre V du RGPD.",
			"Making data reachable remotely by someone in a third country can be a transfer under chapter V of the GDPR."),
		Source: "EDPB Guidelines 05/2021 [EDPB-0521]",
		Check: func(c *pas.Check) {
			if !personalData(c.Plan) {
				return
			}
			if out := dcCountriesWhere(c.Plan.Strings(dcAdminCountries), func(code string) bool { return pas.ClassOf(code) != pas.ClassEEA }); len(out) > 0 {
				c.Report(dcAdminCountries, nil, pas.Textf("accès d'administration depuis un pays hors EEE : %s ; traitez-le comme un transfert (base du chapitre V, mesures)",
					"administration access from outside the EEA: %s; treat it as a transfer (chapter V basis, measures)", countryNames(out)))
			}
		},
	},
	{
		ID: "LOC-05", Severity: pas.Warning,
		Title: t("Pays à adéquation partielle sans preuve de couverture du destinataire", "Partial-adequacy country without evidence the recipient is covered"),
		Rationale: t("La décision d'adéquation des États-Unis ne vaut que pour les organisations inscrites au Data Privacy Framework, celle du Canada que pour les destinataires soumis à la LPRPDE : il faut la preuve que le destinataire en relève.",
			"The US adequacy decision only covers organisations listed under the Data Privacy Framework, Canada's only recipients subject to PIPEDA: evidence that the recipient is covered is needed."),
		Source:   "Adequacy decisions, scope [CNPD-ADEQ]",
		Presence: []*pas.Field{dcSiteAdequacy, dcAdminAdequacy},
		Check: func(c *pas.Check) {
			for _, s := range c.Plan.Records(dcSites) {
				if c.Active(dcSiteAdequacy, s) && !s.Get(dcSiteAdequacy).IsSet() {
					c.Report(dcSiteAdequacy, s, pas.Textf("site « %s » (%s) : la décision d'adéquation ne couvre que certains destinataires ; donnez la preuve que l'exploitant en relève",
						"site \"%s\" (%s): the adequacy decision covers some recipients only; give evidence that the operator is one of them",
						s.Name(dcSites), countryText(s.Str(siteCountry))))
				}
			}
			if c.Active(dcAdminAdequacy, nil) && !c.Plan.Get(dcAdminAdequacy).IsSet() {
				out := dcCountriesWhere(c.Plan.Strings(dcAdminCountries), func(code string) bool { return pas.ClassOf(code) == pas.ClassPartial })
				c.Report(dcAdminAdequacy, nil, pas.Textf("accès depuis un pays à adéquation partielle (%s) : la décision d'adéquation ne couvre que certains destinataires ; donnez la preuve que les entités qui accèdent en relèvent",
					"access from a partial-adequacy country (%s): the adequacy decision covers some recipients only; give evidence that the entities reaching the data are covered", countryNames(out)))
			}
		},
	},
	{
		ID: "LOC-06", Severity: pas.Warning, Section: "parties",
		Varies: t("erreur si le besoin de confidentialité est élevé (C ≥ 3) ou si SecNumCloud est attendu", "error when the confidentiality need is high (C ≥ 3) or SecNumCloud is expected"),
		Title:  t("Intervenant soumis à une loi extra-européenne d'accès contraint", "Party subject to a non-EU compelled-access law"),
		Rationale: t("Le Cloud Act oblige un fournisseur américain à produire les données qu'il a en sa possession, sous sa garde ou son contrôle, où qu'elles soient stockées ; FISA 702 permet une collecte auprès des fournisseurs américains. Héberger en France ne supprime pas ce lien juridique. Erreur lorsque le besoin de confidentialité est d'au moins 3 ou que SecNumCloud est revendiqué ou attendu.",
			"The CLOUD Act obliges a US provider to produce data in its possession, custody or control wherever it is stored; FISA 702 allows collection through US providers. Hosting in France does not remove this legal nexus. An error when the confidentiality need is 3 or more, or when SecNumCloud is claimed or expected."),
		Source: "18 U.S.C. § 2713 [CLOUD-ACT-WH]; 50 U.S.C. § 1881a [FISA-CRS]; [AFNOR-NEXUS]",
		Check: func(c *pas.Check) {
			sev := pas.Warning
			if need(c.Plan, engConfidentiality) >= 3 || fwClaimsSNC(c.Plan) || fwSNCExpected(c.Plan) {
				sev = pas.Error
			}
			for _, r := range dcOperatingParties(c.Plan) {
				why := exposure(r)
				if why.IsZero() {
					continue
				}
				c.ReportAs(sev, dcExposureField(r), r, pas.Textf("« %s » : %s ; ses données sont exposées quel que soit le lieu d'hébergement",
					"\"%s\": %s; the data it handles is exposed wherever it is hosted", r.Name(ptyOrganisations), why))
			}
		},
	},
	{
		ID: "LOC-07", Severity: pas.Error, Section: "frameworks",
		Title: t("SecNumCloud revendiqué par une entité qui ne remplit pas les critères d'immunité", "SecNumCloud claimed by an entity that fails the immunity criteria"),
		Rationale: t("SecNumCloud 3.2 (§ 19.6) exige un siège dans un État membre de l'UE et qu'aucune entité extra-européenne ne détienne plus de 24 % du capital et des droits de vote, ni plus de 39 % collectivement.",
			"SecNumCloud 3.2 (§ 19.6) requires a seat in an EU member state and that no non-EU entity holds more than 24% of capital and voting rights, nor more than 39% collectively."),
		Source: "SecNumCloud 3.2 § 19.6 [PIALAB-SNC], [ARCHIMAG-SNC], [AN-CL88]",
		Check: func(c *pas.Check) {
			for _, cert := range fwCertsOf(c.Plan, "secnumcloud") {
				h := party(c.Plan, cert.Str(certHolder))
				if h == nil {
					continue
				}
				var fr, en []string
				add := func(x pas.Text) { fr, en = append(fr, x.FR), append(en, x.EN) }
				if seat := h.Str(ptySeat); seat != "" && !dcInEU(seat) {
					add(pas.Textf("siège hors UE (%s)", "seat outside the EU (%s)", countryText(seat)))
				}
				if pc := h.Str(ptyParentCountry); pc != "" && !dcInEU(pc) {
					add(pas.Textf("société mère hors UE (%s)", "ultimate parent outside the EU (%s)", countryText(pc)))
				}
				if v := h.Get(ptyNonEUMax); v.IsSet() && v.Num > 24 {
					add(pas.Textf("%s détenus par une seule entité hors UE (24 %% au plus)", "%s held by a single non-EU entity (24%% at most)", pctText(v.Num)))
				}
				if v := h.Get(ptyNonEUTotal); v.IsSet() && v.Num > 39 {
					add(pas.Textf("%s détenus par des entités hors UE (39 %% au plus)", "%s held by non-EU entities (39%% at most)", pctText(v.Num)))
				}
				if len(fr) > 0 {
					c.Report(certHolder, cert, pas.Textf("« %s » : qualification SecNumCloud revendiquée pour « %s », qui ne remplit pas les critères d'immunité : %s",
						"\"%s\": SecNumCloud qualification claimed for \"%s\", which fails the immunity criteria: %s",
						cert.Name(fwCerts), h.Name(ptyOrganisations), pas.T(strings.Join(fr, " ; "), strings.Join(en, "; "))))
				}
			}
		},
	},
	{
		ID: "LOC-08", Severity: pas.Error,
		Title: t("Données de santé hébergées hors de l'EEE", "Health data hosted outside the EEA"),
		Rationale: t("Le référentiel HDS v2 (2024) impose l'hébergement physique des données de santé dans un État de l'EEE.",
			"The HDS v2 referential (2024) requires health data to be physically hosted in an EEA state."),
		Source: "HDS referential v2, arrêté of 26 April 2024 [HDS-ARCHIMAG], [HDS-ACTUS]",
		Check: func(c *pas.Check) {
			if !hdsScope(c.Plan) {
				return
			}
			for _, s := range c.Plan.Records(dcSites) {
				if code := s.Str(siteCountry); code != "" && dcHoldsData(s) && pas.ClassOf(code) != pas.ClassEEA {
					c.Report(siteCountry, s, pas.Textf("site « %s » : données de santé hébergées en dehors de l'EEE (%s)",
						"site \"%s\": health data hosted outside the EEA (%s)", s.Name(dcSites), countryText(code)))
				}
			}
		},
	},
	{
		ID: "LOC-09", Severity: pas.Warning,
		Title: t("Accès aux données de santé depuis hors EEE non déclaré", "Access to health data from outside the EEA not disclosed"),
		Rationale: t("Le référentiel HDS v2 impose d'informer le client, dans le contrat, des accès depuis un pays hors EEE et des risques associés, et de publier la cartographie des transferts.",
			"The HDS v2 referential requires informing the client, in the contract, of access from outside the EEA and of its risks, and publishing the map of transfers."),
		Source:   "HDS referential v2 [HDS-ARCHIMAG]",
		Presence: []*pas.Field{dcHDSAccess},
		Check: func(c *pas.Check) {
			if !c.Active(dcHDSAccess, nil) || c.Plan.Get(dcHDSAccess).IsSet() {
				return
			}
			out := dcCountriesWhere(c.Plan.Strings(dcAdminCountries), func(code string) bool { return pas.ClassOf(code) != pas.ClassEEA })
			c.Report(dcHDSAccess, nil, pas.Textf("accès aux données de santé depuis des pays hors EEE (%s) : décrivez ces accès et leurs risques pour le client",
				"access to health data from outside the EEA (%s): describe these accesses and their risks for the client", countryNames(out)))
		},
	},
	{
		ID: "LOC-10", Severity: pas.Warning,
		Title: t("Copies des données plus exposées que la production", "Copies of the data more exposed than production"),
		Rationale: t("Une sauvegarde, des journaux ou des clés stockés dans un pays d'une autre catégorie que la production constituent un transfert et un chemin d'exposition propres.",
			"Backups, logs or keys stored in a country of another class than production are a transfer and an exposure path of their own."),
		Source: "GDPR chapter V [CNPD-46]",
		Check: func(c *pas.Check) {
			prod := -1
			for _, s := range c.Plan.Records(dcSites) {
				if code := s.Str(siteCountry); code != "" && dcIsProduction(s) && dcClassRank(code) > prod {
					prod = dcClassRank(code)
				}
			}
			if prod < 0 {
				return
			}
			for _, s := range c.Plan.Records(dcSites) {
				code := s.Str(siteCountry)
				if code == "" || dcIsProduction(s) {
					continue
				}
				copies := dcCopies(s)
				if len(copies) == 0 || dcClassRank(code) <= prod {
					continue
				}
				c.Report(siteCountry, s, pas.Textf("site « %s » (%s, %s) : copies des données (%s) dans un pays moins protégé que la production",
					"site \"%s\" (%s, %s): copies of the data (%s) in a less protected country than production",
					s.Name(dcSites), countryText(code), pas.ClassOf(code), dcOptionLabels(siteData, copies)))
			}
		},
	},
	{
		ID: "LOC-11", Severity: pas.Warning,
		Title: t("Pas de site de secours, ou site de secours trop proche", "No recovery site, or recovery site too close"),
		Rationale: t("La redondance des installations suppose un site de secours assez éloigné pour qu'un même sinistre n'atteigne pas les deux ; la distance minimale est un usage, réglable dans la politique.",
			"Redundant facilities need a recovery site far enough for one disaster not to hit both; the minimum distance is a practice, set in the policy."),
		Source: "ISO/IEC 27001:2022 A.8.14 (distance: convention)",
		Check: func(c *pas.Check) {
			sites := c.Plan.Records(dcSites)
			if len(sites) == 0 {
				return
			}
			min := c.Policy(dcSecondaryMinKm.ID)
			found := false
			primaries := 0
			for _, s := range sites {
				if dcHasRole(s, "primary") {
					primaries++
				}
				if !dcHasRole(s, "secondary") {
					continue
				}
				found = true
				if d := s.Get(siteDistance); d.IsSet() && min.IsSet() && d.Num < min.Num {
					c.Report(siteDistance, s, pas.Textf("site de secours « %s » : %s km du site de production, moins que les %s km attendus",
						"recovery site \"%s\": %s km from the primary site, less than the %s km expected",
						s.Name(dcSites), numText(d.Num), numText(min.Num)))
				}
			}
			if !found && primaries < 2 { // active-active production sites back each other up
				c.Report(dcSites, nil, pas.T("aucun site n'a le rôle « Secours (PRA) » : la reprise après sinistre n'a pas de site désigné",
					"no site has the \"Disaster recovery\" role: disaster recovery has no designated site"))
			}
		},
	},
	{
		ID: "LOC-13", Severity: pas.Info,
		Title: t("Site dans un territoire au statut particulier", "Site in a territory with a special status"),
		Rationale: t("Les pays et territoires d'outre-mer associés à l'UE (Nouvelle-Calédonie, Polynésie française, Groenland…) ne font pas partie du territoire de l'Union, contrairement aux régions ultrapériphériques : leur situation au regard du RGPD s'examine au cas par cas.",
			"Overseas countries and territories associated with the EU (New Caledonia, French Polynesia, Greenland…) are not EU territory, unlike the outermost regions: their position under the GDPR must be reviewed case by case."),
		Source: "TFEU outermost regions and OCTs [EURLEX-OR], [EU-OR-GLOSS]",
		Check: func(c *pas.Check) {
			for _, s := range c.Plan.Records(dcSites) {
				if code := s.Str(siteCountry); code != "" && pas.ClassOf(code) == pas.ClassReview {
					c.Report(siteCountry, s, pas.Textf("site « %s » : %s n'appartient pas au territoire de l'UE ; examinez le régime des transferts",
						"site \"%s\": %s is not EU territory; review how transfers apply", s.Name(dcSites), countryText(code)))
				}
			}
		},
	},
	{
		ID: "LOC-14", Severity: pas.Warning,
		Title: t("Risques extraterritoriaux résiduels non documentés", "Residual extraterritorial risks not documented"),
		Rationale: t("Lorsqu'un intervenant est soumis à une loi extra-européenne d'accès contraint, le client doit disposer d'un document qui liste les risques résiduels (SecNumCloud 3.2, § 5.3 d).",
			"When a party is subject to a non-EU compelled-access law, the client needs a document listing the residual risks (SecNumCloud 3.2, § 5.3 d)."),
		Source: "SecNumCloud 3.2.a § 5.3 d) [PIALAB-SNC]",
		Check: func(c *pas.Check) {
			if c.Plan.Get(dcResidualRisk).IsSet() {
				return
			}
			var fr, en []string
			for _, r := range dcOperatingParties(c.Plan) {
				if !exposure(r).IsZero() {
					fr, en = append(fr, "« "+r.Name(ptyOrganisations)+" »"), append(en, `"`+r.Name(ptyOrganisations)+`"`)
				}
			}
			if len(fr) > 0 {
				c.Report(dcResidualRisk, nil, pas.Textf("intervenants exposés à une loi extra-européenne d'accès contraint (%s) : référencez le document qui en liste les risques résiduels",
					"parties exposed to a non-EU compelled-access law (%s): reference the document listing the residual risks", pas.T(strings.Join(fr, ", "), strings.Join(en, ", "))))
			}
		},
	},
}

// dcHasRole reports whether a site has a role.
func dcHasRole(s *pas.Record, role string) bool { return s.Get(siteRoles).Contains(role) }

// dcIsProduction reports whether a site holds production data (or, when
// its data is not stated, is a primary site).
func dcIsProduction(s *pas.Record) bool {
	if v := s.Get(siteData); v.IsSet() {
		return v.Contains("production")
	}
	return dcHasRole(s, "primary")
}

// dcCopies returns the copies of the data (backups, logs, security events,
// keys) a site holds, from its data or, when unstated, from its roles.
func dcCopies(s *pas.Record) []string {
	var out []string
	if v := s.Get(siteData); v.IsSet() {
		for _, k := range []string{"backups", "logs", "security_events", "keys"} {
			if v.Contains(k) {
				out = append(out, k)
			}
		}
		return out
	}
	if dcHasRole(s, "backup") {
		out = append(out, "backups")
	}
	if dcHasRole(s, "logs") {
		out = append(out, "logs")
	}
	return out
}

// dcHoldsData reports whether a site stores data that can include the
// client's data itself (production, backups, logs or support data).
func dcHoldsData(s *pas.Record) bool {
	if v := s.Get(siteData); v.IsSet() {
		return v.Contains("production") || v.Contains("backups") || v.Contains("logs") || v.Contains("support")
	}
	for _, r := range []string{"primary", "secondary", "backup", "logs"} {
		if dcHasRole(s, r) {
			return true
		}
	}
	return false
}

// dcClassRank orders transfer classes from the least to the most exposed.
func dcClassRank(code string) int {
	switch pas.ClassOf(code) {
	case pas.ClassEEA:
		return 0
	case pas.ClassAdequate:
		return 1
	case pas.ClassPartial:
		return 2
	case pas.ClassReview:
		return 3
	}
	return 4
}

// dcEFTA are the EEA states outside the EU.
var dcEFTA = map[string]bool{"IS": true, "LI": true, "NO": true}

// dcInEU reports whether a country is EU territory (the EEA without its
// EFTA members; outermost regions included).
func dcInEU(code string) bool { return pas.ClassOf(code) == pas.ClassEEA && !dcEFTA[code] }

// dcAdminIn reports whether an administration country has this class.
func dcAdminIn(p *pas.Plan, class pas.TransferClass) bool {
	for _, code := range p.Strings(dcAdminCountries) {
		if pas.ClassOf(code) == class {
			return true
		}
	}
	return false
}

// dcAdminOutsideEEA reports whether administrators work from outside the EEA.
func dcAdminOutsideEEA(p *pas.Plan) bool {
	for _, code := range p.Strings(dcAdminCountries) {
		if pas.ClassOf(code) != pas.ClassEEA {
			return true
		}
	}
	return false
}

// dcCountriesWhere returns the codes for which keep holds, in order.
func dcCountriesWhere(codes []string, keep func(string) bool) []string {
	var out []string
	for _, c := range codes {
		if keep(c) {
			out = append(out, c)
		}
	}
	return out
}

// dcOptionLabels joins the labels of options of a set field.
func dcOptionLabels(f *pas.Field, values []string) pas.Text {
	var fr, en []string
	for _, v := range values {
		if o := f.Option(v); o != nil {
			fr, en = append(fr, strings.ToLower(o.Label.FR)), append(en, strings.ToLower(o.Label.EN))
		}
	}
	return pas.T(strings.Join(fr, ", "), strings.Join(en, ", "))
}

// dcOperatingParties returns the parties that host or operate the service
// (hosting parties and site operators, the client excepted), in the order
// of the organisations list.
func dcOperatingParties(p *pas.Plan) []*pas.Record {
	in := map[string]bool{}
	for _, r := range hostingParties(p) {
		in[r.ID] = true
	}
	for _, s := range p.Records(dcSites) {
		if id := s.Str(siteOperator); id != "" {
			in[id] = true
		}
	}
	var out []*pas.Record
	for _, r := range p.Records(ptyOrganisations) {
		if in[r.ID] && r.Str(ptyRole) != "client" {
			out = append(out, r)
		}
	}
	return out
}

// dcExposureField returns the party field that causes its exposure.
func dcExposureField(r *pas.Record) *pas.Field {
	if c, _ := pas.LookupCountry(r.Str(ptySeat)); c.USLaw {
		return ptySeat
	}
	if c, _ := pas.LookupCountry(r.Str(ptyParentCountry)); c.USLaw {
		return ptyParentCountry
	}
	return ptyForeignLaw
}

// Vague locations.

// dcEUWords name the EU or Europe as a whole; dcFillerWords may surround
// them without making the location any more precise.
var (
	dcEUWords            = dcWordSet("eu ue europe european europeen europeenne europeens europeennes eea eee emea")
	dcFillerWords        = dcWordSet("union espace economique economic area zone region regions west western ouest occidentale north northern nord south southern sud east eastern central centrale centre de du des d l la le les the in en dans within data datacenter data centres center centres centers site sites pays country countries multi multiple multiples plusieurs only uniquement seulement hebergement heberge hosted")
	dcPlaceholders       = dcWordSet("tbd tbc todo n/a na nc nd x xx xxx ? inconnu inconnue unknown divers various multiple multiples plusieurs several cloud monde world worldwide global confidentiel confidential")
	dcPlaceholderPhrases = map[string]bool{
		"a definir": true, "a confirmer": true, "a preciser": true, "a venir": true, "to be defined": true, "to be confirmed": true,
		"non communique": true, "not disclosed": true, "non applicable": true, "not applicable": true, "sans objet": true,
	}
	// dcCityStates are countries whose capital bears their name, so a city
	// written as the country's name is precise.
	dcCityStates = dcWordSet("LU MC SG VA SM GI DJ KW PA GT MX HK MO")
)

func dcWordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// dcVagueEU reports whether a location only names the EU or Europe
// ("UE", "Europe de l'Ouest", "EU region"), without a country or city.
var dcSeparators = strings.NewReplacer("/", " ", "_", " ")

func dcVagueEU(s string) bool {
	words := strings.Fields(dcSeparators.Replace(pas.SearchKey(s)))
	core := false
	for _, w := range words {
		switch {
		case dcEUWords[w]:
			core = true
		case !dcFillerWords[w]:
			return false
		}
	}
	return core
}

// dcPlaceholder reports whether a city is a placeholder rather than a place.
func dcPlaceholder(s string) bool {
	key := pas.SearchKey(s)
	if key == "" || dcPlaceholderPhrases[key] {
		return true
	}
	for _, w := range strings.Fields(key) {
		if !dcPlaceholders[w] {
			return false
		}
	}
	return true
}

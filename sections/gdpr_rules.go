package sections

import (
	"strings"

	"github.com/pas-editor/pas/pas"
)

// Policy thresholds of the personal-data chapter (conventions of the
// domain reference, configurable in the plan's policy block).
var (
	gdprRightsAssistMax = threshold(field("gdpr_rights_assist_max", pas.KDuration,
		"Délai maximal d'aide aux demandes des personnes", "Longest delay to assist with data subjects' requests",
		suggest("5bd"),
		help("Au-delà, le responsable de traitement risque de ne pas tenir le délai d'un mois de l'article 12(3) (usage : 5 jours ouvrés).",
			"Beyond it the controller may miss the one-month deadline of article 12(3) (practice: 5 business days).")))
	gdprEndDelayMax = threshold(field("gdpr_end_delay_max", pas.KDuration,
		"Délai maximal d'effacement en fin de traitement", "Longest deletion delay at the end of processing",
		suggest("30d"),
		help("Délai au-delà duquel l'effacement des données en fin de prestation est jugé trop long (usage : 30 jours).",
			"Delay beyond which deleting the data at the end of the service is deemed too slow (practice: 30 days).")))
)

var gdprRules = []*pas.Rule{
	{
		ID: "GDPR-01", Severity: pas.Error,
		Title: t("Description du traitement incomplète (art. 28(3))", "Incomplete description of the processing (art. 28(3))"),
		Rationale: t("Le contrat de sous-traitance doit définir l'objet, la durée, la nature et la finalité du traitement, le type de données, les catégories de personnes concernées ainsi que les obligations et les droits du responsable de traitement. Une réponse absente n'est qu'un avertissement tant que le plan est un projet.",
			"The processing contract must set out the subject-matter, duration, nature and purpose of the processing, the type of data, the categories of data subjects and the controller's obligations and rights. A missing answer is only a warning while the plan is a draft."),
		Source:   "GDPR art. 28(3) [GDPR-28-CIPP], [GDPR-28-SK]",
		Presence: []*pas.Field{gdprDPA, gdprProcessing, gdprProcSubject, gdprProcDuration, gdprProcNature, gdprProcPurposes, gdprProcCategories, gdprProcDataSubjects},
		Check: func(c *pas.Check) {
			if c.Plan.Get(gdprDPA).Missing() {
				c.Missing(gdprDPA, nil, t("aucun accord de sous-traitance n'est cité : les obligations et les droits du responsable de traitement ne sont fixés nulle part",
					"no data processing agreement is cited: the controller's obligations and rights are set out nowhere"))
			}
			recs := c.Plan.Records(gdprProcessing)
			if len(recs) == 0 {
				c.Missing(gdprProcessing, nil, t("aucun traitement n'est décrit", "no processing operation is described"))
			}
			for _, r := range recs {
				for _, f := range fields(gdprProcSubject, gdprProcDuration, gdprProcNature, gdprProcPurposes, gdprProcCategories, gdprProcDataSubjects) {
					v := r.Get(f)
					if c.Active(f, r) && (v.Missing() || (f.Kind == pas.KSet && v.IsSet() && len(v.List) == 0)) {
						c.Missing(f, r, pas.Textf("traitement « %s » : %s à indiquer", "processing \"%s\": %s to be stated", r.Name(gdprProcessing), gdprLower(f.Label)))
					}
				}
			}
		},
	},
	{
		ID: "GDPR-02", Severity: pas.Error,
		Title: t("Engagement obligatoire du sous-traitant absent (art. 28(3)(a)-(h))", "Mandatory processor commitment missing (art. 28(3)(a)-(h))"),
		Rationale: t("Le contrat de sous-traitance doit contenir les huit engagements de l'article 28(3) : instructions documentées, confidentialité, sécurité, sous-traitance ultérieure, aide aux droits des personnes, aide aux articles 32 à 36, sort des données en fin de prestation, information et audits. Une réponse absente n'est qu'un avertissement tant que le plan est un projet.",
			"The processing contract must hold the eight commitments of article 28(3): documented instructions, confidentiality, security, sub-processing, assistance with data subjects' rights, assistance with articles 32 to 36, data at the end of the service, information and audits. A missing answer is only a warning while the plan is a draft."),
		Source:   "GDPR art. 28(3)(a)-(h) [GDPR-28-CIPP]",
		Presence: []*pas.Field{gdprCommitments},
		Check: func(c *pas.Check) {
			v := c.Plan.Get(gdprCommitments)
			if v.Missing() {
				c.Missing(gdprCommitments, nil, t("aucun engagement de l'article 28(3) n'est indiqué", "no article 28(3) commitment is stated"))
				return
			}
			if !v.IsSet() {
				return
			}
			var fr, en []string
			for _, o := range gdprCommitments.Options {
				if !v.Contains(o.Value) {
					fr, en = append(fr, o.Label.FR), append(en, o.Label.EN)
				}
			}
			if len(fr) > 0 {
				c.Report(gdprCommitments, nil, pas.Textf("engagements absents : %s", "commitments missing: %s",
					t(strings.Join(fr, " ; "), strings.Join(en, "; "))))
			}
		},
	},
	{
		ID: "GDPR-03", Severity: pas.Error,
		Title: t("Sous-traitant ultérieur sans autorisation", "Sub-processor without authorisation"),
		Rationale: t("Le sous-traitant ne recrute un sous-traitant ultérieur qu'avec l'autorisation écrite préalable, spécifique ou générale, du responsable de traitement. Une réponse absente n'est qu'un avertissement tant que le plan est un projet.",
			"A processor engages a sub-processor only with the controller's prior specific or general written authorisation. A missing answer is only a warning while the plan is a draft."),
		Source:   "GDPR art. 28(2) [GDPR-28-CIPP]",
		Presence: []*pas.Field{gdprSPAuthorisation},
		Check: func(c *pas.Check) {
			for _, r := range c.Plan.Records(gdprSubprocessors) {
				v := r.Get(gdprSPAuthorisation)
				msg := pas.Textf("sous-traitant ultérieur « %s » : aucune autorisation du responsable de traitement", "sub-processor \"%s\": no authorisation from the controller", r.Name(gdprSubprocessors))
				switch {
				case v.Missing():
					c.Missing(gdprSPAuthorisation, r, msg)
				case r.Str(gdprSPAuthorisation) == "none":
					c.Report(gdprSPAuthorisation, r, msg)
				}
			}
		},
	},
	{
		ID: "GDPR-04", Severity: pas.Warning,
		Title: t("Autorisation générale sans préavis ni droit d'opposition", "General authorisation without notice or right to object"),
		Rationale: t("Sous autorisation générale, le responsable de traitement doit être informé de tout ajout ou remplacement de sous-traitant ultérieur et pouvoir s'y opposer.",
			"Under a general authorisation the controller must be told of any intended addition or replacement of a sub-processor and be able to object."),
		Source:   "GDPR art. 28(2) [GDPR-EURLEX]",
		Presence: []*pas.Field{gdprSPNotice, gdprSPObjection},
		Check: func(c *pas.Check) {
			if !c.Active(gdprSPNotice, nil) {
				return
			}
			if c.Plan.Get(gdprSPNotice).Missing() {
				c.Report(gdprSPNotice, nil, t("autorisation générale : aucun préavis de changement de sous-traitant ultérieur", "general authorisation: no notice of a change of sub-processor"))
			}
			switch {
			case c.Plan.Get(gdprSPObjection).Missing():
				c.Report(gdprSPObjection, nil, t("autorisation générale : le droit d'opposition du responsable de traitement n'est pas indiqué", "general authorisation: the controller's right to object is not stated"))
			case c.Plan.IsNot(gdprSPObjection):
				c.Report(gdprSPObjection, nil, t("autorisation générale sans droit d'opposition du responsable de traitement", "general authorisation without the controller's right to object"))
			}
		},
	},
	{
		ID: "GDPR-05", Severity: pas.Warning,
		Title: t("Obligations de protection des données non répercutées au sous-traitant ultérieur", "Data protection obligations not flowed down to a sub-processor"),
		Rationale: t("Le sous-traitant impose à son sous-traitant ultérieur les mêmes obligations que celles qu'il a envers le responsable de traitement, et reste responsable de ses manquements.",
			"The processor imposes on its sub-processor the same obligations it owes the controller, and remains liable for its failures."),
		Source: "GDPR art. 28(4) [OBELIS-SCC]",
		Check: func(c *pas.Check) {
			for _, r := range c.Plan.Records(gdprSubprocessors) {
				if gdprRecIsNot(r, gdprSPFlowDown) {
					c.Report(gdprSPFlowDown, r, pas.Textf("sous-traitant ultérieur « %s » : les obligations de protection des données ne lui sont pas imposées", "sub-processor \"%s\": the data protection obligations are not imposed on it", r.Name(gdprSubprocessors)))
				}
			}
		},
	},
	{
		ID: "GDPR-06", Severity: pas.Error,
		Title: t("Transfert vers un pays tiers sans encadrement valable", "Transfer to a third country without a valid mechanism"),
		Rationale: t("Un transfert hors de l'EEE exige une décision d'adéquation, des garanties appropriées ou une dérogation ; une décision d'adéquation ne peut pas être invoquée pour un pays qui n'en a pas. Une réponse absente n'est qu'un avertissement tant que le plan est un projet.",
			"A transfer outside the EEA needs an adequacy decision, appropriate safeguards or a derogation; adequacy cannot be claimed for a country that has none. A missing answer is only a warning while the plan is a draft."),
		Source:   "GDPR arts. 44-46 [CNPD-46], [CNPD-ADEQ]",
		Presence: []*pas.Field{gdprTrMechanism},
		Check: func(c *pas.Check) {
			for _, r := range c.Plan.Records(gdprTransfers) {
				if !c.Active(gdprTrMechanism, r) {
					continue
				}
				code, name := r.Str(gdprTrCountry), r.Name(gdprTransfers)
				third := code != "" && pas.ClassOf(code) == pas.ClassThird
				switch {
				case r.Get(gdprTrMechanism).Missing() && third:
					c.Missing(gdprTrMechanism, r, pas.Textf("transfert « %s » vers un pays tiers (%s) sans encadrement", "transfer \"%s\" to a third country (%s) without a mechanism", name, countryText(code)))
				case r.Get(gdprTrMechanism).Missing():
					c.Missing(gdprTrMechanism, r, pas.Textf("transfert « %s » : encadrement attendu", "transfer \"%s\": mechanism expected", name))
				case third && r.Str(gdprTrMechanism) == "adequacy_art45":
					c.Report(gdprTrMechanism, r, pas.Textf("transfert « %s » : aucune décision d'adéquation ne couvre ce pays (%s)", "transfer \"%s\": no adequacy decision covers this country (%s)", name, countryText(code)))
				}
			}
		},
	},
	{
		ID: "GDPR-07", Severity: pas.Warning,
		Title: t("Garanties de l'article 46 sans analyse d'impact du transfert", "Article 46 safeguards without a transfer impact assessment"),
		Rationale: t("Depuis l'arrêt Schrems II, l'exportateur qui s'appuie sur des clauses types ou des règles d'entreprise contraignantes évalue le droit du pays de destination et les mesures supplémentaires nécessaires.",
			"Since Schrems II, an exporter relying on standard clauses or binding corporate rules assesses the destination country's law and the supplementary measures needed."),
		Source: "EDPB Recommendations 01/2020 [EDPB-0120]; [CNPD-46]",
		Check: func(c *pas.Check) {
			for _, r := range c.Plan.Records(gdprTransfers) {
				if c.Active(gdprTrTIA, r) && gdprRecIsNot(r, gdprTrTIA) {
					c.Report(gdprTrTIA, r, pas.Textf("transfert « %s » : aucune analyse d'impact du transfert", "transfer \"%s\": no transfer impact assessment", r.Name(gdprTransfers)))
				}
			}
		},
	},
	{
		ID: "GDPR-08", Severity: pas.Warning,
		Title: t("Dérogation de l'article 49 pour un transfert régulier", "Article 49 derogation for a recurring transfer"),
		Rationale: t("Les dérogations de l'article 49 visent des situations particulières ; un transfert régulier ou structurel, comme celui d'un contrat de service, relève des garanties de l'article 46.",
			"Article 49 derogations are for specific situations; a recurring or structural transfer, such as one under a service contract, calls for article 46 safeguards."),
		Source: "GDPR art. 49 [CNPD-46]",
		Check: func(c *pas.Check) {
			for _, r := range c.Plan.Records(gdprTransfers) {
				if c.Active(gdprTrRecurring, r) && r.Is(gdprTrRecurring) {
					c.Report(gdprTrRecurring, r, pas.Textf("transfert « %s » : transfert régulier fondé sur une dérogation de l'article 49", "transfer \"%s\": recurring transfer based on an article 49 derogation", r.Name(gdprTransfers)))
				}
			}
		},
	},
	{
		ID: "GDPR-09", Severity: pas.Warning,
		Title: t("Importateur américain sans certification Data Privacy Framework", "US importer without Data Privacy Framework certification"),
		Rationale: t("La décision d'adéquation américaine ne couvre que les organisations certifiées au Data Privacy Framework ; elle a été confirmée par le Tribunal de l'Union le 3 septembre 2025, un pourvoi restant possible.",
			"The US adequacy decision only covers organisations certified under the Data Privacy Framework; the EU General Court upheld it on 3 September 2025, an appeal remaining possible."),
		Source:   "Decision (EU) 2023/1795; T-553/23 Latombe [CNPD-ADEQ], [LATOMBE-STREAMLEX]",
		Presence: []*pas.Field{gdprTrDPF},
		Check: func(c *pas.Check) {
			for _, r := range c.Plan.Records(gdprTransfers) {
				if c.Active(gdprTrDPF, r) && !r.Is(gdprTrDPF) && !r.Get(gdprTrDPF).Pending() {
					c.Report(gdprTrDPF, r, pas.Textf("transfert « %s » : adéquation invoquée sans certification Data Privacy Framework de l'importateur", "transfer \"%s\": adequacy claimed without the importer's Data Privacy Framework certification", r.Name(gdprTransfers)))
				}
			}
		},
	},
	{
		ID: "GDPR-10", Severity: pas.Error,
		Title: t("Données d'usage exploitées commercialement", "Usage data put to direct commercial use"),
		Rationale: t("Les données d'usage servent au fonctionnement du service ; elles ne doivent pas devenir une exploitation commerciale directe des données du client.",
			"Usage data serves to run the service; it must not become a direct commercial use of the client's data."),
		Source: "Practitioner guidance on SaaS contracts [BRIEF-SRC]",
		Check: func(c *pas.Check) {
			if c.Active(gdprUsagePurposes, nil) && c.Plan.Has(gdprUsagePurposes, "direct_marketing") {
				c.Report(gdprUsagePurposes, nil, t("les données d'usage servent à la prospection ou à une exploitation commerciale directe", "usage data is used for marketing or direct commercial use"))
			}
		},
	},
	{
		ID: "GDPR-11", Severity: pas.Warning,
		Title: t("Réutilisation des données d'usage sans anonymisation ni agrégation", "Usage data reused without anonymisation or aggregation"),
		Rationale: t("L'amélioration du produit, les études comparatives ou l'entraînement de modèles ne devraient porter que sur des données anonymisées ou agrégées.",
			"Product improvement, benchmarking or model training should only use anonymised or aggregated data."),
		Source:   "Practitioner guidance on SaaS contracts [BRIEF-SRC]",
		Presence: []*pas.Field{gdprUsageAnonymised},
		Check: func(c *pas.Check) {
			v := c.Plan.Get(gdprUsageAnonymised)
			if c.Active(gdprUsageAnonymised, nil) && !c.Plan.Is(gdprUsageAnonymised) && !v.Pending() {
				c.Report(gdprUsageAnonymised, nil, t("données d'usage réutilisées (amélioration, études comparatives ou IA) sans être anonymisées ni agrégées",
					"usage data reused (improvement, benchmarking or AI) without being anonymised or aggregated"))
			}
		},
	},
	{
		ID: "GDPR-12", Severity: pas.Warning,
		Title: t("AIPD requise sans engagement d'aide du titulaire", "DPIA required without the provider's commitment to assist"),
		Rationale: t("L'analyse d'impact incombe au responsable de traitement ; le sous-traitant l'aide en fournissant les informations dont il dispose. Ce n'est jamais une erreur du PAS du titulaire.",
			"The DPIA is the controller's duty; the processor assists it with the information it holds. It is never an error in the provider's PAS."),
		Source: "GDPR arts. 35, 28(3)(f) [GDPR-35]",
		Check: func(c *pas.Check) {
			if c.Plan.Is(gdprDPIARequired) && c.Plan.IsNot(gdprDPIASupport) {
				c.Report(gdprDPIASupport, nil, t("une AIPD est requise et le titulaire ne s'engage pas à aider le responsable de traitement à la mener",
					"a DPIA is required and the provider does not commit to assist the controller with it"))
			}
		},
	},
	{
		ID: "GDPR-13", Severity: pas.Error,
		Title: t("Sort des données en fin de traitement non fixé", "Data at the end of processing not settled"),
		Rationale: t("Au terme de la prestation, le sous-traitant supprime ou restitue les données au choix du responsable de traitement et détruit les copies existantes. Une réponse absente n'est qu'un avertissement tant que le plan est un projet.",
			"At the end of the service the processor deletes or returns the data at the controller's choice and deletes existing copies. A missing answer is only a warning while the plan is a draft."),
		Source:   "GDPR art. 28(3)(g) [GDPR-28-CIPP]",
		Presence: []*pas.Field{gdprEndMode},
		Check: func(c *pas.Check) {
			if c.Plan.Get(gdprEndMode).Missing() {
				c.Missing(gdprEndMode, nil, t("ni restitution ni effacement des données n'est prévu en fin de traitement", "neither return nor deletion of the data is set for the end of processing"))
			}
		},
	},
	{
		ID: "GDPR-14", Severity: pas.Warning,
		Title: t("Aucune conduite face aux demandes d'autorités étrangères", "No policy on foreign authorities' requests"),
		Rationale: t("Les clauses types de 2021 demandent à l'importateur d'informer, d'examiner la légalité, de contester et de limiter la communication en cas de demande d'une autorité publique ; le RGPD ne reconnaît une décision étrangère que si elle repose sur un accord international. C'est la réponse attendue au Cloud Act.",
			"The 2021 standard clauses ask the importer to notify, review legality, challenge and minimise disclosure when a public authority asks for data; the GDPR only recognises a foreign order based on an international agreement. It is the expected answer to the CLOUD Act."),
		Source:   "SCC 2021/914 clause 15; GDPR art. 48 [SCC-OJ], [GDPR-EURLEX]",
		Presence: []*pas.Field{gdprDisclosure},
		Check: func(c *pas.Check) {
			v := c.Plan.Get(gdprDisclosure)
			if v.Missing() || (v.IsSet() && len(v.List) == 0) {
				c.Report(gdprDisclosure, nil, t("aucune conduite n'est indiquée face à une demande de données d'une autorité étrangère", "no policy is stated for a foreign authority's request for data"))
			}
		},
	},
	{
		ID: "GDPR-15", Severity: pas.Warning,
		Title: t("Pas de registre des traitements du sous-traitant", "No processor's record of processing"),
		Rationale: t("Le sous-traitant tient un registre des catégories de traitements qu'il effectue pour le compte de chaque responsable de traitement.",
			"The processor keeps a record of the categories of processing it carries out on behalf of each controller."),
		Source: "GDPR art. 30(2) [GDPR-EURLEX]",
		Check: func(c *pas.Check) {
			if c.Active(gdprRecord, nil) && c.Plan.IsNot(gdprRecord) {
				c.Report(gdprRecord, nil, t("le titulaire, sous-traitant, ne tient pas de registre des traitements", "the provider, a processor, keeps no record of processing"))
			}
		},
	},
	{
		ID: "GDPR-16", Severity: pas.Info,
		Title: t("Données sensibles : niveau de confidentialité et périmètre HDS à vérifier", "Sensitive data: check the confidentiality level and HDS scope"),
		Rationale: t("Des données de santé ou d'autres catégories particulières appellent un besoin de confidentialité d'au moins 3, et des données de santé peuvent relever de l'obligation HDS.",
			"Health data or other special categories call for a confidentiality need of at least 3, and health data may fall under the HDS obligation."),
		Source: "GDPR art. 9; CSP L.1111-8 [HDS-ANS]",
		Check: func(c *pas.Check) {
			conf := need(c.Plan, engConfidentiality)
			for _, r := range c.Plan.Records(gdprProcessing) {
				v := r.Get(gdprProcCategories)
				sensitive := v.Contains("health") || v.Contains("biometric") || v.Contains("special_other")
				if sensitive && conf > 0 && conf < 3 {
					c.Report(gdprProcCategories, r, pas.Textf("traitement « %s » : données sensibles avec un besoin de confidentialité de %d ; 3 au moins est attendu", "processing \"%s\": sensitive data with a confidentiality need of %d; at least 3 is expected", r.Name(gdprProcessing), conf))
				}
				if v.Contains("health") && !hdsScope(c.Plan) {
					c.Report(gdprProcCategories, r, pas.Textf("traitement « %s » : données de santé hors périmètre HDS déclaré ; vérifier si l'hébergement relève de l'obligation HDS", "processing \"%s\": health data outside a declared HDS scope; check whether the hosting falls under the HDS obligation", r.Name(gdprProcessing)))
				}
			}
		},
	},
	{
		ID: "GDPR-17", Severity: pas.Warning,
		Title: t("Délai d'aide aux demandes des personnes trop long", "Delay to assist with data subjects' requests too long"),
		Rationale: t("Le responsable de traitement répond aux personnes dans le mois ; le délai d'aide du sous-traitant s'impute sur ce mois et doit rester sous le seuil de la politique.",
			"The controller answers data subjects within a month; the processor's assistance delay eats into it and must stay within the policy threshold."),
		Source: "GDPR arts. 12(3), 28(3)(e); threshold (convention)",
		Check: func(c *pas.Check) {
			gdprOverMax(c, gdprRightsDelay, gdprRightsAssistMax.ID,
				"délai d'aide de %s, au-delà du seuil de %s", "assistance delay of %s, beyond the threshold of %s")
		},
	},
	{
		ID: "GDPR-18", Severity: pas.Warning,
		Title: t("Délai d'effacement en fin de traitement trop long", "Deletion delay at the end of processing too long"),
		Rationale: t("Tant que l'effacement n'a pas eu lieu, les données du client subsistent chez le titulaire ; le délai doit rester sous le seuil de la politique.",
			"Until deletion happens the client's data remains with the provider; the delay must stay within the policy threshold."),
		Source: "GDPR art. 28(3)(g) [GDPR-28-CIPP]; threshold (convention)",
		Check: func(c *pas.Check) {
			gdprOverMax(c, gdprEndDelay, gdprEndDelayMax.ID,
				"effacement en %s, au-delà du seuil de %s", "deletion within %s, beyond the threshold of %s")
		},
	},
	{
		ID: "LOC-03", Severity: pas.Error, Section: "datacenter", Also: []string{"gdpr"},
		Title: t("Données personnelles dans un pays tiers sans transfert encadré", "Personal data in a third country without a framed transfer"),
		Rationale: t("Stocker des données personnelles dans un pays tiers, ou y donner accès (administration, support à distance), est un transfert : il faut une entrée de transfert fondée sur l'article 45, 46 ou 49 pour ce pays.",
			"Storing personal data in a third country, or giving access to it from there (administration, remote support), is a transfer: it needs a transfer entry based on article 45, 46 or 49 for that country."),
		Source: "GDPR chapter V, arts. 44-49 [CNPD-ADEQ], [CNPD-46]; EDPB Guidelines 05/2021 [EDPB-0521]",
		Check:  checkLOC03,
	},
	{
		ID: "SUB-03", Severity: pas.Error,
		Title: t("Sous-traitant ultérieur sans pays", "Sub-processor without a country"),
		Rationale: t("Sans les pays où un sous-traitant ultérieur stocke les données ou d'où il y accède, ni les transferts ni l'exposition aux lois extra-européennes ne peuvent être évalués ; les outils SaaS de support et d'exploitation n'y font pas exception. Une réponse absente n'est qu'un avertissement tant que le plan est un projet.",
			"Without the countries where a sub-processor stores the data or reaches it from, neither transfers nor exposure to non-EU laws can be assessed; support and operations SaaS are no exception. A missing answer is only a warning while the plan is a draft."),
		Source:   "GDPR arts. 28(2), 44 [CNPD-46]; hospital-group RSSI review (domain reference §1b)",
		Presence: []*pas.Field{gdprSPCountries},
		Check: func(c *pas.Check) {
			for _, r := range c.Plan.Records(gdprSubprocessors) {
				v := r.Get(gdprSPCountries)
				msg := pas.Textf("sous-traitant ultérieur « %s » : aucun pays de traitement ou d'accès", "sub-processor \"%s\": no country of processing or access", r.Name(gdprSubprocessors))
				switch {
				case v.Missing():
					c.Missing(gdprSPCountries, r, msg)
				case v.IsSet() && len(v.List) == 0:
					c.Report(gdprSPCountries, r, msg)
				}
			}
		},
	},
	{
		ID: "SUB-04", Severity: pas.Error,
		Title: t("Sous-traitant ultérieur absent de la liste", "Sub-processor missing from the list"),
		Rationale: t("Toute organisation qui traite des données personnelles pour le compte du titulaire (hébergeur, SOC, éditeur d'un outil de support) est un sous-traitant ultérieur : elle doit figurer dans la liste soumise à l'autorisation du responsable de traitement, faute de quoi le document laisse croire qu'il n'y en a pas.",
			"Every organisation processing personal data on the provider's behalf (host, SOC, support tool vendor) is a sub-processor: it must be in the list the controller authorises, otherwise the document reads as if there were none."),
		Source: "GDPR art. 28(2), 28(4) [GDPR-28-CIPP]",
		Check: func(c *pas.Check) {
			listed := map[string]bool{}
			for _, r := range c.Plan.Records(gdprSubprocessors) {
				listed[r.Str(gdprSPParty)] = true
			}
			for _, r := range parties(c.Plan) {
				if r.Str(ptyGDPR) == "sub_processor" && !listed[r.ID] {
					c.Missing(gdprSubprocessors, nil, pas.Textf("« %s » est sous-traitant ultérieur (rôle RGPD) mais ne figure pas dans la liste des sous-traitants ultérieurs",
						"\"%s\" is a sub-processor (GDPR role) but is not in the list of sub-processors", r.Name(ptyOrganisations)))
				}
			}
		},
	},
}

// checkLOC03 reports each place personal data sits in or is reached from a
// third country without a transfer entry for that country.
func checkLOC03(c *pas.Check) {
	gdpr := c.Plan.Cat.Section("gdpr")
	if !personalData(c.Plan) || !c.Plan.Applicable(gdpr) {
		return
	}
	framed := map[string]bool{}
	for _, r := range c.Plan.Records(gdprTransfers) {
		if r.Get(gdprTrMechanism).IsSet() {
			framed[r.Str(gdprTrCountry)] = true
		}
	}
	unframed := func(code string) bool { return code != "" && pas.ClassOf(code) == pas.ClassThird && !framed[code] }
	msg := func(what pas.Text, code string) pas.Text {
		return pas.Textf("%s : données personnelles dans un pays tiers (%s) sans transfert encadré (art. 45, 46 ou 49) déclaré pour ce pays au chapitre RGPD",
			"%s: personal data in a third country (%s) without a framed transfer (art. 45, 46 or 49) declared for that country in the GDPR chapter", what, countryText(code))
	}
	for _, s := range c.Plan.Records(dcSites) {
		if code := s.Str(siteCountry); gdprSitePersonal(s) && unframed(code) {
			c.Report(siteCountry, s, msg(pas.Textf("site « %s »", "site \"%s\"", s.Name(dcSites)), code))
		}
	}
	for _, code := range c.Plan.Strings(dcAdminCountries) {
		if unframed(code) {
			c.Report(dcAdminCountries, nil, msg(t("accès des administrateurs", "administrators' access"), code))
		}
	}
	for _, r := range c.Plan.Records(gdprSubprocessors) {
		for _, code := range gdprList(r.Get(gdprSPCountries)) {
			if unframed(code) {
				c.Report(gdprSPCountries, r, msg(pas.Textf("sous-traitant ultérieur « %s »", "sub-processor \"%s\"", r.Name(gdprSubprocessors)), code))
			}
		}
	}
}

// gdprSitePersonal reports whether a site holds data other than keys, or
// is a place data is administered or monitored from.
func gdprSitePersonal(s *pas.Record) bool {
	roles := s.Get(siteRoles)
	if roles.Contains("admin") || roles.Contains("soc") {
		return true
	}
	v := s.Get(siteData)
	if !v.IsSet() {
		return false
	}
	for _, d := range v.List {
		if d != "keys" {
			return true
		}
	}
	return false
}

// gdprOverMax reports a duration field longer than a policy threshold.
func gdprOverMax(c *pas.Check, f *pas.Field, policyID, fr, en string) {
	v, max := c.Plan.Get(f), c.Policy(policyID)
	if !c.Active(f, nil) || !v.IsSet() || !max.IsSet() || v.Dur.Compare(max.Dur) <= 0 {
		return
	}
	c.Report(f, nil, pas.Textf(fr, en, durText(v.Dur), durText(max.Dur)))
}

// gdprRecIsNot reports whether a record's boolean field is set to false.
func gdprRecIsNot(r *pas.Record, f *pas.Field) bool { v := r.Get(f); return v.IsSet() && !v.Bool }

// gdprList returns the items of a list value, nil when unset.
func gdprList(v *pas.Value) []string {
	if !v.IsSet() {
		return nil
	}
	return v.List
}

// gdprLower lowers the first letter of a label, for use inside a sentence.
func gdprLower(l pas.Text) pas.Text {
	low := func(s string) string {
		for i, r := range s {
			return strings.ToLower(string(r)) + s[i+len(string(r)):]
		}
		return s
	}
	return t(low(l.FR), low(l.EN))
}

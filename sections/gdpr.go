package sections

import "github.com/pas-editor/pas/pas"

// Personal-data protection (GDPR art. 28 and chapter V): what is processed
// on the client's behalf, by whom, where it goes and how it ends.

// Processing operations, as the controller's documented instructions
// describe them (art. 28(3) first subparagraph).
var (
	gdprProcName    = field("name", pas.KText, "Traitement", "Processing operation", req)
	gdprProcSubject = field("subject_matter", pas.KLongText, "Objet", "Subject-matter", req,
		help("Ce que le traitement réalise pour le responsable de traitement, en une ou deux phrases.",
			"What the processing achieves for the controller, in a sentence or two."))
	gdprProcDuration = field("duration", pas.KText, "Durée", "Duration", req,
		help("Par exemple « durée du marché et période de réversibilité » ou une date de fin.",
			"For instance \"term of the contract plus the exit period\" or an end date."))
	gdprProcNature = field("nature", pas.KSet, "Nature des opérations", "Nature of the operations", req,
		options(
			opt("collection", "Collecte", "Collection"),
			opt("storage", "Conservation", "Storage"),
			opt("hosting", "Hébergement", "Hosting"),
			opt("consultation", "Consultation", "Consultation"),
			opt("modification", "Modification", "Modification"),
			opt("analysis", "Analyse", "Analysis"),
			opt("transmission", "Transmission", "Transmission"),
			opt("deletion", "Effacement", "Deletion"),
			opt("backup", "Sauvegarde", "Backup"),
			opt("support", "Support et maintenance", "Support and maintenance"),
		))
	gdprProcPurposes   = field("purposes", pas.KLongText, "Finalités", "Purposes", req)
	gdprProcCategories = field("data_categories", pas.KSet, "Catégories de données", "Categories of data", req,
		options(
			opt("identity", "Identité", "Identity"),
			opt("contact", "Coordonnées", "Contact details"),
			opt("professional", "Vie professionnelle", "Employment data"),
			opt("financial", "Données financières", "Financial data"),
			opt("connection", "Données de connexion et journaux", "Connection data and logs"),
			opt("location", "Localisation", "Location"),
			opt("health", "Santé", "Health"),
			opt("biometric", "Biométrie", "Biometrics"),
			opt("special_other", "Autres catégories particulières (art. 9)", "Other special categories (art. 9)"),
			opt("criminal", "Infractions et condamnations (art. 10)", "Criminal offences and convictions (art. 10)"),
			opt("other", "Autres", "Other"),
		))
	gdprProcDataSubjects = field("data_subjects", pas.KSet, "Personnes concernées", "Data subjects", req,
		options(
			opt("employees", "Agents et salariés", "Staff"),
			opt("customers", "Clients", "Customers"),
			opt("prospects", "Prospects", "Prospects"),
			opt("patients", "Patients", "Patients"),
			opt("users", "Usagers et utilisateurs", "Users"),
			opt("minors", "Mineurs", "Minors"),
			opt("citizens", "Administrés", "Citizens"),
			opt("other", "Autres", "Other"),
		))
	gdprProcRetention = field("retention", pas.KLongText, "Durées de conservation", "Retention periods",
		help("Durée de conservation par catégorie de données, telle que le responsable de traitement l'a fixée.",
			"Retention period per category of data, as set by the controller."))
	gdprProcessing = field("processing", pas.KList, "Description des traitements", "Description of the processing", req, by(pas.WhoClient),
		help("Un élément par traitement confié au titulaire : c'est le contenu obligatoire de l'article 28(3).",
			"One item per processing operation entrusted to the provider: this is the content article 28(3) requires."),
		records("name", cols("nature", "data_categories", "data_subjects"),
			gdprProcName, gdprProcSubject, gdprProcDuration, gdprProcNature, gdprProcPurposes, gdprProcCategories, gdprProcDataSubjects, gdprProcRetention))
)

// Section-level commitments of the processor.
var (
	gdprDPA = field("dpa_reference", pas.KText, "Accord de sous-traitance (art. 28)", "Data processing agreement (art. 28)", req,
		help("Référence du contrat ou de l'annexe qui fixe les obligations et les droits du responsable de traitement.",
			"Reference of the contract or annex setting out the controller's obligations and rights."))
	gdprCommitments = field("commitments", pas.KSet, "Engagements de l'article 28(3)", "Article 28(3) commitments", req,
		help("Cochez chaque engagement que le contrat ou le PAS prend : tous sont obligatoires pour un sous-traitant.",
			"Tick each commitment the contract or the PAS makes: a processor must make all of them."),
		options(gdprCommitmentOptions...))
	gdprInstructions = field("instructions_ref", pas.KText, "Instructions documentées", "Documented instructions",
		help("Où se trouvent les instructions du responsable de traitement (annexe, document, adresse).",
			"Where the controller's instructions are found (annex, document, address)."))
	gdprRecord = field("processor_record", pas.KBool, "Registre des traitements du sous-traitant (art. 30(2))", "Processor's record of processing (art. 30(2))", req,
		when(func(p *pas.Plan, _ *pas.Record) bool { return gdprProviderProcessor(p) }))
	gdprDPO = field("dpo", pas.KRefs, "Délégués à la protection des données", "Data protection officers", req, ref("parties.contacts"),
		help("Contacts DPO du titulaire et de ses sous-traitants ultérieurs.", "DPO contacts of the provider and of its sub-processors."))
)

// gdprCommitmentOptions are the eight commitments of art. 28(3)(a)-(h).
var gdprCommitmentOptions = []pas.Option{
	opt("instructions", "(a) Traitement sur instruction documentée (transferts compris)", "(a) Processing on documented instructions (transfers included)"),
	opt("confidentiality", "(b) Confidentialité des personnes autorisées", "(b) Confidentiality of the authorised persons"),
	opt("security", "(c) Mesures de sécurité de l'article 32", "(c) Article 32 security measures"),
	opt("subprocessors", "(d) Conditions de recours aux sous-traitants ultérieurs", "(d) Conditions for engaging sub-processors"),
	opt("rights_assistance", "(e) Aide au respect des droits des personnes", "(e) Assistance with data subjects' rights"),
	opt("compliance_assistance", "(f) Aide aux obligations des articles 32 à 36", "(f) Assistance with articles 32 to 36"),
	opt("return_delete", "(g) Suppression ou restitution en fin de prestation", "(g) Deletion or return at the end of the service"),
	opt("audits", "(h) Information et audits", "(h) Information and audits"),
}

// Sub-processors (art. 28(2) and (4)).
var (
	gdprSPName  = field("name", pas.KText, "Sous-traitant ultérieur", "Sub-processor", req)
	gdprSPParty = field("party", pas.KRef, "Organisation", "Organisation", ref("parties.organisations"),
		help("L'organisation déclarée parmi les parties prenantes, lorsqu'elle y figure.", "The organisation declared among the parties, when it is listed there."))
	gdprSPService   = field("service", pas.KText, "Prestation", "Service", req)
	gdprSPData      = field("data_accessed", pas.KText, "Données accessibles", "Data accessed", req)
	gdprSPCountries = field("countries", pas.KCountries, "Pays de traitement et d'accès", "Countries of processing and access", req,
		help("Tous les pays où le sous-traitant ultérieur stocke les données ou d'où il y accède, support compris.",
			"Every country where the sub-processor stores the data or reaches it from, support included."))
	gdprSPAuthorisation = field("authorisation", pas.KEnum, "Autorisation du responsable de traitement", "Controller's authorisation", req,
		options(
			opt("specific_prior_written", "Autorisation écrite préalable spécifique", "Specific prior written authorisation"),
			opt("general_written", "Autorisation écrite générale", "General written authorisation"),
			opt("none", "Pas encore autorisé", "Not yet authorised"),
		))
	gdprSPFlowDown = field("flow_down", pas.KBool, "Mêmes obligations de protection des données imposées (art. 28(4))", "Same data protection obligations imposed (art. 28(4))", req)
	gdprSPSecurity = field("security_flow_down", pas.KBool, "Obligations de sécurité du PAS répercutées", "PAS security obligations flowed down", req,
		help("Oui si le contrat avec ce sous-traitant ultérieur reprend les engagements de sécurité du présent PAS, et pas seulement ceux du RGPD.",
			"Yes when the contract with this sub-processor carries this PAS's security commitments, not only the GDPR ones."))
	gdprSPBreach = field("breach_notice", pas.KDuration, "Délai d'information du titulaire en cas de violation, à compter de sa prise de connaissance", "Time to inform the provider of a breach, from becoming aware of it", since(2), req,
		help("Délai dans lequel le sous-traitant ultérieur informe le titulaire d'une violation de données qui le concerne : il s'ajoute à celui du titulaire envers le responsable de traitement.",
			"Time within which the sub-processor informs the provider of a data breach on its side: it adds up with the provider's own time towards the controller."))
	gdprSPSupportTool = field("support_tool", pas.KBool, "Outil SaaS de support ou d'exploitation", "Support or operations SaaS",
		help("Oui pour un outil de ticketing, de supervision, de messagerie ou de télémaintenance qui peut voir des données du client : c'est un sous-traitant ultérieur comme un autre.",
			"Yes for a ticketing, monitoring, chat or remote-support tool that can see client data: it is a sub-processor like any other."))
	gdprSubprocessors = field("subprocessors", pas.KList, "Sous-traitants ultérieurs", "Sub-processors",
		help("Une liste vide signifie que le titulaire ne recourt à aucun sous-traitant ultérieur.", "An empty list means the provider engages no sub-processor."),
		records("name", cols("service", "countries", "authorisation"),
			gdprSPName, gdprSPParty, gdprSPService, gdprSPData, gdprSPCountries, gdprSPAuthorisation, gdprSPFlowDown, gdprSPSecurity, gdprSPBreach, gdprSPSupportTool))
)

// Transfers outside the EEA (chapter V).
var (
	gdprTrName      = field("name", pas.KText, "Transfert", "Transfer", req)
	gdprTrCountry   = field("country", pas.KCountry, "Pays de destination", "Destination country", req)
	gdprTrImporter  = field("importer", pas.KRef, "Importateur", "Importer", ref("parties.organisations"))
	gdprTrMechanism = field("mechanism", pas.KEnum, "Encadrement", "Transfer mechanism", req,
		when(func(_ *pas.Plan, r *pas.Record) bool {
			c := r.Str(gdprTrCountry)
			return c == "" || pas.ClassOf(c) != pas.ClassEEA
		}),
		options(
			opt("adequacy_art45", "Décision d'adéquation (art. 45)", "Adequacy decision (art. 45)"),
			opt("scc_module_1", "CCT 2021/914, module 1 (responsable à responsable)", "SCC 2021/914, module 1 (controller to controller)"),
			opt("scc_module_2", "CCT 2021/914, module 2 (responsable à sous-traitant)", "SCC 2021/914, module 2 (controller to processor)"),
			opt("scc_module_3", "CCT 2021/914, module 3 (sous-traitant à sous-traitant)", "SCC 2021/914, module 3 (processor to processor)"),
			opt("scc_module_4", "CCT 2021/914, module 4 (sous-traitant à responsable)", "SCC 2021/914, module 4 (processor to controller)"),
			opt("bcr_art47", "Règles d'entreprise contraignantes (art. 47)", "Binding corporate rules (art. 47)"),
			opt("code_of_conduct", "Code de conduite (art. 46(2)(e))", "Code of conduct (art. 46(2)(e))"),
			opt("certification", "Certification (art. 46(2)(f))", "Certification (art. 46(2)(f))"),
			opt("ad_hoc_authorised", "Clauses ad hoc autorisées (art. 46(3))", "Authorised ad hoc clauses (art. 46(3))"),
			opt("derogation_art49", "Dérogation (art. 49)", "Derogation (art. 49)"),
		))
	gdprTrTIA = field("tia_done", pas.KBool, "Analyse d'impact du transfert réalisée", "Transfer impact assessment done", req,
		when(func(_ *pas.Plan, r *pas.Record) bool { return gdprArt46(r.Str(gdprTrMechanism)) }),
		help("Évaluation du droit du pays de destination et des mesures supplémentaires nécessaires (recommandations 01/2020 du CEPD).",
			"Assessment of the destination country's law and of the supplementary measures needed (EDPB Recommendations 01/2020)."))
	gdprTrTIADate = field("tia_date", pas.KDate, "Date de l'analyse", "Date of the assessment",
		when(func(_ *pas.Plan, r *pas.Record) bool { return gdprArt46(r.Str(gdprTrMechanism)) && r.Is(gdprTrTIA) }))
	gdprTrMeasures = field("supplementary_measures", pas.KSet, "Mesures supplémentaires", "Supplementary measures",
		when(func(_ *pas.Plan, r *pas.Record) bool { return gdprArt46(r.Str(gdprTrMechanism)) }),
		options(
			opt("encryption_keys_in_eea", "Chiffrement avec clés détenues dans l'EEE", "Encryption with keys held in the EEA"),
			opt("pseudonymisation", "Pseudonymisation", "Pseudonymisation"),
			opt("split_processing", "Traitement fractionné", "Split processing"),
			opt("contractual_transparency", "Engagements contractuels de transparence", "Contractual transparency commitments"),
			opt("access_request_challenge", "Contestation des demandes d'accès", "Challenge of access requests"),
		))
	gdprTrDPF = field("dpf_certified", pas.KBool, "Importateur certifié Data Privacy Framework", "Importer certified under the Data Privacy Framework", req,
		when(func(_ *pas.Plan, r *pas.Record) bool {
			return gdprUSCountry(r.Str(gdprTrCountry)) && r.Str(gdprTrMechanism) == "adequacy_art45"
		}),
		help("La décision d'adéquation américaine ne couvre que les organisations inscrites sur la liste du Data Privacy Framework.",
			"The US adequacy decision only covers organisations on the Data Privacy Framework list."))
	gdprTrRecurring = field("recurring", pas.KBool, "Transfert régulier ou structurel", "Recurring or structural transfer", req,
		when(func(_ *pas.Plan, r *pas.Record) bool { return r.Str(gdprTrMechanism) == "derogation_art49" }))
	gdprTransfers = field("transfers", pas.KList, "Transferts hors de l'EEE", "Transfers outside the EEA",
		help("Un élément par pays tiers où des données sont stockées ou d'où elles sont consultées, support à distance compris ; une liste vide signifie aucun transfert.",
			"One item per third country where data is stored or reached from, remote support included; an empty list means no transfer."),
		records("name", cols("country", "importer", "mechanism"),
			gdprTrName, gdprTrCountry, gdprTrImporter, gdprTrMechanism, gdprTrTIA, gdprTrTIADate, gdprTrMeasures, gdprTrDPF, gdprTrRecurring))
)

// Requests from foreign authorities, usage data, assistance, DPIA and end
// of processing.
var (
	gdprDisclosure = field("disclosure_policy", pas.KSet, "Demandes d'accès d'autorités étrangères", "Foreign authorities' access requests", req,
		help("Conduite du titulaire lorsqu'une autorité, notamment extra-européenne (Cloud Act), lui demande des données du client.",
			"What the provider does when an authority, non-EU ones included (CLOUD Act), asks it for client data."),
		options(
			opt("notify_client_unless_prohibited", "Informer le client sauf interdiction légale", "Notify the client unless legally prohibited"),
			opt("redirect_requester_to_client", "Rediriger le demandeur vers le client", "Redirect the requester to the client"),
			opt("challenge_unlawful_requests", "Contester les demandes illégales", "Challenge unlawful requests"),
			opt("minimise_disclosure", "Ne communiquer que le strict nécessaire", "Disclose the minimum"),
			opt("transparency_report", "Publier un rapport de transparence", "Publish a transparency report"),
			opt("record_requests", "Tenir un registre des demandes", "Keep a record of requests"),
		))
	gdprUsageCategories = field("usage.categories", pas.KSet, "Données d'usage collectées", "Usage data collected", req,
		help("Données que le titulaire produit en exploitant le service, distinctes des données du client ; une liste vide signifie aucune.",
			"Data the provider generates by running the service, distinct from the client's data; an empty list means none."),
		options(
			opt("telemetry", "Télémétrie", "Telemetry"),
			opt("service_logs", "Journaux de service", "Service logs"),
			opt("billing", "Données de facturation", "Billing data"),
			opt("support_tickets", "Tickets de support", "Support tickets"),
			opt("security_events", "Événements de sécurité", "Security events"),
		))
	gdprUsagePurposes = field("usage.purposes", pas.KSet, "Finalités des données d'usage", "Purposes of the usage data", req,
		when(func(p *pas.Plan, _ *pas.Record) bool { return len(p.Strings(gdprUsageCategories)) > 0 }),
		options(
			opt("service_operation", "Fonctionnement du service", "Running the service"),
			opt("security", "Sécurité", "Security"),
			opt("billing", "Facturation", "Billing"),
			opt("product_improvement", "Amélioration du produit", "Product improvement"),
			opt("benchmarking", "Études comparatives", "Benchmarking"),
			opt("direct_marketing", "Prospection ou exploitation commerciale directe", "Marketing or direct commercial use"),
			opt("ai_training", "Entraînement de modèles d'IA", "AI model training"),
		))
	gdprUsageAnonymised = field("usage.anonymised", pas.KBool, "Anonymisées ou agrégées", "Anonymised or aggregated", req,
		when(func(p *pas.Plan, _ *pas.Record) bool { return gdprSecondaryUse(p) }))
	gdprUsageShared = field("usage.shared", pas.KBool, "Partagées avec des tiers", "Shared with third parties",
		when(func(p *pas.Plan, _ *pas.Record) bool { return len(p.Strings(gdprUsageCategories)) > 0 }))

	gdprRightsDelay = field("assist.rights_delay", pas.KDuration, "Délai d'aide aux demandes des personnes, à compter de la demande du responsable de traitement", "Time to assist with data subjects' requests, from the controller's request", req,
		suggest("5bd"),
		help("Délai dans lequel le titulaire transmet au responsable de traitement ce qu'il faut pour répondre à une demande d'accès, de rectification ou d'effacement.",
			"Time within which the provider gives the controller what it needs to answer an access, rectification or erasure request."))
	gdprDPIASupport = field("assist.dpia_support", pas.KBool, "Aide à l'analyse d'impact (AIPD)", "Assistance with the DPIA", req)

	gdprDPIARequired = field("dpia.required", pas.KBool, "AIPD requise", "DPIA required", req, by(pas.WhoClient),
		help("Oui dans les cas de l'article 35(3), lorsque deux critères du CEPD au moins sont réunis (évaluation, décision automatisée, surveillance systématique, données sensibles, grande échelle, croisement, personnes vulnérables, usage innovant, exclusion d'un droit) ou pour un type de traitement de la liste de la CNIL.",
			"Yes in the cases of article 35(3), when at least two EDPB criteria are met (evaluation, automated decision, systematic monitoring, sensitive data, large scale, matching, vulnerable persons, innovative use, blocking a right) or for a processing type on the CNIL's list."))
	gdprDPIADone = field("dpia.done", pas.KBool, "AIPD réalisée", "DPIA done", by(pas.WhoClient),
		when(func(p *pas.Plan, _ *pas.Record) bool { return p.Is(gdprDPIARequired) }))
	gdprDPIADate = field("dpia.date", pas.KDate, "Date de l'AIPD", "Date of the DPIA", by(pas.WhoClient),
		when(func(p *pas.Plan, _ *pas.Record) bool { return p.Is(gdprDPIARequired) && p.Is(gdprDPIADone) }))

	gdprEndMode = field("end.return_or_delete", pas.KEnum, "Sort des données en fin de traitement", "Data at the end of processing", req,
		options(
			opt("return_then_delete", "Restitution puis effacement", "Return, then deletion"),
			opt("delete", "Effacement", "Deletion"),
			opt("return", "Restitution", "Return"),
		))
	gdprEndDelay = field("end.delay", pas.KDuration, "Délai d'effacement", "Time to delete", req,
		help("Délai jusqu'à l'effacement effectif des données, copies comprises, compté depuis l'événement indiqué ensuite ; il doit concorder avec les délais du chapitre de la réversibilité.",
			"Time until the data, copies included, is actually deleted, counted from the event stated next; it must agree with the periods of the exit chapter."))
	gdprEndFrom = field("end.from", pas.KEnum, "Point de départ du délai d'effacement", "Time to delete runs from", since(2), req,
		options(
			opt("end_of_notice", "Fin du préavis de sortie", "End of the exit notice"),
			opt("end_of_transition", "Fin de la période de transition", "End of the transition period"),
			opt("end_of_retrieval", "Fin de la période de récupération des données", "End of the data retrieval period"),
		))
	gdprEndCertificate = field("end.deletion_certificate", pas.KBool, "Attestation d'effacement remise", "Deletion certificate provided", req)
)

func init() {
	register(&pas.Section{
		ID:    "gdpr",
		Title: t("Protection des données à caractère personnel", "Personal data protection"),
		Short: t("Données personnelles", "Personal data"),
		Intro: t("Ce chapitre décrit les traitements confiés au titulaire, ses engagements de sous-traitant au sens du RGPD, les sous-traitants ultérieurs, les transferts hors de l'EEE, la conduite face aux demandes d'autorités étrangères, l'usage des données de service et le sort des données en fin de traitement.",
			"This chapter describes the processing entrusted to the provider, its commitments as a GDPR processor, the sub-processors, transfers outside the EEA, how requests from foreign authorities are handled, the use of service data and what happens to the data when processing ends."),
		Who: pas.WhoProvider,
		Fields: fields(gdprDPA, gdprCommitments, gdprInstructions, gdprRecord, gdprDPO, gdprProcessing, gdprSubprocessors, gdprSPNotice, gdprSPObjection,
			gdprTransfers, gdprDisclosure,
			gdprUsageCategories, gdprUsagePurposes, gdprUsageAnonymised, gdprUsageShared,
			gdprRightsDelay, gdprDPIASupport,
			gdprDPIARequired, gdprDPIADone, gdprDPIADate,
			gdprEndMode, gdprEndDelay, gdprEndFrom, gdprEndCertificate),
		Groups: []pas.Group{
			group("usage", "Données d'usage du service", "Service usage data"),
			group("assist", "Aide au responsable de traitement", "Assistance to the controller"),
			group("dpia", "Analyse d'impact (AIPD)", "Data protection impact assessment (DPIA)"),
			group("end", "Fin du traitement", "End of processing"),
		},
		Applies: func(p *pas.Plan) (bool, pas.Text) {
			// Unknown data categories are no answer: the chapter stays,
			// to complete, rather than claiming no personal data.
			if personalData(p) || !p.Get(engDataFlags).IsSet() {
				return true, pas.Text{}
			}
			return false, t("Aucune donnée à caractère personnel n'est traitée dans le cadre de la prestation (voir la nature des données).",
				"No personal data is processed in the service (see the nature of the data).")
		},
		Controls: []string{"5.34", "5.31", "5.33", "5.14", "5.19", "5.20", "5.21", "8.10", "8.11"},
		SOC2:     []string{"P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8"},
		Rules:    gdprRules,

		Vocabulary: gdprVocabulary,
	})
}

// Changes to the sub-processors under a general authorisation (art. 28(2)).
var (
	gdprSPNotice = field("subprocessor_change_notice", pas.KDuration, "Préavis de changement de sous-traitant ultérieur", "Notice of a change of sub-processor", req,
		when(func(p *pas.Plan, _ *pas.Record) bool { return gdprGeneralAuthorisation(p) }),
		help("Délai entre l'information du responsable de traitement et l'ajout ou le remplacement d'un sous-traitant ultérieur.",
			"Time between informing the controller and adding or replacing a sub-processor."))
	gdprSPObjection = field("subprocessor_objection_right", pas.KBool, "Droit d'opposition du responsable de traitement", "Controller's right to object", req,
		when(func(p *pas.Plan, _ *pas.Record) bool { return gdprGeneralAuthorisation(p) }))
)

// gdprProviderProcessor reports whether a provider party acts as a
// processor (or sub-processor) under the GDPR.
func gdprProviderProcessor(p *pas.Plan) bool {
	for _, r := range parties(p, "provider") {
		if g := r.Str(ptyGDPR); g == "processor" || g == "sub_processor" {
			return true
		}
	}
	return false
}

// gdprGeneralAuthorisation reports whether a sub-processor is engaged
// under a general written authorisation.
func gdprGeneralAuthorisation(p *pas.Plan) bool {
	for _, r := range p.Records(gdprSubprocessors) {
		if r.Str(gdprSPAuthorisation) == "general_written" {
			return true
		}
	}
	return false
}

// gdprArt46 reports whether a mechanism is an art. 46 (or 47) safeguard,
// for which a transfer impact assessment is expected.
func gdprArt46(m string) bool {
	switch m {
	case "scc_module_1", "scc_module_2", "scc_module_3", "scc_module_4", "bcr_art47", "code_of_conduct", "certification", "ad_hoc_authorised":
		return true
	}
	return false
}

// gdprUSCountry reports whether a country is under US law (CLOUD Act).
func gdprUSCountry(code string) bool {
	c, ok := pas.LookupCountry(code)
	return ok && c.USLaw
}

// gdprSecondaryUse reports whether usage data serves a purpose beyond
// running, securing and billing the service.
func gdprSecondaryUse(p *pas.Plan) bool {
	return p.Has(gdprUsagePurposes, "product_improvement") || p.Has(gdprUsagePurposes, "benchmarking") || p.Has(gdprUsagePurposes, "ai_training")
}

// Which change of this chapter's values is stricter for the client (pas diff).
func init() {
	stricter(pas.More, gdprCommitments, gdprRecord, gdprSPFlowDown, gdprSPSecurity, gdprTrTIA, gdprTrMeasures, gdprTrDPF,
		gdprDisclosure, gdprUsageAnonymised, gdprDPIASupport, gdprDPIADone, gdprEndCertificate, gdprSPNotice, gdprSPObjection)
	stricter(pas.Less, gdprSubprocessors, gdprSPCountries, gdprTransfers, gdprTrCountry, gdprUsageCategories, gdprUsagePurposes,
		gdprUsageShared, gdprRightsDelay, gdprEndDelay, gdprSPBreach)
	ranked(gdprSPAuthorisation, "none", "general_written", "specific_prior_written")
}

// gdprVocabulary lists the words buyers' requirement grids use for this chapter.
var gdprVocabulary = []pas.Term{
	words("RGPD", "GDPR", "règlement général sur la protection des données", "données à caractère personnel", "données personnelles", "personal data", "protection des données", "data protection", "loi Informatique et Libertés", "CNIL"),
	words("sous-traitant au sens", "article 28", "art. 28", "accord de sous-traitance", "contrat de sous-traitance", "clauses de sous-traitance", "data processing agreement", "DPA", "processor", "sous-traitant*", "sous-traitants ultérieurs", "sous-traitant ultérieur", "sub-processor*", "subprocessor*", "responsable de traitement", "responsable du traitement", "controller", "registre des traitements", "record of processing", "DPO", "délégué à la protection des données", "data protection officer"),
	words("transfert*", "transférées", "hors de l'Union européenne", "hors de l'EEE", "hors UE", "décision d'adéquation", "clauses contractuelles types", "CCT", "SCC", "standard contractual clauses", "adequacy decision", "transfer*", "Data Privacy Framework", "BCR"),
	words("droits des personnes", "droits des personnes concernées", "exercice des droits", "personnes concernées", "data subject*", "rights requests", "AIPD", "analyse d'impact", "analyses d'impact", "DPIA", "PIA", "impact assessment"),
	about(gdprSPNotice, pas.AtLeast, "changement de sous-traitant", "sous-traitant ultérieur", "sub-processor*", "subprocessor*", "à l'avance", "in advance"),
	about(gdprEndDelay, pas.AtMost, "fin du traitement", "fin de la prestation", "end of processing"),
	about(gdprRightsDelay, pas.AtMost, "exercice des droits", "demandes des personnes", "rights requests"),
}

// The chapter in the provider's voice.
func init() {
	prose("gdpr",
		say("Les engagements du titulaire en tant que sous-traitant au sens de l'article 28 du RGPD figurent dans le document suivant : {1}.",
			"The provider's commitments as a processor under article 28 of the GDPR are set out in the following document: {1}.", gdprDPA),
		worded(listing(gdprCommitments, "{p} {do:respecter|respecte} les engagements de l'article 28(3) du RGPD : {1}.", "{p} {do:meet|meets} the commitments of GDPR article 28(3): {1}.",
			"Aucun engagement de l'article 28(3) du RGPD n'est déclaré.", "No commitment of GDPR article 28(3) is declared."), gdprCommitments,
			on("instructions", "(a) traitement sur instruction documentée, transferts compris", "(a) processing on documented instructions, transfers included"),
			on("confidentiality", "(b) confidentialité des personnes autorisées", "(b) confidentiality of the authorised persons"),
			on("security", "(c) mesures de sécurité de l'article 32", "(c) the security measures of article 32"),
			on("subprocessors", "(d) conditions de recours aux sous-traitants ultérieurs", "(d) the conditions for engaging sub-processors"),
			on("rights_assistance", "(e) aide au respect des droits des personnes", "(e) assistance with data subjects' rights"),
			on("compliance_assistance", "(f) aide aux obligations des articles 32 à 36", "(f) assistance with the obligations of articles 32 to 36"),
			on("return_delete", "(g) suppression ou restitution des données en fin de prestation", "(g) deletion or return of the data at the end of the service"),
			on("audits", "(h) information et audits", "(h) information and audits")),
		say("Les instructions documentées du responsable de traitement sont les suivantes : {1}.", "The controller's documented instructions are the following: {1}.", gdprInstructions),
		yesNo(gdprRecord,
			"{p} {do:tenir|tient} le registre des traitements qu'il effectue pour le compte du client (art. 30(2) du RGPD).", "{p} {do:keep|keeps} a record of the processing carried out on the client's behalf (GDPR art. 30(2)).",
			"Le titulaire ne tient pas de registre des traitements effectués pour le compte du client.", "The provider keeps no record of the processing carried out on the client's behalf."),
		listing(gdprDPO, "Les délégués à la protection des données sont {1}.", "The data protection officers are {1}.",
			"Aucun délégué à la protection des données n'est désigné.", "No data protection officer is appointed."),
		para(say("{p} {do:informer|informe} le responsable de traitement de tout ajout ou remplacement d'un sous-traitant ultérieur, avec un préavis de {1}.",
			"{p} {do:inform|informs} the controller of any addition or replacement of a sub-processor, with a notice period of {1}.", gdprSPNotice)),
		yesNo(gdprSPObjection, "Le responsable de traitement peut s'y opposer.", "The controller may object to it.",
			"Le responsable de traitement ne dispose pas d'un droit d'opposition.", "The controller has no right to object."),
		worded(listing(gdprDisclosure, "Face à une demande d'accès d'une autorité étrangère, {p} {do:appliquer|applique} les règles suivantes : {1}.",
			"When a foreign authority asks for access to the data, {p} {do:apply|applies} the following rules: {1}.",
			"Aucune règle n'est déclarée pour les demandes d'accès d'autorités étrangères.", "No rule is declared for foreign authorities' access requests."), gdprDisclosure,
			on("notify_client_unless_prohibited", "information du client sauf interdiction légale", "notice to the client unless legally prohibited"),
			on("redirect_requester_to_client", "renvoi du demandeur vers le client", "redirection of the requester to the client"),
			on("challenge_unlawful_requests", "contestation des demandes illégales", "challenge of unlawful requests"),
			on("minimise_disclosure", "communication limitée au strict nécessaire", "disclosure limited to the minimum"),
			on("transparency_report", "publication d'un rapport de transparence", "publication of a transparency report"),
			on("record_requests", "tenue d'un registre des demandes", "a record of the requests")),

		worded(listing(gdprUsageCategories, "Les données d'usage collectées sont {1}.", "The usage data collected comprises {1}.",
			"Aucune donnée d'usage n'est collectée.", "No usage data is collected."), gdprUsageCategories,
			on("telemetry", "la télémétrie", "telemetry"),
			on("service_logs", "les journaux de service", "service logs"),
			on("billing", "les données de facturation", "billing data"),
			on("support_tickets", "les tickets de support", "support tickets"),
			on("security_events", "les événements de sécurité", "security events")),
		worded(listing(gdprUsagePurposes, "Elles servent {1}.", "It is used for {1}.",
			"Aucune finalité n'est déclarée pour les données d'usage.", "No purpose is declared for the usage data."), gdprUsagePurposes,
			on("service_operation", "au fonctionnement du service", "running the service"),
			on("security", "à la sécurité", "security"),
			on("billing", "à la facturation", "billing"),
			on("product_improvement", "à l'amélioration du produit", "product improvement"),
			on("benchmarking", "à des études comparatives", "benchmarking"),
			on("direct_marketing", "à la prospection ou à l'exploitation commerciale directe", "marketing or direct commercial use"),
			on("ai_training", "à l'entraînement de modèles d'IA", "training AI models")),
		yesNo(gdprUsageAnonymised, "Elles sont anonymisées ou agrégées.", "It is anonymised or aggregated.",
			"Elles ne sont ni anonymisées ni agrégées.", "It is neither anonymised nor aggregated."),
		yesNo(gdprUsageShared, "Elles sont partagées avec des tiers.", "It is shared with third parties.",
			"Elles ne sont pas partagées avec des tiers.", "It is not shared with third parties."),

		say("{p} {do:aider|aide} le responsable de traitement à répondre aux demandes des personnes concernées, sous {1} à compter de sa demande.",
			"{p} {do:help|helps} the controller answer data subjects' requests, within {1} of its request.", gdprRightsDelay),
		yesNo(gdprDPIASupport,
			"{p} {do:aider|aide} le responsable de traitement à mener son analyse d'impact (AIPD).", "{p} {do:help|helps} the controller carry out its data protection impact assessment (DPIA).",
			"Le titulaire n'apporte pas d'aide à l'analyse d'impact.", "The provider gives no help with the impact assessment."),

		yesNo(gdprDPIARequired, "Le traitement requiert une analyse d'impact (AIPD).", "The processing requires a data protection impact assessment (DPIA).",
			"Le traitement ne requiert pas d'analyse d'impact.", "The processing requires no impact assessment."),
		yesNo(gdprDPIADone, "Le responsable de traitement a réalisé l'AIPD[ le {1}].", "The controller has carried out the DPIA[ on {1}].",
			"L'AIPD n'est pas encore réalisée.", "The DPIA has not been carried out yet.", gdprDPIADate),

		choice(gdprEndMode, []answer{
			on("return_then_delete", "En fin de traitement, les données sont restituées au client, puis effacées.", "When processing ends, the data is returned to the client, then deleted."),
			on("delete", "En fin de traitement, les données sont effacées.", "When processing ends, the data is deleted."),
			on("return", "En fin de traitement, les données sont restituées au client.", "When processing ends, the data is returned to the client."),
		}),
		worded(say("L'effacement intervient sous {1} à compter {2}.", "Deletion takes place within {1} of {2}.", gdprEndDelay, gdprEndFrom), gdprEndFrom,
			on("end_of_notice", "de la fin du préavis de sortie", "the end of the exit notice"),
			on("end_of_transition", "de la fin de la période de transition", "the end of the transition period"),
			on("end_of_retrieval", "de la fin de la période de récupération des données", "the end of the data retrieval period")),
		yesNo(gdprEndCertificate, "Une attestation d'effacement est remise au client.", "A deletion certificate is handed to the client.",
			"Aucune attestation d'effacement n'est remise.", "No deletion certificate is provided."),
	)
}

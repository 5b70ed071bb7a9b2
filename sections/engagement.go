package sections

import "github.com/pas-editor/pas/pas"

// The engagement framing comes first in the editor: its answers switch
// sections and questions on or off.
var (
	engServices = field("service_models", pas.KSet, "Nature de la prestation", "Service models", req,
		help("Cochez tout ce que couvre la prestation : ces réponses décident des chapitres qui s'appliquent.",
			"Tick everything the service covers: these answers decide which chapters apply."),
		options(
			opt("iaas", "IaaS", "IaaS"),
			opt("paas", "PaaS", "PaaS"),
			opt("caas", "CaaS (conteneurs)", "CaaS (containers)"),
			opt("saas", "SaaS", "SaaS"),
			opt("infrastructure_management", "Infogérance d'infrastructure", "Infrastructure management"),
			opt("application_management", "Infogérance applicative / TMA", "Application management and maintenance"),
			opt("hosting", "Hébergement", "Hosting"),
			opt("integration", "Intégration / projet", "Integration project"),
			opt("support", "Support", "Support"),
		))
	engDeployment = field("deployment_model", pas.KEnum, "Modèle de déploiement", "Deployment model", req,
		options(
			opt("public_multi_tenant", "Cloud public mutualisé", "Public multi-tenant cloud"),
			opt("private_dedicated", "Cloud privé dédié", "Dedicated private cloud"),
			opt("community", "Cloud communautaire", "Community cloud"),
			opt("hybrid", "Hybride", "Hybrid"),
			opt("on_premises_managed", "Infogérance sur site du client", "Managed on the client's premises"),
		))
	engThirdPartySaaS = field("third_party_saas", pas.KBool, "Service entièrement en SaaS tiers", "Fully third-party SaaS", req,
		help("Oui lorsque l'application est un SaaS exploité de bout en bout par un éditeur tiers : le chapitre des outils de sécurité ne s'applique alors pas.",
			"Yes when the application is a SaaS operated end to end by a third-party vendor: the security tools chapter then does not apply."))
	engDevelopment = field("development", pas.KBool, "La prestation inclut du développement", "The service includes development", req,
		help("Oui pour un projet d'intégration, du développement spécifique ou de la maintenance applicative (TMA) : le chapitre du développement sécurisé s'applique alors.",
			"Yes for an integration project, custom development or application maintenance: the secure development chapter then applies."))
	engBuyer = field("buyer_type", pas.KEnum, "Type d'acheteur", "Buyer type", req, by(pas.WhoClient),
		options(
			opt("state", "Administration de l'État", "State administration"),
			opt("local_authority", "Collectivité territoriale", "Local authority"),
			opt("health_establishment", "Établissement de santé", "Healthcare facility"),
			opt("public_body", "Établissement public", "Public body"),
			opt("oiv", "Opérateur d'importance vitale (OIV)", "Operator of vital importance (OIV)"),
			opt("nis2_essential", "Entité essentielle NIS 2", "NIS 2 essential entity"),
			opt("nis2_important", "Entité importante NIS 2", "NIS 2 important entity"),
			opt("private_company", "Entreprise privée", "Private company"),
		))
	engProcurementRef = field("procurement.reference", pas.KText, "Référence du marché", "Procurement reference", by(pas.WhoClient),
		help("Numéro du marché, du DCE ou du lot ; ou la référence du contrat privé.",
			"Number of the public contract, tender file or lot; or the private contract's reference."))
	engLot = field("procurement.lot", pas.KText, "Lot", "Lot", since(2), by(pas.WhoClient),
		help("Numéro et intitulé du lot, lorsque la consultation est allotie (« Lot 2 – Hébergement »).",
			"Number and title of the lot, when the tender is split into lots (\"Lot 2 – Hosting\")."))
	engProcedure = field("procurement.procedure", pas.KEnum, "Procédure", "Procedure", by(pas.WhoClient),
		options(
			opt("open_tender", "Appel d'offres ouvert", "Open tender"),
			opt("restricted_tender", "Appel d'offres restreint", "Restricted tender"),
			opt("adapted_procedure", "Procédure adaptée (MAPA)", "Adapted procedure (MAPA)"),
			opt("negotiated", "Procédure négociée", "Negotiated procedure"),
			opt("competitive_dialogue", "Dialogue compétitif", "Competitive dialogue"),
			opt("framework_agreement", "Accord-cadre", "Framework agreement"),
			opt("subsequent_contract", "Marché subséquent", "Subsequent contract"),
			opt("private_contract", "Contrat privé", "Private contract"),
		))
	engScope = field("scope", pas.KLongText, "Périmètre", "Scope", req, by(pas.WhoClient),
		help("Systèmes, applications, sites et utilisateurs couverts, et ce qui est exclu.",
			"Systems, applications, sites and users covered, and what is excluded."))
	engAvailability    = needField("needs.availability", "Disponibilité (D)", "Availability (A)")
	engIntegrity       = needField("needs.integrity", "Intégrité (I)", "Integrity (I)")
	engConfidentiality = needField("needs.confidentiality", "Confidentialité (C)", "Confidentiality (C)")
	engTraceability    = needField("needs.traceability", "Traçabilité (T)", "Traceability (T)")
	engDataFlags       = field("data", pas.KSet, "Nature des données", "Data categories", req, by(pas.WhoClient),
		help("Cochez les catégories présentes ; une liste vide signifie qu'aucune de ces catégories n'est traitée. Le périmètre HDS est plus étroit que les données de santé : données de santé à caractère personnel recueillies lors d'activités de prévention, de diagnostic, de soins ou de suivi médico-social, hébergées pour le compte de qui les a produites ou recueillies.",
			"Tick the categories present; an empty list means none of them is processed. HDS scope is narrower than health data: personal health data collected during prevention, diagnosis, care or medico-social follow-up, hosted on behalf of whoever produced or collected it."),
		options(
			opt("personal_data", "Données à caractère personnel", "Personal data"),
			opt("special_category", "Catégories particulières (art. 9 RGPD)", "Special categories (GDPR art. 9)"),
			opt("health_data", "Données de santé", "Health data"),
			opt("hds_scope", "Hébergement de données de santé (HDS)", "Health data hosting (HDS scope)"),
			opt("payment_card", "Données de cartes de paiement", "Payment card data"),
			opt("sensitive_state", "Données sensibles de l'État", "Sensitive State data"),
		))
)

// needField declares one of the four security needs, rated 1 to 4.
func needField(id, fr, en string) *pas.Field {
	return field(id, pas.KEnum, fr, en, req, by(pas.WhoClient),
		help("Niveau de besoin exprimé par le client, de 1 (faible) à 4 (très élevé).",
			"Level of need expressed by the client, from 1 (low) to 4 (very high)."),
		options(
			opt("1", "1 – Faible", "1 – Low"),
			opt("2", "2 – Moyen", "2 – Moderate"),
			opt("3", "3 – Élevé", "3 – High"),
			opt("4", "4 – Très élevé", "4 – Very high"),
		))
}

func init() {
	register(&pas.Section{
		ID:    "engagement",
		Title: t("Contexte de la prestation", "Engagement context"),
		Short: t("Contexte et besoins", "Context and needs"),
		Intro: t("Ce chapitre situe la prestation : sa nature, son modèle de déploiement, l'acheteur, le périmètre couvert, les besoins de sécurité exprimés par le client et la nature des données traitées.",
			"This chapter frames the service: its nature, its deployment model, the buyer, the scope covered, the security needs stated by the client and the nature of the data processed."),
		Who: pas.WhoProvider,
		Fields: fields(engServices, engDeployment, engThirdPartySaaS, engDevelopment, engBuyer, engScope, engDataFlags,
			engProcurementRef, engLot, engProcedure,
			engAvailability, engIntegrity, engConfidentiality, engTraceability),
		Groups: []pas.Group{
			group("procurement", "Marché", "Procurement"),
			group("needs", "Besoins de sécurité (DICT)", "Security needs"),
		},
		Controls: []string{"5.1", "5.8", "5.12", "5.31"},
		SOC2:     []string{"CC1", "CC2", "CC3"},

		Vocabulary: engagementVocabulary,
	})
}

// Predicates on the engagement, shared by every section.

// hasData reports whether the plan declares a data category.
func hasData(p *pas.Plan, flag string) bool { return p.Has(engDataFlags, flag) }

// personalData reports whether personal data is processed (any category
// that implies it).
func personalData(p *pas.Plan) bool {
	return hasData(p, "personal_data") || hasData(p, "special_category") || hasData(p, "health_data") || hasData(p, "hds_scope")
}

// hdsScope reports whether the service falls under the French HDS obligation.
func hdsScope(p *pas.Plan) bool { return hasData(p, "hds_scope") }

// need returns the level (1 to 4) of a security need, 0 when unknown.
func need(p *pas.Plan, f *pas.Field) int {
	if v := p.Get(f); v.IsSet() && len(v.Str) == 1 {
		return int(v.Str[0] - '0')
	}
	return 0
}

// buyer reports whether the buyer is of one of the given types.
func buyer(p *pas.Plan, types ...string) bool {
	b := p.Str(engBuyer)
	for _, t := range types {
		if b == t {
			return true
		}
	}
	return false
}

// offers reports whether the service includes one of the given models.
func offers(p *pas.Plan, models ...string) bool {
	for _, m := range models {
		if p.Has(engServices, m) {
			return true
		}
	}
	return false
}

// engagementVocabulary lists the words buyers' requirement grids use for this chapter.
var engagementVocabulary = []pas.Term{
	words("périmètre de la prestation", "objet de la prestation", "nature de la prestation", "périmètre du marché", "scope of the service", "scope of services", "service scope"),
	words("besoins de sécurité", "besoin de sécurité", "DICT", "DICP", "besoin en disponibilité", "besoin en intégrité", "besoin en confidentialité", "security needs", "security requirements level"),
	words("modèle de déploiement", "cloud communautaire", "cloud privé", "cloud public", "deployment model"),
	words("données de santé à caractère personnel", "catégories de données", "nature des données", "data categories"),
}

// The chapter in words: the context, as the client and the provider set it.
func init() {
	prose("engagement",
		worded(listing(engServices, "La prestation comprend : {1}.", "The service comprises: {1}.",
			"Aucune nature de prestation n'est déclarée.", "No service model is declared."), engServices,
			on("caas", "CaaS (conteneurs)", "CaaS (containers)"),
			on("application_management", "infogérance applicative (TMA)", "application management and maintenance"),
			on("integration", "intégration (projet)", "integration project work")),
		choice(engDeployment, []answer{
			on("public_multi_tenant", "Elle est déployée dans un cloud public mutualisé.", "It is deployed in a public multi-tenant cloud."),
			on("private_dedicated", "Elle est déployée dans un cloud privé dédié.", "It is deployed in a dedicated private cloud."),
			on("community", "Elle est déployée dans un cloud communautaire.", "It is deployed in a community cloud."),
			on("hybrid", "Son déploiement est hybride.", "Its deployment is hybrid."),
			on("on_premises_managed", "Elle est infogérée sur le site du client.", "It is managed on the client's premises."),
		}),
		yesNo(engThirdPartySaaS, "Le service est entièrement un SaaS exploité par un éditeur tiers.", "The service is entirely a SaaS run by a third-party vendor.",
			"Le service n'est pas un SaaS exploité de bout en bout par un éditeur tiers.", "The service is not a SaaS run end to end by a third-party vendor."),
		yesNo(engDevelopment, "La prestation inclut du développement.", "The service includes development.",
			"La prestation n'inclut pas de développement.", "The service includes no development."),
		worded(say("L'acheteur est {1}.", "The buyer is {1}.", engBuyer), engBuyer,
			on("state", "une administration de l'État", "a State administration"),
			on("local_authority", "une collectivité territoriale", "a local authority"),
			on("health_establishment", "un établissement de santé", "a healthcare facility"),
			on("public_body", "un établissement public", "a public body"),
			on("oiv", "un opérateur d'importance vitale (OIV)", "an operator of vital importance (OIV)"),
			on("nis2_essential", "une entité essentielle au sens de NIS 2", "an essential entity under NIS 2"),
			on("nis2_important", "une entité importante au sens de NIS 2", "an important entity under NIS 2"),
			on("private_company", "une entreprise privée", "a private company")),
		worded(listing(engDataFlags, "Les données traitées comprennent {1}.", "The data processed includes {1}.",
			"Aucune des catégories de données proposées n'est traitée.", "None of the listed data categories is processed."), engDataFlags,
			on("personal_data", "des données à caractère personnel", "personal data"),
			on("special_category", "des données de catégories particulières (art. 9 du RGPD)", "special categories of data (GDPR art. 9)"),
			on("health_data", "des données de santé", "health data"),
			on("hds_scope", "des données de santé hébergées au sens de la certification HDS", "health data hosted within the HDS certification scope"),
			on("payment_card", "des données de cartes de paiement", "payment card data"),
			on("sensitive_state", "des données sensibles de l'État", "sensitive State data")),

		say("La référence du marché est {1}.", "The procurement reference is {1}.", engProcurementRef),
		say("Le présent PAS porte sur le lot suivant : {1}.", "This PAS covers the following lot: {1}.", engLot),
		choice(engProcedure, []answer{
			on("open_tender", "Le marché est passé par appel d'offres ouvert.", "The contract is awarded through an open tender."),
			on("restricted_tender", "Le marché est passé par appel d'offres restreint.", "The contract is awarded through a restricted tender."),
			on("adapted_procedure", "Le marché est passé selon une procédure adaptée (MAPA).", "The contract is awarded under an adapted procedure (MAPA)."),
			on("negotiated", "Le marché est passé selon une procédure négociée.", "The contract is awarded under a negotiated procedure."),
			on("competitive_dialogue", "Le marché est passé à l'issue d'un dialogue compétitif.", "The contract is awarded after a competitive dialogue."),
			on("framework_agreement", "Il s'agit d'un accord-cadre.", "It is a framework agreement."),
			on("subsequent_contract", "Il s'agit d'un marché subséquent.", "It is a subsequent contract."),
			on("private_contract", "Il s'agit d'un contrat privé.", "It is a private contract."),
		}),

		dict(say("Les besoins de sécurité exprimés par le client sont cotés ainsi : disponibilité {1}, intégrité {2}, confidentialité {3} et traçabilité {4}.",
			"The security needs stated by the client are rated as follows: availability {1}, integrity {2}, confidentiality {3} and traceability {4}.",
			engAvailability, engIntegrity, engConfidentiality, engTraceability)),
	)
}

// dict words the DICT levels inside a sentence: "3 (élevé)", "3 (high)".
func dict(s *pas.Sentence) *pas.Sentence {
	for _, f := range fields(engAvailability, engIntegrity, engConfidentiality, engTraceability) {
		worded(s, f, on("1", "1 (faible)", "1 (low)"), on("2", "2 (moyen)", "2 (moderate)"),
			on("3", "3 (élevé)", "3 (high)"), on("4", "4 (très élevé)", "4 (very high)"))
	}
	return s
}

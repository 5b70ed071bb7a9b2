package sections

import "github.com/pas-editor/pas/pas"

// Document governance: what the PAS is for, which documents it sits among
// and which prevails, how the client validates it and what reopens it.
var (
	docObject = field("object", pas.KLongText, "Objet du document", "Purpose of the document", req,
		help("Ce que le PAS couvre et à quoi il sert dans le contrat (le périmètre technique est décrit au chapitre du contexte de la prestation).",
			"What the PAS covers and what it is for in the contract (the technical scope is described in the engagement chapter)."))

	docRefType = field("type", pas.KEnum, "Type", "Type", req,
		options(
			opt("ccap", "CCAP", "CCAP (administrative terms)"),
			opt("cctp", "CCTP", "CCTP (technical specifications)"),
			opt("client_pssi", "PSSI du client", "Client's information security policy (PSSI)"),
			opt("sla", "Convention de service (SLA)", "Service level agreement"),
			opt("dpa", "Annexe RGPD (accord de sous-traitance)", "Data processing agreement"),
			opt("reversibility_plan", "Plan de réversibilité", "Reversibility plan"),
			opt("other", "Autre", "Other"),
		))
	docRefTitle   = field("title", pas.KText, "Intitulé", "Title", req)
	docRefVersion = field("version", pas.KText, "Version", "Version")
	docRefDate    = field("date", pas.KDate, "Date", "Date")
	docRefRank    = field("rank", pas.KInt, "Rang de préséance", "Precedence rank", bounds(1, 99),
		help("1 pour le document qui prévaut sur tous les autres, puis 2, 3… ; deux documents ne partagent pas un rang.",
			"1 for the document that prevails over all others, then 2, 3…; no two documents share a rank."))
	docRefDocs = field("reference_documents", pas.KList, "Documents de référence", "Reference documents", req,
		help("Pièces contractuelles et documents auxquels le PAS renvoie, avec leur ordre de préséance en cas de contradiction.",
			"Contract documents and documents the PAS refers to, with their order of precedence in case of conflict."),
		records("title", cols("type", "version", "date", "rank"),
			docRefTitle, docRefType, docRefVersion, docRefDate, docRefRank))

	docPrecedence = field("precedence", pas.KEnum, "Préséance entre le PAS et la PSSI du client", "Precedence between the PAS and the client's PSSI", req,
		help("Ce qui s'applique lorsque le PAS et la politique de sécurité du client se contredisent.",
			"What applies when the PAS and the client's security policy conflict."),
		options(
			opt("client_pssi", "La PSSI du client prévaut", "The client's PSSI prevails"),
			opt("pas", "Le PAS prévaut", "The PAS prevails"),
			opt("most_protective", "La disposition la plus protectrice prévaut", "The most protective provision prevails"),
		))
	docPSSIDeviations = field("pssi_deviations", pas.KLongText, "Écarts à la PSSI du client", "Deviations from the client's PSSI", since(2),
		help("Dispositions de la PSSI du client que la prestation n'applique pas, ou applique autrement, et ce qui les remplace. Faire prévaloir la PSSI sans écart engage le titulaire sur toute la PSSI ; la forme usuelle est « la PSSI s'applique dans la limite des écarts listés dans le PAS ».",
			"Provisions of the client's PSSI the service does not apply, or applies differently, and what replaces them. Making the PSSI prevail without deviations binds the provider to the whole PSSI; the usual form is \"the PSSI applies within the deviations listed in the PAS\"."),
		when(func(p *pas.Plan, _ *pas.Record) bool { return docPSSIRanked(p) }))
	docReviewTriggers = field("review_triggers", pas.KSet, "Événements qui déclenchent une révision du PAS", "Events that trigger a revision of the PAS",
		help("Outre la revue périodique, ce qui oblige à rouvrir le PAS en cours d'exécution.",
			"Besides the periodic review, what obliges the parties to reopen the PAS during the contract."),
		options(
			opt("annual", "Revue annuelle", "Yearly review"),
			opt("major_incident", "Incident majeur (P1 ou P2)", "Major incident (P1 or P2)"),
			opt("major_change", "Changement majeur du service ou de l'architecture", "Major change of the service or architecture"),
			opt("new_subcontractor", "Nouveau sous-traitant ou nouveau site", "New subcontractor or site"),
			opt("regulatory_change", "Évolution réglementaire", "Regulatory change"),
			opt("audit_findings", "Constats d'audit", "Audit findings"),
			opt("client_request", "Demande du client", "Client request"),
		))

	docDeliveryDelay = field("validation.delivery_delay", pas.KDuration, "Délai de remise du PAS au client, à compter de la notification du marché", "Time to deliver the PAS to the client, from the notification of the contract",
		help("Délai, à compter de la notification du marché, dans lequel le titulaire remet le PAS au client pour validation.",
			"Time, from the notification of the contract, within which the provider hands the PAS to the client for validation."),
		suggest("10bd"))
	docByClient = field("validation.by_client", pas.KBool, "Validation du PAS par le client", "PAS validated by the client", req,
		help("Oui si le client examine et valide formellement le PAS (et ses mises à jour).",
			"Yes when the client formally reviews and validates the PAS (and its updates)."))
	docBeforeStart = field("validation.before_start", pas.KBool, "Validation avant le démarrage des travaux", "Validated before work starts",
		help("Oui si aucune intervention ne commence avant la validation du PAS par le client.",
			"Yes when no work starts before the client has validated the PAS."),
		when(func(p *pas.Plan, _ *pas.Record) bool { return p.Is(docByClient) }))
)

func init() {
	register(&pas.Section{
		ID:    "docgov",
		Title: t("Gouvernance documentaire", "Document governance"),
		Short: t("Documents applicables", "Document governance"),
		Intro: t("Ce chapitre présente l'objet du PAS, les documents auxquels il se rattache et leur ordre de préséance, sa remise et sa validation par le client, et les événements qui conduisent à le réviser.",
			"This chapter sets out the purpose of the PAS, the documents it belongs with and their order of precedence, its delivery to and validation by the client, and the events that lead to its revision."),
		Who:    pas.WhoProvider,
		Fields: fields(docObject, docRefDocs, docPrecedence, docPSSIDeviations, docReviewTriggers, docDeliveryDelay, docByClient, docBeforeStart),
		Groups: []pas.Group{
			group("validation", "Remise et validation du PAS", "Delivery and validation of the PAS"),
		},
		Controls: []string{"5.1", "5.20", "5.31", "5.37"},
		SOC2:     []string{"CC2"},
		Rules:    docgovRules,

		Vocabulary: docgovVocabulary,
	})
}

// Which change of this chapter's values is stricter for the client (pas diff).
func init() {
	stricter(pas.Less, docDeliveryDelay)
	stricter(pas.More, docReviewTriggers, docByClient, docBeforeStart)
	// A precedence rank orders documents; it is no commitment.
	stricter(pas.Neither, docRefRank)
}

// docPSSIRanked reports whether the client's security policy takes part in
// the order of precedence: it prevails over the PAS, or it is one of the
// reference documents.
func docPSSIRanked(p *pas.Plan) bool {
	if p.Str(docPrecedence) == "client_pssi" {
		return true
	}
	for _, r := range p.Records(docRefDocs) {
		if r.Str(docRefType) == "client_pssi" {
			return true
		}
	}
	return false
}

// docgovVocabulary lists the words buyers' requirement grids use for this chapter.
var docgovVocabulary = []pas.Term{
	words("plan d'assurance sécurité", "PAS", "PAQ", "security assurance plan", "security plan"),
	words("PSSI", "politique de sécurité du système d'information", "politique de sécurité de l'établissement", "information security policy"),
	words("prévaut", "prévalent", "préséance", "hiérarchie des documents", "ordre de priorité des documents", "contradiction entre", "prevail*", "order of precedence", "precedence"),
	words("documents de référence", "documents contractuels", "reference documents"),
	words("validé par l'établissement", "validation du PAS", "validé par le client", "approbation du PAS", "PAS approval"),
	about(docDeliveryDelay, pas.AtMost, "remise du PAS", "remet un PAS", "remet un plan d'assurance sécurité", "fournit un plan d'assurance sécurité", "délai de remise du PAS", "deliver the PAS", "PAS delivery"),
}

// The chapter in the provider's voice.
func init() {
	prose("docgov",
		choice(docPrecedence, []answer{
			on("client_pssi", "En cas de contradiction, la PSSI du client prévaut sur le présent PAS.", "Where this PAS and the client's PSSI differ, the client's PSSI prevails."),
			on("pas", "En cas de contradiction, le présent PAS prévaut sur la PSSI du client.", "Where this PAS and the client's PSSI differ, this PAS prevails."),
			on("most_protective", "En cas de contradiction entre le présent PAS et la PSSI du client, la disposition la plus protectrice prévaut.", "Where this PAS and the client's PSSI differ, the most protective provision prevails."),
		}),
		either(worded(listing(docReviewTriggers, "Le PAS est révisé à l'occasion {1}.", "The PAS is revised upon {1}.",
			"Aucun événement de révision du PAS n'est déclaré.", "No event calling for a revision of the PAS is declared."), docReviewTriggers,
			on("annual", "de sa revue annuelle", "its yearly review"),
			on("major_incident", "d'un incident majeur (P1 ou P2)", "a major incident (P1 or P2)"),
			on("major_change", "d'un changement majeur du service ou de l'architecture", "a major change of the service or architecture"),
			on("new_subcontractor", "de l'arrivée d'un nouveau sous-traitant ou d'un nouveau site", "a new subcontractor or site"),
			on("regulatory_change", "d'une évolution réglementaire", "a regulatory change"),
			on("audit_findings", "de constats d'audit", "audit findings"),
			on("client_request", "d'une demande du client", "a request from the client"))),

		say("{p} {do:remettre|remet} le PAS au client sous {1} à compter de la notification du marché.", "{p} {do:deliver|delivers} the PAS to the client within {1} of the notification of the contract.", docDeliveryDelay),
		yesNo(docByClient, "Le PAS est soumis à la validation du client.", "The PAS is subject to the client's approval.",
			"Le PAS n'est pas soumis à la validation du client.", "The PAS is not subject to the client's approval."),
		yesNo(docBeforeStart, "Cette validation intervient avant le démarrage des travaux.", "This approval comes before work starts.",
			"Les travaux peuvent démarrer avant cette validation.", "Work may start before this approval."),
	)
}

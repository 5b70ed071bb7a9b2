package sections

import "github.com/pas-editor/pas/pas"

// Governance: who steers security during the contract, how the PAS is
// measured and reviewed, and how subcontracting is kept under control.

// govTriggerOptions are the kinds of events that reopen the PAS. The
// triggers the PAS commits to are asked in the document governance chapter.
var govTriggerOptions = []pas.Option{
	opt("new_subprocessor", "Nouveau sous-traitant", "New subcontractor or sub-processor"),
	opt("new_site", "Nouveau site", "New site"),
	opt("certificate_change", "Changement de certification", "Certification change"),
	opt("major_incident", "Incident majeur", "Major incident"),
	opt("regulatory_change", "Évolution réglementaire", "Regulatory change"),
	opt("architecture_change", "Évolution d'architecture", "Architecture change"),
	opt("audit_findings", "Constats d'audit", "Audit findings"),
}

var (
	govOwner = field("owner", pas.KRef, "Responsable du PAS", "PAS owner", req, ref("parties.contacts"),
		help("Personne du titulaire qui tient le PAS à jour, en général le responsable de la sécurité de la prestation.",
			"Person at the provider who keeps the PAS up to date, usually the service's security lead."))
	govApprover = field("approver", pas.KRef, "Approbateur côté client", "Approver for the client", ref("parties.contacts"), by(pas.WhoClient),
		help("En général le RSSI du client.", "Usually the client's CISO."))
	govReviewInterval = field("review_interval", pas.KDuration, "Périodicité de revue du PAS", "PAS review interval", every, req, suggest("12mo"))
	govLastReview     = field("last_review", pas.KDate, "Dernière revue", "Last review",
		help("Date de la dernière revue du PAS, même sans nouvelle version ; à défaut, la date de la dernière version fait foi.",
			"Date of the last review of the PAS, even without a new version; otherwise the date of the latest version counts."))

	govKPIName       = field("name", pas.KText, "Indicateur", "Indicator", req)
	govKPIDefinition = field("definition", pas.KText, "Définition", "Definition")
	govKPITarget     = field("target", pas.KText, "Cible", "Target", req, help("Par exemple « 100 % sous 72 h » ou « ≥ 99,9 % ».", "For instance \"100% within 72 h\" or \"≥ 99.9%\"."))
	govKPIUnit       = field("unit", pas.KText, "Unité", "Unit")
	govKPIFrequency  = field("frequency", pas.KDuration, "Fréquence de mesure", "Measurement frequency", every, req)
	govKPISource     = field("source", pas.KText, "Source de la mesure", "Source of the measure")
	govKPIs          = field("kpis", pas.KList, "Indicateurs de sécurité", "Security indicators",
		help("Par exemple : part des correctifs critiques appliqués dans le délai, incidents par gravité, disponibilité, réussite des tests de restauration, revues d'habilitations, constats d'audit clos à temps.",
			"For instance: share of critical patches applied on time, incidents by severity, availability, restore-test success, access reviews, audit findings closed on time."),
		records("name", cols("target", "frequency"), govKPIName, govKPIDefinition, govKPITarget, govKPIUnit, govKPIFrequency, govKPISource))

	govEvtName = field("summary", pas.KText, "Événement", "Event", req)
	govEvtKind = field("kind", pas.KEnum, "Type", "Kind", req, options(govTriggerOptions...))
	govEvtDate = field("date", pas.KDate, "Date", "Date", req)
	govEvents  = field("events", pas.KList, "Événements appelant une revue", "Events calling for a review",
		help("Changements survenus pendant le contrat (nouveau sous-traitant, nouveau site, certification, incident majeur…) : chacun rouvre le PAS.",
			"Changes during the contract (new subcontractor, new site, certification, major incident…): each one reopens the PAS."),
		records("summary", cols("kind", "date"), govEvtName, govEvtKind, govEvtDate))

	govImpName   = field("finding", pas.KText, "Constat", "Finding", req)
	govImpAction = field("action", pas.KText, "Action", "Action", req)
	govImpOwner  = field("owner", pas.KRef, "Responsable", "Owner", ref("parties.contacts"))
	govImpDue    = field("due", pas.KDate, "Échéance", "Due", req)
	govImpStatus = field("status", pas.KEnum, "État", "Status", req,
		options(
			opt("open", "Ouvert", "Open"),
			opt("in_progress", "En cours", "In progress"),
			opt("done", "Soldé", "Done"),
		))
	govImprovement = field("improvement_plan", pas.KList, "Plan d'amélioration", "Improvement plan",
		records("finding", cols("action", "owner", "due", "status"), govImpName, govImpAction, govImpOwner, govImpDue, govImpStatus))

	govSubParty    = field("party", pas.KRef, "Sous-traitant", "Subcontractor", req, ref("parties.organisations"))
	govSubScope    = field("activities", pas.KText, "Prestations sous-traitées", "Subcontracted work", req)
	govSubSecurity = field("security_flow_down", pas.KBool, "Obligations de sécurité du PAS répercutées", "PAS security obligations flowed down", req)
	govSubDC4      = field("dc4_declared", pas.KBool, "Déclaré à l'acheteur pour acceptation (DC4)", "Declared to the buyer for acceptance (DC4)", req,
		when(func(p *pas.Plan, _ *pas.Record) bool { return govPublicBuyer(p) }),
		help("Marché public : le sous-traitant est présenté à l'acheteur, qui l'accepte et agrée ses conditions de paiement (formulaire DC4 ou acte spécial).",
			"Public contract: the subcontractor is presented to the buyer, who accepts it and approves its payment terms (DC4 form or special act)."))
	govSubcontractors = field("subcontractors", pas.KList, "Sous-traitance (au sens du marché)", "Subcontracting (procurement sense)",
		help("Organisations auxquelles le titulaire confie une partie de la prestation ; les sous-traitants ultérieurs au sens du RGPD figurent au chapitre sur les données personnelles.",
			"Organisations the provider entrusts part of the service to; GDPR sub-processors are listed in the personal data chapter."),
		records("party", cols("activities", "security_flow_down", "dc4_declared"), govSubParty, govSubScope, govSubSecurity, govSubDC4))

	govPenalties = field("non_compliance_penalties", pas.KText, "Pénalités en cas de manquement", "Penalties for non-compliance",
		help("Texte ou renvoi à l'article du CCAP ou du contrat.", "Text or reference to the article of the contract's administrative terms."))

	govCommitteeHeld = field("committee.held", pas.KBool, "Comité de sécurité", "Security committee", req,
		help("Instance où le titulaire et le client suivent la sécurité et où les évolutions du PAS sont proposées.",
			"Body where the provider and the client follow security and where changes to the PAS are proposed."))
	govCommitteeFrequency = field("committee.frequency", pas.KDuration, "Périodicité", "Frequency", every, req, suggest("3mo"),
		when(func(p *pas.Plan, _ *pas.Record) bool { return p.Is(govCommitteeHeld) }))
	govCommitteeMembers = field("committee.members", pas.KRefs, "Membres", "Members", ref("parties.contacts"),
		when(func(p *pas.Plan, _ *pas.Record) bool { return p.Is(govCommitteeHeld) }))
	govCommitteeMinutes = field("committee.minutes", pas.KBool, "Compte rendu diffusé", "Minutes circulated",
		when(func(p *pas.Plan, _ *pas.Record) bool { return p.Is(govCommitteeHeld) }))
	govSteeringFrequency = field("steering.frequency", pas.KDuration, "Périodicité", "Frequency", every)
	govSteeringMembers   = field("steering.members", pas.KRefs, "Membres", "Members", ref("parties.contacts"))
	govReportFrequency   = field("reporting.frequency", pas.KDuration, "Périodicité", "Frequency", every, suggest("1mo"))
	govReportRecipients  = field("reporting.recipients", pas.KRefs, "Destinataires", "Recipients", ref("parties.contacts"))
)

func init() {
	register(&pas.Section{
		ID:    "governance",
		Title: t("Pilotage et revue du PAS", "Governance and review of the PAS"),
		Short: t("Pilotage du PAS", "PAS governance"),
		Intro: t("Ce chapitre décrit le pilotage de la sécurité pendant le contrat : comités, tableau de bord et indicateurs, revue du PAS et ses déclencheurs, plan d'amélioration et maîtrise de la sous-traitance.",
			"This chapter describes how security is steered during the contract: committees, dashboard and indicators, review of the PAS and its triggers, improvement plan and control of subcontracting."),
		Who: pas.WhoProvider,
		Fields: fields(govOwner, govApprover, govReviewInterval, govLastReview, govKPIs, govEvents, govImprovement, govSubcontractors, govPenalties,
			govCommitteeHeld, govCommitteeFrequency, govCommitteeMembers, govCommitteeMinutes,
			govSteeringFrequency, govSteeringMembers,
			govReportFrequency, govReportRecipients),
		Groups: []pas.Group{
			group("committee", "Comité de sécurité", "Security committee"),
			group("steering", "Comité de pilotage", "Steering committee"),
			group("reporting", "Tableau de bord de sécurité", "Security dashboard"),
		},
		Controls: []string{"5.1", "5.4", "5.22", "5.35", "5.36", "5.37"},
		SOC2:     []string{"CC4", "CC5"},
		Rules:    governanceRules,

		Vocabulary: governanceVocabulary,
	})
}

// govPublicBuyer reports whether the buyer awards a public contract, where
// subcontractors are declared for acceptance.
func govPublicBuyer(p *pas.Plan) bool {
	return buyer(p, "state", "local_authority", "public_body", "health_establishment") && p.Str(engProcedure) != "private_contract"
}

// Which change of this chapter's values is stricter for the client (pas diff).
func init() {
	stricter(pas.Less, govReviewInterval, govKPIFrequency, govCommitteeFrequency, govSteeringFrequency, govReportFrequency)
	stricter(pas.More, govCommitteeHeld, govCommitteeMinutes, govSubSecurity, govSubDC4)
}

// governanceVocabulary lists the words buyers' requirement grids use for this chapter.
var governanceVocabulary = []pas.Term{
	words("gouvernance", "pilotage", "comité de sécurité", "comités de sécurité", "comité de pilotage", "COPIL", "COSTRAT", "comité", "governance", "steering committee", "security committee", "compte rendu", "comptes rendus", "minutes"),
	words("responsable de la sécurité", "RSSI", "correspondant sécurité", "interlocuteur unique", "référent sécurité", "security officer", "CISO", "security manager", "single point of contact"),
	words("indicateur*", "tableau de bord", "tableaux de bord", "KPI", "reporting", "rapport mensuel", "rapports périodiques", "indicator*", "dashboard*", "report*"),
	words("révisé", "révision du PAS", "mise à jour du PAS", "revue du PAS", "revu", "réexamen", "amélioration continue", "plan d'amélioration", "reviewed annually", "continuous improvement", "improvement plan"),
	words("sous-traitance", "sous-traitants du titulaire", "DC4", "acte spécial de sous-traitance", "subcontract*", "subcontractor*"),
	words("pénalités", "pénalité", "manquement", "penalt*"),
	about(govReviewInterval, pas.AtMost, "révisé au moins", "revue annuelle", "révision annuelle", "PAS est révisé", "review interval"),
	about(govCommitteeFrequency, pas.AtMost, "comité de sécurité", "comités de sécurité", "security committee"),
	about(govReportFrequency, pas.AtMost, "tableau de bord", "reporting", "rapport mensuel", "dashboard"),
}

// The chapter in the provider's voice.
func init() {
	prose("governance",
		say("Le PAS est tenu à jour par {1}[ et approuvé, pour le client, par {2}].", "The PAS is kept up to date by {1}[ and approved for the client by {2}].", govOwner, govApprover),
		say("Il est revu {1}[ ; la dernière revue date du {2}].", "It is reviewed {1}[; the last review took place on {2}].", govReviewInterval, govLastReview),
		say("Les pénalités en cas de manquement aux obligations de sécurité sont fixées par le document suivant : {1}.", "Penalties for breaches of the security duties are set by the following document: {1}.", govPenalties),

		yesNo(govCommitteeHeld, "Un comité de sécurité se réunit {1}[ ; il rassemble {2}].", "A security committee meets {1}[; its members are {2}].",
			"Aucun comité de sécurité n'est prévu.", "No security committee is planned.", govCommitteeFrequency, govCommitteeMembers),
		yesNo(govCommitteeMinutes, "Un compte rendu est diffusé après chaque réunion.", "Minutes are circulated after each meeting.",
			"Aucun compte rendu n'est diffusé.", "No minutes are circulated."),
		say("Le comité de pilotage se réunit {1}.", "The steering committee meets {1}.", govSteeringFrequency),
		say("Il rassemble {1}.", "Its members are {1}.", govSteeringMembers),
		say("Un tableau de bord de sécurité est produit {1}.", "A security dashboard is produced {1}.", govReportFrequency),
		say("Il est adressé à {1}.", "It is sent to {1}.", govReportRecipients),
	)
}

package sections

import "github.com/pas-editor/pas/pas"

// Personnel security: who works on the service, what they commit to, how
// they are trained and what happens when they leave.
var (
	perScreening = field("screening", pas.KEnum, "Vérifications préalables à l'affectation", "Background checks before assignment", req,
		help("Vérifications menées sur les intervenants avant qu'ils accèdent au service, dans les limites du droit du travail.",
			"Checks carried out on staff before they get access to the service, within the limits of employment law."),
		options(
			opt("none", "Aucune vérification", "No checks"),
			opt("standard", "Vérifications courantes (identité, parcours, références)", "Standard checks (identity, career, references)"),
			opt("reinforced", "Vérifications renforcées (dont extrait de casier judiciaire lorsque la loi le permet)", "Enhanced background checks (including criminal record where the law allows it)"),
		))
	perUndertakings = field("confidentiality_undertakings", pas.KSet, "Engagements de confidentialité des intervenants", "Staff confidentiality undertakings", req,
		help("Ce que chaque intervenant signe ; une liste vide signifie qu'aucun engagement n'est signé.",
			"What each member of staff signs; an empty list means nothing is signed."),
		options(
			opt("individual_nda", "Engagement individuel de confidentialité", "Individual non-disclosure agreement"),
			opt("it_charter", "Charte informatique signée", "Signed acceptable-use policy"),
			opt("contract_clause", "Clause de confidentialité du contrat de travail", "Confidentiality clause of the employment contract"),
		))
	perDisciplinary = field("disciplinary_process", pas.KBool, "Procédure disciplinaire en cas de manquement", "Disciplinary process for breaches",
		help("Oui si un manquement aux règles de sécurité expose l'intervenant à une procédure disciplinaire connue de lui.",
			"Yes when a breach of the security rules exposes the person to a disciplinary process they know of."))
	perKeyPerson = field("key_person_cover", pas.KLongText, "Dépendance aux personnes clés", "Key-person dependency",
		help("Comment le titulaire évite qu'une compétence critique repose sur une seule personne : suppléants désignés, documentation, transfert de connaissances.",
			"How the provider avoids a critical skill resting on one person: named deputies, documentation, knowledge transfer."))

	perOnboarding    = field("training.onboarding", pas.KBool, "Formation à la sécurité obligatoire à l'arrivée", "Mandatory security training on arrival", req)
	perAwareness     = field("training.awareness", pas.KBool, "Sensibilisation périodique à la sécurité", "Periodic security awareness", req)
	perAwarenessFreq = field("training.awareness_frequency", pas.KDuration, "Fréquence de la sensibilisation", "Awareness frequency", every, req,
		help("Intervalle entre deux sessions de sensibilisation pour chaque intervenant.", "Interval between two awareness sessions for each person."),
		when(func(p *pas.Plan, _ *pas.Record) bool { return p.Is(perAwareness) }))

	perOffboardingSteps = field("offboarding.steps", pas.KSet, "Étapes du départ", "Departure steps", req,
		help("Ce qui est fait quand un intervenant quitte la prestation ; le délai de retrait des droits figure au chapitre des habilitations.",
			"What is done when a person leaves the service; the time to remove their access is in the access rights chapter."),
		options(
			opt("revoke_access", "Retrait des accès et des habilitations", "Removal of access and rights"),
			opt("return_assets", "Restitution des matériels, badges et supports", "Return of equipment, badges and media"),
			opt("confidentiality_reminder", "Rappel des obligations de confidentialité qui subsistent", "Reminder of the confidentiality duties that remain"),
			opt("notify_client", "Information du client pour les intervenants de son périmètre", "Notice to the client for staff working on its scope"),
		))
)

func init() {
	register(&pas.Section{
		ID:    "personnel",
		Title: t("Sécurité liée au personnel", "Personnel security"),
		Short: t("Sécurité du personnel", "Personnel security"),
		Intro: t("Ce chapitre décrit les vérifications menées avant l'affectation des intervenants, leurs engagements de confidentialité, leur formation et leur sensibilisation, la procédure disciplinaire et le traitement des départs.",
			"This chapter describes the checks made before staff are assigned, their confidentiality undertakings, their training and awareness, the disciplinary process and how departures are handled."),
		Who: pas.WhoProvider,
		Fields: fields(perScreening, perUndertakings, perDisciplinary, perKeyPerson,
			perOnboarding, perAwareness, perAwarenessFreq,
			perOffboardingSteps),
		Groups: []pas.Group{
			group("training", "Formation et sensibilisation", "Training and awareness"),
			group("offboarding", "Départ et changement d'affectation", "Departure and change of assignment"),
		},
		Controls: []string{"6.1", "6.2", "6.3", "6.4", "6.5", "6.6"},
		SOC2:     []string{"CC1"},
		Rules:    personnelRules,

		Vocabulary: personnelVocabulary,
	})
}

// Which change of this chapter's values is stricter for the client (pas diff).
func init() {
	stricter(pas.More, perUndertakings, perDisciplinary, perOnboarding, perAwareness, perOffboardingSteps)
	stricter(pas.Less, perAwarenessFreq)
	ranked(perScreening, "none", "standard", "reinforced")
}

// personnelVocabulary lists the words buyers' requirement grids use for this chapter.
var personnelVocabulary = []pas.Term{
	words("personnel", "intervenant*", "collaborateur*", "salarié*", "staff", "employee*", "personnel security"),
	words("vérification préalable", "vérifications préalables", "enquête", "casier judiciaire", "habilitation du personnel", "background check*", "screening", "vetting", "références"),
	words("sensibilisation", "formation à la sécurité", "formé*", "awareness", "security training", "training"),
	words("engagement de confidentialité", "clause de confidentialité", "charte", "accord de confidentialité", "NDA", "non-disclosure agreement", "confidentiality undertaking*", "obligation de confidentialité"),
	words("procédure disciplinaire", "sanction*", "départ des intervenants", "départ d'un intervenant", "personnes clés", "disciplinary", "key person*", "offboarding"),
	about(perAwarenessFreq, pas.AtMost, "sensibilisation annuelle", "fréquence de la sensibilisation", "sensibilisation périodique", "awareness frequency", "annual awareness"),
}

// The chapter in the provider's voice.
func init() {
	prose("personnel",
		choice(perScreening, []answer{
			on("none", "Les intervenants ne font l'objet d'aucune vérification avant leur affectation.", "Staff undergo no check before their assignment."),
			on("standard", "Avant leur affectation, les intervenants font l'objet de vérifications courantes : identité, parcours et références.", "Before their assignment, staff undergo standard checks: identity, career and references."),
			on("reinforced", "Avant leur affectation, les intervenants font l'objet de vérifications renforcées, dont un extrait de casier judiciaire lorsque la loi le permet.", "Before their assignment, staff undergo enhanced background checks, including a criminal record extract where the law allows it."),
		}),
		worded(listing(perUndertakings, "Chaque intervenant est tenu à la confidentialité par {1}.", "Each person is bound to confidentiality by {1}.",
			"Aucun engagement de confidentialité n'est demandé aux intervenants.", "No confidentiality undertaking is asked of staff."), perUndertakings,
			on("individual_nda", "un engagement individuel de confidentialité", "an individual non-disclosure agreement"),
			on("it_charter", "la charte informatique qu'il a signée", "the acceptable-use policy they have signed"),
			on("contract_clause", "la clause de confidentialité de son contrat de travail", "the confidentiality clause of their employment contract")),
		yesNo(perDisciplinary,
			"Un manquement aux règles de sécurité expose son auteur à la procédure disciplinaire.", "A breach of the security rules exposes its author to the disciplinary process.",
			"Aucune procédure disciplinaire n'est prévue en cas de manquement.", "No disciplinary process is provided for breaches."),

		yesNo(perOnboarding,
			"Chaque intervenant suit une formation à la sécurité à son arrivée.", "Each person takes security training on arrival.",
			"Aucune formation à la sécurité n'est imposée à l'arrivée.", "No security training is required on arrival."),
		yesNo(perAwareness,
			"Les intervenants sont sensibilisés à la sécurité {1}.", "Staff receive security awareness training {1}.",
			"Aucune sensibilisation périodique à la sécurité n'est prévue.", "No periodic security awareness is planned.", perAwarenessFreq),

		worded(listing(perOffboardingSteps, "Lorsqu'un intervenant quitte la prestation ou change d'affectation, {1}.", "When a person leaves the engagement or changes assignment, {1}.",
			"Aucune étape n'est déclarée pour le départ d'un intervenant.", "No step is declared for a person's departure."), perOffboardingSteps,
			on("revoke_access", "ses accès et ses habilitations sont retirés", "their access and rights are removed"),
			on("return_assets", "il restitue ses matériels et supports, badges compris", "they return their equipment and media, badges included"),
			on("confidentiality_reminder", "les obligations de confidentialité qui subsistent lui sont rappelées", "they are reminded of the confidentiality duties that remain"),
			on("notify_client", "le client en est informé lorsque l'intervenant travaillait sur son périmètre", "the client is informed when the person worked on its scope")),
	)
}

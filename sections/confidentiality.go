package sections

import "github.com/pas-editor/pas/pas"

// Confidentiality and use of the client's data: who owns it, what it may
// be used for, and who is bound to keep it secret.
var (
	cnfOwnership  = field("client_ownership", pas.KBool, "Le client conserve la maîtrise et l'ensemble des droits sur ses données", "The client keeps ownership of its data", req)
	cnfNoOtherUse = field("no_other_use", pas.KBool, "Aucune utilisation des données à d'autres fins que la prestation", "No use of the data for purposes other than the service", req,
		help("Oui si le titulaire s'interdit d'utiliser les données du client pour son propre compte ou celui de tiers, y compris pour améliorer ses produits.",
			"Yes when the provider refrains from using the client's data for itself or for third parties, including to improve its products."))
	cnfNoDisclosure = field("no_disclosure", pas.KBool, "Aucune communication des données à des tiers, hors obligation légale (client informé)", "No disclosure of the data to third parties", req,
		help("Oui si les données ne sont communiquées à aucun tiers sans l'accord écrit du client, hors obligation légale dont le client est alors informé sauf interdiction.",
			"Yes when the data is disclosed to no third party without the client's written consent, save a legal obligation of which the client is then told unless forbidden."))
	cnfStaffBound          = field("staff_bound", pas.KBool, "Personnel tenu à la confidentialité", "Staff bound by confidentiality", req)
	cnfSubcontractorsBound = field("subcontractors_bound", pas.KBool, "Sous-traitants tenus aux mêmes obligations", "Subcontractors bound by the same duties", req)
	cnfUsageData           = field("usage_data", pas.KLongText, "Articulation avec les données d'usage", "Relation to usage data",
		help("Quelles données techniques (journaux, télémétrie, facturation) le titulaire traite pour son propre compte, et renvoi à la politique d'usage de ces données décrite au chapitre sur la protection des données personnelles.",
			"Which technical data (logs, telemetry, billing) the provider processes on its own account, with a pointer to the usage-data policy set out in the personal data chapter."))
)

func init() {
	register(&pas.Section{
		ID:    "confidentiality",
		Title: t("Confidentialité et usage des données du client", "Confidentiality and use of the client's data"),
		Short: t("Confidentialité", "Confidentiality"),
		Intro: t("Ce chapitre précise à qui appartiennent les données du client, à quelles fins elles peuvent être utilisées, à qui elles peuvent être communiquées et qui est tenu à la confidentialité.",
			"This chapter states who owns the client's data, what it may be used for, to whom it may be disclosed and who is bound by confidentiality."),
		Who:      pas.WhoProvider,
		Fields:   fields(cnfOwnership, cnfNoOtherUse, cnfNoDisclosure, cnfStaffBound, cnfSubcontractorsBound, cnfUsageData),
		Controls: []string{"5.12", "5.20", "5.34", "6.6"},
		SOC2:     []string{"C1"},
		Rules:    confidentialityRules,

		Vocabulary: confidentialityVocabulary,
	})
}

// Which change of this chapter's values is stricter for the client (pas diff).
func init() {
	stricter(pas.More, cnfOwnership, cnfNoOtherUse, cnfNoDisclosure, cnfStaffBound, cnfSubcontractorsBound)
}

// confidentialityVocabulary lists the words buyers' requirement grids use for this chapter.
var confidentialityVocabulary = []pas.Term{
	words("confidentialité", "confidentiel*", "confidentiality", "confidential", "secret professionnel", "secret des affaires"),
	words("aucune autre fin", "à d'autres fins", "autres fins que", "aucun tiers", "communiquées à aucun tiers", "communication à des tiers", "divulgation", "divulguer", "usage des données", "utilisation des données", "other purpose*", "any other purpose", "third part*", "disclos*", "propriété des données", "propriétaire des données", "data ownership", "owns its data", "données d'usage", "usage data", "exploitation commerciale"),
}

// The chapter in the provider's voice.
func init() {
	prose("confidentiality",
		yesNo(cnfOwnership, "Le client conserve la maîtrise de ses données et l'ensemble des droits qui s'y attachent.", "The client keeps control of its data and all rights in it.",
			"Le client ne conserve pas l'ensemble des droits sur ses données.", "The client does not keep all rights in its data."),
		yesNo(cnfNoOtherUse, "{p} {do:n'utiliser|n'utilise} les données du client qu'aux fins de la prestation.", "{p} {do:use|uses} the client's data only for the purposes of the service.",
			"Les données du client peuvent être utilisées à d'autres fins que la prestation.", "The client's data may be used for purposes other than the service."),
		yesNo(cnfNoDisclosure, "Aucun tiers n'en reçoit communication, sauf obligation légale, dont le client est alors informé.",
			"No third party receives the data, except under a legal obligation, of which the client is then informed.",
			"Les données du client peuvent être communiquées à des tiers.", "The client's data may be disclosed to third parties."),
		yesNo(cnfStaffBound, "Le personnel du titulaire est tenu à la confidentialité.", "The provider's staff are bound by confidentiality.",
			"Le personnel du titulaire n'est pas tenu à la confidentialité.", "The provider's staff are not bound by confidentiality."),
		yesNo(cnfSubcontractorsBound, "Ses sous-traitants sont tenus aux mêmes obligations.", "Its subcontractors are bound by the same duties.",
			"Ses sous-traitants ne sont pas tenus aux mêmes obligations.", "Its subcontractors are not bound by the same duties."),
	)
}

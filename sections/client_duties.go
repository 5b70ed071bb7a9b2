package sections

import "github.com/pas-editor/pas/pas"

// The client's own security obligations, which bound the provider's.
var (
	cduLabel    = field("label", pas.KText, "Obligation", "Obligation", req)
	cduCategory = field("category", pas.KEnum, "Domaine", "Area",
		options(
			opt("user_accounts", "Comptes de ses utilisateurs", "Its users' accounts"),
			opt("departures", "Signalement des départs et changements de fonction", "Notice of departures and role changes"),
			opt("workstations", "Sécurité de ses postes et de son réseau", "Security of its workstations and network"),
			opt("own_backups", "Ses propres sauvegardes", "Its own backups"),
			opt("recommendations", "Application des recommandations du titulaire", "Applying the provider's recommendations"),
			opt("contacts", "Désignation et mise à jour de ses contacts", "Naming and updating its contacts"),
			opt("other", "Autre", "Other"),
		))
	cduDetails     = field("details", pas.KText, "Précisions", "Details")
	cduObligations = field("obligations", pas.KList, "Obligations du client", "Client's obligations",
		help("Ce que le client doit faire lui-même pour que les mesures du titulaire produisent leur effet.",
			"What the client must do itself for the provider's measures to work."),
		records("label", cols("category"), cduLabel, cduCategory, cduDetails))
)

func init() {
	register(&pas.Section{
		ID:    "client_duties",
		Title: t("Obligations du client", "Client's obligations"),
		Short: t("Obligations du client", "Client's obligations"),
		Intro: t("Ce chapitre énumère les mesures de sécurité qui relèvent du client.",
			"This chapter lists the security measures that fall to the client."),
		Who:      pas.WhoProvider,
		Fields:   fields(cduObligations),
		Controls: []string{"5.2", "5.19", "5.23"},
		SOC2:     []string{"CC2"},
		Rules:    clientDutiesRules,

		Vocabulary: clientDutiesVocabulary,
	})
}

// Which change of this chapter's values is stricter for the client (pas diff).
func init() {
	// Every duty put on the client is one the provider does not carry.
	stricter(pas.Less, cduObligations)
}

// clientDutiesVocabulary lists the words buyers' requirement grids use for this chapter.
var clientDutiesVocabulary = []pas.Term{
	words("obligations de l'établissement", "obligations du client", "obligations qui incombent", "incombent à l'établissement", "incombe à l'établissement", "à la charge de l'établissement", "à la charge du client", "prérequis", "pré-requis", "responsabilités du client", "client obligations", "customer obligations", "customer responsibilities", "prerequisites", "postes de travail", "comptes de ses utilisateurs"),
}

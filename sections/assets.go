package sections

import "github.com/pas-editor/pas/pas"

// Assets and media: inventory, classification, removable media, and how
// media are erased or destroyed at the end of their life.
var (
	astInventory = field("inventory", pas.KBool, "Inventaire des actifs tenu à jour", "Asset inventory kept up to date", req,
		help("Oui si les matériels, logiciels et supports qui portent le service sont inventoriés et l'inventaire mis à jour à chaque changement.",
			"Yes when the hardware, software and media that carry the service are inventoried and the inventory is updated at each change."))
	astOwnership      = field("ownership", pas.KBool, "Un responsable désigné par actif", "An owner named for each asset")
	astClassification = field("classification", pas.KEnum, "Classification de l'information", "Information classification", req,
		options(
			opt("client_scheme", "Selon la classification du client", "Following the client's classification"),
			opt("provider_scheme", "Selon la classification du titulaire", "Following the provider's classification"),
			opt("none", "Aucune classification", "No classification"),
		))
	astRemovableMedia = field("removable_media", pas.KEnum, "Supports amovibles", "Removable media", req,
		options(
			opt("forbidden", "Interdits", "Forbidden"),
			opt("controlled", "Autorisés au cas par cas, chiffrés et contrôlés", "Allowed case by case, encrypted and controlled"),
			opt("unrestricted", "Sans restriction", "Unrestricted"),
		))

	astDisposalMethods = field("disposal.methods", pas.KSet, "Méthodes d'effacement ou de destruction", "Erasure or destruction methods", req,
		help("Traitement des supports qui quittent le service (fin de vie, réparation, réaffectation) ; une liste vide signifie aucun traitement particulier.",
			"Handling of media leaving the service (end of life, repair, reuse); an empty list means no particular handling."),
		options(
			opt("secure_overwrite", "Effacement sécurisé par réécriture", "Secure overwrite"),
			opt("crypto_erase", "Effacement cryptographique (destruction des clés)", "Cryptographic erasure (key destruction)"),
			opt("physical_destruction", "Destruction physique (broyage, démagnétisation)", "Physical destruction (shredding, degaussing)"),
		))
	astDisposalReport = field("disposal.report", pas.KBool, "Procès-verbal d'effacement ou de destruction", "Erasure or destruction report", req,
		help("Oui si chaque effacement ou destruction donne lieu à un procès-verbal, communicable au client.",
			"Yes when each erasure or destruction is recorded in a report the client can obtain."))
)

func init() {
	register(&pas.Section{
		ID:    "assets",
		Title: t("Gestion des actifs et des supports", "Assets and media"),
		Short: t("Actifs et supports", "Assets and media"),
		Intro: t("Ce chapitre décrit l'inventaire des actifs qui portent le service, la classification de l'information, l'usage des supports amovibles, et l'effacement ou la destruction des supports en fin de vie.",
			"This chapter describes the inventory of the assets that carry the service, information classification, the use of removable media, and the erasure or destruction of media at the end of their life."),
		Who:    pas.WhoProvider,
		Fields: fields(astInventory, astOwnership, astClassification, astRemovableMedia, astDisposalMethods, astDisposalReport),
		Groups: []pas.Group{
			group("disposal", "Effacement et mise au rebut", "Erasure and disposal"),
		},
		Controls: []string{"5.9", "5.10", "5.11", "5.12", "5.13", "7.10", "7.14"},
		SOC2:     []string{"CC6"},
		Rules:    assetsRules,

		Vocabulary: assetsVocabulary,
	})
}

// Which change of this chapter's values is stricter for the client (pas diff).
func init() {
	stricter(pas.More, astInventory, astOwnership, astDisposalMethods, astDisposalReport)
	ranked(astRemovableMedia, "unrestricted", "controlled", "forbidden")
}

// assetsVocabulary lists the words buyers' requirement grids use for this chapter.
var assetsVocabulary = []pas.Term{
	words("inventaire", "cartographie", "actif*", "inventory", "asset*", "CMDB", "équipements et logiciels", "parc"),
	words("supports amovibles", "support* de stockage", "clé* USB", "disques", "removable media", "storage media", "media"),
	words("destruction des supports", "mise au rebut", "fin de vie", "effacement sécurisé", "destruction sécurisée", "broyage", "disposal", "secure erasure", "secure destruction", "wiping"),
	words("classification de l'information", "classification", "information classification", "étiquetage", "labelling"),
}

// The chapter in the provider's voice.
func init() {
	prose("assets",
		yesNo(astInventory, "L'inventaire des actifs qui portent le service est tenu à jour.", "The inventory of the assets that carry the service is kept up to date.",
			"Aucun inventaire des actifs n'est tenu à jour.", "No asset inventory is kept up to date."),
		yesNo(astOwnership, "Chaque actif a un responsable désigné.", "Each asset has a named owner.",
			"Les actifs n'ont pas de responsable désigné.", "Assets have no named owner."),
		choice(astClassification, []answer{
			on("client_scheme", "L'information est classifiée selon la classification du client.", "Information is classified following the client's scheme."),
			on("provider_scheme", "L'information est classifiée selon la classification du titulaire.", "Information is classified following the provider's scheme."),
			on("none", "L'information n'est pas classifiée.", "Information is not classified."),
		}),
		choice(astRemovableMedia, []answer{
			on("forbidden", "Les supports amovibles sont interdits.", "Removable media are forbidden."),
			on("controlled", "Les supports amovibles ne sont autorisés qu'au cas par cas, chiffrés et contrôlés.", "Removable media are allowed only case by case, encrypted and controlled."),
			on("unrestricted", "Les supports amovibles sont utilisés sans restriction.", "Removable media are used without restriction."),
		}),

		worded(listing(astDisposalMethods, "Les supports en fin de vie sont effacés ou détruits par {1}.", "Media at end of life are erased or destroyed by {1}.",
			"Aucune méthode d'effacement ou de destruction n'est déclarée.", "No erasure or destruction method is declared."), astDisposalMethods,
			on("secure_overwrite", "effacement sécurisé par réécriture", "secure overwrite"),
			on("crypto_erase", "effacement cryptographique (destruction des clés)", "cryptographic erasure (key destruction)"),
			on("physical_destruction", "destruction physique (broyage, démagnétisation)", "physical destruction (shredding, degaussing)")),
		yesNo(astDisposalReport, "Chaque effacement ou destruction donne lieu à un procès-verbal.", "Each erasure or destruction gives rise to a report.",
			"Les effacements et destructions ne donnent pas lieu à un procès-verbal.", "Erasures and destructions give rise to no report."),
	)
}

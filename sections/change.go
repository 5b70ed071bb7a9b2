package sections

import "github.com/pas-editor/pas/pas"

// Change and configuration management, what the client is told before a
// change, and the languages the service is run in.
var (
	chgProcess = field("process", pas.KLongText, "Processus de gestion des changements", "Change management process", req,
		help("Catégories de changements (standard, normal, urgent), qui les approuve, comment ils sont testés, planifiés et, au besoin, annulés.",
			"Categories of change (standard, normal, emergency), who approves them, how they are tested, scheduled and rolled back if needed."))
	chgSecurityReview = field("security_review", pas.KBool, "Revue de sécurité des changements", "Security review of changes", req,
		help("Oui si chaque changement significatif est examiné sous l'angle de la sécurité avant sa mise en production.",
			"Yes when every significant change is reviewed for security before it goes live."))
	chgBaseline = field("configuration_baseline", pas.KBool, "Configurations de référence maintenues", "Configuration baselines maintained",
		help("Oui si les configurations de référence des systèmes sont documentées, versionnées et contrôlées contre les dérives.",
			"Yes when the systems' reference configurations are documented, versioned and checked for drift."))

	chgNoticeMajor = field("client_notice.major_changes", pas.KBool, "Information préalable du client sur les changements majeurs", "Prior notice to the client of major changes", req,
		help("Oui si le client est prévenu avant tout changement majeur : architecture, site, sous-traitant, fonction de sécurité.",
			"Yes when the client is told before any major change: architecture, site, subcontractor, security function."))
	chgNoticeMajorDelay = field("client_notice.major_changes_delay", pas.KDuration, "Préavis pour un changement majeur", "Notice before a major change",
		when(func(p *pas.Plan, _ *pas.Record) bool { return p.Is(chgNoticeMajor) }))
	chgNoticeNonEU = field("client_notice.non_eu_law", pas.KBool, "Information sur les changements touchant l'exposition aux lois extra-européennes", "Notice of changes affecting exposure to non-EU law", req,
		help("Oui si le client est prévenu de tout changement qui modifie la protection de ses données face à un droit extra-européen : prise de contrôle, nouveau sous-traitant ou site hors de l'Union, changement de société mère.",
			"Yes when the client is told of any change that alters the protection of its data against non-EU law: change of control, new subcontractor or site outside the EU, new ultimate parent."))
	chgNoticeNonEUDelay = field("client_notice.non_eu_law_delay", pas.KDuration, "Préavis pour un changement touchant l'exposition aux lois extra-européennes", "Notice before a change affecting exposure to non-EU law", req,
		suggest("1mo"),
		when(func(p *pas.Plan, _ *pas.Record) bool { return p.Is(chgNoticeNonEU) }))

	chgSupportLanguages   = field("language.support", pas.KSet, "Langues du support", "Support languages", options(chgLanguages...))
	chgInterfaceLanguages = field("language.interfaces", pas.KSet, "Langues des interfaces (utilisateurs et administration)", "Interface languages (users and administration)", options(chgLanguages...))
	chgDocLanguages       = field("language.documentation", pas.KSet, "Langues de la documentation", "Documentation languages", options(chgLanguages...))
)

// chgLanguages are the languages the service can be run in.
var chgLanguages = []pas.Option{
	opt("fr", "Français", "French"),
	opt("en", "Anglais", "English"),
	opt("other", "Autre", "Other"),
}

func init() {
	register(&pas.Section{
		ID:    "change",
		Title: t("Gestion des changements et des configurations", "Change and configuration management"),
		Short: t("Changements", "Change management"),
		Intro: t("Ce chapitre décrit le processus de gestion des changements, leur revue de sécurité, les configurations de référence, l'information préalable du client et les langues dans lesquelles le service est exploité et assisté.",
			"This chapter describes the change management process, the security review of changes, configuration baselines, prior notice to the client and the languages in which the service is run and supported."),
		Who: pas.WhoProvider,
		Fields: fields(chgProcess, chgSecurityReview, chgBaseline,
			chgNoticeMajor, chgNoticeMajorDelay, chgNoticeNonEU, chgNoticeNonEUDelay,
			chgSupportLanguages, chgInterfaceLanguages, chgDocLanguages),
		Groups: []pas.Group{
			group("client_notice", "Information du client", "Notice to the client"),
			group("language", "Langues du support et des interfaces", "Support and interface languages"),
		},
		Controls: []string{"8.9", "8.32", "5.22"},
		SOC2:     []string{"CC8"},
		Rules:    changeRules,

		Vocabulary: changeVocabulary,
	})
}

// Which change of this chapter's values is stricter for the client (pas diff).
func init() {
	stricter(pas.More, chgSecurityReview, chgBaseline, chgNoticeMajor, chgNoticeMajorDelay, chgNoticeNonEU, chgNoticeNonEUDelay)
}

// changeVocabulary lists the words buyers' requirement grids use for this chapter.
var changeVocabulary = []pas.Term{
	words("gestion des changements", "changement*", "évolution* majeure*", "mise* en production", "change management", "change*", "release*"),
	words("gestion des configurations", "configuration* de référence", "configuration management", "baseline*"),
	words("langue française", "en français", "French language", "support en français", "interfaces en français", "documentation en français"),
	about(chgNoticeMajorDelay, pas.AtLeast, "à l'avance", "préavis", "informe l'établissement", "informe le client", "information préalable", "in advance", "prior notice", "advance notice"),
}

// The chapter in the provider's voice.
func init() {
	prose("change",
		yesNo(chgSecurityReview, "Chaque changement fait l'objet d'une revue de sécurité.", "Every change goes through a security review.",
			"Les changements ne font pas l'objet d'une revue de sécurité.", "Changes do not go through a security review."),
		yesNo(chgBaseline, "Des configurations de référence sont tenues à jour.", "Configuration baselines are maintained.",
			"Aucune configuration de référence n'est tenue à jour.", "No configuration baseline is maintained."),

		yesNo(chgNoticeMajor,
			"{p} {do:informer|informe} le client de tout changement majeur[, avec un préavis de {1}].", "{p} {do:inform|informs} the client of any major change[, with a notice period of {1}].",
			"Le client n'est pas informé à l'avance des changements majeurs.", "The client is not told in advance of major changes.", chgNoticeMajorDelay),
		yesNo(chgNoticeNonEU,
			"{p} {do:informer|informe} le client, avec un préavis de {1}, de tout changement qui modifie l'exposition du service aux lois extra-européennes.",
			"{p} {do:inform|informs} the client, with a notice period of {1}, of any change to the service's exposure to non-EU law.",
			"Le client n'est pas informé des changements qui modifient l'exposition du service aux lois extra-européennes.",
			"The client is not told of changes to the service's exposure to non-EU law.", chgNoticeNonEUDelay),

		languages(listing(chgSupportLanguages, "Le support est assuré en {1}.", "Support is provided in {1}.",
			"Aucune langue de support n'est déclarée.", "No support language is declared."), chgSupportLanguages),
		languages(listing(chgInterfaceLanguages, "Les interfaces, pour les utilisateurs comme pour l'administration, sont en {1}.", "The interfaces, for users and administrators alike, are in {1}.",
			"Aucune langue d'interface n'est déclarée.", "No interface language is declared."), chgInterfaceLanguages),
		languages(listing(chgDocLanguages, "La documentation est rédigée en {1}.", "The documentation is written in {1}.",
			"Aucune langue de documentation n'est déclarée.", "No documentation language is declared."), chgDocLanguages),
	)
}

// languages words the language options inside a sentence.
func languages(s *pas.Sentence, f *pas.Field) *pas.Sentence {
	return worded(s, f, on("fr", "français", "French"), on("en", "anglais", "English"), on("other", "une autre langue", "another language"))
}

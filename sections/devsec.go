package sections

import "github.com/pas-editor/pas/pas"

// Secure development: applies only when the service includes development
// or application maintenance.
var (
	devReference = field("reference", pas.KSet, "Référentiels de développement sécurisé", "Secure development references", req,
		options(
			opt("owasp_asvs", "OWASP ASVS", "OWASP ASVS"),
			opt("owasp_top10", "OWASP Top 10", "OWASP Top 10"),
			opt("anssi", "Recommandations de l'ANSSI", "ANSSI recommendations"),
			opt("internal", "Référentiel interne", "Internal standard"),
		))
	devByDesign = field("security_by_design", pas.KBool, "Sécurité dès la conception", "Security by design", req,
		help("Oui si les exigences de sécurité et l'analyse des menaces sont traitées dès la conception de chaque évolution.",
			"Yes when security requirements and threat analysis are dealt with from the design of each change."))
	devCodeReview = field("code_review", pas.KEnum, "Revue de code", "Code review", req,
		options(
			opt("systematic", "Revue de chaque modification par un pair", "Peer review of every change"),
			opt("risk_based", "Revue ciblée selon le risque", "Risk-based review"),
			opt("none", "Aucune revue", "No review"),
		))
	devAnalysis = field("analysis", pas.KSet, "Analyses automatisées", "Automated analysis", req,
		help("Analyses intégrées à la chaîne de construction ; une liste vide signifie aucune.",
			"Analysis built into the build pipeline; an empty list means none."),
		options(
			opt("sast", "Analyse statique du code (SAST)", "Static analysis (SAST)"),
			opt("dast", "Analyse dynamique (DAST)", "Dynamic analysis (DAST)"),
			opt("dependency_scanning", "Analyse des dépendances (SCA)", "Dependency scanning (SCA)"),
			opt("sbom", "Nomenclature logicielle (SBOM)", "Software bill of materials (SBOM)"),
			opt("secret_scanning", "Détection de secrets dans le code", "Secret scanning"),
		))
	devSecrets = field("secrets_management", pas.KEnum, "Gestion des secrets", "Secrets management",
		help("Où sont conservés les mots de passe, clés et jetons dont l'application a besoin.",
			"Where the passwords, keys and tokens the application needs are kept."),
		options(
			opt("vault", "Coffre-fort de secrets", "Secrets vault"),
			opt("ci_protected", "Variables protégées de la chaîne d'intégration", "Protected CI/CD variables"),
			opt("repository", "Dans le dépôt de code ou les fichiers de configuration", "In the code repository or configuration files"),
		))
	devEnvironments = field("environments_separated", pas.KBool, "Environnements séparés", "Separate environments", req,
		help("Oui si développement, recette et production sont des environnements distincts, aux accès distincts.",
			"Yes when development, testing and production are distinct environments with distinct access."))
	devTestData = field("test_data", pas.KEnum, "Données de test", "Test data", req,
		help("Origine des données utilisées hors production.", "Where the data used outside production comes from."),
		options(
			opt("synthetic", "Données fictives", "Synthetic data"),
			opt("anonymised", "Données de production anonymisées", "Anonymised production data"),
			opt("pseudonymised", "Données de production pseudonymisées", "Pseudonymised production data"),
			opt("production", "Données de production telles quelles", "Production data as is"),
		))
)

func init() {
	register(&pas.Section{
		ID:    "devsec",
		Title: t("Développement sécurisé", "Secure development"),
		Short: t("Développement", "Secure development"),
		Intro: t("Ce chapitre décrit les pratiques de développement sécurisé appliquées aux développements et à la maintenance applicative : référentiels, sécurité dès la conception, revue de code, analyses automatisées, gestion des secrets, séparation des environnements et données de test.",
			"This chapter describes the secure development practices applied to development and application maintenance: references, security by design, code review, automated analysis, secrets management, separation of environments and test data."),
		Who:    pas.WhoProvider,
		Fields: fields(devReference, devByDesign, devCodeReview, devAnalysis, devSecrets, devEnvironments, devTestData),
		Applies: func(p *pas.Plan) (bool, pas.Text) {
			// Unanswered is no answer: the chapter stays, to complete,
			// rather than claiming the service includes no development.
			if dev, set := p.Bool(engDevelopment); dev || !set {
				return true, pas.Text{}
			}
			return false, t("La prestation ne comprend ni développement ni maintenance applicative.",
				"The service includes no development or application maintenance.")
		},
		Controls: []string{"8.25", "8.26", "8.27", "8.28", "8.29", "8.30", "8.31", "8.33"},
		SOC2:     []string{"CC8"},
		Rules:    devsecRules,

		Vocabulary: devsecVocabulary,
	})
}

// Which change of this chapter's values is stricter for the client (pas diff).
func init() {
	stricter(pas.More, devReference, devByDesign, devAnalysis, devEnvironments)
	ranked(devCodeReview, "none", "risk_based", "systematic")
	ranked(devSecrets, "repository", "ci_protected", "vault")
	ranked(devTestData, "production", "pseudonymised", "anonymised", "synthetic")
}

// devsecVocabulary lists the words buyers' requirement grids use for this chapter.
var devsecVocabulary = []pas.Term{
	words("développement*", "développé*", "développement sécurisé", "sécurité dès la conception", "code source", "code", "revue de code", "analyse statique", "analyse de code", "SAST", "DAST", "SCA", "OWASP", "dépendances", "SBOM", "secure development", "secure coding", "security by design", "code review", "static analysis", "source code", "software development", "TMA", "tierce maintenance applicative"),
	words("données de test", "jeux de test", "environnement de test", "environnements de test", "anonymis*", "pseudonymis*", "test data", "test environment*", "anonymi*", "pseudonymi*"),
	words("secrets", "gestion des secrets", "coffre-fort", "secrets management", "vault"),
}

// The chapter in the provider's voice.
func init() {
	prose("devsec",
		worded(listing(devReference, "Les développements suivent {1}.", "Development follows {1}.",
			"Aucun référentiel de développement sécurisé n'est déclaré.", "No secure development reference is declared."), devReference,
			on("owasp_asvs", "l'OWASP ASVS", "OWASP ASVS"),
			on("owasp_top10", "l'OWASP Top 10", "the OWASP Top 10"),
			on("anssi", "les recommandations de l'ANSSI", "ANSSI recommendations"),
			on("internal", "un référentiel interne", "an internal standard")),
		yesNo(devByDesign, "La sécurité est prise en compte dès la conception.", "Security is built in from the design stage.",
			"La sécurité n'est pas prise en compte dès la conception.", "Security is not built in from the design stage."),
		choice(devCodeReview, []answer{
			on("systematic", "Chaque modification du code est revue par un pair.", "Every code change is reviewed by a peer."),
			on("risk_based", "Les revues de code sont ciblées selon le risque.", "Code reviews are targeted by risk."),
			on("none", "Le code ne fait l'objet d'aucune revue.", "Code is not reviewed."),
		}),
		worded(listing(devAnalysis, "La chaîne de développement intègre {1}.", "The development pipeline includes {1}.",
			"Aucune analyse automatisée n'est menée.", "No automated analysis is run."), devAnalysis,
			on("sast", "l'analyse statique du code (SAST)", "static analysis (SAST)"),
			on("dast", "l'analyse dynamique (DAST)", "dynamic analysis (DAST)"),
			on("dependency_scanning", "l'analyse des dépendances (SCA)", "dependency scanning (SCA)"),
			on("sbom", "une nomenclature logicielle (SBOM)", "a software bill of materials (SBOM)"),
			on("secret_scanning", "la détection de secrets dans le code", "secret scanning")),
		choice(devSecrets, []answer{
			on("vault", "Les secrets sont conservés dans un coffre-fort de secrets.", "Secrets are kept in a secrets vault."),
			on("ci_protected", "Les secrets sont conservés dans les variables protégées de la chaîne d'intégration.", "Secrets are kept in protected CI/CD variables."),
			on("repository", "Les secrets sont conservés dans le dépôt de code ou les fichiers de configuration.", "Secrets are kept in the code repository or configuration files."),
		}),
		yesNo(devEnvironments, "Les environnements de développement, de test et de production sont séparés.", "Development, test and production environments are kept apart.",
			"Les environnements de développement, de test et de production ne sont pas séparés.", "Development, test and production environments are not kept apart."),
		choice(devTestData, []answer{
			on("synthetic", "Les tests utilisent des données fictives.", "Tests use synthetic data."),
			on("anonymised", "Les tests utilisent des données de production anonymisées.", "Tests use anonymised production data."),
			on("pseudonymised", "Les tests utilisent des données de production pseudonymisées.", "Tests use pseudonymised production data."),
			on("production", "Les tests utilisent des données de production telles quelles.", "Tests use production data as is."),
		}),
	)
}

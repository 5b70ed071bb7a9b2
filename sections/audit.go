package sections

import "github.com/pas-editor/pas/pas"

// Audits and compliance checks: the client's audit right, who audits, how
// often, penetration tests, remediation of findings, legal requirements.
var (
	audClientRight = field("client_right", pas.KBool, "Droit d'audit du client", "Client's right to audit", req,
		help("Oui si le client, ou un auditeur qu'il mandate, peut auditer la prestation.", "Yes when the client, or an auditor it appoints, can audit the service."),
		suggest("true"))
	audTypes = field("types", pas.KSet, "Types d'audit admis", "Audit types allowed", req,
		suggest("[documentary, on_site, configuration_review, penetration_test, organisational, gdpr_compliance, physical]"),
		options(
			opt("documentary", "Audit documentaire", "Document review"),
			opt("on_site", "Audit sur site", "On-site audit"),
			opt("configuration_review", "Revue de configuration", "Configuration review"),
			opt("penetration_test", "Test d'intrusion", "Penetration test"),
			opt("code_review", "Revue de code", "Code review"),
			opt("organisational", "Audit organisationnel", "Organisational audit"),
			opt("gdpr_compliance", "Audit de conformité RGPD", "GDPR compliance audit"),
			opt("physical", "Audit de sécurité physique", "Physical security audit"),
		))
	audAuditors = field("auditors", pas.KSet, "Auditeurs admis", "Auditors allowed", req,
		help("Qui peut conduire les audits : les équipes du client, un tiers indépendant, un prestataire qualifié PASSI par l'ANSSI.",
			"Who can conduct audits: the client's staff, an independent third party, a provider qualified PASSI by ANSSI."),
		suggest("[independent_third_party, passi_qualified]"),
		options(
			opt("client_staff", "Équipes du client", "Client staff"),
			opt("independent_third_party", "Tiers indépendant", "Independent third party"),
			opt("passi_qualified", "Prestataire qualifié PASSI", "PASSI-qualified provider"),
		))
	audPerYear = field("per_year", pas.KInt, "Nombre d'audits par an", "Number of audits a year", req, bounds(0, 12),
		help("Nombre d'audits que le client peut mener chaque année.", "Number of audits the client may conduct each year."),
		suggest("1"))
	audAfterIncident = field("after_major_incident", pas.KBool, "Audit supplémentaire après un incident majeur", "Extra audit after a major incident",
		suggest("true"))
	audNotice = field("notice_period", pas.KDuration, "Préavis", "Notice period", req,
		help("Délai de prévenance avant un audit (usage : 15 à 30 jours).", "Notice given before an audit (practice: 15 to 30 days)."))
	audCost = field("cost", pas.KEnum, "Prise en charge des frais", "Who bears the cost", req,
		suggest("provider_if_major_nc"),
		options(
			opt("client", "Le client", "The client"),
			opt("provider", "Le titulaire", "The provider"),
			opt("shared", "Partagée", "Shared"),
			opt("provider_if_major_nc", "Le titulaire en cas de non-conformité majeure", "The provider if a major non-conformity is found"),
		))
	audSubstitutes = field("substitute_reports", pas.KRefs, "Rapports remis à la place d'un audit sur site", "Reports provided instead of an on-site audit",
		ref("frameworks.certificates"), when(audMultiTenant),
		help("Sur une plateforme mutualisée : certifications et rapports d'audit (SOC 2 type 2, C5 type 2, ISO/IEC 27001…) remis au client lorsque l'audit sur site est limité.",
			"On a shared platform: certifications and audit reports (SOC 2 Type 2, C5 Type 2, ISO/IEC 27001…) given to the client when on-site audit is limited."))
	audLimits = field("multi_tenant_limits", pas.KLongText, "Limites liées à la mutualisation", "Limits due to multi-tenancy", when(audMultiTenant),
		help("Ce qui ne peut pas être audité pour protéger les autres clients, et ce qui est proposé à la place.",
			"What cannot be audited to protect other clients, and what is offered instead."))
	audPentest = field("pentest_frequency", pas.KDuration, "Fréquence des tests d'intrusion", "Penetration test frequency", every, req,
		help("Tests d'intrusion menés par ou pour le titulaire sur la plateforme (référence : une fois par an).",
			"Penetration tests run by or for the provider on the platform (reference: once a year)."),
		suggest("12mo"))
	audRemCritical = field("remediation.critical", pas.KDuration, "Constats critiques", "Critical findings", req,
		help("Délai de correction d'un constat critique (usage : 30 jours).", "Time to fix a critical finding (practice: 30 days)."), suggest("30d"))
	audRemHigh = field("remediation.high", pas.KDuration, "Constats importants", "High findings", req,
		help("Usage : 90 jours.", "Practice: 90 days."), suggest("90d"))
	audRemMedium = field("remediation.medium", pas.KDuration, "Constats moyens", "Medium findings", req,
		help("Usage : 180 jours.", "Practice: 180 days."), suggest("180d"))
	audRemLow = field("remediation.low", pas.KDuration, "Constats mineurs", "Low findings",
		help("Usage : au cycle d'audit suivant.", "Practice: by the next audit cycle."))
	audLegal = field("legal_requirements", pas.KSet, "Exigences légales et réglementaires suivies", "Legal and regulatory requirements followed", req,
		help("Textes dont la prestation doit respecter les exigences et dont la conformité est vérifiée.",
			"Texts whose requirements the service must meet and whose compliance is checked."),
		options(
			opt("gdpr", "RGPD", "GDPR"),
			opt("french_dpa", "Loi Informatique et Libertés", "French Data Protection Act"),
			opt("nis2", "NIS 2", "NIS 2"),
			opt("dora", "DORA", "DORA"),
			opt("hds", "Hébergement de données de santé (CSP)", "Health data hosting (French public health code)"),
			opt("rgs", "RGS", "RGS"),
			opt("lpm_oiv", "LPM (OIV)", "Military programming law (OIV)"),
			opt("sren", "Loi SREN", "SREN law"),
			opt("other", "Autre", "Other"),
		))
)

// audMultiTenant reports whether the platform is shared between clients.
func audMultiTenant(p *pas.Plan, _ *pas.Record) bool {
	d := p.Str(engDeployment)
	return d == "public_multi_tenant" || d == "community"
}

func init() {
	register(&pas.Section{
		ID:    "audit",
		Title: t("Audits et contrôles de conformité", "Audits and compliance checks"),
		Short: t("Audits et contrôles", "Audits and checks"),
		Intro: t("Ce chapitre décrit le droit d'audit du client, les types d'audit et les auditeurs admis, leur fréquence et leurs modalités, les tests d'intrusion, les délais de correction des constats et les exigences légales suivies.",
			"This chapter describes the client's right to audit, the audit types and auditors allowed, their frequency and terms, penetration tests, the time to fix findings and the legal requirements followed."),
		Who: pas.WhoProvider,
		Fields: fields(audClientRight, audTypes, audAuditors, audPerYear, audAfterIncident, audNotice, audCost,
			audSubstitutes, audLimits, audPentest, audLegal,
			audRemCritical, audRemHigh, audRemMedium, audRemLow),
		Groups: []pas.Group{
			group("remediation", "Délais de correction des constats, à compter de la remise du rapport", "Time to fix findings, from the delivery of the report"),
		},
		Controls: []string{"5.31", "5.35", "5.36", "8.8", "8.34"},
		SOC2:     []string{"CC4"},
		Rules:    auditRules,

		Vocabulary: auditVocabulary,
	})
}

// Which change of this chapter's values is stricter for the client (pas diff).
func init() {
	stricter(pas.More, audClientRight, audTypes, audAuditors, audPerYear, audAfterIncident, audLegal)
	stricter(pas.Less, audNotice, audPentest, audRemCritical, audRemHigh, audRemMedium, audRemLow)
	ranked(audCost, "client", "shared", "provider_if_major_nc", "provider")
}

// auditVocabulary lists the words buyers' requirement grids use for this chapter.
var auditVocabulary = []pas.Term{
	words("audit*", "auditer", "audité*", "droit d'audit", "contrôle de conformité", "contrôles de conformité", "right to audit", "audit right*", "compliance check*", "inspection*"),
	words("test d'intrusion", "tests d'intrusion", "pentest*", "penetration test*", "PASSI", "audit technique", "audit de code", "audit de configuration", "red team"),
	words("non-conformités", "non-conformité", "constats", "plan d'actions correctives", "plan d'action", "remédiation", "findings", "remediation", "corrective action*"),
	about(audPentest, pas.AtMost, "test d'intrusion", "tests d'intrusion", "pentest*", "penetration test*"),
	about(audNotice, pas.AtMost, "préavis", "notice"),
	about(audRemCritical, pas.AtMost, "non-conformités critiques", "constats critiques", "critiques", "critical findings", "critical"),
	about(audPerYear, pas.AtLeast, "audits par an", "audit par an", "audits per year", "audit per year"),
}

// The chapter in the provider's voice.
func init() {
	prose("audit",
		yesNo(audClientRight, "Le client dispose d'un droit d'audit.", "The client has a right to audit.",
			"Le client ne dispose pas d'un droit d'audit.", "The client has no right to audit."),
		worded(listing(audTypes, "Les types d'audit admis sont {1}.", "The audit types allowed are {1}.",
			"Aucun type d'audit n'est admis.", "No audit type is allowed."), audTypes,
			on("documentary", "l'audit documentaire", "document review"),
			on("on_site", "l'audit sur site", "on-site audit"),
			on("configuration_review", "la revue de configuration", "configuration review"),
			on("penetration_test", "le test d'intrusion", "penetration test"),
			on("code_review", "la revue de code", "code review"),
			on("organisational", "l'audit organisationnel", "organisational audit"),
			on("gdpr_compliance", "l'audit de conformité au RGPD", "GDPR compliance audit"),
			on("physical", "l'audit de sécurité physique", "physical security audit")),
		either(worded(listing(audAuditors, "Les audits peuvent être menés par {1}.", "Audits may be carried out by {1}.",
			"Aucun auditeur n'est admis.", "No auditor is allowed."), audAuditors,
			on("client_staff", "les équipes du client", "the client's staff"),
			on("independent_third_party", "un tiers indépendant", "an independent third party"),
			on("passi_qualified", "un prestataire qualifié PASSI", "a PASSI-qualified provider"))),
		say("Le client peut mener {1|un audit|audits} par an, avec un préavis de {2}.", "The client may carry out {1|one audit|audits} a year, with a notice period of {2}.", audPerYear, audNotice),
		yesNo(audAfterIncident, "Un audit supplémentaire est possible après un incident majeur.", "An extra audit is possible after a major incident.",
			"Aucun audit supplémentaire n'est prévu après un incident majeur.", "No extra audit is provided after a major incident."),
		choice(audCost, []answer{
			on("client", "Les frais d'audit sont à la charge du client.", "The client bears the audit costs."),
			on("provider", "Les frais d'audit sont à la charge du titulaire.", "The provider bears the audit costs."),
			on("shared", "Les frais d'audit sont partagés entre le client et le titulaire.", "The audit costs are shared between the client and the provider."),
			on("provider_if_major_nc", "Le titulaire prend en charge les frais d'audit lorsqu'une non-conformité majeure est relevée.", "The provider bears the audit costs when a major non-conformity is found."),
		}),
		listing(audSubstitutes, "Un audit sur site peut être remplacé par la remise des rapports suivants : {1}.", "An on-site audit may be replaced by handing over the following reports: {1}.",
			"Aucun rapport ne remplace un audit sur site.", "No report replaces an on-site audit."),
		say("Un test d'intrusion est mené {1}.", "A penetration test is carried out {1}.", audPentest),
		worded(listing(audLegal, "Les exigences légales et réglementaires suivies sont celles {1}.", "The legal and regulatory requirements followed are those of {1}.",
			"Aucune exigence légale ou réglementaire n'est déclarée.", "No legal or regulatory requirement is declared."), audLegal,
			on("gdpr", "du RGPD", "the GDPR"),
			on("french_dpa", "de la loi Informatique et Libertés", "the French Data Protection Act"),
			on("nis2", "de la directive NIS 2", "the NIS 2 directive"),
			on("dora", "du règlement DORA", "the DORA regulation"),
			on("hds", "du code de la santé publique sur l'hébergement de données de santé", "the French public health code on health data hosting"),
			on("rgs", "du RGS", "the RGS"),
			on("lpm_oiv", "de la LPM (OIV)", "the military programming law (OIV)"),
			on("sren", "de la loi SREN", "the SREN law"),
			on("other", "d'autres textes", "other texts")),

		say("{p} {do:corriger|corrige} les constats critiques sous {1}, importants sous {2}, moyens sous {3}[, mineurs sous {4}], à compter de la remise du rapport.",
			"{p} {do:remedy|remedies} critical findings within {1}, high findings within {2}, medium ones within {3}[, low ones within {4}], from the delivery of the report.",
			audRemCritical, audRemHigh, audRemMedium, audRemLow),
	)
}

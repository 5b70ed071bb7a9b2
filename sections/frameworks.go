package sections

import "github.com/pas-editor/pas/pas"

// certSchemes are the certifications, attestations and qualifications a
// PAS cites (domain reference, table T1).
var certSchemes = []pas.Option{
	opt("iso27001", "ISO/IEC 27001", "ISO/IEC 27001"),
	opt("iso27017", "ISO/IEC 27017", "ISO/IEC 27017"),
	opt("iso27018", "ISO/IEC 27018", "ISO/IEC 27018"),
	opt("iso27701", "ISO/IEC 27701", "ISO/IEC 27701"),
	opt("iso22301", "ISO 22301", "ISO 22301"),
	opt("iso20000_1", "ISO/IEC 20000-1", "ISO/IEC 20000-1"),
	opt("soc1", "SOC 1", "SOC 1"),
	opt("soc2", "SOC 2", "SOC 2"),
	opt("soc3", "SOC 3", "SOC 3"),
	opt("secnumcloud", "Qualification SecNumCloud", "SecNumCloud qualification"),
	opt("hds", "Certification HDS", "HDS certification"),
	opt("c5", "BSI C5", "BSI C5"),
	opt("pci_dss", "PCI DSS", "PCI DSS"),
	opt("csa_star_l1", "CSA STAR niveau 1", "CSA STAR level 1"),
	opt("csa_star_l2", "CSA STAR niveau 2", "CSA STAR level 2"),
	opt("passi", "Qualification PASSI", "PASSI qualification"),
	opt("pris", "Qualification PRIS", "PRIS qualification"),
	opt("pdis", "Qualification PDIS", "PDIS qualification"),
	opt("other", "Autre", "Other"),
}

// certIs returns a `when` that shows a certificate field for some schemes.
func certIs(schemes ...string) func(*pas.Plan, *pas.Record) bool {
	return func(_ *pas.Plan, r *pas.Record) bool {
		s := r.Str(certScheme)
		for _, want := range schemes {
			if s == want {
				return true
			}
		}
		return false
	}
}

var (
	certScheme  = field("scheme", pas.KEnum, "Référentiel", "Scheme", req, options(certSchemes...))
	certName    = field("name", pas.KText, "Intitulé", "Title", req, help("Par exemple « ISO 27001 – plateforme SaaS ».", "For instance \"ISO 27001 – SaaS platform\"."))
	certVersion = field("version", pas.KText, "Version du référentiel", "Standard version",
		help("Par exemple 27001:2022, SNC 3.2, HDS v2 (2024), PCI DSS 4.0.1.", "For instance 27001:2022, SNC 3.2, HDS v2 (2024), PCI DSS 4.0.1."))
	certHolder = field("holder", pas.KRef, "Détenteur du certificat", "Holder", req, ref("parties.organisations"))
	certIssuer = field("issuer", pas.KText, "Organisme émetteur", "Issuer",
		help("Organisme de certification, cabinet d'audit ou ANSSI.", "Certification body, audit firm or ANSSI."))
	certAccreditation = field("accreditation", pas.KEnum, "Accréditation de l'organisme", "Issuer's accreditation",
		options(
			opt("cofrac", "COFRAC", "COFRAC"),
			opt("ukas", "UKAS", "UKAS"),
			opt("dakks", "DAkkS", "DAkkS"),
			opt("anab", "ANAB", "ANAB"),
			opt("other", "Autre", "Other"),
			opt("none", "Aucune", "None"),
		))
	certID     = field("certificate_id", pas.KText, "Numéro", "Certificate number")
	certScope  = field("scope", pas.KLongText, "Périmètre certifié ou qualifié", "Certified or qualified scope", req)
	certCovers = field("covers_service", pas.KBool, "Couvre la prestation", "Covers the service", req,
		help("Oui si le périmètre certifié inclut le service objet du présent PAS.", "Yes when the certified scope includes the service this PAS is about."))
	certSites  = field("sites", pas.KRefs, "Sites couverts", "Sites covered", ref("datacenter.sites"))
	certHDS    = field("hds_activities", pas.KSet, "Activités HDS certifiées", "HDS activities certified", req, when(certIs("hds")), options(hdsActivities...))
	certReport = field("report_type", pas.KEnum, "Type de rapport", "Report type", req, when(certIs("soc1", "soc2", "c5")),
		options(opt("type_1", "Type 1 (conception, à une date)", "Type 1 (design, at a date)"), opt("type_2", "Type 2 (efficacité, sur une période)", "Type 2 (effectiveness, over a period)")))
	certPeriodStart = field("period_start", pas.KDate, "Début de la période auditée", "Audit period start", when(certIs("soc1", "soc2", "c5")))
	certPeriodEnd   = field("period_end", pas.KDate, "Fin de la période auditée", "Audit period end", req, when(certIs("soc1", "soc2", "c5")),
		help("Pour un rapport de type 1 : la date à laquelle la conception des contrôles a été évaluée.", "For a type 1 report: the date at which the design of the controls was assessed."))
	certBridge = field("bridge_letter_until", pas.KDate, "Lettre de couverture jusqu'au", "Bridge letter until", when(certIs("soc1", "soc2", "c5")))
	certIssued = field("issue_date", pas.KDate, "Date d'émission", "Issue date")
	certExpiry = field("expiry_date", pas.KDate, "Date d'expiration", "Expiry date", req,
		when(func(p *pas.Plan, r *pas.Record) bool { return !certIs("soc1", "soc2", "soc3", "c5")(p, r) }))
	certSurveillance = field("last_surveillance", pas.KDate, "Dernier audit de surveillance", "Last surveillance audit",
		when(certIs("iso27001", "iso27017", "iso27018", "iso27701", "iso22301", "iso20000_1", "hds")))
	certOffer = field("offer", pas.KText, "Offre qualifiée", "Qualified offer", req, when(certIs("secnumcloud")),
		help("Nom de l'offre de service qualifiée : la qualification SecNumCloud porte sur une offre précise.", "Name of the qualified service offer: SecNumCloud qualifies one given offer."))
	fwCertOfferType = field("offer_type", pas.KEnum, "Type d'offre qualifiée", "Qualified offer type", req, when(certIs("secnumcloud")),
		help("La qualification porte sur une offre d'un type donné ; une qualification IaaS ne couvre pas un service SaaS bâti dessus.",
			"The qualification covers one offer of a given type; an IaaS qualification does not cover a SaaS service built on top of it."),
		options(opt("iaas", "IaaS", "IaaS"), opt("paas", "PaaS", "PaaS"), opt("caas", "CaaS", "CaaS"), opt("saas", "SaaS", "SaaS")))
	certEvidence = field("evidence_url", pas.KURL, "Preuve", "Evidence", help("Adresse du certificat ou du registre public.", "Address of the certificate or of the public register."))
	fwCerts      = field("certificates", pas.KList, "Certifications, qualifications et attestations", "Certifications, qualifications and attestations",
		records("name", cols("scheme", "holder", "covers_service", "expiry_date"),
			certName, certScheme, certVersion, certHolder, certIssuer, certAccreditation, certID, certScope, certCovers, certSites,
			certHDS, certReport, certPeriodStart, certPeriodEnd, certBridge, certIssued, certExpiry, certSurveillance, certOffer, fwCertOfferType, certEvidence))

	fwFollowed = field("followed", pas.KSet, "Référentiels suivis sans certification", "Frameworks followed without certification",
		options(
			opt("iso27002", "ISO/IEC 27002:2022", "ISO/IEC 27002:2022"),
			opt("iso27017", "ISO/IEC 27017", "ISO/IEC 27017"),
			opt("iso27018", "ISO/IEC 27018", "ISO/IEC 27018"),
			opt("anssi_hygiene", "Guide d'hygiène informatique de l'ANSSI", "ANSSI IT hygiene guide"),
			opt("anssi_admin", "Administration sécurisée des SI (ANSSI PA-022)", "Secure administration (ANSSI PA-022)"),
			opt("anssi_crypto", "Mécanismes cryptographiques (ANSSI PA-079)", "Cryptographic mechanisms (ANSSI PA-079)"),
			opt("rgs", "RGS", "RGS"),
			opt("pgssi_s", "PGSSI-S", "PGSSI-S"),
			opt("nist_csf", "NIST CSF 2.0", "NIST CSF 2.0"),
			opt("cis_controls", "CIS Controls", "CIS Controls"),
			opt("csa_ccm", "CSA CCM", "CSA CCM"),
		))
	fwSNCEquivalent = field("secnumcloud_equivalent", pas.KLongText, "Équivalence déclarée à SecNumCloud", "Declared SecNumCloud equivalent",
		when(func(p *pas.Plan, _ *pas.Record) bool { return fwSNCExpected(p) }),
		help("Pour des données sensibles de l'État sans offre qualifiée SecNumCloud : la qualification ou l'évaluation retenue comme équivalente, et sa justification.",
			"For sensitive State data without a SecNumCloud-qualified offer: the qualification or assessment held to be equivalent, and why."))
	fwKeepValid = field("keep_valid", pas.KBool, "Certifications maintenues pendant tout le contrat, client informé de toute suspension ou réduction", "Certifications kept valid for the contract", req,
		when(func(p *pas.Plan, _ *pas.Record) bool { return len(p.Records(fwCerts)) > 0 }),
		help("Oui si le titulaire s'engage à maintenir ses certifications et qualifications pendant toute la durée du contrat et à informer le client de toute suspension, retrait ou réduction de périmètre.",
			"Yes when the provider commits to keep its certifications and qualifications valid for the whole contract and to inform the client of any suspension, withdrawal or reduction of scope."))
)

func init() {
	register(&pas.Section{
		ID:    "frameworks",
		Title: t("Référentiels et certifications", "Security frameworks and certifications"),
		Short: t("Certifications", "Certifications"),
		Intro: t("Ce chapitre liste les certifications, attestations et qualifications des intervenants, leur périmètre et leur validité, ainsi que les référentiels suivis sans certification.",
			"This chapter lists the parties' certifications, attestations and qualifications, their scope and validity, and the frameworks followed without certification."),
		Who:      pas.WhoProvider,
		Fields:   fields(fwCerts, fwFollowed, fwSNCEquivalent, fwKeepValid),
		Controls: []string{"5.31", "5.35", "5.36", "5.22"},
		SOC2:     []string{"CC4"},
		Rules:    fwRules,

		Vocabulary: frameworksVocabulary,
	})
}

// Which change of this chapter's values is stricter for the client (pas diff).
func init() {
	stricter(pas.More, fwCerts, certCovers, certHDS, fwFollowed, fwKeepValid)
	ranked(certReport, "type_1", "type_2")
}

// frameworksVocabulary lists the words buyers' requirement grids use for this chapter.
var frameworksVocabulary = []pas.Term{
	words("certification*", "certifié*", "certificat*", "qualification*", "qualifié SecNumCloud", "attestation*", "certified", "certificate*", "accreditation*"),
	words("ISO 27001", "ISO/IEC 27001", "27001", "ISO 27017", "ISO 27018", "ISO 27701", "SOC 2", "SOC2", "ISAE 3402", "SecNumCloud", "HDS", "hébergeur de données de santé", "hébergement de données de santé", "health data hosting", "C5", "EUCS", "PCI DSS", "référentiel HDS"),
	words("référentiel* de sécurité", "security framework*", "normes de sécurité", "bonnes pratiques ANSSI"),
	about(fwKeepValid, pas.NoBound, "maintenir la certification", "maintenir pendant toute la durée", "maintenue pendant toute la durée", "maintain the certification", "kept valid", "keep valid", "suspension ou retrait"),
}

// The chapter in the provider's voice.
func init() {
	prose("frameworks",
		yesNo(fwKeepValid,
			"{p} {do:maintenir|maintient} les certifications de ce chapitre pendant toute la durée du contrat et {and:informer|informe} le client de toute suspension ou réduction de leur périmètre.",
			"{p} {do:keep|keeps} the certifications of this chapter valid for the whole contract and {and:inform|informs} the client of any suspension or reduction of their scope.",
			"Le maintien des certifications pendant toute la durée du contrat n'est pas garanti.", "Keeping the certifications valid for the whole contract is not guaranteed."),
		worded(listing(fwFollowed, "Sont également suivis, sans certification, {1}.", "The following are also followed, without certification: {1}.",
			"Aucun référentiel n'est suivi sans certification.", "No framework is followed without certification."), fwFollowed,
			on("iso27002", "l'ISO/IEC 27002:2022", "ISO/IEC 27002:2022"),
			on("iso27017", "l'ISO/IEC 27017", "ISO/IEC 27017"),
			on("iso27018", "l'ISO/IEC 27018", "ISO/IEC 27018"),
			on("anssi_hygiene", "le guide d'hygiène informatique de l'ANSSI", "the ANSSI IT hygiene guide"),
			on("anssi_admin", "les recommandations de l'ANSSI pour l'administration sécurisée des SI (PA-022)", "ANSSI's recommendations for secure administration (PA-022)"),
			on("anssi_crypto", "les règles de l'ANSSI sur les mécanismes cryptographiques (PA-079)", "ANSSI's rules on cryptographic mechanisms (PA-079)"),
			on("rgs", "le RGS", "the RGS"),
			on("pgssi_s", "la PGSSI-S", "the PGSSI-S"),
			on("nist_csf", "le NIST CSF 2.0", "NIST CSF 2.0"),
			on("cis_controls", "les CIS Controls", "the CIS Controls"),
			on("csa_ccm", "la CSA CCM", "the CSA CCM")),
	)
}

package sections

import "github.com/pas-editor/pas/pas"

// Encryption and key custody: domain reference S05. Backup encryption is
// part of the at-rest scope (CRY-05 checks it here).
var (
	cryDeprecated = field("deprecated_enabled", pas.KSet, "Protocoles et algorithmes obsolètes encore activés", "Deprecated protocols and algorithms still enabled", req,
		help("Cochez ce qui reste accepté, même pour la compatibilité ; une liste vide signifie qu'aucun n'est activé.",
			"Tick what is still accepted, even for compatibility; an empty list means none is enabled."),
		suggest("[]"),
		options(
			opt("ssl", "SSL (toutes versions)", "SSL (any version)"),
			opt("tls_1_0", "TLS 1.0", "TLS 1.0"),
			opt("tls_1_1", "TLS 1.1", "TLS 1.1"),
			opt("des", "DES", "DES"),
			opt("triple_des", "3DES", "3DES"),
			opt("rc4", "RC4", "RC4"),
			opt("md5", "MD5", "MD5"),
			opt("sha1_signatures", "Signatures SHA-1", "SHA-1 signatures"),
		))

	cryAtRest = field("at_rest.enabled", pas.KBool, "Chiffrement des données au repos", "Encryption of data at rest", req,
		suggest("true"))
	cryAtRestScope = field("at_rest.scope", pas.KSet, "Supports chiffrés", "Storage encrypted", req,
		help("Tous les supports où les données du client sont chiffrées, sauvegardes et journaux compris.",
			"Every storage where the client's data is encrypted, backups and logs included."),
		when(cryAtRestOn),
		suggest("[disks, databases, object_storage, backups, logs]"),
		options(
			opt("disks", "Disques et volumes", "Disks and volumes"),
			opt("databases", "Bases de données", "Databases"),
			opt("object_storage", "Stockage objet", "Object storage"),
			opt("backups", "Sauvegardes", "Backups"),
			opt("logs", "Journaux", "Logs"),
		))
	cryAtRestAlgo = field("at_rest.algorithm", pas.KEnum, "Algorithme", "Algorithm",
		when(cryAtRestOn),
		suggest("aes_256"),
		options(
			opt("aes_256", "AES-256", "AES-256"),
			opt("aes_128", "AES-128", "AES-128"),
			opt("other", "Autre", "Other"),
		))

	cryMinTLS = field("in_transit.min_tls", pas.KEnum, "Version minimale de TLS acceptée", "Lowest TLS version accepted", req,
		suggest("1.2"),
		options(
			opt("1.3", "TLS 1.3", "TLS 1.3"),
			opt("1.2", "TLS 1.2", "TLS 1.2"),
			opt("1.1", "TLS 1.1", "TLS 1.1"),
			opt("1.0", "TLS 1.0 ou inférieure", "TLS 1.0 or lower"),
		))
	cryInternal = field("in_transit.internal_flows", pas.KBool, "Flux internes chiffrés", "Internal flows encrypted", req,
		help("Oui si les flux entre composants du service, à l'intérieur de l'hébergement, sont aussi chiffrés.",
			"Yes when flows between the service's components, inside the hosting, are encrypted too."),
		suggest("true"))
	crySiteToSite = field("in_transit.site_to_site", pas.KEnum, "Liaisons entre sites", "Links between sites",
		options(
			opt("ipsec", "IPsec", "IPsec"),
			opt("tls", "TLS", "TLS"),
			opt("none", "Non chiffrées", "Not encrypted"),
			opt("no_inter_site", "Pas de flux entre sites", "No flows between sites"),
		))

	cryKeyModel = field("keys.management", pas.KEnum, "Gestion des clés", "Key management", req,
		help("Qui crée et détient les clés qui protègent les données du client.",
			"Who creates and holds the keys that protect the client's data."),
		options(
			opt("provider_managed", "Gérées par le fournisseur", "Provider-managed"),
			opt("customer_managed", "Gérées par le client dans le service (CMK, BYOK)", "Customer-managed in the service (CMK, BYOK)"),
			opt("customer_held", "Détenues par le client hors du service (HYOK, KMS externe)", "Held by the customer outside the service (HYOK, external KMS)"),
		))
	cryKeyCountry = field("keys.location", pas.KCountry, "Pays où sont conservées les clés", "Country where the keys are kept", req)
	cryHSM        = field("keys.hsm", pas.KBool, "Clés protégées par un HSM", "Keys protected by an HSM",
		help("Oui si les clés maîtresses sont générées et conservées dans un module matériel de sécurité (HSM).",
			"Yes when master keys are generated and kept in a hardware security module (HSM)."))
	cryHSMCert = field("keys.hsm_certification", pas.KSet, "Certification du HSM", "HSM certification",
		when(func(p *pas.Plan, _ *pas.Record) bool { return p.Is(cryHSM) }),
		options(
			opt("fips140_2_l3", "FIPS 140-2 niveau 3 (liste historique depuis septembre 2026)", "FIPS 140-2 level 3 (historical list since September 2026)"),
			opt("fips140_3_l3", "FIPS 140-3 niveau 3", "FIPS 140-3 level 3"),
			opt("anssi_qualified", "Qualifié par l'ANSSI", "ANSSI-qualified"),
			opt("cc_eal4_plus", "Critères communs EAL4+", "Common Criteria EAL4+"),
		))
	cryRotation = field("keys.rotation", pas.KDuration, "Périodicité de renouvellement des clés", "Key rotation interval", every, req,
		suggest("12mo"))

	cryRSA          = field("asymmetric.rsa_min_bits", pas.KInt, "Taille minimale des clés RSA", "Minimum RSA key size", req, unit("bits", "bits"), bounds(0, 65536))
	cryECC          = field("asymmetric.ecc_min_bits", pas.KInt, "Taille minimale des clés sur courbes elliptiques", "Minimum elliptic-curve key size", req, unit("bits", "bits"), bounds(0, 1024))
	cryProtectUntil = field("asymmetric.protect_until", pas.KDate, "Confidentialité à garantir jusqu'au", "Confidentiality to guarantee until",
		help("Date jusqu'à laquelle les données chiffrées doivent rester confidentielles : au-delà de 2030, des clés RSA plus longues sont attendues.",
			"Date until which the encrypted data must stay confidential: beyond 2030, longer RSA keys are expected."))
)

// cryAtRestOn switches the at-rest details on unless encryption at rest is
// declined.
func cryAtRestOn(p *pas.Plan, _ *pas.Record) bool { return !p.IsNot(cryAtRest) }

func init() {
	register(&pas.Section{
		ID:    "crypto",
		Title: t("Chiffrement et gestion des clés", "Encryption and key management"),
		Short: t("Chiffrement et clés", "Encryption and keys"),
		Intro: t("Ce chapitre décrit le chiffrement des données au repos et en transit, les protocoles et algorithmes admis, et la façon dont les clés sont gérées, conservées et renouvelées.",
			"This chapter describes encryption of data at rest and in transit, the protocols and algorithms accepted, and how keys are managed, kept and renewed."),
		Who: pas.WhoProvider,
		Fields: fields(cryDeprecated,
			cryAtRest, cryAtRestScope, cryAtRestAlgo,
			cryMinTLS, cryInternal, crySiteToSite,
			cryKeyModel, cryKeyCountry, cryHSM, cryHSMCert, cryRotation,
			cryRSA, cryECC, cryProtectUntil),
		Groups: []pas.Group{
			group("at_rest", "Chiffrement au repos", "Encryption at rest"),
			group("in_transit", "Chiffrement en transit", "Encryption in transit"),
			group("keys", "Gestion des clés", "Key management"),
			group("asymmetric", "Cryptographie asymétrique", "Asymmetric cryptography"),
		},
		Controls: []string{"8.24", "5.14", "8.11", "8.12", "5.33"},
		SOC2:     []string{"CC6", "C1"},
		Rules:    cryptoRules,

		Vocabulary: cryptoVocabulary,
	})
}

// Which change of this chapter's values is stricter for the client (pas diff).
func init() {
	stricter(pas.Less, cryDeprecated, cryRotation, cryKeyCountry)
	stricter(pas.More, cryAtRest, cryAtRestScope, cryInternal, cryHSM, cryHSMCert, cryRSA, cryECC)
	ranked(cryAtRestAlgo, "aes_128", "aes_256")
	ranked(cryMinTLS, "1.0", "1.1", "1.2", "1.3")
	ranked(cryKeyModel, "provider_managed", "customer_managed", "customer_held")
}

// cryptoVocabulary lists the words buyers' requirement grids use for this chapter.
var cryptoVocabulary = []pas.Term{
	words("chiffré*", "chiffrement", "chiffrer", "cryptographi*", "crypté*", "cryptage", "encrypt*", "encryption", "cipher*", "AES", "AES-256", "RSA", "RGS", "référentiel général de sécurité"),
	words("au repos", "at rest", "en transit", "in transit", "TLS", "SSL", "HTTPS", "IPsec", "flux chiffrés", "flux sont chiffrés"),
	words("clé*", "clés de chiffrement", "gestion des clés", "HSM", "KMS", "BYOK", "HYOK", "key*", "key management", "hardware security module"),
	about(cryRotation, pas.AtMost, "renouvelées", "renouvellement des clés", "rotation des clés", "renouvelé*", "key rotation", "rotated"),
	about(cryRSA, pas.AtLeast, "RSA", "bits"),
}

// The chapter in the provider's voice.
func init() {
	prose("crypto",
		worded(listing(cryDeprecated, "Restent activés, par exception, les protocoles et algorithmes obsolètes suivants : {1}.", "The following deprecated protocols and algorithms remain enabled, as exceptions: {1}.",
			"Aucun protocole ni algorithme obsolète n'est activé.", "No deprecated protocol or algorithm is enabled."), cryDeprecated,
			on("ssl", "SSL (toutes versions)", "SSL (any version)")),

		yesNo(cryAtRest, "Les données sont chiffrées au repos.", "Data is encrypted at rest.",
			"Les données ne sont pas chiffrées au repos.", "Data is not encrypted at rest."),
		worded(worded(listing(cryAtRestScope, "Sont chiffrés {1}[, avec {2}].", "Encryption covers {1}[, with {2}].",
			"Aucun support n'est déclaré comme chiffré.", "No storage is declared as encrypted.", cryAtRestAlgo), cryAtRestScope,
			on("disks", "les disques et volumes", "disks and volumes"),
			on("databases", "les bases de données", "databases"),
			on("object_storage", "le stockage objet", "object storage"),
			on("backups", "les sauvegardes", "backups"),
			on("logs", "les journaux", "logs")), cryAtRestAlgo,
			on("aes_256", "l'algorithme AES-256", "AES-256"),
			on("aes_128", "l'algorithme AES-128", "AES-128"),
			on("other", "un autre algorithme", "another algorithm")),

		say("La version minimale de TLS acceptée est {1}.", "The lowest TLS version accepted is {1}.", cryMinTLS),
		yesNo(cryInternal, "Les flux internes sont chiffrés.", "Internal flows are encrypted.",
			"Les flux internes ne sont pas chiffrés.", "Internal flows are not encrypted."),
		choice(crySiteToSite, []answer{
			on("ipsec", "Les liaisons entre sites sont chiffrées par IPsec.", "Links between sites are encrypted with IPsec."),
			on("tls", "Les liaisons entre sites sont chiffrées par TLS.", "Links between sites are encrypted with TLS."),
			on("none", "Les liaisons entre sites ne sont pas chiffrées.", "Links between sites are not encrypted."),
			on("no_inter_site", "Aucun flux ne circule entre les sites.", "No flow runs between sites."),
		}),

		choice(cryKeyModel, []answer{
			on("provider_managed", "Les clés de chiffrement sont gérées par le fournisseur du service.", "Encryption keys are managed by the service's provider."),
			on("customer_managed", "Les clés de chiffrement sont gérées par le client dans le service (CMK, BYOK).", "Encryption keys are managed by the client within the service (CMK, BYOK)."),
			on("customer_held", "Les clés de chiffrement sont détenues par le client hors du service (HYOK, KMS externe).", "Encryption keys are held by the client outside the service (HYOK, external KMS)."),
		}),
		placed(say("Les clés sont conservées {1}.", "The keys are kept {1}.", cryKeyCountry), cryKeyCountry),
		worded(yesNo(cryHSM,
			"Elles sont protégées par un HSM[ ({1})].", "They are protected by an HSM[ ({1})].",
			"Elles ne sont pas protégées par un HSM.", "They are not protected by an HSM.", cryHSMCert), cryHSMCert,
			on("fips140_2_l3", "FIPS 140-2 niveau 3, liste historique depuis septembre 2026", "FIPS 140-2 level 3, historical list since September 2026"),
			on("anssi_qualified", "qualifié par l'ANSSI", "ANSSI-qualified"),
			on("cc_eal4_plus", "Critères communs EAL4+", "Common Criteria EAL4+")),
		say("Elles sont renouvelées {1}.", "They are renewed {1}.", cryRotation),

		say("Les clés RSA font au moins {1} et les clés sur courbes elliptiques au moins {2}[, pour une confidentialité garantie jusqu'au {3}].",
			"RSA keys are at least {1} long and elliptic-curve keys at least {2}[, to keep data confidential until {3}].", cryRSA, cryECC, cryProtectUntil),
	)
}

package sections

import "github.com/pas-editor/pas/pas"

// Key sizes of the crypto chapter, which a company may set in its policy
// block: secondary sources of the ANSSI rules differ, so they stay
// configurable.
var (
	cryRSAMin = threshold(field("crypto_rsa_min_bits", pas.KInt, "Taille minimale des clés RSA", "Minimum RSA key size",
		unit("bits", "bits"), suggest("2048"),
		help("En deçà, la règle CRY-03 signale la taille des clés RSA (ANSSI, RGS B1 / PA-079).",
			"Below it, rule CRY-03 flags the RSA key size (ANSSI, RGS B1 / PA-079).")))
	cryRSALongMin = threshold(field("crypto_rsa_long_term_min_bits", pas.KInt, "Taille minimale des clés RSA pour une confidentialité à long terme", "Minimum RSA key size for long-term confidentiality",
		unit("bits", "bits"), suggest("3072"),
		help("Taille attendue lorsque les données doivent rester confidentielles au-delà de la date qui suit.",
			"Size expected when the data must stay confidential beyond the following date.")))
	cryRSALongAfter = threshold(field("crypto_rsa_long_term_after", pas.KDate, "Date au-delà de laquelle la confidentialité est à long terme", "Date beyond which confidentiality is long-term",
		suggest("2030-12-31"),
		help("Si les données doivent rester confidentielles après cette date, la taille RSA à long terme s'applique.",
			"When the data must stay confidential after this date, the long-term RSA size applies.")))
	cryECCMin = threshold(field("crypto_ecc_min_bits", pas.KInt, "Taille minimale des clés sur courbes elliptiques", "Minimum elliptic-curve key size",
		unit("bits", "bits"), suggest("256"),
		help("En deçà, la règle CRY-03 signale la taille des clés sur courbes elliptiques.",
			"Below it, rule CRY-03 flags the elliptic-curve key size.")))
)

// cryProduction are the at-rest scopes that hold the client's live data.
var cryProduction = []string{"disks", "databases", "object_storage"}

var cryptoRules = []*pas.Rule{
	{
		ID: "CRY-01", Severity: pas.Error,
		Varies: t("avertissement si C < 3 sans données de catégories particulières ni de santé", "warning when C < 3 without special-category or health data"),
		Title:  t("Données personnelles ou sensibles non chiffrées au repos", "Personal or sensitive data not encrypted at rest"),
		Rationale: t("Le RGPD cite le chiffrement parmi les mesures appropriées, et le chiffrement des données sensibles fait partie du contenu attendu d'un PAS. Erreur lorsque le besoin de confidentialité est élevé (3 ou plus) ou que des données de santé ou de catégorie particulière sont traitées, avertissement sinon.",
			"The GDPR names encryption among the appropriate measures, and encryption of sensitive data belongs in a PAS. An error when the confidentiality need is high (3 or more) or health or special-category data is processed, a warning otherwise."),
		Source: "GDPR art. 32(1)(a) [GDPR-EURLEX]; EuroCloud France PAS content list [EUROCLOUD-2016]",
		Check: func(c *pas.Check) {
			p := c.Plan
			sensitive := personalData(p) || hasData(p, "payment_card") || hasData(p, "sensitive_state") || need(p, engConfidentiality) >= 3
			if !sensitive {
				return
			}
			sev := pas.Warning
			if need(p, engConfidentiality) >= 3 || hasData(p, "special_category") || hasData(p, "health_data") || hasData(p, "hds_scope") {
				sev = pas.Error
			}
			if p.IsNot(cryAtRest) {
				c.ReportAs(sev, cryAtRest, nil, pas.T("les données au repos ne sont pas chiffrées alors que des données personnelles ou sensibles sont traitées",
					"data at rest is not encrypted although personal or sensitive data is processed"))
				return
			}
			v := p.Get(cryAtRestScope)
			if !v.IsSet() || !c.Active(cryAtRestScope, nil) {
				return
			}
			for _, s := range cryProduction {
				if v.Contains(s) {
					return
				}
			}
			c.ReportAs(sev, cryAtRestScope, nil, pas.Textf("aucun support de production n'est chiffré (%s)", "no production storage is encrypted (%s)",
				accLabels(cryAtRestScope, cryProduction)))
		},
	},
	{
		ID: "CRY-02", Severity: pas.Error,
		Title: t("Version de TLS inférieure à 1.2", "TLS version below 1.2"),
		Rationale: t("Les recommandations de l'ANSSI pour TLS écartent les versions antérieures à TLS 1.2 et privilégient TLS 1.3.",
			"ANSSI's TLS recommendations rule out versions older than TLS 1.2 and favour TLS 1.3."),
		Source: "ANSSI TLS recommendations (PA-035) [ANSSI-TLS]",
		Check: func(c *pas.Check) {
			v := c.Plan.Get(cryMinTLS)
			if c.Active(cryMinTLS, nil) && v.IsSet() && (v.Str == "1.1" || v.Str == "1.0") {
				c.Report(cryMinTLS, nil, pas.Textf("version minimale acceptée : %s", "lowest version accepted: %s", valueText(c.Plan, cryMinTLS, v)))
			}
		},
	},
	{
		ID: "CRY-03", Severity: pas.Warning,
		Title: t("Algorithme obsolète activé ou clés asymétriques trop courtes", "Deprecated algorithm enabled or asymmetric keys too short"),
		Rationale: t("Les règles de l'ANSSI sur les mécanismes cryptographiques proscrivent les protocoles et algorithmes obsolètes et fixent des tailles minimales de clés, plus longues pour les données à protéger au-delà de 2030.",
			"ANSSI's rules on cryptographic mechanisms forbid deprecated protocols and algorithms and set minimum key sizes, longer for data to protect beyond 2030."),
		Source: "ANSSI RGS B1 / PA-079 [ANSSI-CRYPTO], [ANSSI-TLS]; key sizes: policy",
		Check: func(c *pas.Check) {
			p := c.Plan
			if v := p.Get(cryDeprecated); v.IsSet() && len(v.List) > 0 && c.Active(cryDeprecated, nil) {
				c.Report(cryDeprecated, nil, pas.Textf("encore activés : %s", "still enabled: %s", accLabels(cryDeprecated, v.List)))
			}
			rsa := p.Get(cryRSA)
			if rsa.IsSet() && c.Active(cryRSA, nil) {
				min, ok := accPolicyNum(c, cryRSAMin)
				long, okLong := accPolicyNum(c, cryRSALongMin)
				after, until := c.Policy(cryRSALongAfter.ID), p.Get(cryProtectUntil)
				switch {
				case ok && rsa.Num < min:
					c.Report(cryRSA, nil, pas.Textf("clés RSA de %s bits, moins que %s", "RSA keys of %s bits, less than %s", numText(rsa.Num), numText(min)))
				case okLong && rsa.Num < long && after.IsSet() && until.IsSet() && c.Active(cryProtectUntil, nil) && until.Date.After(after.Date):
					c.Report(cryRSA, nil, pas.Textf("clés RSA de %s bits pour une confidentialité jusqu'au %s : %s bits attendus au-delà du %s",
						"RSA keys of %s bits for confidentiality until %s: %s bits expected beyond %s",
						numText(rsa.Num), dateText(until.Date), numText(long), dateText(after.Date)))
				}
			}
			if ecc := p.Get(cryECC); ecc.IsSet() && c.Active(cryECC, nil) {
				if min, ok := accPolicyNum(c, cryECCMin); ok && ecc.Num < min {
					c.Report(cryECC, nil, pas.Textf("clés sur courbes elliptiques de %s bits, moins que %s", "elliptic-curve keys of %s bits, less than %s", numText(ecc.Num), numText(min)))
				}
			}
		},
	},
	{
		ID: "CRY-04", Severity: pas.Warning,
		Title: t("Clés gérées par un fournisseur exposé à une loi extra-européenne", "Keys managed by a provider exposed to a non-EU law"),
		Rationale: t("Le chiffrement ne protège d'un accès contraint par une autorité étrangère que si les clés restent sous le contrôle du client ; gérées par un intervenant soumis au Cloud Act ou à une loi comparable, elles peuvent être remises avec les données.",
			"Encryption only protects against compelled access by a foreign authority if the keys stay under the client's control; managed by a party subject to the CLOUD Act or a similar law, they can be handed over with the data."),
		Source: "EDPB Recommendations 01/2020 on supplementary measures [EDPB-0120]; see LOC-06",
		Check: func(c *pas.Check) {
			if !c.Active(cryKeyModel, nil) || c.Plan.Str(cryKeyModel) != "provider_managed" {
				return
			}
			for _, r := range hostingParties(c.Plan) {
				if why := exposure(r); !why.IsZero() {
					c.Report(cryKeyModel, nil, pas.Textf("clés gérées par le fournisseur alors que « %s » est exposée : %s",
						"provider-managed keys while \"%s\" is exposed: %s", r.Name(ptyOrganisations), why))
				}
			}
		},
	},
	{
		ID: "CRY-05", Severity: pas.Warning,
		Title: t("Sauvegardes non chiffrées", "Backups not encrypted"),
		Rationale: t("Les sauvegardes contiennent toutes les données et circulent ou sont stockées hors de la production : la CNIL recommande de les chiffrer.",
			"Backups hold all the data and travel or sit outside production: the CNIL recommends encrypting them."),
		Source: "CNIL security guide (backups) [CNIL-GUIDE-SUM]",
		Check: func(c *pas.Check) {
			if c.Plan.IsNot(cryAtRest) {
				c.Report(cryAtRest, nil, pas.T("aucun chiffrement au repos : les sauvegardes ne sont pas chiffrées",
					"no encryption at rest: backups are not encrypted"))
				return
			}
			if v := c.Plan.Get(cryAtRestScope); v.IsSet() && c.Active(cryAtRestScope, nil) && !v.Contains("backups") {
				c.Report(cryAtRestScope, nil, pas.T("les sauvegardes ne figurent pas parmi les supports chiffrés",
					"backups are not among the encrypted storage"))
			}
		},
	},
	{
		ID: "CRY-06", Severity: pas.Warning,
		Title: t("Clés conservées dans un pays tiers", "Keys kept in a third country"),
		Rationale: t("Des clés conservées hors de l'EEE et des pays adéquats recréent le transfert et l'exposition que le chiffrement devait neutraliser.",
			"Keys kept outside the EEA and adequate countries recreate the transfer and the exposure that encryption was meant to neutralise."),
		Source: "EDPB Recommendations 01/2020 on supplementary measures [EDPB-0120]",
		Check: func(c *pas.Check) {
			code := c.Plan.Str(cryKeyCountry)
			if code == "" || !c.Active(cryKeyCountry, nil) || pas.ClassOf(code) != pas.ClassThird {
				return
			}
			c.Report(cryKeyCountry, nil, pas.Textf("clés conservées dans un pays tiers : %s", "keys kept in a third country: %s",
				countryText(code)))
		},
	},
	{
		ID: "CRY-07", Severity: pas.Info,
		Title: t("Pas de périodicité de renouvellement des clés", "No key rotation interval"),
		Rationale: t("La gestion des clés couvre tout leur cycle de vie, dont leur renouvellement périodique.",
			"Key management covers their whole life cycle, periodic renewal included."),
		Source:   "ISO/IEC 27001:2022 A.8.24 (use of cryptography)",
		Presence: []*pas.Field{cryRotation},
		Check: func(c *pas.Check) {
			if c.Active(cryRotation, nil) && c.Plan.Get(cryRotation).Missing() {
				c.Report(cryRotation, nil, pas.T("aucune périodicité de renouvellement des clés", "no key rotation interval"))
			}
		},
	},
}

package sections

import (
	"strings"

	"github.com/pas-editor/pas/pas"
)

// Conventions of the audit chapter: longest time to fix a finding, by
// severity.
var audRemediationMax = []struct {
	field     *pas.Field
	threshold string
}{
	{audRemCritical, "audit_remediation_critical_max"},
	{audRemHigh, "audit_remediation_high_max"},
	{audRemMedium, "audit_remediation_medium_max"},
}

var (
	_ = threshold(field("audit_remediation_critical_max", pas.KDuration, "Délai maximal de correction d'un constat critique", "Longest time to fix a critical finding",
		suggest("30d"), help("Usage : 30 jours.", "Practice: 30 days.")))
	_ = threshold(field("audit_remediation_high_max", pas.KDuration, "Délai maximal de correction d'un constat important", "Longest time to fix a high finding",
		suggest("90d"), help("Usage : 90 jours.", "Practice: 90 days.")))
	_ = threshold(field("audit_remediation_medium_max", pas.KDuration, "Délai maximal de correction d'un constat moyen", "Longest time to fix a medium finding",
		suggest("180d"), help("Usage : 180 jours.", "Practice: 180 days.")))
)

// audPentestMax is the longest interval between penetration tests (PCI
// DSS annual test, a good baseline elsewhere).
var audPentestMax = pas.Months(12)

var auditRules = []*pas.Rule{
	{
		ID: "AUD-01", Severity: pas.Error,
		Title: t("Pas de droit d'audit alors que des données personnelles sont traitées", "No audit right although personal data is processed"),
		Rationale: t("Le contrat de sous-traitance RGPD oblige le sous-traitant à permettre et à faciliter les audits du responsable de traitement ou de l'auditeur qu'il mandate.",
			"The GDPR processing contract obliges the processor to allow and contribute to audits by the controller or an auditor it appoints."),
		Source: "GDPR art. 28(3)(h) [GDPR-28-CIPP]",
		Check: func(c *pas.Check) {
			if personalData(c.Plan) && c.Plan.IsNot(audClientRight) {
				c.Report(audClientRight, nil, t("des données personnelles sont traitées mais le client n'a pas de droit d'audit",
					"personal data is processed but the client has no right to audit"))
			}
		},
	},
	{
		ID: "AUD-02", Severity: pas.Warning,
		Title: t("Aucun auditeur tiers indépendant admis", "No independent third-party auditor allowed"),
		Rationale: t("Le client doit pouvoir faire auditer la prestation par un tiers indépendant, avec des modalités, une fréquence et une prise en charge des frais définies.",
			"The client must be able to have the service audited by an independent third party, with defined terms, frequency and cost."),
		Source: "Syntec Numérique SaaS contract guide [SYNTEC-SAAS]",
		Check: func(c *pas.Check) {
			v := c.Plan.Get(audAuditors)
			if v.IsSet() && !v.Contains("independent_third_party") && !v.Contains("passi_qualified") {
				c.Report(audAuditors, nil, t("ni tiers indépendant ni prestataire PASSI parmi les auditeurs admis",
					"neither an independent third party nor a PASSI provider among the auditors allowed"))
			}
		},
	},
	{
		ID: "AUD-03", Severity: pas.Warning,
		Title: t("Pas de test d'intrusion au moins annuel", "No penetration test at least yearly"),
		Rationale: t("Un test d'intrusion par an est exigé par PCI DSS et constitue une bonne base ailleurs.",
			"A yearly penetration test is required by PCI DSS and is a good baseline elsewhere."),
		Source:   "PCI DSS annual penetration test [PCI-VALID]",
		Presence: []*pas.Field{audPentest},
		Check: func(c *pas.Check) {
			v := c.Plan.Get(audPentest)
			switch {
			case !v.IsSet():
				c.Report(audPentest, nil, t("aucun test d'intrusion n'est prévu", "no penetration test is planned"))
			case v.Dur.Compare(audPentestMax) > 0:
				c.Report(audPentest, nil, pas.Textf("un test d'intrusion tous les %s : moins d'un par an", "a penetration test every %s: less than one a year", durText(v.Dur)))
			}
		},
	},
	{
		ID: "AUD-04", Severity: pas.Warning,
		Title: t("Délais de correction des constats absents ou trop longs", "Time to fix findings missing or too long"),
		Rationale: t("Un audit n'a d'effet que si ses constats sont corrigés dans des délais fixés selon leur gravité.",
			"An audit has an effect only when its findings are fixed within times set by severity."),
		Source:   "ISO/IEC 27001:2022 A.5.35, A.5.36; remediation delays (convention)",
		Presence: []*pas.Field{audRemCritical, audRemHigh, audRemMedium},
		Check: func(c *pas.Check) {
			for _, r := range audRemediationMax {
				v := c.Plan.Get(r.field)
				if !v.IsSet() {
					c.Report(r.field, nil, pas.Textf("%s : aucun délai de correction", "%s: no time to fix", r.field.Label))
					continue
				}
				if limit := cntPolicyDur(c, r.threshold); !limit.IsZero() && v.Dur.Compare(limit) > 0 {
					c.Report(r.field, nil, pas.Textf("%s : correction sous %s, au-delà du seuil de %s retenu", "%s: fixed within %s, beyond the %s threshold retained",
						r.field.Label, durText(v.Dur), durText(limit)))
				}
			}
		},
	},
	{
		ID: "AUD-05", Severity: pas.Info,
		Title: t("Acheteur public sans auditeur qualifié PASSI", "Public buyer without a PASSI-qualified auditor"),
		Rationale: t("Pour les acheteurs publics, les qualifications de l'ANSSI (PASSI pour l'audit) sont la référence de l'État pour choisir un prestataire d'audit.",
			"For public buyers, ANSSI qualifications (PASSI for audit) are the State's reference for choosing an audit provider."),
		Source: "ANSSI qualifications PASSI/PRIS/PDIS [SNC-32A], [DAE-ANSSI]",
		Check: func(c *pas.Check) {
			v := c.Plan.Get(audAuditors)
			if audPublicBuyer(c.Plan) && v.IsSet() && !v.Contains("passi_qualified") {
				c.Report(audAuditors, nil, t("acheteur public : aucun prestataire qualifié PASSI parmi les auditeurs admis",
					"public buyer: no PASSI-qualified provider among the auditors allowed"))
			}
		},
	},
	{
		ID: "AUD-06", Severity: pas.Warning,
		Title: t("Plateforme mutualisée sans audit sur site ni rapport de substitution", "Shared platform without on-site audit or substitute report"),
		Rationale: t("Sur une plateforme mutualisée, l'audit sur site peut être limité pour protéger les autres clients, mais le contrôle doit rester effectif : rapports SOC 2 type 2, C5 type 2 ou certification ISO remis à la place.",
			"On a shared platform, on-site audit may be limited to protect other clients, but control must stay effective: SOC 2 Type 2, C5 Type 2 reports or ISO certification given instead."),
		Source: "GDPR art. 28(3)(h) [GDPR-28-CIPP]",
		Check: func(c *pas.Check) {
			p := c.Plan
			types := p.Get(audTypes)
			if !audMultiTenant(p, nil) || !types.IsSet() || types.Contains("on_site") {
				return
			}
			for _, id := range p.Strings(audSubstitutes) {
				if r := p.Record(fwCerts, id); r != nil && audSubstitute(r) {
					return
				}
			}
			c.Report(audTypes, nil, t("plateforme mutualisée : pas d'audit sur site et aucun rapport SOC 2 type 2, C5 type 2 ou certificat ISO désigné à la place",
				"shared platform: no on-site audit and no SOC 2 Type 2, C5 Type 2 report or ISO certificate named instead"))
		},
	},
	{
		ID: "AUD-07", Severity: pas.Warning,
		Title: t("Aucune exigence légale identifiée", "No legal requirement identified"),
		Rationale: t("Les exigences légales, réglementaires et contractuelles applicables doivent être identifiées pour pouvoir en contrôler le respect.",
			"The applicable legal, regulatory and contractual requirements must be identified for their compliance to be checked."),
		Source: "ISO/IEC 27001:2022 A.5.31",
		Check: func(c *pas.Check) {
			if v := c.Plan.Get(audLegal); v.IsSet() && len(v.List) == 0 {
				c.Report(audLegal, nil, t("la liste des exigences légales suivies est vide", "the list of legal requirements followed is empty"))
			}
		},
	},
}

// audPublicBuyer reports whether the buyer is a public one: by its type, or
// because it buys under a public procurement procedure.
func audPublicBuyer(p *pas.Plan) bool {
	if buyer(p, "state", "local_authority", "public_body") {
		return true
	}
	proc := p.Str(engProcedure)
	return proc != "" && proc != "private_contract"
}

// audSubstitute reports whether a certificate can stand in for an on-site
// audit: an ISO certification, or a SOC 2 or C5 Type 2 report.
func audSubstitute(r *pas.Record) bool {
	s := r.Str(certScheme)
	switch {
	case strings.HasPrefix(s, "iso"):
		return true
	case s == "soc2" || s == "c5":
		return r.Str(certReport) == "type_2"
	}
	return false
}

package sections

import (
	"regexp"
	"slices"
	"strings"

	"github.com/pas-editor/pas/pas"
)

// Policy thresholds of the frameworks rules (conventions).
var (
	fwExpiryNotice = threshold(field("frameworks_expiry_notice", pas.KDuration,
		"Préavis avant l'expiration d'un certificat", "Notice before a certificate expires", suggest("90d"),
		help("Un certificat qui expire dans ce délai est signalé pour que son renouvellement soit prévu (usage : 90 jours).",
			"A certificate expiring within this delay is reported so that its renewal is planned (practice: 90 days).")))
	fwSurveillanceMax = threshold(field("frameworks_surveillance_max_age", pas.KDuration,
		"Ancienneté maximale du dernier audit de surveillance", "Maximum age of the last surveillance audit", suggest("12mo"),
		help("Les certifications ISO et HDS suivent un cycle de trois ans avec un audit de surveillance chaque année ; augmentez ce délai pour tolérer une marge.",
			"ISO and HDS certifications follow a three-year cycle with a surveillance audit every year; raise this delay to allow a margin.")))
)

// Dates after which a version of a standard no longer supports a certificate.
var (
	fwISO2013End = pas.MustDate("2025-10-31") // end of the IAF MD 26 transition
	fwHDSv1End   = pas.MustDate("2026-05-16") // end of the HDS v2 migration
)

// Rules that read every text of the plan report wherever the text is:
// they are filed across the plan rather than under this chapter.
func init() { planRules = append(planRules, fwPlanRules...) }

var fwPlanRules = []*pas.Rule{
	{
		ID: "CERT-13", Severity: pas.Info,
		Title: t("Certification EUCS revendiquée", "EUCS certification claimed"),
		Rationale: t("Le schéma européen de certification du cloud (EUCS) n'était pas adopté à la date de la référence : nul ne peut s'en dire certifié.",
			"The European cloud certification scheme (EUCS) was not adopted at the reference date: nobody can claim to be certified against it."),
		Source: "EUCS status [LMI-SNC] [verify]",
		Check: func(c *pas.Check) {
			if !strings.Contains(c.Memo("frameworks.blob", func() any { return fwBlob(fwAllTexts(c)) }).(string), "eucs") {
				return
			}
			for _, h := range fwAllTexts(c) {
				if fwMentions(h.text, "eucs") && fwEUCS.MatchString(h.text) {
					c.Report(h.field, h.rec, pas.Textf("« %s » mentionne EUCS, schéma non adopté : aucune certification EUCS ne peut être revendiquée",
						"\"%s\" mentions EUCS, a scheme not adopted: no EUCS certification can be claimed", h.field.Label))
				}
			}
		},
	},
	{
		ID: "CERT-16", Severity: pas.Warning,
		Varies: t("erreur pour une certification HDS en périmètre HDS ou une qualification SecNumCloud, traitées aussi strictement qu'un certificat listé", "error for an HDS certification in HDS scope or a SecNumCloud qualification, treated as strictly as a listed certificate"),
		Title:  t("Certification citée sans preuve", "Certification claimed without evidence"),
		Rationale: t("Un référentiel cité dans le texte du PAS (ISO 27001, HDS, SecNumCloud, SOC 2…) se lit comme une revendication : le certificat ou l'attestation doit figurer dans la liste des certifications, avec son périmètre et sa validité.",
			"A framework cited in the PAS text (ISO 27001, HDS, SecNumCloud, SOC 2…) reads as a claim: the certificate or attestation must be in the list of certifications, with its scope and validity."),
		Source: "Certification scope (S03); ISO/IEC 27001:2022 A.5.31, A.5.35",
		Check: func(c *pas.Check) {
			texts := fwAllTexts(c, fwCerts, fwSNCEquivalent, dcResidualRisk)
			blob := c.Memo("frameworks.blob", func() any { return fwBlob(fwAllTexts(c)) }).(string)
			for _, cl := range fwClaims {
				if !strings.Contains(blob, cl.hint) || fwClaimBacked(c.Plan, cl) {
					continue
				}
				var first *fwText
				n := 0
				for i := range texts {
					if fwMentions(texts[i].text, cl.hint) && fwAffirms(cl.re, texts[i].text) {
						if first == nil {
							first = &texts[i]
						}
						n++
					}
				}
				if first == nil {
					continue
				}
				where := first.field.Label
				if first.rec != nil {
					where = pas.Textf("%s de « %s »", "%s of \"%s\"", first.field.Label, first.rec.Name(first.field.List))
				}
				mentions := pas.Textf(" (%s)", " (%s)", pas.Count(n, "mention", "mentions", "mention", "mentions"))
				if n == 1 {
					mentions = pas.Text{}
				}
				sev := pas.Warning
				if slices.Contains(cl.schemes, "secnumcloud") || (slices.Contains(cl.schemes, "hds") && hdsScope(c.Plan)) {
					sev = pas.Error
				}
				c.ReportAs(sev, first.field, first.rec, pas.Textf("%s cité dans « %s »%s sans certificat de ce référentiel dans la liste des certifications",
					"%s cited in \"%s\"%s with no certificate of that scheme in the list of certifications", cl.label, where, mentions))
			}
		},
	},
}

var fwRules = []*pas.Rule{
	{
		ID: "CTX-08", Severity: pas.Error, Section: "parties",
		Title: t("Titulaire qui exploite le service sans activité HDS déclarée", "Provider running the service without a declared HDS activity"),
		Rationale: t("En périmètre HDS, le titulaire qui exploite l'application (SaaS, infogérance, hébergement) exerce au moins l'activité 5, administration et exploitation : il doit la déclarer, et sa certification est alors contrôlée.",
			"In HDS scope, a provider running the application (SaaS, managed services, hosting) performs at least activity 5, administration and operation: it must declare it, and its certification is then checked."),
		Source: "CSP L.1111-8; HDS referential, activity 5 [HDS-LSTI]",
		Check: func(c *pas.Check) {
			p := c.Plan
			if !hdsScope(p) || !offers(p, "saas", "application_management", "infrastructure_management", "hosting", "paas", "iaas", "caas") {
				return
			}
			for _, r := range parties(p, "provider", "co_contractor") {
				if v := r.Get(ptyHDS); !v.IsSet() || len(v.List) == 0 {
					c.Missing(ptyHDS, r, pas.Textf("« %s » exploite le service en périmètre HDS sans déclarer d'activité HDS (au moins l'activité 5)",
						"\"%s\" runs the service in HDS scope without declaring an HDS activity (at least activity 5)", r.Name(ptyOrganisations)))
				}
			}
		},
	},
	{
		ID: "CTX-03", Severity: pas.Error, Section: "parties", Also: []string{"frameworks"},
		Title: t("Intervenant HDS sans certificat HDS valide", "HDS party without a valid HDS certificate"),
		Rationale: t("L'hébergement externalisé de données de santé à caractère personnel exige un hébergeur certifié HDS : chaque intervenant qui exerce une activité HDS (y compris l'intégrateur qui exploite l'application, activité 5) doit détenir son propre certificat.",
			"Outsourced hosting of personal health data requires an HDS-certified host: every party that performs an HDS activity (including the integrator running the application, activity 5) must hold its own certificate."),
		Source: "CSP L.1111-8 [HDS-ANS], [HDS-LEXING]",
		Check: func(c *pas.Check) {
			if !hdsScope(c.Plan) {
				return
			}
			performers := fwHDSPerformers(c)
			for _, r := range performers {
				if len(fwValidHDS(c, r)) == 0 {
					c.Report(ptyHDS, r, pas.Textf("« %s » exerce les activités HDS %s sans certificat HDS valide à son nom",
						"\"%s\" performs HDS activities %s without a valid HDS certificate in its own name",
						r.Name(ptyOrganisations), strings.Join(r.Get(ptyHDS).List, ", ")))
				}
			}
			if len(performers) == 0 && len(fwCertsOf(c.Plan, "hds")) == 0 {
				fwReportPlan(c, pas.T("hébergement de données de santé (HDS) déclaré, mais aucun intervenant n'indique ses activités HDS et aucun certificat HDS n'est listé",
					"health data hosting (HDS) declared, but no party states its HDS activities and no HDS certificate is listed"))
			}
		},
	},
	{
		ID: "CTX-04", Severity: pas.Warning,
		Title: t("Données sensibles de l'État sans offre qualifiée SecNumCloud", "Sensitive State data without a SecNumCloud-qualified offer"),
		Rationale: t("La doctrine « cloud au centre » et l'article 31 de la loi SREN orientent les systèmes sensibles de l'État vers des offres qualifiées SecNumCloud, ou un équivalent déclaré et justifié.",
			"The State's \"cloud au centre\" doctrine and article 31 of the SREN law steer sensitive State systems to SecNumCloud-qualified offers, or a declared and justified equivalent."),
		Source: "SREN law art. 31 [NUMERICITE-SREN]; [PIALAB-SNC]",
		Check: func(c *pas.Check) {
			if !fwSNCExpected(c.Plan) || c.Plan.Get(fwSNCEquivalent).IsSet() {
				return
			}
			for _, cert := range fwCertsOf(c.Plan, "secnumcloud") {
				if !cert.Get(certCovers).IsSet() || cert.Is(certCovers) {
					return
				}
			}
			fwReportPlan(c, pas.T("données sensibles de l'État pour une administration de l'État : aucune qualification SecNumCloud couvrant la prestation ni équivalent déclaré",
				"sensitive State data for a State administration: no SecNumCloud qualification covering the service and no declared equivalent"))
		},
	},
	{
		ID: "CTX-05", Severity: pas.Warning,
		Title: t("Données de cartes de paiement sans preuve PCI DSS", "Payment card data without PCI DSS evidence"),
		Rationale: t("PCI DSS s'applique à toute entité qui stocke, traite ou transmet des données de cartes de paiement ; sa validation (AOC) doit figurer parmi les attestations.",
			"PCI DSS applies to every entity that stores, processes or transmits payment card data; its validation (AOC) belongs among the attestations."),
		Source: "PCI DSS validation [PCI-VALID]",
		Check: func(c *pas.Check) {
			if hasData(c.Plan, "payment_card") && len(fwCertsOf(c.Plan, "pci_dss")) == 0 {
				fwReportPlan(c, pas.T("données de cartes de paiement traitées, mais aucune attestation PCI DSS n'est listée",
					"payment card data is processed, but no PCI DSS attestation is listed"))
			}
		},
	},
	{
		ID: "CERT-01", Severity: pas.Error,
		Title: t("Certificat expiré", "Expired certificate"),
		Rationale: t("Un certificat expiré ne prouve plus rien ; il ne doit pas non plus expirer avant la date d'effet du PAS.",
			"An expired certificate no longer proves anything; nor should it expire before the PAS takes effect."),
		Source: "Certificate validity [ISO-CYCLE], [HDS-ANS], [AFNOR-SNC]",
		Check: func(c *pas.Check) {
			eff := c.Plan.Get(covEffective)
			for _, cert := range c.Plan.Records(fwCerts) {
				if !c.Active(certExpiry, cert) || !cert.Get(certExpiry).IsSet() {
					continue
				}
				exp := cert.Get(certExpiry).Date
				switch {
				case exp.Before(c.Today):
					c.Report(certExpiry, cert, pas.Textf("« %s » a expiré le %s", "\"%s\" expired on %s", cert.Name(fwCerts), dateText(exp)))
				case eff.IsSet() && exp.Before(eff.Date):
					c.Report(certExpiry, cert, pas.Textf("« %s » expire le %s, avant la date d'effet du PAS (%s)", "\"%s\" expires on %s, before the PAS takes effect (%s)",
						cert.Name(fwCerts), dateText(exp), dateText(eff.Date)))
				}
			}
		},
	},
	{
		ID: "CERT-02", Severity: pas.Warning,
		Title: t("Certificat proche de l'expiration", "Certificate close to expiry"),
		Rationale: t("Le renouvellement d'un certificat qui expire bientôt doit être planifié ; le délai de préavis est réglable dans la politique.",
			"Renewing a certificate that expires soon must be planned; the notice period is set in the policy."),
		Source: "Certificate validity [ISO-CYCLE] (notice period: convention)",
		Check: func(c *pas.Check) {
			notice := c.Policy(fwExpiryNotice.ID)
			if !notice.IsSet() {
				return
			}
			limit := c.Today.Add(notice.Dur)
			eff := c.Plan.Get(covEffective)
			for _, cert := range c.Plan.Records(fwCerts) {
				if !c.Active(certExpiry, cert) || !cert.Get(certExpiry).IsSet() {
					continue
				}
				exp := cert.Get(certExpiry).Date
				if exp.Before(c.Today) || exp.After(limit) || (eff.IsSet() && exp.Before(eff.Date)) {
					continue // CERT-01, or far enough
				}
				c.Report(certExpiry, cert, pas.Textf("« %s » expire le %s, dans %s : prévoyez son renouvellement",
					"\"%s\" expires on %s, in %s: plan its renewal", cert.Name(fwCerts), dateText(exp), pas.Count(c.Today.DaysUntil(exp), "jour", "jours", "day", "days")))
			}
		},
	},
	{
		ID: "CERT-03", Severity: pas.Error,
		Title: t("Certificat ISO/IEC 27001:2013 périmé", "Outdated ISO/IEC 27001:2013 certificate"),
		Rationale: t("Les certificats selon l'édition 2013 ont perdu leur validité le 31 octobre 2025, à la fin de la transition vers l'édition 2022.",
			"Certificates against the 2013 edition lost their validity on 31 October 2025, at the end of the transition to the 2022 edition."),
		Source: "IAF MD 26 transition [ISO-TRANS-CPG], [ISO-TRANS-ZEPH]",
		Check: func(c *pas.Check) {
			if !c.Today.After(fwISO2013End) {
				return
			}
			for _, cert := range fwCertsOf(c.Plan, "iso27001") {
				if fwEdition(cert, "2013") {
					c.Report(certVersion, cert, pas.Textf("« %s » : l'édition 2013 de l'ISO/IEC 27001 ne vaut plus certification depuis le %s ; l'édition 2022 est attendue",
						"\"%s\": the 2013 edition of ISO/IEC 27001 no longer supports a certification since %s; the 2022 edition is expected",
						cert.Name(fwCerts), dateText(fwISO2013End)))
				}
			}
		},
	},
	{
		ID: "CERT-04", Severity: pas.Warning,
		Title: t("Audit de surveillance trop ancien", "Surveillance audit too old"),
		Rationale: t("Une certification ISO ou HDS se maintient par un audit de surveillance annuel pendant son cycle de trois ans ; sans audit récent, sa validité est douteuse.",
			"An ISO or HDS certification is maintained by a yearly surveillance audit during its three-year cycle; without a recent audit its validity is doubtful."),
		Source: "Certification cycle [ISO-CYCLE], [HDS-ANS] (margin: convention)",
		Check: func(c *pas.Check) {
			maxAge := c.Policy(fwSurveillanceMax.ID)
			if !maxAge.IsSet() {
				return
			}
			for _, cert := range c.Plan.Records(fwCerts) {
				if !c.Active(certSurveillance, cert) || fwExpired(c, cert) {
					continue
				}
				last, issued := cert.Get(certSurveillance), cert.Get(certIssued)
				switch {
				case last.IsSet() && (!issued.IsSet() || !issued.Date.After(last.Date)):
					if last.Date.Add(maxAge.Dur).Before(c.Today) {
						c.Report(certSurveillance, cert, pas.Textf("« %s » : dernier audit de surveillance le %s, il y a plus de %s",
							"\"%s\": last surveillance audit on %s, more than %s ago", cert.Name(fwCerts), dateText(last.Date), durText(maxAge.Dur)))
					}
				case issued.IsSet():
					if issued.Date.Add(maxAge.Dur).Before(c.Today) {
						c.Report(certIssued, cert, pas.Textf("« %s » : émis le %s, aucun audit de surveillance indiqué depuis",
							"\"%s\": issued on %s, no surveillance audit stated since", cert.Name(fwCerts), dateText(issued.Date)))
					}
				}
			}
		},
	},
	{
		ID: "CERT-05", Severity: pas.Warning,
		Varies: t("erreur pour un certificat HDS en périmètre HDS lorsque l'acheteur est un établissement de santé", "error for an HDS certificate in HDS scope when the buyer is a health establishment"),
		Title:  t("Certificat qui ne couvre pas la prestation ou ses sites", "Certificate that does not cover the service or its sites"),
		Rationale: t("Un certificat ne prouve que ce que dit son périmètre : il doit couvrir le service et les sites du PAS qu'exploite son titulaire.",
			"A certificate only proves what its scope states: it must cover the service and the PAS sites its holder operates."),
		Source: "Certification scope (S03) [HDS-LSTI]",
		Check: func(c *pas.Check) {
			for _, cert := range c.Plan.Records(fwCerts) {
				sev := pas.Warning
				if cert.Str(certScheme) == "hds" && hdsScope(c.Plan) {
					sev = cohHealthSeverity(c.Plan)
				}
				if cert.Get(certCovers).IsSet() && !cert.Is(certCovers) {
					c.ReportAs(sev, certCovers, cert, pas.Textf("« %s » ne couvre pas la prestation : il ne prouve rien pour elle", "\"%s\" does not cover the service: it proves nothing for it", cert.Name(fwCerts)))
					continue
				}
				covered := cert.Get(certSites)
				if !covered.IsSet() || len(covered.List) == 0 {
					continue
				}
				var missing []string
				for _, s := range fwSitesOf(c, cert) {
					if !covered.Contains(s.ID) {
						missing = append(missing, s.Name(dcSites))
					}
				}
				if len(missing) > 0 {
					c.ReportAs(sev, certSites, cert, pas.Textf("« %s » ne couvre pas les sites %s, exploités par son titulaire ou qui s'en réclament",
						"\"%s\" does not cover sites %s, operated by its holder or claiming it", cert.Name(fwCerts), strings.Join(missing, ", ")))
				}
			}
		},
	},
	{
		ID: "CERT-06", Severity: pas.Warning,
		Title: t("Rapport SOC 2 de type 1 seulement", "SOC 2 type 1 report only"),
		Rationale: t("Un rapport de type 1 évalue la conception des contrôles à une date ; seul un type 2 teste leur efficacité sur une période.",
			"A type 1 report assesses the design of controls at one date; only a type 2 tests their effectiveness over a period."),
		Source: "SOC 2 report types [SOC2-EVID], [SOC2-ORIZON]",
		Check: func(c *pas.Check) {
			for _, cert := range fwCertsOf(c.Plan, "soc2", "c5") {
				if cert.Str(certReport) != "type_1" {
					continue
				}
				has2 := false
				for _, o := range fwCertsOf(c.Plan, cert.Str(certScheme)) {
					has2 = has2 || (o.Str(certHolder) == cert.Str(certHolder) && o.Str(certReport) == "type_2")
				}
				if !has2 {
					c.Report(certReport, cert, pas.Textf("« %s » : rapport de type 1 seulement, qui ne teste pas l'efficacité des contrôles dans la durée ; un type 2 est attendu",
						"\"%s\": type 1 report only, which does not test the controls' effectiveness over time; a type 2 is expected", cert.Name(fwCerts)))
				}
			}
		},
	},
	{
		ID: "CERT-07", Severity: pas.Warning,
		Title: t("Rapport SOC 2 ou C5 trop ancien", "SOC 2 or C5 report too old"),
		Rationale: t("Ces rapports se renouvellent chaque année ; au-delà de douze mois après la fin de la période auditée, seule une lettre de couverture (déclaration de la direction, pas une opinion d'auditeur) comble brièvement l'écart.",
			"These reports are renewed yearly; more than twelve months after the end of the audited period, only a bridge letter (a management statement, not an auditor's opinion) briefly fills the gap."),
		Source: "Bridge letters [SOC-BRIDGE-KF], [SOC-BRIDGE-THORO]",
		Check: func(c *pas.Check) {
			for _, cert := range fwCertsOf(c.Plan, "soc2", "c5") {
				end := cert.Get(certPeriodEnd)
				if !end.IsSet() || !end.Date.Add(pas.Months(12)).Before(c.Today) {
					continue
				}
				if b := cert.Get(certBridge); b.IsSet() && !b.Date.Before(c.Today) {
					continue
				}
				c.Report(certPeriodEnd, cert, pas.Textf("« %s » : période auditée close le %s, il y a plus de douze mois, sans lettre de couverture en cours",
					"\"%s\": audited period ended on %s, more than twelve months ago, with no bridge letter in force", cert.Name(fwCerts), dateText(end.Date)))
			}
		},
	},
	{
		ID: "CERT-08", Severity: pas.Error, Also: []string{"parties"},
		Title: t("Activité HDS non certifiée, ou référentiel HDS v1", "HDS activity not certified, or HDS referential v1"),
		Rationale: t("Le certificat HDS porte sur des activités précises (1 à 6) : chacune de celles qu'exerce un intervenant doit y figurer. Les certificats selon le référentiel v1 devaient migrer vers la v2 au plus tard le 16 mai 2026.",
			"An HDS certificate covers given activities (1 to 6): each one a party performs must be among them. Certificates against referential v1 had to migrate to v2 by 16 May 2026."),
		Source: "HDS referential v2 [HDS-LSTI], [HDS-ACTUS]",
		Check: func(c *pas.Check) {
			if hdsScope(c.Plan) {
				for _, r := range fwHDSPerformers(c) {
					valid := fwValidHDS(c, r)
					if len(valid) == 0 {
						continue // CTX-03
					}
					var missing []string
					for _, a := range r.Get(ptyHDS).List {
						covered := false
						for _, cert := range valid {
							covered = covered || cert.Get(certHDS).Contains(a)
						}
						if !covered {
							missing = append(missing, a)
						}
					}
					if len(missing) > 0 {
						c.Report(ptyHDS, r, pas.Textf("« %s » exerce des activités HDS que ses certificats ne couvrent pas : %s",
							"\"%s\" performs HDS activities its certificates do not cover: %s", r.Name(ptyOrganisations), dcOptionLabels(ptyHDS, missing)))
					}
				}
			}
			if !c.Today.After(fwHDSv1End) {
				return
			}
			for _, cert := range fwCertsOf(c.Plan, "hds") {
				if fwHDSv1(cert.Str(certVersion)) {
					c.Report(certVersion, cert, pas.Textf("« %s » : référentiel HDS v1, qui ne vaut plus certification depuis le %s ; la v2 (2024) est attendue",
						"\"%s\": HDS referential v1, which no longer supports a certification since %s; v2 (2024) is expected", cert.Name(fwCerts), dateText(fwHDSv1End)))
				}
			}
		},
	},
	{
		ID: "CERT-09", Severity: pas.Warning,
		Title: t("SOC 1 présenté comme preuve de sécurité", "SOC 1 offered as security evidence"),
		Rationale: t("Un rapport SOC 1 porte sur le contrôle interne lié à l'information financière des clients ; la sécurité relève d'un SOC 2.",
			"A SOC 1 report covers internal control over customers' financial reporting; security is the subject of a SOC 2."),
		Source: "SOC 1 vs SOC 2 [SOC-IBM], [SOC-KIRK]",
		Check: func(c *pas.Check) {
			for _, cert := range fwCertsOf(c.Plan, "soc1") {
				if !fwHolderHas(c.Plan, cert.Str(certHolder), "soc2") {
					c.Report(certScheme, cert, pas.Textf("« %s » : un SOC 1 ne porte pas sur la sécurité ; un rapport SOC 2 est attendu",
						"\"%s\": a SOC 1 is not about security; a SOC 2 report is expected", cert.Name(fwCerts)))
				}
			}
		},
	},
	{
		ID: "CERT-10", Severity: pas.Warning,
		Title: t("Attestation PCI DSS de plus d'un an", "PCI DSS attestation older than a year"),
		Rationale: t("La conformité PCI DSS se valide chaque année (ROC ou SAQ, avec l'AOC) ; une attestation de plus de douze mois n'est plus probante.",
			"PCI DSS compliance is validated every year (ROC or SAQ, with the AOC); an attestation older than twelve months no longer proves it."),
		Source: "PCI DSS validation [PCI-VALID], [PCI-AOC12]",
		Check: func(c *pas.Check) {
			if !hasData(c.Plan, "payment_card") {
				return
			}
			for _, cert := range fwCertsOf(c.Plan, "pci_dss") {
				issued := cert.Get(certIssued)
				switch {
				case !issued.IsSet():
					c.Report(certScheme, cert, pas.Textf("« %s » : date de l'attestation de conformité (AOC) non indiquée", "\"%s\": date of the attestation of compliance (AOC) not given", cert.Name(fwCerts)))
				case issued.Date.Add(pas.Months(12)).Before(c.Today):
					c.Report(certIssued, cert, pas.Textf("« %s » : attestation du %s, il y a plus de douze mois", "\"%s\": attestation of %s, more than twelve months ago", cert.Name(fwCerts), dateText(issued.Date)))
				}
			}
		},
	},
	{
		ID: "CERT-11", Severity: pas.Warning,
		Title: t("Qualification SecNumCloud sans numéro ou pour une autre offre", "SecNumCloud qualification without a number or for another offer"),
		Rationale: t("L'ANSSI qualifie une offre de service précise (IaaS, PaaS, CaaS ou SaaS) : la revendication doit donner le numéro de qualification et porter sur l'offre contractée.",
			"ANSSI qualifies one given service offer (IaaS, PaaS, CaaS or SaaS): the claim must give the qualification number and be about the offer contracted."),
		Source: "SecNumCloud qualification scope [OPTIONFIN-SNC]",
		Check: func(c *pas.Check) {
			for _, cert := range fwCertsOf(c.Plan, "secnumcloud") {
				if !cert.Get(certID).IsSet() {
					c.Report(certID, cert, pas.Textf("« %s » : numéro de qualification SecNumCloud non indiqué", "\"%s\": SecNumCloud qualification number not given", cert.Name(fwCerts)))
				}
				typ := cert.Str(fwCertOfferType)
				if typ == "" || !c.Plan.Get(engServices).IsSet() || c.Plan.Has(engServices, typ) || (cert.Get(certCovers).IsSet() && !cert.Is(certCovers)) {
					continue
				}
				c.Report(fwCertOfferType, cert, pas.Textf("« %s » : l'offre qualifiée est de type %s, que la prestation ne comprend pas ; la qualification ne s'étend pas au service fourni",
					"\"%s\": the qualified offer is %s, which the service does not include; the qualification does not extend to the service provided",
					cert.Name(fwCerts), fwCertOfferType.Option(typ).Label))
			}
		},
	},
	{
		ID: "CERT-12", Severity: pas.Warning,
		Title: t("Certificat ISO ou HDS émis sans accréditation", "ISO or HDS certificate issued without accreditation"),
		Rationale: t("Un certificat ISO tire sa reconnaissance de l'accréditation de l'organisme (ISO/IEC 17021-1) ; un organisme HDS doit être accrédité par le COFRAC ou un équivalent européen.",
			"An ISO certificate draws its recognition from the body's accreditation (ISO/IEC 17021-1); an HDS body must be accredited by COFRAC or a European equivalent."),
		Source: "ISO/IEC 17021-1 [ISO-ACCRED]; [HDS-ANS]",
		Check: func(c *pas.Check) {
			for _, cert := range fwCertsOf(c.Plan, "iso27001", "iso27017", "iso27018", "iso27701", "iso22301", "iso20000_1", "hds") {
				if cert.Str(certAccreditation) == "none" {
					c.Report(certAccreditation, cert, pas.Textf("« %s » : émis par un organisme non accrédité", "\"%s\": issued by a body without accreditation", cert.Name(fwCerts)))
				}
			}
		},
	},
	{
		ID: "CERT-14", Severity: pas.Warning,
		Title: t("ISO/IEC 27701:2019 sans ISO/IEC 27001", "ISO/IEC 27701:2019 without ISO/IEC 27001"),
		Rationale: t("L'édition 2019 de l'ISO/IEC 27701 est une extension de l'ISO/IEC 27001 et ne se certifie pas seule ; seule l'édition d'octobre 2025 est autonome.",
			"The 2019 edition of ISO/IEC 27701 extends ISO/IEC 27001 and cannot be certified on its own; only the October 2025 edition is standalone."),
		Source: "[ISO27701-WIKI], [ISO27701-IAPP]",
		Check: func(c *pas.Check) {
			for _, cert := range fwCertsOf(c.Plan, "iso27701") {
				if fwEdition(cert, "2019") && !fwHolderHas(c.Plan, cert.Str(certHolder), "iso27001") {
					c.Report(certVersion, cert, pas.Textf("« %s » : l'édition 2019 suppose une certification ISO/IEC 27001 de son titulaire, absente de la liste",
						"\"%s\": the 2019 edition requires its holder's ISO/IEC 27001 certification, which the list lacks", cert.Name(fwCerts)))
				}
			}
		},
	},
	{
		ID: "CERT-15", Severity: pas.Warning,
		Title: t("Maintien des certifications non engagé", "Keeping certifications valid not committed"),
		Rationale: t("Le RSSI du client attend l'engagement de maintenir chaque certification ou qualification pendant tout le contrat, et d'être informé de toute suspension, retrait ou réduction de périmètre.",
			"The client's CISO expects a commitment to keep every certification or qualification valid for the whole contract, and to be told of any suspension, withdrawal or reduction of scope."),
		Source:   "Hospital-group CISO review (reference §1b)",
		Presence: []*pas.Field{fwKeepValid},
		Check: func(c *pas.Check) {
			if !c.Active(fwKeepValid, nil) || c.Plan.Is(fwKeepValid) {
				return
			}
			msg := pas.T("engagement de maintien des certifications pendant le contrat non pris", "no commitment to keep the certifications valid for the contract")
			if !c.Plan.Get(fwKeepValid).IsSet() {
				msg = pas.T("maintien des certifications pendant le contrat : réponse attendue", "certifications kept valid for the contract: answer expected")
			}
			c.Report(fwKeepValid, nil, msg)
		},
	},
}

// fwSitesOf returns, in the order of the sites, those a certificate should
// cover: the sites its holder operates and those that claim it. The sites
// are indexed once per check.
func fwSitesOf(c *pas.Check, cert *pas.Record) []*pas.Record {
	type index struct {
		pos      map[*pas.Record]int
		operated map[string][]*pas.Record
		claiming map[string][]*pas.Record
	}
	x := c.Memo("frameworks.sites", func() any {
		x := &index{pos: map[*pas.Record]int{}, operated: map[string][]*pas.Record{}, claiming: map[string][]*pas.Record{}}
		for i, s := range c.Plan.Records(dcSites) {
			x.pos[s] = i
			x.operated[s.Str(siteOperator)] = append(x.operated[s.Str(siteOperator)], s)
			for _, id := range gdprList(s.Get(siteCerts)) {
				x.claiming[id] = append(x.claiming[id], s)
			}
		}
		return x
	}).(*index)
	out := append([]*pas.Record(nil), x.operated[cert.Str(certHolder)]...)
	for _, s := range x.claiming[cert.ID] {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	slices.SortFunc(out, func(a, b *pas.Record) int { return x.pos[a] - x.pos[b] })
	return out
}

// fwCertsOf returns the certificates of the given schemes (all when none).
func fwCertsOf(p *pas.Plan, schemes ...string) []*pas.Record {
	var out []*pas.Record
	for _, r := range p.Records(fwCerts) {
		s := r.Str(certScheme)
		for _, want := range schemes {
			if s == want {
				out = append(out, r)
			}
		}
		if len(schemes) == 0 {
			out = append(out, r)
		}
	}
	return out
}

// fwHolderHas reports whether a party holds a certificate of a scheme.
func fwHolderHas(p *pas.Plan, holder, scheme string) bool {
	for _, r := range fwCertsOf(p, scheme) {
		if r.Str(certHolder) == holder {
			return true
		}
	}
	return false
}

// fwClaimsSNC reports whether the plan lists a SecNumCloud qualification.
func fwClaimsSNC(p *pas.Plan) bool { return len(fwCertsOf(p, "secnumcloud")) > 0 }

// fwSNCExpected reports whether the engagement calls for SecNumCloud:
// sensitive State data for a State administration.
func fwSNCExpected(p *pas.Plan) bool { return buyer(p, "state") && hasData(p, "sensitive_state") }

// fwExpired reports whether a certificate's expiry date is past.
func fwExpired(c *pas.Check, cert *pas.Record) bool {
	v := cert.Get(certExpiry)
	return c.Active(certExpiry, cert) && v.IsSet() && v.Date.Before(c.Today)
}

// fwHDSPerformers returns the parties, the client excepted, that declare
// HDS activities.
func fwHDSPerformers(c *pas.Check) []*pas.Record {
	var out []*pas.Record
	for _, r := range c.Plan.Records(ptyOrganisations) {
		if r.Str(ptyRole) != "client" && c.Active(ptyHDS, r) && r.Get(ptyHDS).IsSet() && len(r.Get(ptyHDS).List) > 0 {
			out = append(out, r)
		}
	}
	return out
}

// fwValidHDS returns the HDS certificates a party holds that are not
// expired and do not exclude the service.
func fwValidHDS(c *pas.Check, r *pas.Record) []*pas.Record {
	var out []*pas.Record
	for _, cert := range fwCertsOf(c.Plan, "hds") {
		if cert.Str(certHolder) == r.ID && !fwExpired(c, cert) && !(cert.Get(certCovers).IsSet() && !cert.Is(certCovers)) {
			out = append(out, cert)
		}
	}
	return out
}

// fwReportPlan reports a finding about the certificates as a whole: on
// the list when the plan has a frameworks chapter, else on the data
// categories that call for it.
func fwReportPlan(c *pas.Check, msg pas.Text) { c.Report(fwCerts, nil, msg) }

var (
	fwYear  = regexp.MustCompile(`\b(19|20)\d\d\b`)
	fwHDSV1 = regexp.MustCompile(`(?i)(^|[^0-9.])v?\s*1(\.[0-9]+)*([^0-9.]|$)|\b2018\b`)
	fwEUCS  = regexp.MustCompile(`(?i)\bEUCS\b`)
)

// fwEdition reports whether a certificate's version (or, failing it, its
// title) names the given edition year.
func fwEdition(cert *pas.Record, year string) bool {
	for _, s := range []string{cert.Str(certVersion), cert.Str(certName)} {
		for _, y := range fwYear.FindAllString(s, -1) {
			if y == year {
				return true
			}
		}
	}
	return false
}

// fwHDSv1 reports whether a version names the HDS referential v1 (2018).
func fwHDSv1(version string) bool {
	v := strings.TrimSpace(version)
	return v != "" && !strings.Contains(v, "2024") && fwHDSV1.MatchString(v)
}

// fwText is one free-text value of the plan.
type fwText struct {
	field *pas.Field
	rec   *pas.Record
	text  string
}

// fwBlob joins every text in lower case, to tell at once whether a word
// appears anywhere before looking for it text by text.
func fwBlob(texts []fwText) string {
	var b strings.Builder
	for _, t := range texts {
		b.WriteString(t.text)
		b.WriteByte('\n')
	}
	return strings.ToLower(b.String())
}

// fwNegations are words that, in the same sentence, turn a mention into a
// denial ("l'offre n'est pas qualifiée SecNumCloud", "no SOC 2 report").
var fwNegations = map[string]bool{"pas": true, "non": true, "sans": true, "aucun": true, "aucune": true, "ni": true,
	"not": true, "no": true, "without": true, "none": true, "never": true, "jamais": true, "nor": true}

// fwAffirms reports whether text cites the scheme in at least one sentence
// that does not deny it.
func fwAffirms(re *regexp.Regexp, text string) bool {
	for _, sentence := range strings.FieldsFunc(text, func(r rune) bool { return r == '.' || r == ';' || r == '\n' || r == '!' || r == '?' }) {
		if !re.MatchString(sentence) {
			continue
		}
		denied := false
		for _, w := range strings.Fields(pas.SearchKey(sentence)) {
			if fwNegations[w] {
				denied = true
				break
			}
		}
		if !denied {
			return true
		}
	}
	return false
}

// fwMentions reports whether text contains the lower-case word hint, in
// any case.
func fwMentions(text, hint string) bool {
	return strings.Contains(strings.ToLower(text), hint)
}

// fwAllTexts returns fwTexts for a check run, computed once per run and
// shared by the rules that scan the text, without the given fields.
func fwAllTexts(c *pas.Check, skip ...*pas.Field) []fwText {
	all := c.Memo("frameworks.texts", func() any { return fwTexts(c.Plan) }).([]fwText)
	if len(skip) == 0 {
		return all
	}
	skipped := map[*pas.Field]bool{}
	for _, f := range skip {
		skipped[f] = true
		for _, rf := range f.Fields {
			skipped[rf] = true
		}
	}
	var out []fwText
	for _, t := range all {
		if !skipped[t.field] {
			out = append(out, t)
		}
	}
	return out
}

// fwTexts returns every free-text value (text and long text) of the
// sections that apply, in catalogue order, except those of the given
// fields (lists skip all their records).
func fwTexts(p *pas.Plan, skip ...*pas.Field) []fwText {
	skipped := map[*pas.Field]bool{}
	for _, f := range skip {
		skipped[f] = true
	}
	isText := func(f *pas.Field) bool { return f.Kind == pas.KText || f.Kind == pas.KLongText }
	var out []fwText
	for _, s := range p.Cat.Sections {
		if !p.Applicable(s) {
			continue
		}
		for _, f := range s.Fields {
			if skipped[f] || !p.Active(f, nil) {
				continue
			}
			if f.Kind == pas.KList {
				for _, r := range p.Records(f) {
					for _, rf := range f.Fields {
						if v := r.Get(rf); isText(rf) && !skipped[rf] && p.Active(rf, r) && v.IsSet() && v.Str != "" {
							out = append(out, fwText{rf, r, v.Str})
						}
					}
				}
				continue
			}
			if v := p.Get(f); isText(f) && v.IsSet() && v.Str != "" {
				out = append(out, fwText{f, nil, v.Str})
			}
		}
	}
	return out
}

// fwClaim is a certification scheme as it is cited in text, with the
// certificate schemes (or frameworks followed) that back the citation.
type fwClaim struct {
	label    pas.Text
	re       *regexp.Regexp
	hint     string // lower-case text every match contains, to skip the regexp cheaply
	schemes  []string
	followed []string
}

func fwClaimOf(fr, en, hint, pattern string, schemes []string, followed ...string) fwClaim {
	return fwClaim{t(fr, en), regexp.MustCompile(`(?i)` + pattern), hint, schemes, followed}
}

// iso builds the pattern of an ISO/IEC standard number: "ISO 27001",
// "ISO/IEC 27001", "ISO/CEI 27001", "ISO27001", "NF ISO/IEC 27001:2023",
// or the bare number with its edition year ("27001:2022").
func fwISO(number string) string {
	return `\biso\s*(?:/\s*(?:iec|cei)\s*)?[-\s]*` + number + `\b|\b` + number + `\s*:\s*(?:19|20)\d\d\b`
}

var fwClaims = []fwClaim{
	fwClaimOf("ISO/IEC 27001", "ISO/IEC 27001", "27001", fwISO("27001"), []string{"iso27001"}),
	fwClaimOf("ISO/IEC 27017", "ISO/IEC 27017", "27017", fwISO("27017"), []string{"iso27017"}, "iso27017"),
	fwClaimOf("ISO/IEC 27018", "ISO/IEC 27018", "27018", fwISO("27018"), []string{"iso27018"}, "iso27018"),
	fwClaimOf("ISO/IEC 27701", "ISO/IEC 27701", "27701", fwISO("27701"), []string{"iso27701"}),
	fwClaimOf("ISO 22301", "ISO 22301", "22301", fwISO("22301"), []string{"iso22301"}),
	fwClaimOf("ISO/IEC 20000-1", "ISO/IEC 20000-1", "20000", fwISO(`20000(?:-1)?`), []string{"iso20000_1"}),
	fwClaimOf("SOC 1", "SOC 1", "soc", `\bsoc\s*-?\s*1\b`, []string{"soc1"}),
	fwClaimOf("SOC 2", "SOC 2", "soc", `\bsoc\s*-?\s*(?:2|ii)\b`, []string{"soc2"}),
	fwClaimOf("SOC 3", "SOC 3", "soc", `\bsoc\s*-?\s*(?:3|iii)\b`, []string{"soc3", "soc2"}),
	fwClaimOf("SecNumCloud", "SecNumCloud", "cloud", `\bsec\s*num\s*cloud\b`, []string{"secnumcloud"}),
	fwClaimOf("HDS", "HDS", "hds", `\bhds\b`, []string{"hds"}),
	fwClaimOf("BSI C5", "BSI C5", "c5", `\bbsi[\s-]*c5\b|\bc5\s*:\s*20\d\d\b|\b(?:attestation|rapport|report|audit|testat)\s+c5\b|\bc5\s+(?:attestation|report|type)\b`, []string{"c5"}),
	fwClaimOf("PCI DSS", "PCI DSS", "pci", `\bpci[\s-]*dss\b`, []string{"pci_dss"}),
	fwClaimOf("CSA STAR", "CSA STAR", "star", `\bcsa[\s-]*star\b`, []string{"csa_star_l1", "csa_star_l2"}),
}

// fwClaimBacked reports whether the certificates (or, for codes of
// practice, the frameworks followed) back a citation.
func fwClaimBacked(p *pas.Plan, cl fwClaim) bool {
	if len(fwCertsOf(p, cl.schemes...)) > 0 {
		return true
	}
	for _, f := range cl.followed {
		if p.Has(fwFollowed, f) {
			return true
		}
	}
	return false
}

package sections

import (
	"strings"

	"github.com/pas-editor/pas/pas"
)

// TOOL-01 looks at the chapter when it is marked not applicable, when the
// chapter's own rules no longer run: it is a plan-wide rule.
func init() { planRules = append(planRules, toolRule01) }

// toolSeesLogs are the categories that collect logs or support data and
// whose remote operation reaches personal data (TOOL-04).
var toolSeesLogs = map[string]bool{
	"siem": true, "soc_service": true, "ticketing": true, "monitoring": true, "remote_support": true, "collaboration": true,
}

var toolRule01 = &pas.Rule{
	ID: "TOOL-01", Severity: pas.Info,
	Title: t("Chapitre des outils écarté hors SaaS tiers intégral", "Tools chapter set aside outside a fully third-party SaaS"),
	Rationale: t("La liste de référence ne dispense de décrire les outils de sécurité que pour un SaaS exploité de bout en bout par un éditeur tiers ; toute autre justification mérite d'être relue.",
		"The reference list waives the security tools description only for a SaaS operated end to end by a third-party vendor; any other justification deserves a second look."),
	Source: "EuroCloud France 2016 PAS content list [EUROCLOUD-2016]",
	Check: func(c *pas.Check) {
		s := toolItems.Section
		d := c.Plan.Data(s.ID)
		if d == nil || d.NA == nil || strings.TrimSpace(d.NA.Justification) == "" || c.Plan.Is(engThirdPartySaaS) {
			return // NA-01 reports a missing justification
		}
		c.ReportAt(s, d.NA.Pos, pas.Textf("chapitre écarté (« %s ») alors que la prestation n'est pas un SaaS tiers intégral",
			"chapter set aside (\"%s\") although the service is not a fully third-party SaaS", d.NA.Justification))
	},
}

var toolsRules = []*pas.Rule{
	{
		ID: "TOOL-02", Severity: pas.Warning,
		Title: t("Surveillance de sécurité sans SIEM ni SOC", "Security monitoring without a SIEM or SOC"),
		Rationale: t("Détecter et alerter sur les événements de sécurité suppose un outil qui collecte et corrèle les journaux, ou un service de SOC.",
			"Detecting and alerting on security events requires a tool collecting and correlating logs, or a SOC service."),
		Source: "ISO/IEC 27001:2022 A.8.15, A.8.16",
		Check: func(c *pas.Check) {
			p := c.Plan
			if !p.Applicable(cntMonScope.Section) || !p.Has(cntMonScope, "security_events") || len(p.Records(toolItems)) == 0 {
				return
			}
			if !toolHasCategory(p, "siem", "soc_service") {
				c.Report(toolItems, nil, t("la supervision couvre les événements de sécurité mais aucun SIEM ni service de SOC n'est listé",
					"monitoring covers security events but no SIEM or SOC service is listed"))
			}
		},
	},
	{
		ID: "TOOL-03", Severity: pas.Warning,
		Title: t("Aucune protection contre les logiciels malveillants", "No protection against malware"),
		Rationale: t("Les serveurs et postes de la prestation doivent être protégés contre les logiciels malveillants (EDR ou antimaliciel).",
			"The service's servers and workstations must be protected against malware (EDR or anti-malware)."),
		Source: "ISO/IEC 27001:2022 A.8.7",
		Check: func(c *pas.Check) {
			p := c.Plan
			if len(p.Records(toolItems)) > 0 && !toolHasCategory(p, "edr") {
				c.Report(toolItems, nil, t("aucun outil de la catégorie EDR / antivirus n'est listé", "no tool of the EDR / anti-malware category is listed"))
			}
		},
	},
	{
		ID: "TOOL-04", Severity: pas.Warning,
		Title: t("Outil de SOC, de SIEM ou de support exploité depuis un pays tiers", "SOC, SIEM or support tool operated from a third country"),
		Rationale: t("Un SOC, un SIEM ou un outil de support qui voit des données personnelles et qui est exploité depuis un pays tiers, ou par un éditeur qui y est établi, rend ces données accessibles hors de l'EEE : c'est un transfert à analyser et à encadrer.",
			"A SOC, SIEM or support tool that sees personal data and is operated from a third country, or by a vendor established there, makes that data reachable outside the EEA: a transfer to assess and frame."),
		Source: "EDPB Guidelines 05/2021 on transfers [EDPB-0521]; GDPR chapter V",
		Check: func(c *pas.Check) {
			p := c.Plan
			if !personalData(p) {
				return
			}
			for _, r := range p.Records(toolItems) {
				if !toolSeesLogs[r.Str(toolCategory)] || !r.Is(toolDataAccess) {
					continue
				}
				name := r.Name(toolItems)
				if third := toolThird(r.Get(toolOperatedFrom)); len(third) > 0 {
					c.Report(toolOperatedFrom, r, pas.Textf("« %s » accède aux données du client et est exploité depuis un pays tiers (%s)",
						"\"%s\" reaches client data and is operated from a third country (%s)", name, countryNames(third)))
					continue
				}
				if vc := r.Str(toolVendorCountry); vc != "" && pas.ClassOf(vc) == pas.ClassThird {
					c.Report(toolVendorCountry, r, pas.Textf("« %s » accède aux données du client et son éditeur est établi dans un pays tiers (%s)",
						"\"%s\" reaches client data and its vendor is established in a third country (%s)", name, countryText(vc)))
				}
			}
		},
	},
	{
		ID: "TOOL-07", Severity: pas.Warning,
		Title: t("Outil exploité par un éditeur de droit américain qui voit les données du client", "Tool run by a vendor under US law that sees client data"),
		Rationale: t("Un éditeur soumis au Cloud Act ou à la section 702 du FISA peut être contraint de communiquer les données qu'il détient, où qu'elles soient stockées : un outil de support ou d'exploitation qui voit les données du client porte la même exposition qu'un sous-traitant ultérieur.",
			"A vendor under the CLOUD Act or FISA section 702 can be compelled to hand over data it holds wherever it is stored: a support or operations tool that sees client data carries the same exposure as a sub-processor."),
		Source: "CLOUD Act 18 U.S.C. § 2713 [CLOUD-ACT-WH]; FISA § 702 [FISA-CRS]; domain reference §1b (support tools as sub-processors)",
		Check: func(c *pas.Check) {
			for _, r := range c.Plan.Records(toolItems) {
				if !r.Is(toolDataAccess) || r.Str(toolOperatedBy) != "" {
					continue // run by a party: the vendor does not hold the data (the party's own exposure is LOC-06's)
				}
				if country, ok := pas.LookupCountry(r.Str(toolVendorCountry)); ok && country.USLaw {
					c.Report(toolVendorCountry, r, pas.Textf("« %s » voit les données du client et est exploité par son éditeur, qui relève du droit américain (Cloud Act, FISA 702)",
						"\"%s\" sees client data and is run by its vendor, which is under US law (CLOUD Act, FISA 702)", r.Name(toolItems)))
				}
			}
		},
	},
	{
		ID: "TOOL-05", Severity: pas.Warning,
		Title: t("Outil en fin de vie", "End-of-life tool"),
		Rationale: t("Un outil qui n'est plus maintenu ne reçoit plus de correctifs de sécurité.",
			"A tool that is no longer supported no longer receives security fixes."),
		Source: "ISO/IEC 27001:2022 A.8.8",
		Check: func(c *pas.Check) {
			for _, r := range c.Plan.Records(toolItems) {
				if v := r.Get(toolSupported); v.IsSet() && !v.Bool {
					c.Report(toolSupported, r, pas.Textf("« %s » n'est plus maintenu par son éditeur", "\"%s\" is no longer supported by its vendor", r.Name(toolItems)))
				}
			}
		},
	},
	{
		ID: "TOOL-06", Severity: pas.Info,
		Title: t("Acheteur de l'État ou OIV sans prestataire de détection ou de réponse qualifié", "State or OIV buyer without a qualified detection or response provider"),
		Rationale: t("Pour l'État et les opérateurs d'importance vitale, les qualifications de l'ANSSI PDIS (détection) et PRIS (réponse aux incidents) sont la référence pour choisir ces prestataires.",
			"For the State and operators of vital importance, the ANSSI qualifications PDIS (detection) and PRIS (incident response) are the reference for choosing those providers."),
		Source: "ANSSI qualifications PDIS/PRIS [SNC-32A], [DAE-ANSSI]",
		Check: func(c *pas.Check) {
			p := c.Plan
			if !buyer(p, "state", "oiv") || len(p.Records(toolItems)) == 0 {
				return
			}
			for _, r := range p.Records(toolItems) {
				q := r.Get(toolQualification)
				if q.Contains("pdis") || q.Contains("pris") || toolPartyQualified(p, r.Str(toolOperatedBy)) {
					return
				}
			}
			c.Report(toolItems, nil, t("aucun outil n'est exploité par un prestataire qualifié PDIS ou PRIS",
				"no tool is operated by a PDIS- or PRIS-qualified provider"))
		},
	},
}

// toolHasCategory reports whether a tool of one of the categories is listed.
func toolHasCategory(p *pas.Plan, cats ...string) bool {
	for _, r := range p.Records(toolItems) {
		for _, cat := range cats {
			if r.Str(toolCategory) == cat {
				return true
			}
		}
	}
	return false
}

// toolThird returns the third countries of a countries value, in order.
func toolThird(v *pas.Value) []string {
	if !v.IsSet() {
		return nil
	}
	var out []string
	for _, c := range v.List {
		if pas.ClassOf(c) == pas.ClassThird {
			out = append(out, c)
		}
	}
	return out
}

// toolPartyQualified reports whether a party holds a PDIS or PRIS
// qualification among the declared certificates.
func toolPartyQualified(p *pas.Plan, partyID string) bool {
	if partyID == "" {
		return false
	}
	for _, r := range p.Records(fwCerts) {
		if s := r.Str(certScheme); (s == "pdis" || s == "pris") && r.Str(certHolder) == partyID {
			return true
		}
	}
	return false
}

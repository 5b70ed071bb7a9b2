package sections

import (
	"fmt"
	"math"
	"strings"

	"github.com/pas-editor/pas/pas"
)

// Computed rather than trusted: what the plan can compute from what it
// declares is computed, and a declared figure that contradicts it is a
// finding.

// cohCharset is the size of each character class in the CNIL's method:
// its 80-bit example draws 12 characters from upper and lower case
// letters, digits and a list of at least 37 special characters.
var cohCharset = map[string]int{"lowercase": 26, "uppercase": 26, "digits": 10, "special": 37}

// cohCNILEntropy computes a password's entropy as the CNIL does: length
// times log2 of the number of symbols of the classes drawn from, rounded
// to the nearest bit as its table and examples give it (12 characters of
// four classes make 80 bits; 14 of three classes, 83).
func cohCNILEntropy(length int, classes []string) int {
	n := 0
	for _, c := range classes {
		n += cohCharset[c]
	}
	if n < 2 || length < 1 {
		return 0
	}
	return int(math.Round(float64(length) * math.Log2(float64(n))))
}

var _ = coherence(&pas.Rule{
	ID: "COH-28", Severity: pas.Warning, Section: "access",
	Title: t("Entropie des mots de passe contredite par leur longueur et leurs types de caractères", "Password entropy contradicted by length and character classes"),
	Rationale: t("L'entropie se calcule à partir de la longueur et des types de caractères, par la méthode et la table de la CNIL (26 minuscules, 26 majuscules, 10 chiffres, 37 caractères spéciaux ; 12 caractères des quatre types font 80 bits) : une entropie déclarée supérieure au calcul est une promesse que la politique ne tient pas. Le cas « avec restriction des tentatives » suppose que le chapitre des sessions bloque les tentatives répétées.",
		"Entropy follows from length and character classes, by the CNIL's method and table (26 lower case, 26 upper case, 10 digits, 37 special characters; 12 characters of all four classes make 80 bits): an entropy declared above the computation is a promise the policy does not keep. The \"with restriction of attempts\" case assumes the sessions chapter locks out repeated attempts."),
	Source: "CNIL deliberation 2022-100, password recommendation (method, table and examples) [CNIL-PWD-1], [CNIL-PWD-2]",
	Check: func(c *pas.Check) {
		p := c.Plan
		if !c.Active(accPwdLength, nil) {
			return
		}
		length, classes := p.Get(accPwdLength), p.Strings(accPwdCharset)
		if !length.IsSet() || len(classes) == 0 {
			return
		}
		bits := cohCNILEntropy(int(length.Num), classes)
		makeup := pas.Textf("%s de %s", "%s of %s", pas.Count(int(length.Num), "caractère", "caractères", "character", "characters"),
			pas.Count(len(classes), "type", "types", "class", "classes"))
		if declared := p.Get(accPwdEntropy); declared.IsSet() && declared.Num > float64(bits) {
			c.Report(accPwdEntropy, nil, pas.Textf("entropie minimale déclarée de %s bits, mais %s n'en donnent que %d selon la méthode de la CNIL",
				"minimum entropy declared as %s bits, but %s only give %d by the CNIL's method", numText(declared.Num), makeup, bits))
		}
		if p.Str(accPwdCase) == "with_lockout" && p.IsNot(sesLockout) {
			c.Report(accPwdCase, nil, pas.Textf("cas « avec restriction des tentatives », mais le chapitre des sessions ne bloque pas les échecs répétés : c'est le cas du mot de passe seul, qui demande %s bits (%s en donnent %d)",
				"\"with restriction of attempts\" case, but the sessions chapter does not lock out repeated failures: it is the password-only case, which needs %s bits (%s give %d)",
				numText(accEntropyMin["password_only"]), makeup, bits))
		}
	},
}, accPwdLength, accPwdCharset, accPwdEntropy, accPwdCase, sesLockout)

// cohProductionTiers returns the design availability, as a fraction, of
// the sites that run production (the primary and the recovery sites
// holding production data), in parallel when there are several; ok is
// false when a tier is unknown.
func cohProductionTiers(p *pas.Plan) (float64, []string, bool) {
	down := 1.0
	var names []string
	for _, s := range p.Records(dcSites) {
		if !dcHasRole(s, "primary") && !(dcHasRole(s, "secondary") && s.Get(siteData).Contains("production")) {
			continue
		}
		a, known := cntTierAvailability[s.Str(siteTier)]
		if !known {
			return 1, nil, false
		}
		down *= 1 - a/100
		names = append(names, s.Name(dcSites))
		if p.Str(cntArchitecture) == "single_site" {
			break
		}
	}
	if len(names) == 0 {
		return 1, nil, false
	}
	return 1 - down, names, true
}

var _ = coherenceAlso(&pas.Rule{
	ID: "COH-29", Severity: pas.Warning, Section: "continuity",
	Title: t("Disponibilité garantie supérieure à celle de la chaîne", "Guaranteed availability above that of the chain"),
	Rationale: t("Des composants en série multiplient leurs disponibilités : le service ne peut pas garantir plus que le produit de celles de ses composants et de ses sites de production (en parallèle lorsqu'il y en a plusieurs, selon leur niveau de conception).",
		"Components in series multiply their availabilities: the service cannot guarantee more than the product of those of its components and of its production sites (in parallel when there are several, by their design tier)."),
	Source: "Availability of components in series (product of availabilities); Uptime Institute tier design availability [UPTIME-TIERS]",
	Check: func(c *pas.Check) {
		p := c.Plan
		declared, comps := p.Get(cntAvailability), p.Records(cntComponents)
		if !declared.IsSet() || len(comps) == 0 {
			return
		}
		chain := 1.0
		var fr, en []string
		for _, r := range comps {
			a := r.Get(cntCompAvailability)
			if !a.IsSet() {
				return
			}
			chain *= a.Num / 100
			pct := pctText(a.Num)
			fr, en = append(fr, fmt.Sprintf("« %s » %s", r.Name(cntComponents), pct.FR)), append(en, fmt.Sprintf("\"%s\" %s", r.Name(cntComponents), pct.EN))
		}
		what := t(strings.Join(fr, ", "), strings.Join(en, ", "))
		if sites, names, ok := cohProductionTiers(p); ok {
			chain *= sites
			what = pas.Textf("%s ; sites de production %s %s", "%s; production sites %s %s", what, cohNames(names), pctText(math.Floor(sites*1e5)/1e3))
		}
		max := math.Floor(chain*1e5) / 1e3 // percent, rounded down to 0.001
		if declared.Num > max {
			c.Report(cntAvailability, nil, pas.Textf("disponibilité garantie de %s, mais la chaîne en série n'en permet que %s au plus : %s",
				"guaranteed availability of %s, but the chain in series allows %s at most: %s", pctText(declared.Num), pctText(max), what))
		}
	},
}, []*pas.Field{cntAvailability, cntCompAvailability}, siteTier, siteRoles, cntArchitecture)

package sections

import "github.com/pas-editor/pas/pas"

// chgNonEUNoticeMin is the shortest notice before a change affecting the
// protection from non-EU law (convention: one month, seen in SecNumCloud
// service agreements).
var chgNonEUNoticeMin = threshold(field("change_non_eu_law_notice_min", pas.KDuration,
	"Préavis minimal d'un changement touchant l'exposition aux lois extra-européennes", "Shortest notice of a change affecting exposure to non-EU law",
	suggest("1mo"),
	help("En deçà, CHG-02 le signale ; les conventions de service SecNumCloud publiées prévoient un mois.",
		"Below it CHG-02 reports it; published SecNumCloud service agreements give one month.")))

// chgSource cites the reading of published PAS documents (domain reference §1b).
const chgSource = "published PAS practice, domain reference §1b S19"

var changeRules = []*pas.Rule{
	{
		ID: "CHG-01", Severity: pas.Warning,
		Title: t("Pas d'information du client sur les changements majeurs", "No notice to the client of major changes"),
		Rationale: t("Un changement majeur (architecture, site, sous-traitant) peut invalider les hypothèses sur lesquelles le client a accepté le PAS ; il doit en être informé avant.",
			"A major change (architecture, site, subcontractor) can void the assumptions on which the client accepted the PAS; the client must be told beforehand."),
		Source: "ISO/IEC 27001:2022 A.8.32, A.5.22; " + chgSource,
		Check: func(c *pas.Check) {
			if c.Plan.IsNot(chgNoticeMajor) {
				c.Report(chgNoticeMajor, nil, t("le client n'est pas prévenu avant un changement majeur",
					"the client is not told before a major change"))
			}
		},
	},
	{
		ID: "CHG-02", Severity: pas.Warning,
		Title: t("Information insuffisante sur les changements touchant l'exposition aux lois extra-européennes", "Insufficient notice of changes affecting exposure to non-EU law"),
		Rationale: t("Une prise de contrôle ou un nouveau sous-traitant hors de l'Union peut soumettre les données du client à un droit d'accès étranger (Cloud Act, FISA 702) ; le client doit l'apprendre assez tôt pour réagir, au besoin par la réversibilité.",
			"A change of control or a new non-EU subcontractor can subject the client's data to foreign access law (CLOUD Act, FISA 702); the client must learn of it early enough to react, through reversibility if needed."),
		Source: "SecNumCloud 3.2 § 19.6 [PIALAB-SNC]; " + chgSource + " (convention: 1 month)",
		Check: func(c *pas.Check) {
			p := c.Plan
			if p.IsNot(chgNoticeNonEU) {
				c.Report(chgNoticeNonEU, nil, t("le client n'est pas prévenu des changements qui modifient l'exposition de ses données aux lois extra-européennes",
					"the client is not told of changes that alter its data's exposure to non-EU law"))
				return
			}
			v, min := p.Get(chgNoticeNonEUDelay), c.Policy(chgNonEUNoticeMin.ID)
			if c.Active(chgNoticeNonEUDelay, nil) && v.IsSet() && min != nil && v.Dur.Compare(min.Dur) < 0 {
				c.Report(chgNoticeNonEUDelay, nil, pas.Textf("préavis de %s, plus court que %s",
					"notice of %s, shorter than %s",
					durText(v.Dur), durText(min.Dur)))
			}
		},
	},
}

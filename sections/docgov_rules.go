package sections

import (
	"strconv"
	"strings"

	"github.com/pas-editor/pas/pas"
)

// docValidationDelayMax is the usual delay to hand the PAS to the client
// for validation after notification (convention seen in published PAS).
var docValidationDelayMax = threshold(field("docgov_validation_delay_max", pas.KDuration,
	"Délai maximal de remise du PAS pour validation", "Longest delay to deliver the PAS for validation",
	suggest("10bd"),
	help("Au-delà, DOC-03 le signale : l'usage relevé dans les PAS publiés est de dix jours ouvrés après la notification.",
		"Beyond it DOC-03 reports it: published PAS documents use ten business days after notification.")))

// docSource cites the reading of published PAS documents (domain reference §1b).
const docSource = "published PAS practice, domain reference §1b S15 (noesya 2025, Beorn 2026, Cloud Temple SecNumCloud agreement 2025)"

var docgovRules = []*pas.Rule{
	{
		ID: "DOC-04", Severity: pas.Warning,
		Title: t("PSSI du client prévalant sans écarts listés", "Client's PSSI prevailing without listed deviations"),
		Rationale: t("Faire prévaloir toute la politique de sécurité du client sur le PAS (et sur le CCTP) engage le titulaire sur chacune de ses dispositions, y compris celles que la prestation n'applique pas. La forme usuelle est « la PSSI s'applique dans la limite des écarts listés dans le PAS », avec ces écarts.",
			"Making the client's whole security policy prevail over the PAS (and over the CCTP) binds the provider to every one of its provisions, including those the service does not apply. The usual form is \"the PSSI applies within the deviations listed in the PAS\", with those deviations."),
		Source: "domain reference addendum (document precedence); published PAS practice, domain reference §1b S15",
		Check: func(c *pas.Check) {
			p := c.Plan
			if p.Str(docPrecedence) != "client_pssi" || strings.TrimSpace(p.Str(docPSSIDeviations)) != "" || p.Get(docPSSIDeviations).Pending() {
				return
			}
			above := t("au PAS", "the PAS")
			if docRanksAbove(p, "client_pssi", "cctp") {
				above = t("au PAS et au CCTP", "the PAS and the CCTP")
			}
			c.Report(docPSSIDeviations, nil, pas.Textf("la PSSI du client est préférée %s sans qu'aucun écart soit listé : le titulaire s'engage sur toute la PSSI ; forme usuelle : « la PSSI s'applique dans la limite des écarts listés dans le PAS »",
				"the client's PSSI is ranked above %s with no deviation listed: the provider commits to the whole PSSI; usual form: \"the PSSI applies within the deviations listed in the PAS\"", above))
		},
	},
	{
		ID: "DOC-01", Severity: pas.Warning,
		Title: t("Ordre de préséance des documents non établi", "Order of precedence of the documents not set"),
		Rationale: t("En cas de contradiction entre le PAS et la PSSI du client, ou entre pièces du contrat, le lecteur doit savoir laquelle s'applique ; sans ordre de préséance, chaque partie retient la lecture qui l'arrange.",
			"When the PAS and the client's PSSI, or two contract documents, conflict, the reader must know which one applies; without an order of precedence each party keeps the reading that suits it."),
		Source:   docSource,
		Presence: []*pas.Field{docPrecedence},
		Check: func(c *pas.Check) {
			p := c.Plan
			if p.Get(docPrecedence).Missing() {
				c.Report(docPrecedence, nil, t("la préséance entre le PAS et la PSSI du client n'est pas indiquée",
					"precedence between the PAS and the client's PSSI is not stated"))
			}
			hasPSSI := false
			seen := map[int]*pas.Record{}
			for _, r := range p.Records(docRefDocs) {
				if r.Str(docRefType) == "client_pssi" {
					hasPSSI = true
				}
				v := r.Get(docRefRank)
				if !v.IsSet() {
					continue
				}
				rank := int(v.Num)
				if first := seen[rank]; first != nil {
					c.Report(docRefRank, r, pas.Textf("« %s » a le même rang de préséance (%s) que « %s »",
						"\"%s\" has the same precedence rank (%s) as \"%s\"", r.Name(docRefDocs), strconv.Itoa(rank), first.Name(docRefDocs)))
					continue
				}
				seen[rank] = r
			}
			if p.Str(docPrecedence) == "client_pssi" && !hasPSSI {
				c.Report(docPrecedence, nil, t("la PSSI du client prévaut mais ne figure pas parmi les documents de référence (intitulé, version)",
					"the client's PSSI prevails but is not listed among the reference documents (title, version)"))
			}
		},
	},
	{
		ID: "DOC-02", Severity: pas.Warning,
		Title: t("Pas de validation du PAS par le client", "No validation of the PAS by the client"),
		Rationale: t("Le PAS engage le titulaire sur des mesures que le client doit pouvoir examiner et accepter avant que les travaux ne commencent ; sans étape de validation, il reste une déclaration unilatérale.",
			"The PAS commits the provider to measures the client must be able to review and accept before work starts; without a validation step it remains a one-sided statement."),
		Source:   docSource + "; DND-PAS (PAS annexed to the contract)",
		Presence: []*pas.Field{docByClient},
		Check: func(c *pas.Check) {
			p := c.Plan
			switch {
			case p.Get(docByClient).Missing():
				c.Report(docByClient, nil, t("aucune étape de validation du PAS par le client n'est prévue",
					"no step where the client validates the PAS is provided for"))
			case p.IsNot(docByClient):
				c.Report(docByClient, nil, t("le PAS n'est pas soumis à la validation du client",
					"the PAS is not submitted to the client for validation"))
			case c.Active(docBeforeStart, nil) && p.IsNot(docBeforeStart):
				c.Report(docBeforeStart, nil, t("les travaux peuvent commencer avant que le client ait validé le PAS",
					"work may start before the client has validated the PAS"))
			}
		},
	},
	{
		ID: "DOC-03", Severity: pas.Info,
		Title: t("Remise tardive du PAS pour validation", "Late delivery of the PAS for validation"),
		Rationale: t("Plus le PAS arrive tard après la notification, plus la prestation risque de démarrer sans cadre de sécurité validé.",
			"The later the PAS arrives after notification, the more likely the service starts without a validated security framework."),
		Source: docSource + " (convention: 10 business days)",
		Check: func(c *pas.Check) {
			v := c.Plan.Get(docDeliveryDelay)
			max := c.Policy(docValidationDelayMax.ID)
			if !v.IsSet() || max == nil || v.Dur.Compare(max.Dur) <= 0 {
				return
			}
			c.Report(docDeliveryDelay, nil, pas.Textf("remise du PAS %s après la notification, au-delà de l'usage (%s)",
				"PAS delivered %s after notification, beyond practice (%s)",
				valueText(c.Plan, docDeliveryDelay, v), valueText(c.Plan, docValidationDelayMax, max)))
		},
	},
}

// docRanksAbove reports whether the best-ranked reference document of
// type a comes before the best-ranked one of type b.
func docRanksAbove(p *pas.Plan, a, b string) bool {
	best := map[string]int{}
	for _, r := range p.Records(docRefDocs) {
		v, kind := r.Get(docRefRank), r.Str(docRefType)
		if v.IsSet() && (kind == a || kind == b) && (best[kind] == 0 || int(v.Num) < best[kind]) {
			best[kind] = int(v.Num)
		}
	}
	return best[a] > 0 && best[b] > 0 && best[a] < best[b]
}

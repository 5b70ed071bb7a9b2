package sections

import (
	"strings"

	"github.com/pas-editor/pas/pas"
)

var raciRules = []*pas.Rule{
	{
		ID: "RACI-01", Severity: pas.Error,
		Title: t("Exactement un A par activité", "Exactly one A per activity"),
		Rationale: t("Une seule partie rend compte de chaque activité ; avec zéro ou plusieurs A, la responsabilité se dilue.",
			"One party alone is accountable for each activity; with none or several, ownership is diluted."),
		Source: "RACI golden rule [RACI-RULE], [RACI-WIKI]",
		Check: func(c *pas.Check) {
			for _, a := range c.Plan.Records(raciActivites) {
				if n := countLetter(a.Get(actAssign), 'A'); n != 1 {
					c.Report(actAssign, a, pas.Textf("activité « %s » : %d A au lieu d'un seul", "activity \"%s\": %d A instead of exactly one", a.Name(raciActivites), n))
				}
			}
		},
	},
	{
		ID: "RACI-02", Severity: pas.Error,
		Title: t("Au moins un R par activité", "At least one R per activity"),
		Rationale: t("Quelqu'un doit réaliser chaque activité ; la partie qui rend compte (A) peut aussi la réaliser.",
			"Someone must do each activity; the accountable party (A) may also do it."),
		Source: "[RACI-WIKI], [RACI-BOARD]",
		Check: func(c *pas.Check) {
			for _, a := range c.Plan.Records(raciActivites) {
				if countLetter(a.Get(actAssign), 'R') == 0 {
					c.Report(actAssign, a, pas.Textf("activité « %s » : personne ne la réalise (aucun R)", "activity \"%s\": nobody does it (no R)", a.Name(raciActivites)))
				}
			}
		},
	},
	{
		ID: "RACI-03", Severity: pas.Error,
		Title: t("Partie affectée absente des colonnes de la matrice", "Assigned party missing from the matrix columns"),
		Rationale: t("Chaque partie qui reçoit une lettre doit figurer parmi les colonnes déclarées de la matrice.",
			"Every party given a letter must be one of the matrix's declared columns."),
		Source: "referential integrity of the RACI matrix",
		Check: func(c *pas.Check) {
			declared := map[string]bool{}
			for _, id := range c.Plan.Strings(raciParties) {
				declared[id] = true
			}
			for _, a := range c.Plan.Records(raciActivites) {
				for id := range a.Get(actAssign).RACIOrNil() { // findings are sorted afterwards
					if !declared[id] {
						c.Report(actAssign, a, pas.Textf("activité « %s » : la partie « %s » n'est pas une colonne de la matrice", "activity \"%s\": party \"%s\" is not a column of the matrix", a.Name(raciActivites), id))
					}
				}
			}
		},
	},
	{
		ID: "RACI-04", Severity: pas.Warning,
		Title: t("Activité de référence absente de la matrice", "Reference activity missing from the matrix"),
		Rationale: t("La matrice de référence marque les activités qu'un PAS doit toujours attribuer (gouvernance, accès, incidents, sauvegardes, réversibilité ; données personnelles lorsqu'il y en a).",
			"The reference matrix marks the activities a PAS must always assign (governance, access, incidents, backups, exit; personal data when there is some)."),
		Source: "EuroCloud France 2016 PAS content list [EUROCLOUD-2016]; GDPR arts. 28, 33",
		Check: func(c *pas.Check) {
			present := map[string]bool{}
			for _, a := range c.Plan.Records(raciActivites) {
				present[a.Str(actStandard)] = true
			}
			var fr, en []string
			for _, tpl := range RACITemplate {
				if !tpl.Mandatory || present[tpl.Code] || (tpl.Category == "privacy" && !personalData(c.Plan)) {
					continue
				}
				fr, en = append(fr, tpl.Label.FR), append(en, tpl.Label.EN)
			}
			if len(fr) > 0 {
				c.Report(raciActivites, nil, pas.Textf("activités de référence sans ligne (champ « activité type ») : %s", "reference activities without a row (\"standard activity\" field): %s",
					pas.T(strings.Join(fr, " ; "), strings.Join(en, "; "))))
			}
		},
	},
	{
		ID: "RACI-05", Severity: pas.Error,
		Title: t("Notification des violations à la CNIL : A doit être le responsable de traitement", "Breach notification to the authority: A must be the controller"),
		Rationale: t("L'article 33(1) du RGPD impose la notification à l'autorité au responsable de traitement ; le sous-traitant, lui, notifie le responsable (33(2)).",
			"GDPR article 33(1) puts notification to the authority on the controller; the processor notifies the controller (33(2))."),
		Source: "GDPR art. 33(1)-(2) [GDPR-33]",
		Check: func(c *pas.Check) {
			for _, a := range c.Plan.Records(raciActivites) {
				if a.Str(actStandard) != "breach_notification" {
					continue
				}
				for _, id := range sortedParties(a.Get(actAssign)) {
					if !strings.Contains(a.Get(actAssign).RACI[id], "A") {
						continue
					}
					if r := party(c.Plan, id); r != nil && !isController(r) {
						c.Report(actAssign, a, pas.Textf("activité « %s » : « %s » rend compte (A) mais n'est pas responsable de traitement",
							"activity \"%s\": \"%s\" is accountable (A) but is not a controller", a.Name(raciActivites), r.Name(ptyOrganisations)))
					}
				}
			}
		},
	},
	{
		ID: "RACI-06", Severity: pas.Warning,
		Title: t("Partie sans correspondant sécurité ni DPO", "Party without a security contact or DPO"),
		Rationale: t("Chaque partie de la matrice nomme un correspondant sécurité (ou son RSSI), et un DPO lorsqu'elle traite des données personnelles : c'est le contact exigé dans une notification de violation.",
			"Every party of the matrix names a security correspondent (or its CISO), and a DPO when it processes personal data: the contact a breach notification requires."),
		Source: "ISO/IEC 27001:2022 A.5.2; GDPR art. 33(3)(b) [GDPR-33]",
		Check: func(c *pas.Check) {
			for _, id := range c.Plan.Strings(raciParties) {
				r := party(c.Plan, id)
				if r == nil {
					continue
				}
				if !hasContact(c.Plan, id, "ciso", "security_correspondent") {
					c.Report(raciParties, nil, pas.Textf("« %s » n'a ni RSSI ni correspondant sécurité parmi les contacts", "\"%s\" has no CISO or security correspondent among the contacts", r.Name(ptyOrganisations)))
				}
				if personalData(c.Plan) && r.Str(ptyGDPR) != "none" && r.Get(ptyGDPR).IsSet() && !hasContact(c.Plan, id, "dpo") {
					c.Report(raciParties, nil, pas.Textf("« %s » traite des données personnelles mais n'a pas de DPO parmi les contacts", "\"%s\" processes personal data but has no DPO among the contacts", r.Name(ptyOrganisations)))
				}
			}
		},
	},
	{
		ID: "RACI-08", Severity: pas.Info,
		Title: t("Une partie à la fois consultée et informée", "A party both consulted and informed"),
		Rationale: t("Être consulté implique d'être informé : une seule lettre de participation par partie et par activité suffit.",
			"Being consulted implies being informed: one participation letter per party and activity is enough."),
		Source: "[RACI-WIKI]",
		Check: func(c *pas.Check) {
			for _, a := range c.Plan.Records(raciActivites) {
				for id, l := range a.Get(actAssign).RACIOrNil() { // findings are sorted afterwards
					if strings.Contains(l, "C") && strings.Contains(l, "I") {
						c.Report(actAssign, a, pas.Textf("activité « %s » : « %s » est à la fois C et I", "activity \"%s\": \"%s\" is both C and I", a.Name(raciActivites), id))
					}
				}
			}
		},
	},
}

func countLetter(v *pas.Value, letter byte) int {
	n := 0
	for _, l := range v.RACIOrNil() {
		if strings.IndexByte(l, letter) >= 0 {
			n++
		}
	}
	return n
}

// isController reports whether a party is a controller or joint controller.
func isController(r *pas.Record) bool {
	g := r.Str(ptyGDPR)
	return g == "controller" || g == "joint_controller"
}

// hasContact reports whether a party has a contact with one of the functions.
func hasContact(p *pas.Plan, partyID string, functions ...string) bool {
	for _, c := range p.Records(ptyContacts) {
		if c.Str(ctcParty) != partyID {
			continue
		}
		for _, f := range functions {
			if c.Str(ctcFunction) == f {
				return true
			}
		}
	}
	return false
}

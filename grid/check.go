package grid

import (
	"strings"

	"github.com/pas-editor/pas/pas"
)

// Rule describes one check of the grid's answers, as "pas rules" lists
// it.
type Rule struct {
	ID        string
	Severity  pas.Severity
	Varies    pas.Text // when the severity differs from Severity
	Title     pas.Text
	Rationale pas.Text
	Source    string
}

// Rules lists the grid checks.
var Rules = []Rule{
	{ID: "GRID-01", Severity: pas.Warning, Title: pas.T("Exigence sans chapitre associé", "Requirement not mapped to the plan"),
		Rationale: pas.T("Les évaluateurs lisent la grille de l'acheteur, pas le PAS d'un bout à l'autre : chaque exigence doit renvoyer à la partie du plan qui y répond.",
			"Scorers read the buyer's grid, not the PAS from end to end: each requirement should point to the part of the plan that answers it."),
		Source: "buyer's response framework (cadre de réponse) in the consultation documents; tender practice"},
	{ID: "GRID-02", Severity: pas.Warning, Title: pas.T("Exigence associée à une réponse manquante, à confirmer ou non applicable", "Requirement mapped to a missing, to-confirm or not applicable answer"),
		Rationale: pas.T("Une exigence associée à une réponse absente ou à confirmer, ou à un chapitre qui ne s'applique pas, n'a pas encore de réponse ferme dans le plan.",
			"A requirement mapped to an answer that is missing or still to confirm, or to a chapter that does not apply, has no firm answer in the plan yet."),
		Source: "consistency between the grid's answers and the PAS; tender practice"},
	{ID: "GRID-03", Severity: pas.Error, Title: pas.T("Déclarée conforme alors que le plan a une erreur ou manque le seuil exigé", "Marked compliant while the plan has an error or misses the stated threshold"),
		Rationale: pas.T("Déclarer conforme une exigence que le plan contredit (erreur d'une règle, seuil non atteint) rend l'offre incohérente ou engage le candidat au-delà de ce que le plan promet.",
			"Marking compliant a requirement the plan contradicts (a rule's error, a missed threshold) makes the offer inconsistent, or commits the candidate beyond what the plan promises."),
		Source: "consistency of the offer's documents; the plan's rules (pas rules)"},
	{ID: "GRID-04", Severity: pas.Error, Varies: pas.T("avertissement tant qu'aucun statut n'est validé", "warning while no status is validated"),
		Title: pas.T("Exigence minimale non satisfaite ou sans réponse (offre irrégulière, CCP art. L2152-2)", "Minimum requirement not met or not answered (irregular offer, public procurement code art. L2152-2)"),
		Rationale: pas.T("Une offre qui ne satisfait pas, ou seulement en partie, une exigence minimale des documents de la consultation est irrégulière et peut être écartée.",
			"An offer that does not meet, or only partly meets, a minimum requirement of the consultation documents is irregular and may be rejected."),
		Source: "Code de la commande publique, art. L2152-2 (offre irrégulière)"},
	{ID: "GRID-05", Severity: pas.Error, Title: pas.T("Commentaire plus long que la cellule de l'acheteur ne l'accepte", "Comment longer than the buyer's cell accepts"),
		Rationale: pas.T("La colonne de commentaire de l'acheteur limite la longueur du texte (validation des données) : un commentaire plus long ne peut pas y être saisi.",
			"The buyer's comment column limits the length of its text (data validation): a longer comment cannot be entered there."),
		Source: "the buyer's file: data validation of the comment column"},
	{ID: "GRID-06", Severity: pas.Error, Varies: pas.T("avertissement quand le fichier est introuvable", "warning when the file is not found"),
		Title: pas.T("Fichier de l'acheteur modifié depuis l'import, ou introuvable", "Buyer's file changed since the import, or not found"),
		Rationale: pas.T("Les réponses portent sur la version de la grille qui a été importée : quand l'acheteur publie un rectificatif, il faut l'importer pour répondre à la grille en vigueur.",
			"The answers are to the version of the grid that was imported: when the buyer publishes an amendment, it must be imported to answer the grid in force."),
		Source: "SHA-256 of the buyer's file recorded at import; amendments to the consultation documents"},
}

// RuleByID returns a grid rule, or nil.
func RuleByID(id string) *Rule {
	for i := range Rules {
		if Rules[i].ID == id {
			return &Rules[i]
		}
	}
	return nil
}

// Finding is one problem with the grid's answers, at the requirement's
// position in the grid file.
type Finding struct {
	Rule     string
	Severity pas.Severity
	ID       string  // requirement id; "" for the file as a whole
	Pos      pas.Pos // position in the grid file
	Message  pas.Text
}

// BookState says what was found of the buyer's file.
type BookState uint8

// Book states.
const (
	BookUnchanged BookState = iota // found, same hash as at import
	BookChanged                    // found, different hash
	BookMissing                    // not found
)

// Check runs the grid checks against the plan and its findings (those of
// pas.RunChecks, for the errors of mapped fields).
func (a *Advisor) Check(g *Grid, p *pas.Plan, planFindings []pas.Finding, book BookState) []Finding {
	var out []Finding
	add := func(rule string, sev pas.Severity, r *Requirement, msg pas.Text) {
		f := Finding{Rule: rule, Severity: sev, Message: msg, Pos: pas.Pos{Line: 1, Col: 1}}
		if r != nil {
			f.ID, f.Pos = r.ID, r.Pos
			f.Message = textf("exigence %s : %s", "requirement %s: %s", r.ID, msg)
		}
		out = append(out, f)
	}
	switch book {
	case BookChanged:
		add("GRID-06", pas.Error, nil, textf("%s a changé depuis l'import : importez la nouvelle version (rectificatif)", "%s has changed since the import: import the new version (amendment)", g.Source.File))
	case BookMissing:
		add("GRID-06", pas.Warning, nil, textf("%s introuvable à côté du fichier des exigences : l'export aura besoin de --grid", "%s not found beside the requirements file: the export will need --grid", g.Source.File))
	}
	for _, r := range g.Requirements {
		if len(r.Map) == 0 && r.Status != NotApplicable { // a requirement that does not apply has no answer to point to
			msg := pas.T("aucun chapitre associé", "not mapped to the plan")
			if len(r.Proposed) > 0 {
				msg = textf("aucun chapitre associé (proposition : %s)", "not mapped to the plan (proposal: %s)", References(ChapterReferences(a.cat), r.Proposed))
			}
			add("GRID-01", pas.Warning, r, msg)
		}
		for _, t := range r.Map {
			if msg := a.targetGap(p, t); !msg.IsZero() {
				add("GRID-02", pas.Warning, r, msg)
			}
		}
		if r.Status == Compliant {
			for _, msg := range a.contradictions(p, r, planFindings) {
				add("GRID-03", pas.Error, r, msg)
			}
		}
		if g.Minimum(r) {
			switch r.Status {
			case "":
				add("GRID-04", pas.Warning, r, textf("exigence minimale (%s) sans réponse validée", "minimum requirement (%s) without a validated answer", r.Priority))
			case Partial, NonCompliant:
				add("GRID-04", pas.Error, r, textf("exigence minimale (%s) déclarée « %s » : l'offre serait irrégulière (CCP art. L2152-2)",
					"minimum requirement (%s) answered %q: the offer would be irregular (public procurement code art. L2152-2)", r.Priority, r.Status.Text()))
			}
		}
		if !g.CommentFits(r.Comment) {
			add("GRID-05", pas.Error, r, textf("commentaire de %d caractères, la cellule de l'acheteur en accepte %d", "comment of %d characters, the buyer's cell accepts %d", CommentLen(r.Comment), g.Source.CommentMax))
		}
	}
	return out
}

// targetGap says what is wrong with one mapped target, if anything.
func (a *Advisor) targetGap(p *pas.Plan, t string) pas.Text {
	if f := a.cat.Field(t); f != nil {
		if !p.Applicable(f.Section) {
			return textf("associée à « %s », d'un chapitre non applicable", "mapped to %q, in a chapter that does not apply", f.Label)
		}
		if f.List != nil || f.Kind == pas.KList {
			list := f
			if f.List != nil {
				list = f.List
			}
			if len(p.Records(list)) == 0 {
				return textf("associée à « %s », sans entrée dans le plan", "mapped to %q, which has no entry in the plan", list.Label)
			}
			return pas.Text{}
		}
		if !p.Active(f, nil) {
			return pas.Text{}
		}
		switch v := p.Get(f); {
		case !v.IsSet():
			return textf("associée à « %s », sans réponse dans le plan", "mapped to %q, which the plan does not answer", f.Label)
		case v.Pending():
			return textf("associée à « %s », encore à confirmer", "mapped to %q, still to confirm", f.Label)
		}
		return pas.Text{}
	}
	if s := a.cat.Section(t); s != nil && !p.Applicable(s) {
		return textf("associée au chapitre « %s », non applicable", "mapped to chapter %q, which does not apply", s.Title)
	}
	return pas.Text{}
}

// contradictions lists why a requirement marked compliant may not be: an
// error the plan's rules report on a mapped field or chapter, or a stated
// threshold the plan's value misses.
func (a *Advisor) contradictions(p *pas.Plan, r *Requirement, fs []pas.Finding) []pas.Text {
	var out []pas.Text
	seen := map[string]bool{}
	for _, f := range fs {
		if f.Severity != pas.Error || f.Waived() || seen[f.Rule+f.Path] {
			continue
		}
		for _, t := range r.Map {
			if f.Path == t || strings.HasPrefix(f.Path, t+".") || strings.HasPrefix(f.Path, t+"[") || a.cat.Section(t) != nil && f.Section == t {
				seen[f.Rule+f.Path] = true
				out = append(out, textf("déclarée conforme, mais le plan a l'erreur %s sur %s : %s", "marked compliant, but the plan has error %s on %s: %s", f.Rule, f.Path, f.Message))
				break
			}
		}
	}
	if prop := a.Status(p, r); prop.Status == NonCompliant || prop.Status == Partial {
		out = append(out, textf("déclarée conforme, mais le plan n'atteint pas le seuil exigé (%s)", "marked compliant, but the plan misses the stated threshold (%s)", joinTexts(prop.Evidence)))
	}
	return out
}

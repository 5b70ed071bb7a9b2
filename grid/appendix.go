package grid

import (
	"errors"
	"path"

	"github.com/pas-editor/pas/pas"
	"github.com/pas-editor/pas/pas/doc"
)

// ForPlan loads the grid a plan names (its requirements key), and returns
// it with the grid file's path; nil when the plan names none. A named
// grid file that is missing or does not load is an error that names it:
// a *pas.FileError or a *pas.LoadError with line and column.
func ForPlan(planPath string, p *pas.Plan) (*Grid, string, error) {
	if p.Requirements == "" {
		return nil, "", nil
	}
	file := FilePath(planPath, p)
	g, err := Load(file, p.Cat)
	var fe *pas.FileError
	if errors.As(err, &fe) {
		return nil, file, &pas.FileError{Path: fe.Path, Err: fe,
			Msg: pas.Textf("%s (fichier des exigences de l'acheteur que nomme %s, clé requirements)",
				"%s (the buyer's requirements file that %s names, requirements key)", fe.Msg, planPath)}
	}
	return g, file, err
}

// Appendices returns what the grid a plan names adds to the plan's
// document: the compliance matrix; nothing when the plan names no grid.
// It is the one place where both "pas render" and the editor's save get
// it, so that both write the same document; an error is ForPlan's.
func Appendices(planPath string, p *pas.Plan) ([]pas.Appendix, error) {
	g, _, err := ForPlan(planPath, p)
	if err != nil || g == nil {
		return nil, err
	}
	return []pas.Appendix{g.Appendix()}, nil
}

// Appendix returns the compliance matrix ("Matrice de conformité" /
// "Compliance matrix") of the plan's document, client's and internal
// alike: each requirement of the buyer's grid with its wording, the
// status the user validated ("Not answered" until then: a proposal never
// shows) and the numbered headings of the document that answer it, from
// the accepted mapping.
func (g *Grid) Appendix() pas.Appendix {
	return pas.Appendix{ID: "compliance-matrix", Title: pas.T("Matrice de conformité", "Compliance matrix"), Render: g.renderMatrix}
}

func (g *Grid) renderMatrix(d *pas.Doc) {
	rows := g.Matrix(d.Plan.Cat)
	answered := 0
	for _, r := range rows {
		if r.Status != "" {
			answered++
		}
	}
	file := path.Base(g.Source.File)
	d.Para(d.L(textf("Réponse à chaque exigence de la grille de l'acheteur (%s) : statut de conformité et partie du présent plan qui y répond. Exigences : %d ; statut arrêté : %d.",
		"The answer to each requirement of the buyer's grid (%s): compliance status and the part of this plan that answers it. Requirements: %d; status settled: %d.",
		pas.T(pas.Quote(file, pas.FR), pas.Quote(file, pas.EN)), len(rows), answered)))
	if answered < len(rows) {
		d.Para(d.L(pas.T("« Non renseigné » : le statut de l'exigence n'est pas encore arrêté.",
			"“Not answered”: the status of the requirement is not settled yet.")))
	}
	header := []doc.Cell{{d.L(pas.T("N°", "No."))}, {d.L(pas.T("Exigence de l'acheteur", "Buyer's requirement"))},
		{d.L(pas.T("Conformité", "Compliance"))}, {d.L(pas.T("Réponse dans le plan", "Answered in"))}}
	var table [][]doc.Cell
	flush := func() {
		if len(table) > 0 {
			d.Table(header, table)
			table = nil
		}
	}
	category := ""
	for _, r := range rows {
		if r.Category != category {
			flush()
			category = r.Category
			if category != "" {
				d.Heading(3, d.Text(category))
			}
		}
		table = append(table, []doc.Cell{{d.Text(r.ID)}, {d.Text(r.Text)}, statusCell(d, r.Status), refCell(d, r.Map)})
	}
	flush()
}

// statusCell shows a validated status, or says it is not answered.
func statusCell(d *pas.Doc, s Status) doc.Cell {
	if s == "" {
		return doc.Cell{d.Emph(pas.T("Non renseigné", "Not answered"))}
	}
	return doc.Cell{d.L(s.Text())}
}

// refCell cites the numbered headings of the document under which the
// mapped chapters and fields are written.
func refCell(d *pas.Doc, targets []string) doc.Cell {
	if refs := References(d.Reference, targets); refs != "" {
		return doc.Cell{d.Text(refs)}
	}
	return doc.Cell{doc.Text("—")}
}

package grid

import "github.com/pas-editor/pas/pas"

// MatrixRow is one line of the compliance matrix ("Matrice de
// conformité" / "Compliance matrix") the client's document shows: only
// what the user decided, the validated status and the accepted mapping.
type MatrixRow struct {
	ID, Category, Text, Priority string
	Minimum                      bool
	Status                       Status   // "" when not validated yet
	Map                          []string // the accepted mapping, in the catalogue's order
}

// Matrix lists the compliance matrix in the buyer's order, for the
// document's appendix, which cites the mapping with References.
func (g *Grid) Matrix(cat *pas.Catalogue) []MatrixRow {
	out := make([]MatrixRow, 0, len(g.Requirements))
	for _, r := range g.Requirements {
		out = append(out, MatrixRow{ID: r.ID, Category: r.Category, Text: r.Text, Priority: r.Priority, Minimum: g.Minimum(r),
			Status: r.Status, Map: SortTargets(cat, r.Map)})
	}
	return out
}

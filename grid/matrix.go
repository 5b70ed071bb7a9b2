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
	Chapters                     []int    // chapter numbers of the accepted mapping, in order
	Ref                          string   // the same as written in the buyer's file: "§ 9, § 18"
}

// Matrix lists the compliance matrix in the buyer's order, for the
// document's appendix.
func (g *Grid) Matrix(cat *pas.Catalogue) []MatrixRow {
	nums := pas.ChapterNumbers(cat)
	out := make([]MatrixRow, 0, len(g.Requirements))
	for _, r := range g.Requirements {
		row := MatrixRow{ID: r.ID, Category: r.Category, Text: r.Text, Priority: r.Priority, Minimum: g.Minimum(r),
			Status: r.Status, Ref: References(cat, r.Map)}
		row.Map = SortTargets(cat, r.Map)
		seen := map[int]bool{}
		for _, t := range row.Map {
			if n := nums[ChapterOf(t)]; n > 0 && !seen[n] {
				seen[n] = true
				row.Chapters = append(row.Chapters, n)
			}
		}
		out = append(out, row)
	}
	return out
}

package grid

import (
	"slices"
	"strings"
	"testing"

	"github.com/pas-editor/pas/sections"
)

// TestMappingAccuracy: on the buyer-like grids, the first proposed chapter
// is one a PAS author would choose for at least 80 % of the requirements.
func TestMappingAccuracy(t *testing.T) {
	cat := sections.Catalogue()
	v := newVocabulary(cat)
	for name, grid := range map[string][]corpusReq{"french": frenchGrid, "english": englishGrid} {
		for _, headings := range []bool{true, false} {
			checkAccuracy(t, v, name, grid, headings)
		}
	}
}

func checkAccuracy(t *testing.T, v *vocabulary, name string, grid []corpusReq, headings bool) {
	cat := sections.Catalogue()
	if !headings {
		name += " (without category headings)"
	}
	{
		good := 0
		var misses []string
		for _, r := range grid {
			category := r.Category
			if !headings {
				category = ""
			}
			got := v.Propose(cat, r.Text, category)
			if len(got) > 0 && slices.Contains(r.Want, ChapterOf(got[0])) {
				good++
				continue
			}
			misses = append(misses, r.ID+": got "+strings.Join(got, ", ")+", want "+strings.Join(r.Want, " or "))
		}
		pct := 100 * good / len(grid)
		t.Logf("%s grid: %d/%d correct first proposals (%d %%)", name, good, len(grid), pct)
		for _, m := range misses {
			t.Log("  " + m)
		}
		if pct < 80 {
			t.Errorf("%s grid: %d %% correct, want at least 80 %%", name, pct)
		}
	}
}

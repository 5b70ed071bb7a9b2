package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pas-editor/pas/pas"
)

// TestSidebarTitlesWholeAt100: at 100×30 every chapter's short title is
// whole in the sidebar, in both languages, on the example and on the
// large plan (longer badges).
func TestSidebarTitlesWholeAt100(t *testing.T) {
	for _, l := range pas.Langs {
		large := filepath.Join(t.TempDir(), "plan.yaml")
		if err := os.WriteFile(large, largeExample(t), 0o644); err != nil {
			t.Fatal(err)
		}
		for _, path := range []string{examplePlan(t, l), large} {
			d := newDriver(t, options(t, path, l), 100, 30)
			nums := pas.ChapterNumbers(d.m.ctx.Cat)
			for i, s := range d.m.ctx.Cat.Sections {
				d.m.ed.sidebar.cursor = i
				label := s.ShortTitle().In(l)
				if n := nums[s.ID]; n > 0 {
					label = itoa(n) + ". " + label
				}
				if !strings.Contains(d.view(), "│"+label+" ") && !strings.Contains(d.view(), "┃"+label+" ") {
					t.Errorf("%s: %q is not whole:\n%s", l, label, d.view())
				}
			}
		}
	}
}

func TestBadgeForms(t *testing.T) {
	if got := strings.Join(badgeForms("✗12 ○3"), "|"); got != "✗12 ○3|✗12|✗" {
		t.Errorf("badge forms = %s", got)
	}
	if got := strings.Join(badgeForms("✓"), "|"); got != "✓" {
		t.Errorf("badge forms = %s", got)
	}
}

package sections

import (
	"strings"
	"testing"
)

// TestAppendixOrder pins the appendix sequence: the compliance mapping
// comes before the glossary, then the internal back-to-back table,
// whatever the file initialisation order.
func TestAppendixOrder(t *testing.T) {
	var ids []string
	for _, a := range Catalogue().Appendices {
		ids = append(ids, a.ID)
	}
	if got := strings.Join(ids, ","); got != "compliance,glossary,backtoback" {
		t.Fatalf("appendices = %s, want compliance,glossary,backtoback", got)
	}
}

// TestGlossaryComplete checks every term is defined in both languages and
// that terms are sorted, so the table reads like a glossary.
func TestGlossaryComplete(t *testing.T) {
	prev := ""
	for _, g := range glossary {
		for _, s := range []string{g.term.FR, g.term.EN, g.meaning.FR, g.meaning.EN} {
			if strings.TrimSpace(s) == "" {
				t.Fatalf("glossary entry %q has an empty text", g.term.FR)
			}
		}
		if strings.ToLower(g.term.FR) < prev {
			t.Errorf("glossary not sorted: %q after %q", g.term.FR, prev)
		}
		prev = strings.ToLower(g.term.FR)
	}
}

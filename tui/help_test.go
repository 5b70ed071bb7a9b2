package tui

import (
	"strings"
	"testing"

	"github.com/pas-editor/pas/pas"
)

// footerLine returns the last line of the screen.
func (d *driver) footerLine() string {
	lines := strings.Split(d.view(), "\n")
	return strings.TrimRight(lines[len(lines)-1], " ")
}

// TestHelpIsContextual: ? shows the keys of the place: in the grid its
// letters, confirmation and columns keys, never the form's meanings of
// c, i and a; f1 while typing, where ? is a character.
func TestHelpIsContextual(t *testing.T) {
	d := newDriver(t, options(t, examplePlan(t, pas.FR), ""), 100, 30)
	d.goTo("raci").toField("activities").keys("enter", "?")
	d.mustShow("Aide — matrice RACI", "r/a/c/i", "basculer la lettre", "P ", "colonnes de la matrice", "y ", "Y ", "T ")
	d.mustNotShow("à confirmer / engagé", "notes internes")
	d.keys("esc", "esc", "?")
	d.mustShow("Aide — questions du chapitre", "à confirmer / engagé", "question ouverte", "dérogation")
	d.mustNotShow("basculer la lettre")
	d.keys("esc").toField("model").keys("enter", "?") // a choice list: ? filters
	if d.dialogOpen() || d.m.modes.top() != mode(d.m.ed) {
		t.Fatalf("? while typing opened %T", d.m.modes.top())
	}
	d.keys("f1")
	d.mustShow("Aide — saisie", "ctrl+u")
	d.keys("esc", "esc", "esc")
	d.keys("?")
	d.mustShow("Aide — chapitres")
}

// TestFooterEndsWithHelp: the footer never ends cut with "…": when its
// keys do not fit, the last give way to the help hint.
func TestFooterEndsWithHelp(t *testing.T) {
	for _, sz := range [][2]int{{100, 30}, {80, 24}} {
		for _, l := range pas.Langs {
			d := newDriver(t, options(t, examplePlan(t, l), ""), sz[0], sz[1])
			check := func(where, hint string) {
				t.Helper()
				f := d.footerLine()
				if strings.Contains(f, "…") || !strings.HasSuffix(f, hint) {
					t.Errorf("%s %dx%d %s: footer %q", l, sz[0], sz[1], where, f)
				}
			}
			help := pas.T(" aide", " help").In(l)
			check("sidebar", "?"+help)
			d.goTo("session")
			check("form", "?"+help)
			d.toField("idle_timeout").keys("enter")
			check("typing", "f1"+help)
			d.keys("esc")
			d.goTo("raci").toField("activities").keys("enter")
			check("grid", "?"+help)
			d.keys("esc").goTo("datacenter").toField("sites").keys("enter")
			check("list", "?"+help)
			d.keys("x")
			check("dialog", "?"+help)
		}
	}
}

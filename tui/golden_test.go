package tui

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/pas-editor/pas/examples"
	"github.com/pas-editor/pas/pas"
)

// sizes are the terminal sizes the views are pinned at.
var sizes = [][2]int{{80, 24}, {120, 40}, {150, 45}}

// eachView runs fn for every size and language, with a driver on the
// example plan in that language.
func eachView(t *testing.T, fn func(t *testing.T, d *driver)) {
	eachSize(t, func(t *testing.T, l pas.Lang, w, h int) {
		t.Chdir(t.TempDir()) // a stable name on screen: plan.yaml
		if err := os.WriteFile("plan.yaml", examples.Plan(l), 0o644); err != nil {
			t.Fatal(err)
		}
		fn(t, newDriver(t, options(t, "plan.yaml", ""), w, h))
	})
}

func eachSize(t *testing.T, fn func(t *testing.T, l pas.Lang, w, h int)) {
	for _, l := range pas.Langs {
		for _, sz := range sizes {
			t.Run(fmt.Sprintf("%s_%dx%d", l, sz[0], sz[1]), func(t *testing.T) { fn(t, l, sz[0], sz[1]) })
		}
	}
}

// requireView compares the screen with its golden file and checks that
// no line is wider than the terminal.
func requireView(t *testing.T, d *driver) {
	t.Helper()
	v := d.view()
	for i, line := range strings.Split(v, "\n") {
		if w := ansi.StringWidth(line); w > d.m.ctx.Width {
			t.Errorf("line %d is %d wide in a %d-column terminal: %q", i+1, w, d.m.ctx.Width, line)
		}
	}
	if n := strings.Count(v, "\n") + 1; n != d.m.ctx.Height {
		t.Errorf("%d lines in a %d-line terminal", n, d.m.ctx.Height)
	}
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chdir(pkgDir); err != nil { // the golden files are there
		t.Fatal(err)
	}
	defer os.Chdir(wd) //nolint:errcheck
	golden.RequireEqual(t, v)
}

func TestViewStart(t *testing.T) {
	eachSize(t, func(t *testing.T, l pas.Lang, w, h int) {
		d := newDriver(t, options(t, "plan.yaml", l), w, h) // plan.yaml does not exist here
		requireView(t, d)
	})
}

func TestViewOpened(t *testing.T) { eachView(t, func(t *testing.T, d *driver) { requireView(t, d) }) }

func TestViewSection(t *testing.T) {
	eachView(t, func(t *testing.T, d *driver) {
		d.goTo("access")
		requireView(t, d)
	})
}

func TestViewEditing(t *testing.T) {
	eachView(t, func(t *testing.T, d *driver) {
		d.goTo("engagement").toField("deployment_model").keys("enter")
		requireView(t, d)
	})
}

func TestViewHelp(t *testing.T) {
	eachView(t, func(t *testing.T, d *driver) {
		d.keys("?")
		requireView(t, d)
	})
}

func TestViewRecords(t *testing.T) {
	eachView(t, func(t *testing.T, d *driver) {
		d.goTo("datacenter").toField("sites").keys("enter")
		requireView(t, d)
	})
}

func TestViewGrid(t *testing.T) {
	eachView(t, func(t *testing.T, d *driver) {
		d.goTo("raci").toField("activities").keys("enter", "down", "down", "right")
		requireView(t, d)
	})
}

func TestViewClient(t *testing.T) {
	eachView(t, func(t *testing.T, d *driver) {
		d.goTo("session").keys("v")
		requireView(t, d)
	})
}

func TestViewTooSmall(t *testing.T) {
	d := newDriver(t, options(t, examplePlan(t, pas.EN), ""), 50, 12)
	d.mustShow("Terminal too small", "60×16")
	d.send(teaSize(59, 30))
	d.mustShow("Terminal too small")
	d.send(teaSize(80, 24))
	d.mustNotShow("too small")
}

// TestKeysIgnoredWhileTooSmall: while the terminal is too small to show
// the editor, keys do nothing unseen (a workshop started, an item deleted
// blind); ctrl+c still quits.
func TestKeysIgnoredWhileTooSmall(t *testing.T) {
	d := newDriver(t, options(t, examplePlan(t, pas.EN), ""), 80, 24)
	d.goTo("session").keys("enter")
	before := d.view()
	d.send(teaSize(30, 8))
	d.keys("w", "x", "v", "tab")
	d.send(teaSize(80, 24))
	if got := d.view(); got != before {
		t.Errorf("keys acted while the editor could not be seen:\n%s", got)
	}
}

package tui

import (
	"os"
	"strings"
	"testing"

	"github.com/pas-editor/pas/pas"
)

// changeOnDisk rewrites the shell plan's file as a git pull would, with
// another project name.
func changeOnDisk(t *testing.T, d *driver, name string) {
	t.Helper()
	p, err := pas.Load("plan.yaml", d.m.ctx.Cat)
	if err != nil {
		t.Fatal(err)
	}
	p.Set(p.Cat.MustField("context.name"), &pas.Value{Has: true, Str: name})
	if err := os.WriteFile("plan.yaml", append(planBytes(p), "# pulled\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
}

func nameOnDisk(t *testing.T) string {
	t.Helper()
	data, _ := os.ReadFile("plan.yaml")
	for _, l := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(l, "  name: "); ok {
			return v
		}
	}
	return ""
}

func TestDiskChangeShownInTheStatusBar(t *testing.T) {
	for _, l := range pas.Langs {
		t.Run(string(l), func(t *testing.T) {
			d := shellDriver(t, l, 80, 24)
			changeOnDisk(t, d, "Pulled")
			if d.m.diskChanged {
				t.Fatal("the change is seen before the watch looks")
			}
			d.advance(diskPoll)
			requireView(t, d)
			if !d.m.diskChanged {
				t.Fatal("the watch did not see the change")
			}
		})
	}
}

func TestDiskChangeNeverOverwrittenSilently(t *testing.T) {
	for _, l := range pas.Langs {
		t.Run(string(l), func(t *testing.T) {
			d := shellDriver(t, l, 80, 24)
			editName(d, "Mine")
			changeOnDisk(t, d, "Pulled") // just before the save: no tick in between
			d.keys("ctrl+s")
			requireView(t, d)
			if got := nameOnDisk(t); got != "Pulled" {
				t.Fatalf("the save overwrote the change on disk: %q", got)
			}
			d.keys("esc")
			if got := nameOnDisk(t); got != "Pulled" || !d.m.dirty {
				t.Fatal("cancelling saved or lost the edits")
			}
			d.keys("ctrl+s", "o") // overwrite
			if got := nameOnDisk(t); got != "Mine" || d.m.dirty {
				t.Fatalf("overwrite: %q on disk, dirty %v", got, d.m.dirty)
			}
			d.keys("ctrl+s") // the file is ours again: no question
			if isConflict(d.m.modes.top()) {
				t.Error("a save after overwriting asks again")
			}
		})
	}
}

func isConflict(m mode) bool { _, ok := m.(*conflictDialog); return ok }

func TestDiskChangeReloadKeepsTheEdits(t *testing.T) {
	d := shellDriver(t, pas.EN, 80, 24)
	editName(d, "Mine")
	changeOnDisk(t, d, "Pulled")
	d.keys("ctrl+s", "r")
	name := d.m.ctx.Cat.MustField("context.name")
	if got := d.m.ctx.Plan.Str(name); got != "Pulled" || d.m.dirty {
		t.Fatalf("after reloading: %q, dirty %v", got, d.m.dirty)
	}
	d.mustShow("reloaded from disk", "restore them")
	if _, ok := keptFile(t, d); !ok {
		t.Fatal("the edits are not in the recovery file")
	}
	d.keys("v")
	d.mustShow("-  name: Pulled", "+  name: Mine")
	d.keys("esc", "r")
	if got := d.m.ctx.Plan.Str(name); got != "Mine" || !d.m.dirty {
		t.Fatalf("after restoring: %q, dirty %v", got, d.m.dirty)
	}
	d.keys("ctrl+s") // a conscious choice after seeing the change: saved without asking
	if got := nameOnDisk(t); got != "Mine" {
		t.Errorf("on disk: %q", got)
	}
}

func TestDiskChangeSaveUnderAnotherName(t *testing.T) {
	d := shellDriver(t, pas.FR, 80, 24)
	editName(d, "Mine")
	changeOnDisk(t, d, "Pulled")
	d.keys("ctrl+s", "a")
	d.mustShow("Enregistrer sous", "plan-2.yaml")
	d.keys("enter")
	if got := nameOnDisk(t); got != "Pulled" {
		t.Errorf("the changed file was overwritten: %q", got)
	}
	p, err := pas.Load("plan-2.yaml", d.m.ctx.Cat)
	if err != nil || p.Str(p.Cat.MustField("context.name")) != "Mine" || !fileExists("plan-2.md") {
		t.Fatalf("plan-2.yaml: %v", err)
	}
	if d.m.ctx.Path != "plan-2.yaml" || d.m.dirty {
		t.Errorf("editing %s, dirty %v", d.m.ctx.Path, d.m.dirty)
	}
	d.keys("ctrl+s")
	if isConflict(d.m.modes.top()) {
		t.Error("the new file is taken as changed on disk")
	}
}

func TestDiskChangeSaveAndQuit(t *testing.T) {
	d := shellDriver(t, pas.EN, 80, 24)
	editName(d, "Mine")
	changeOnDisk(t, d, "Pulled")
	d.keys("q", "s")
	if d.quit || !isConflict(d.m.modes.top()) {
		t.Fatal("save and quit overwrote or quit without asking")
	}
	d.keys("o")
	if !d.quit || nameOnDisk(t) != "Mine" {
		t.Errorf("overwrite then quit: quit %v, %q on disk", d.quit, nameOnDisk(t))
	}
}

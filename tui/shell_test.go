package tui

import (
	"testing"

	"github.com/pas-editor/pas/pas"
)

// eachShell runs fn in both languages at 80×24 on a plan of the shell
// catalogue: the golden views of the editor's shell, independent of the
// real chapters.
func eachShell(t *testing.T, fn func(t *testing.T, d *driver)) {
	for _, l := range pas.Langs {
		t.Run(string(l), func(t *testing.T) { fn(t, shellDriver(t, l, 80, 24)) })
	}
}

func TestShellOpened(t *testing.T) { eachShell(t, func(t *testing.T, d *driver) { requireView(t, d) }) }

func TestShellForm(t *testing.T) {
	eachShell(t, func(t *testing.T, d *driver) {
		d.keys("down", "enter") // the team chapter: a list, a warning, a missing answer
		requireView(t, d)
	})
}

func TestShellRecords(t *testing.T) {
	eachShell(t, func(t *testing.T, d *driver) {
		d.keys("down", "enter", "enter")
		requireView(t, d)
	})
}

func TestShellHelp(t *testing.T) {
	eachShell(t, func(t *testing.T, d *driver) {
		d.keys("?")
		requireView(t, d)
	})
}

func TestShellQuitDialog(t *testing.T) {
	eachShell(t, func(t *testing.T, d *driver) {
		d.keys("enter", "d", "q") // clear the project's name, then quit
		requireView(t, d)
	})
}

func TestShellSearch(t *testing.T) {
	eachShell(t, func(t *testing.T, d *driver) {
		d.keys("/").typeText("alex")
		requireView(t, d)
	})
}

func TestShellWorkshop(t *testing.T) {
	eachShell(t, func(t *testing.T, d *driver) {
		d.keys("w")
		requireView(t, d)
		t.Run("typing", func(t *testing.T) {
			d.keys("enter") // keep the project's name: the kind, not answered, is typed
			requireView(t, d)
		})
		t.Run("summary", func(t *testing.T) {
			d.keys("tab", "esc")
			requireView(t, d)
		})
	})
}

func TestShellClientView(t *testing.T) {
	eachShell(t, func(t *testing.T, d *driver) {
		d.keys("down", "enter", "v")
		requireView(t, d)
	})
}

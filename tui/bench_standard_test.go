package tui

import (
	"os"
	"path/filepath"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/pas-editor/pas/pas"
	"github.com/pas-editor/pas/sections"
)

// largeTender writes the large plan as standard.yaml and, made from it
// with its RPO changed, as plan.yaml; it returns the plan's path.
func largeTender(b *testing.B) string {
	b.Helper()
	dir := b.TempDir()
	std := largeExample(b)
	stdPath, path := filepath.Join(dir, "standard.yaml"), filepath.Join(dir, "plan.yaml")
	if err := os.WriteFile(stdPath, std, 0o644); err != nil {
		b.Fatal(err)
	}
	p, err := pas.Decode(std, stdPath, sections.Catalogue())
	if err != nil {
		b.Fatal(err)
	}
	p.Baseline = pas.NewBaseline(path, stdPath, std)
	weakerRPO(p)
	if err := os.WriteFile(path, pas.Marshal(p), 0o644); err != nil {
		b.Fatal(err)
	}
	return path
}

// BenchmarkStatsFromStandard runs the checks of the large plan made from
// the large standard, the comparison with the standard included (it runs
// with the checks, off the keystroke path); BenchmarkStatsAlone without
// a standard.
func BenchmarkStatsFromStandard(b *testing.B) {
	path := largeTender(b)
	p, err := pas.Load(path, sections.Catalogue())
	if err != nil {
		b.Fatal(err)
	}
	pas.ReadBaseline(p, path)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		computeStats(p, today)
	}
}

// BenchmarkDeviations is the comparison alone.
func BenchmarkDeviations(b *testing.B) {
	path := largeTender(b)
	p, err := pas.Load(path, sections.Catalogue())
	if err != nil {
		b.Fatal(err)
	}
	pas.ReadBaseline(p, path)
	if p.Baseline.Standard == nil {
		b.Fatal("the standard did not load")
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if computeDeviations(p).total != 1 {
			b.Fatal("one deviation expected")
		}
	}
}

// BenchmarkStatsAlone runs the checks of the large plan without a standard.
func BenchmarkStatsAlone(b *testing.B) {
	p, err := pas.Decode(largeExample(b), "plan.yaml", sections.Catalogue())
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		computeStats(p, today)
	}
}

// BenchmarkOpenFromStandard opens the large plan made from the large
// standard, which is read once, and draws the first frame.
func BenchmarkOpenFromStandard(b *testing.B) {
	opt := options(b, largeTender(b), "")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m, err := New(opt)
		if err != nil {
			b.Fatal(err)
		}
		next, _ := m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		_ = next.View()
	}
}

// BenchmarkKeystrokeFromStandard moves among questions marked ≠.
func BenchmarkKeystrokeFromStandard(b *testing.B) {
	d := newDriver(b, options(b, largeTender(b), ""), 120, 40)
	d.goTo("continuity").toField("bcp.rpo")
	frames(b, d.m, keyMsg("down"), keyMsg("up"))
}

// BenchmarkKeystrokeNoStandard is the same move in a plan without a
// standard, for comparison.
func BenchmarkKeystrokeNoStandard(b *testing.B) {
	d := largeDriver(b)
	d.goTo("continuity").toField("bcp.rpo")
	frames(b, d.m, keyMsg("down"), keyMsg("up"))
}

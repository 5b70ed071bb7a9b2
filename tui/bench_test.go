package tui

import (
	"os"
	"path/filepath"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/pas-editor/pas/pas"
)

// largeDriver opens the large benchmark plan at 120×40.
func largeDriver(b *testing.B) *driver {
	b.Helper()
	path := filepath.Join(b.TempDir(), "plan.yaml")
	if err := os.WriteFile(path, largeExample(b), 0o644); err != nil {
		b.Fatal(err)
	}
	return newDriver(b, options(b, path, ""), 120, 40)
}

// frame is one keystroke as the program handles it: Update, then View.
func frameOf(m Model, k tea.KeyMsg) Model {
	next, _ := m.Update(k)
	nm := next.(Model)
	_ = nm.View()
	return nm
}

// BenchmarkKeystroke moves in a section's field list of the large plan.
func BenchmarkKeystroke(b *testing.B) {
	d := largeDriver(b)
	d.goTo("datacenter")
	m := d.m
	down, up := keyMsg("down"), keyMsg("up")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if i%2 == 0 {
			m = frameOf(m, down)
		} else {
			m = frameOf(m, up)
		}
	}
}

// BenchmarkTyping types into a text field of the large plan.
func BenchmarkTyping(b *testing.B) {
	d := largeDriver(b)
	d.goTo("cover").toField("title").keys("enter")
	m := d.m
	a, bs := keyMsg("a"), keyMsg("backspace")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if i%2 == 0 {
			m = frameOf(m, a)
		} else {
			m = frameOf(m, bs)
		}
	}
}

// BenchmarkGridKeystroke moves and sets letters in the large plan's RACI
// grid (300 activities × 8 parties).
func BenchmarkGridKeystroke(b *testing.B) {
	d := largeDriver(b)
	d.goTo("raci").toField("activities").keys("enter")
	m := d.m
	keys := []tea.KeyMsg{keyMsg("down"), keyMsg("right"), keyMsg("c"), keyMsg("up"), keyMsg("left"), keyMsg("c")}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m = frameOf(m, keys[i%len(keys)])
	}
}

// BenchmarkPreviewSection is the preview's work after an edit: the
// section's Markdown and its glamour rendering.
func BenchmarkPreviewSection(b *testing.B) {
	d := largeDriver(b)
	s := d.m.ctx.Cat.Section("session")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		md := pas.RenderSection(d.m.ctx.Plan, s, pas.RenderOptions{})
		renderMarkdown(md, "notty", 60)
	}
}

// BenchmarkPreviewDocument is what re-rendering the whole document on
// each edit would cost, for comparison.
func BenchmarkPreviewDocument(b *testing.B) {
	d := largeDriver(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		md := pas.Render(d.m.ctx.Plan, pas.RenderOptions{})
		renderMarkdown(string(md), "notty", 60)
	}
}

// BenchmarkOpen loads the large plan, builds the model and draws the
// first frame.
func BenchmarkOpen(b *testing.B) {
	path := filepath.Join(b.TempDir(), "plan.yaml")
	if err := os.WriteFile(path, largeExample(b), 0o644); err != nil {
		b.Fatal(err)
	}
	opt := options(b, path, "")
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

package tui

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/pas-editor/pas/grid/gridtest"
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

// frameOf is one keystroke as the program handles it: Update, then View.
func frameOf(m Model, k tea.KeyMsg) Model {
	next, _ := m.Update(k)
	nm := next.(Model)
	_ = nm.View()
	return nm
}

// frames times keystrokes one by one and reports their median, the
// figure the targets are stated in (a keystroke → frame ≤ 1 ms).
func frames(b *testing.B, m Model, keys ...tea.KeyMsg) {
	times := make([]time.Duration, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		m = frameOf(m, keys[i%len(keys)])
		times[i] = time.Since(start)
	}
	b.StopTimer()
	b.ReportMetric(float64(median(times).Nanoseconds()), "median-ns/frame")
}

func median(ds []time.Duration) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[len(s)/2]
}

// BenchmarkKeystroke moves in a section's field list of the large plan.
func BenchmarkKeystroke(b *testing.B) {
	d := largeDriver(b)
	d.goTo("datacenter")
	frames(b, d.m, keyMsg("down"), keyMsg("up"))
}

// BenchmarkTyping types into a text field of the large plan.
func BenchmarkTyping(b *testing.B) {
	d := largeDriver(b)
	d.goTo("cover").toField("title").keys("enter")
	frames(b, d.m, keyMsg("a"), keyMsg("backspace"))
}

// BenchmarkGridKeystroke moves and sets letters in the large plan's RACI
// grid (300 activities × 8 parties).
func BenchmarkGridKeystroke(b *testing.B) {
	d := largeDriver(b)
	d.goTo("raci").toField("activities").keys("enter")
	frames(b, d.m, keyMsg("down"), keyMsg("right"), keyMsg("c"), keyMsg("up"), keyMsg("left"), keyMsg("c"))
}

// BenchmarkRecoveryWrite is the recovery file's write of the large plan,
// as its command runs it off the UI goroutine: encode, write, sync,
// rename.
func BenchmarkRecoveryWrite(b *testing.B) {
	d := largeDriver(b)
	r, err := newRecovery(b.TempDir(), "plan.yaml")
	if err != nil {
		b.Fatal(err)
	}
	snapshot := d.m.ctx.Plan.Clone()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := r.write(i+1, planBytes(snapshot)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRecoverySnapshot is the recovery's share of the UI goroutine:
// the copy of the plan handed to the command.
func BenchmarkRecoverySnapshot(b *testing.B) {
	d := largeDriver(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_ = d.m.ctx.Plan.Clone()
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

// BenchmarkTypingAfterPaste types into a long text holding a 10 KB paste,
// on the large plan: the figure stated is the median per key (≤ 2 ms).
func BenchmarkTypingAfterPaste(b *testing.B) {
	d := largeDriver(b)
	d.goTo("engagement").toField("scope").keys("enter")
	var text []rune
	for len(text) < 10_000 {
		text = append(text, []rune("Périmètre collé depuis le cahier des charges, article par article.\n")...)
	}
	d.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: text, Paste: true})
	_ = d.m.View()
	frames(b, d.m, keyMsg("a"), keyMsg("backspace"))
}

// BenchmarkWorkshopKeystroke types an answer in the workshop on the large
// plan.
func BenchmarkWorkshopKeystroke(b *testing.B) {
	d := largeDriver(b)
	d.keys("w")
	for i := 0; i < 80 && d.workshop().step().Field.Path != "engagement.procurement.reference"; i++ {
		d.keys("tab")
	}
	d.keys("e")
	frames(b, d.m, keyMsg("a"), keyMsg("backspace"))
}

// BenchmarkWorkshopGrid sets letters in the workshop's RACI step (the
// rows the client holds of 300) on the large plan.
func BenchmarkWorkshopGrid(b *testing.B) {
	d := largeDriver(b)
	d.keys("w")
	for i := 0; i < 80 && d.workshop().step().Field.Path != "raci.activities"; i++ {
		d.keys("tab")
	}
	frames(b, d.m, keyMsg("down"), keyMsg("r"), keyMsg("up"), keyMsg("r"))
}

// benchRequirements is the size of the buyer's grid of the benchmarks.
const benchRequirements = 2000

// largeGridDriver opens the large plan with a 2,000-requirement buyer's
// grid at 120×40, the grid read.
func largeGridDriver(b *testing.B) *driver {
	b.Helper()
	reqs := make([]gridtest.Req, benchRequirements)
	for i := range reqs {
		r := buyerReqs[i%len(buyerReqs)]
		r.ID = fmt.Sprintf("%s-%04d", r.ID, i)
		reqs[i] = r
	}
	dir := gridPlanDirOf(b, largeExample(b), reqs)
	d := newDriver(b, options(b, filepath.Join(dir, "plan.yaml"), ""), 120, 40)
	if d.m.ctx.Reqs == nil || d.m.ctx.Reqs.g == nil || len(d.m.ctx.Reqs.g.Requirements) != benchRequirements {
		b.Fatal("the grid is not read")
	}
	return d
}

// BenchmarkRequirementsKeystroke moves in the requirements view of a
// 2,000-requirement grid on the large plan (the detail drawn each time).
func BenchmarkRequirementsKeystroke(b *testing.B) {
	d := largeGridDriver(b)
	d.keys("E")
	frames(b, d.m, keyMsg("down"), keyMsg("down"), keyMsg("up"), keyMsg("up"))
}

// BenchmarkRequirementsFilter types in the text filter of the
// requirements view: each key filters the 2,000 requirements again.
func BenchmarkRequirementsFilter(b *testing.B) {
	d := largeGridDriver(b)
	d.keys("E", "/").typeText("sauvegard")
	frames(b, d.m, keyMsg("e"), keyMsg("backspace"))
}

// BenchmarkRequirementsEdit accepts a proposed mapping and undoes it: an
// undoable edit of one requirement of 2,000.
func BenchmarkRequirementsEdit(b *testing.B) {
	d := largeGridDriver(b)
	d.keys("E")
	frames(b, d.m, keyMsg("y"), keyMsg("u"))
}

// BenchmarkKeystrokeWithGrid moves in a section's form of the large plan
// that names a 2,000-requirement grid, as BenchmarkKeystroke does without.
func BenchmarkKeystrokeWithGrid(b *testing.B) {
	d := largeGridDriver(b)
	d.goTo("datacenter")
	frames(b, d.m, keyMsg("down"), keyMsg("up"))
}

// BenchmarkReadRequirements is the command that reads the grid once the
// plan is open: the grid file, the buyer's file's hash, the vocabulary.
func BenchmarkReadRequirements(b *testing.B) {
	d := largeGridDriver(b)
	rs := d.m.ctx.Reqs
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if msg := readReqs(rs.path, d.m.ctx.Cat, nil); msg.err != nil {
			b.Fatal(msg.err)
		}
	}
}

// BenchmarkRequirementChecks is the grid's share of the checks' command
// after an edit: the GRID findings and the proposed statuses of 2,000
// requirements on the large plan.
func BenchmarkRequirementChecks(b *testing.B) {
	d := largeGridDriver(b)
	p := d.m.ctx.Plan.Clone()
	fs := pas.RunChecks(p, today)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d.m.reqCheck()(p, fs)
	}
}

// BenchmarkOpenWithGrid opens the large plan naming a 2,000-requirement
// grid and draws the first frame (the grid is read afterwards, in a
// command), as BenchmarkOpen does without.
func BenchmarkOpenWithGrid(b *testing.B) {
	d := largeGridDriver(b)
	opt := options(b, d.m.ctx.Path, "")
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

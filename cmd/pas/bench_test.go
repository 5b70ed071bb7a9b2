package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pas-editor/pas/examples"
	"github.com/pas-editor/pas/pas"
	"github.com/pas-editor/pas/sections"
)

// largePair returns the large benchmark plan and a tender variant of it.
func largePair(b *testing.B) (a, v []byte) {
	b.Helper()
	a = examples.Large(pas.FR)
	p, err := pas.Decode(a, "large.yaml", sections.Catalogue())
	if err != nil {
		b.Fatal(err)
	}
	tenderVariant(p)
	return a, pas.Encode(p)
}

func decodeBench(b *testing.B, data []byte) *pas.Plan {
	p, err := pas.Decode(data, "large.yaml", sections.Catalogue())
	if err != nil {
		b.Fatal(err)
	}
	return p
}

// BenchmarkDiffLarge times pas diff of two large plans (load both, compare,
// write the text and the JSON report) and reports its cost as a multiple
// of loading the two plans (x-load; the target is at most 2).
func BenchmarkDiffLarge(b *testing.B) {
	dataA, dataB := largePair(b)
	var load, total time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		pa, pb := decodeBench(b, dataA), decodeBench(b, dataB)
		loaded := time.Now()
		d := pas.Compare(pa, pb)
		if d.Equal() {
			b.Fatal("the variant does not differ")
		}
		_ = pas.Sanitize(diffText(pas.FR, d))
		_ = diffJSON(pas.FR, d, "a", "b")
		load += loaded.Sub(start)
		total += time.Since(start)
	}
	b.ReportMetric(float64(total)/float64(load), "x-load")
}

// BenchmarkTextconvLarge times pas diff --textconv of the large plan in
// one process: load, then the line form (the target is 150 ms).
func BenchmarkTextconvLarge(b *testing.B) {
	data := examples.Large(pas.FR)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p := decodeBench(b, data)
		if len(pas.Sanitize(planLines(p, pas.FR))) == 0 {
			b.Fatal("no output")
		}
	}
}

// portfolioBench writes a generated portfolio of n plans sharing the
// example's library, committed in a scratch git repository, then lowers
// the host's availability and renews a certificate of the library in
// the working tree: every plan is affected.
func portfolioBench(b *testing.B, n int) string {
	b.Helper()
	dir := b.TempDir()
	if err := examples.WritePortfolio(dir, n, sections.Catalogue()); err != nil {
		b.Fatal(err)
	}
	if _, err := exec.LookPath("git"); err != nil {
		b.Skip("git is not installed")
	}
	for _, args := range [][]string{{"init", "-q"}, {"add", "."}, {"commit", "-q", "-m", "portfolio"}} {
		cmd := exec.Command("git", append([]string{"-C", dir, "-c", "user.name=Bench", "-c", "user.email=bench@pas.invalid", "-c", "commit.gpgsign=false"}, args...)...)
		cmd.Env = append(os.Environ(), "GIT_CONFIG_GLOBAL="+filepath.Join(dir, ".none"), "GIT_CONFIG_NOSYSTEM=1")
		if out, err := cmd.CombinedOutput(); err != nil {
			b.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	lib := filepath.Join(dir, "company.yaml")
	data, err := os.ReadFile(lib)
	if err != nil {
		b.Fatal(err)
	}
	changed := strings.Replace(strings.Replace(string(data), "availability: 99.95", "availability: 99.8", 1), "expiry_date: 2027-10-06", "expiry_date: 2030-10-06", 1)
	if err := os.WriteFile(lib, []byte(changed), 0o644); err != nil {
		b.Fatal(err)
	}
	return dir
}

// runBench runs a command line in dir, in this process.
func runBench(b *testing.B, dir string, want int, args ...string) {
	b.Helper()
	wd, _ := os.Getwd()
	if err := os.Chdir(dir); err != nil {
		b.Fatal(err)
	}
	defer func() { _ = os.Chdir(wd) }()
	var out, errb bytes.Buffer
	e := env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, getenv: func(string) string { return "" },
		now: func() time.Time { return time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC) }, tty: func() bool { return false }, colour: func() bool { return false }}
	if code := run(args, e); code != want {
		b.Fatalf("%v: exit %d, want %d\n%s", args, code, want, errb.String())
	}
}

// BenchmarkCheckPortfolio times pas check over 200 plans of the example's
// size sharing one library (the target, whole process, is 3 s).
func BenchmarkCheckPortfolio(b *testing.B) {
	dir := portfolioBench(b, 200)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		runBench(b, dir, exitFindings, "check", ".")
	}
}

// BenchmarkImpactPortfolio times pas impact over the same portfolio after
// a change that affects every plan (the target, whole process, is 5 s).
func BenchmarkImpactPortfolio(b *testing.B) {
	dir := portfolioBench(b, 200)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		runBench(b, dir, exitFindings, "impact")
	}
}

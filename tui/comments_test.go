package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pas-editor/pas/examples"
	"github.com/pas-editor/pas/pas"
	"github.com/pas-editor/pas/sections"
)

// reviewComments are written into the example as a team reviewing it in
// git would: at the top, inside records, after a value, at the foot of a
// list and between chapters.
var reviewComments = []struct{ after, comment string }{
	{pas.Modeline + "\n", "# Standard PAS of Hélianthe, adapted for the GHT tender.\n"},
	{"  reference: PAS-HSN-GHTDR-2026-01", " # as written in the tender"},
	{"      summary: First draft from the technical specifications (CCTP) and the GHT's security questionnaire\n", "    # the review round\n"},
	{"      author: Julien Marchetti", " # CISO"},
	{"      summary: Version submitted with the tender\n", "      # next version after the award\n"},
	{"    before_start: true\n", "# ── RACI: agreed in the workshop of 2026-11-12 ──\n"},
}

// commentedExample writes the English example with review comments, in
// canonical form, and returns its path and content.
func commentedExample(t *testing.T) (string, string) {
	t.Helper()
	text := string(examples.Plan(pas.EN))
	for _, c := range reviewComments {
		if strings.Count(text, c.after) != 1 {
			t.Fatalf("the example no longer has exactly one %q", c.after)
		}
		text = strings.Replace(text, c.after, c.after+c.comment, 1)
	}
	p, err := pas.Decode([]byte(text), "plan.yaml", sections.Catalogue())
	if err != nil {
		t.Fatal(err)
	}
	if got := string(pas.Marshal(p)); got != text {
		t.Fatalf("the commented example is not canonical:\n%s", got)
	}
	path := filepath.Join(t.TempDir(), "plan.yaml")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path, text
}

// savedDiff saves and returns the lines the save removed and added.
func savedDiff(t *testing.T, d *driver, path, before string) (removed, added string) {
	t.Helper()
	d.keys("ctrl+s")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	x, y := strings.Split(before, "\n"), strings.Split(string(data), "\n")
	pre, suf := 0, 0
	for pre < len(x) && pre < len(y) && x[pre] == y[pre] {
		pre++
	}
	for suf < len(x)-pre && suf < len(y)-pre && x[len(x)-1-suf] == y[len(y)-1-suf] {
		suf++
	}
	return strings.Join(x[pre:len(x)-suf], "\n"), strings.Join(y[pre:len(y)-suf], "\n")
}

// TestSaveKeepsComments: editing one field in the editor changes only that
// field's line in git diff; every comment stays where it was.
func TestSaveKeepsComments(t *testing.T) {
	path, before := commentedExample(t)
	d := newDriver(t, options(t, path, ""), 100, 30)
	d.goTo("cover").toField("reference").keys("enter", "ctrl+u").typeText("PAS-HSN-GHTDR-2027-02").keys("enter")
	removed, added := savedDiff(t, d, path, before)
	if removed != "  reference: PAS-HSN-GHTDR-2026-01 # as written in the tender" ||
		added != "  reference: PAS-HSN-GHTDR-2027-02 # as written in the tender" {
		t.Errorf("the save changed more than the reference:\n- %s\n+ %s", removed, added)
	}
}

// TestSaveAddsAndDeletesRecordsWithTheirComments: a new record goes to its
// place in the list without moving a comment; a deleted record takes its
// own comments with it and leaves the others.
func TestSaveAddsAndDeletesRecordsWithTheirComments(t *testing.T) {
	path, before := commentedExample(t)
	d := newDriver(t, options(t, path, ""), 100, 30)
	d.goTo("cover").toField("changelog").keys("enter", "+").typeText("0.5").keys("enter")
	removed, added := savedDiff(t, d, path, before)
	if removed != "" || added != "    - id: 0-5\n      version: \"0.5\"" {
		t.Errorf("adding a record after the first:\n- %s\n+ %s", removed, added)
	}
	saved, _ := os.ReadFile(path)
	d.keys("esc", "down", "x", "y") // back to the list, then delete the record after the new one: v0-9
	removed, added = savedDiff(t, d, path, string(saved))
	want := strings.Join([]string{
		"    # the review round",
		"    - id: v0-9",
		"      version: \"0.9\"",
		"      date: 2026-11-05",
		"      author: Julien Marchetti # CISO",
		"      summary: Review by Hélianthe's CISO and DPO, input from Datarive and Vigisoc",
	}, "\n")
	if removed != want || added != "" {
		t.Errorf("deleting v0-9:\n- %s\n+ %s", removed, added)
	}
}

// TestFirstSaveSaysAHandWrittenLayoutChanged: a file not in canonical form
// changes once, at its first save, and the editor says so; the next save
// of a canonical file says nothing of the kind.
func TestFirstSaveSaysAHandWrittenLayoutChanged(t *testing.T) {
	path, text := commentedExample(t)
	if err := os.WriteFile(path, []byte(strings.Replace(text, "\nlang: en\n", "\nlang:    en\n", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	d := newDriver(t, options(t, path, ""), 100, 30)
	d.keys("ctrl+s")
	d.mustShow("canonical form")
	if data, _ := os.ReadFile(path); string(data) != text {
		t.Errorf("the first save did not write the canonical form")
	}
	d = newDriver(t, options(t, path, ""), 100, 30)
	d.keys("ctrl+s")
	d.mustNotShow("canonical form")
}

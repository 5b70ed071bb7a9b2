package sections

import (
	"bufio"
	"os"
	"testing"

	"github.com/pas-editor/pas/pas"
)

// TestFormatVersions keeps plan format versions honest. testdata/format-1.txt
// lists every field, record field, option and policy threshold of format 1
// (one "section.field", "section.list.field" or "path=option" per line, as
// the catalogue had them when format 2 began). A version-1 plan must still
// load, so none of them may disappear; anything the catalogue added since
// must say which format added it (since(2), opt(…).Added(2)), so that a plan
// using it is written as that version and an older pas names the version it
// needs instead of failing on an unknown key.
func TestFormatVersions(t *testing.T) {
	v1 := map[string]bool{}
	f, err := os.Open("testdata/format-1.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for sc := bufio.NewScanner(f); sc.Scan(); {
		v1[sc.Text()] = true
	}
	seen := map[string]bool{}
	check := func(path string, since int) {
		seen[path] = true
		switch {
		case v1[path] && since > 1:
			t.Errorf("%s is in format 1 but marked as added by format %d", path, since)
		case !v1[path] && since < 2:
			t.Errorf("%s is not in format 1: say which format added it", path)
		case since > pas.SchemaVersion:
			t.Errorf("%s is marked as added by format %d, after the current %d", path, since, pas.SchemaVersion)
		}
	}
	var walk func(prefix string, fs []*pas.Field, parent int)
	walk = func(prefix string, fs []*pas.Field, parent int) {
		for _, fl := range fs {
			p := prefix + fl.ID
			since := max(fl.Since, parent)
			check(p, since)
			for _, o := range fl.Options {
				check(p+"="+o.Value, max(o.Since, since))
			}
			if fl.Kind == pas.KList {
				walk(p+".", fl.Fields, since)
			}
		}
	}
	cat := Catalogue()
	for _, s := range cat.Sections {
		walk(s.ID+".", s.Fields, 0)
	}
	for _, p := range cat.Policy {
		check("policy."+p.ID, p.Since)
	}
	for path := range v1 {
		if !seen[path] {
			t.Errorf("%s (format 1) is gone: version-1 plans that hold it no longer load", path)
		}
	}
}

// TestPlansAreWrittenWithTheOldestVersionThatHoldsThem: a plan using
// nothing that format 2 added stays version 1; a field, a record field or
// an option format 2 added makes it version 2.
func TestPlansAreWrittenWithTheOldestVersionThatHoldsThem(t *testing.T) {
	cases := []struct {
		name string
		body string
		want int
	}{
		{"a format-1 plan", "cover:\n  title: T\ndatacenter:\n  sites:\n    - {id: a, name: A, data_hosted: [production]}\n", 1},
		{"a field added by format 2", "docgov:\n  pssi_deviations: none\n", 2},
		{"an option added by format 2", "datacenter:\n  sites:\n    - {id: a, name: A, data_hosted: [security_events]}\n", 2},
		{"a record field added by format 2", "gdpr:\n  subprocessors:\n    - {id: s, breach_notice: 24h}\n", 2},
		{"a threshold added by format 2", "policy:\n  vulnerability_scan_max_high: 1mo\n", 2},
		{"a question kept internal", "session:\n  logs:\n    retention: {value: 6mo, state: to_confirm, question: q}\n", 1},
		{"a question for the client (format 2)", "session:\n  logs:\n    retention: {value: 6mo, state: to_confirm, question: q, for_client: true}\n", 2},
		{"an open question for the client in a record", "gdpr:\n  subprocessors:\n    - {id: s, name: {state: open, for_client: true}}\n", 2},
	}
	for _, c := range cases {
		p, err := pas.Decode([]byte("schema_version: 2\nlang: fr\n"+c.body), "v.yaml", Catalogue())
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if got := p.FormatVersion(); got != c.want {
			t.Errorf("%s: format %d, want %d", c.name, got, c.want)
		}
	}
}

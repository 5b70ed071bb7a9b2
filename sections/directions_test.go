package sections

import (
	"testing"

	"github.com/pas-editor/pas/pas"
)

// TestFiguresHaveADirection: every figure of the catalogue (duration,
// number, percentage) says which change is stricter for the client, so
// that pas diff never leaves a commitment's change unclassed.
func TestFiguresHaveADirection(t *testing.T) {
	figures := map[pas.Kind]bool{pas.KDuration: true, pas.KInt: true, pas.KNumber: true, pas.KPercent: true}
	check := func(f *pas.Field) {
		if figures[f.Kind] && f.Direction.IsZero() {
			t.Errorf("%s: a %s field without a direction for pas diff", f.Path, f.Kind)
		}
	}
	for _, s := range Catalogue().Sections {
		for _, f := range s.Fields {
			check(f)
			for _, rf := range f.Fields {
				check(rf)
			}
		}
	}
}

// TestDirectionsClassify checks a few declared directions end to end.
func TestDirectionsClassify(t *testing.T) {
	rpo := "continuity:\n  bcp:\n    rpo: "
	tls := "crypto:\n  in_transit:\n    min_tls: "
	logs := "session:\n  logs:\n    retention: "
	notice := "exit:\n  notice_period: "
	for _, tc := range []struct {
		name, from, to string
		want           pas.Class
	}{
		{"shorter RPO", rpo + "24h", rpo + "4h", pas.Stricter},
		{"longer RPO", rpo + "4h", rpo + "24h", pas.Weaker},
		{"TLS 1.3 floor", tls + `"1.2"`, tls + `"1.3"`, pas.Stricter},
		{"log retention within range", logs + "6mo", logs + "12mo", pas.Incomparable},
		{"log retention beyond range", logs + "6mo", logs + "24mo", pas.OutsideRange},
		{"notice beyond the Data Act", notice + "1mo", notice + "3mo", pas.OutsideRange},
		{"shorter notice", notice + "2mo", notice + "1mo", pas.Stricter},
		{"committed to to-confirm", rpo + "4h", rpo + "{value: 4h, state: to_confirm, question: q}", pas.Weaker},
		{"certificate added", "frameworks:\n  keep_valid: true\n", "frameworks:\n  keep_valid: true\n  certificates:\n    - {id: iso, scheme: iso27001}\n", pas.Stricter},
		{"third-country site", "datacenter:\n  sites:\n    - {id: s1, country: FR}\n", "datacenter:\n  sites:\n    - {id: s1, country: US}\n", pas.Weaker},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := pas.Compare(decodeTest(t, tc.from+"\n"), decodeTest(t, tc.to+"\n"))
			if len(d.Changes) != 1 || d.Changes[0].Class != tc.want {
				t.Fatalf("changes %+v, want one of class %v", d.Changes, tc.want)
			}
		})
	}
}

package examples

import (
	"fmt"

	"github.com/pas-editor/pas/pas"
	"github.com/pas-editor/pas/sections"
)

// Sizes of the large benchmark plan.
const (
	LargeParties       = 8
	LargeActivities    = 300
	LargeSites         = 60
	LargeCertificates  = 80
	LargeSubprocessors = 100
)

// Large returns the large benchmark plan: the example plan grown to
// LargeParties parties, a RACI of LargeActivities rows, LargeSites sites,
// LargeCertificates certificates and LargeSubprocessors sub-processors.
// The generated records are coherent (every reference resolves, every
// RACI row has one A and one R) and deterministic.
func Large(l pas.Lang) []byte {
	cat := sections.Catalogue()
	p, err := pas.Decode(Plan(l), "example", cat)
	if err != nil {
		panic("examples: the embedded example does not load: " + err.Error())
	}
	g := &grower{p: p, cat: cat, lang: l}
	g.grow("parties.organisations", LargeParties)
	g.raciColumns()
	g.grow("raci.activities", LargeActivities)
	g.grow("datacenter.sites", LargeSites)
	g.grow("frameworks.certificates", LargeCertificates)
	g.grow("gdpr.subprocessors", LargeSubprocessors)
	return pas.Marshal(p)
}

type grower struct {
	p    *pas.Plan
	cat  *pas.Catalogue
	lang pas.Lang
}

// grow appends generated records to a list until it holds n records.
func (g *grower) grow(path string, n int) {
	list := g.cat.MustField(path)
	l := g.p.ListOf(list)
	for i := len(l.Records); i < n; i++ {
		r := &pas.Record{ID: fmt.Sprintf("%s-%03d", list.ID, i+1)}
		for _, f := range list.Fields {
			if v := g.value(f, r, i); v != nil && g.p.Active(f, r) {
				r.Set(f, v)
			}
		}
		l.Records = append(l.Records, r)
	}
}

// raciColumns makes every organisation a column of the matrix.
func (g *grower) raciColumns() {
	var ids []string
	for _, r := range g.p.Records(g.cat.MustField("parties.organisations")) {
		ids = append(ids, r.ID)
	}
	g.p.Set(g.cat.MustField("raci.parties"), &pas.Value{Has: true, List: ids})
}

// value generates a plausible value of a field's kind for record i.
func (g *grower) value(f *pas.Field, r *pas.Record, i int) *pas.Value {
	v := &pas.Value{Has: true}
	switch f.Kind {
	case pas.KText:
		v.Str = fmt.Sprintf("%s %d", f.Label.In(g.lang), i+1)
	case pas.KLongText:
		v.Str = fmt.Sprintf("%s — %d.", f.Label.In(g.lang), i+1)
	case pas.KEnum:
		v.Str = f.Options[i%len(f.Options)].Value
	case pas.KSet:
		v.List = []string{f.Options[i%len(f.Options)].Value}
	case pas.KBool:
		v.Bool = true
	case pas.KInt, pas.KNumber:
		v.Num = float64(1 + i%50)
	case pas.KPercent:
		v.Num = float64(i % 20)
	case pas.KDuration:
		v.Dur = pas.Duration{N: 1 + i%12, U: pas.Month}
	case pas.KDate:
		v.Date = pas.MustDate("2026-06-01").AddDays(i * 7)
	case pas.KCountry:
		v.Str = eeaCodes[i%len(eeaCodes)]
	case pas.KCountries:
		v.List = []string{eeaCodes[i%len(eeaCodes)]}
	case pas.KRef, pas.KRefs:
		ids := g.ids(f.Ref)
		if len(ids) == 0 {
			return nil
		}
		v.Str, v.List = ids[i%len(ids)], []string{ids[i%len(ids)]}
	case pas.KRACI:
		v.RACI = g.assign(i)
	case pas.KURL:
		v.Str = fmt.Sprintf("https://example.org/evidence/%d", i+1)
	default:
		return nil
	}
	return v
}

func (g *grower) ids(listPath string) []string {
	var out []string
	for _, r := range g.p.Records(g.cat.MustField(listPath)) {
		out = append(out, r.ID)
	}
	return out
}

// assign gives row i one accountable and one responsible party, and
// consults or informs the others in turn.
func (g *grower) assign(i int) map[string]string {
	cols := g.p.Strings(g.cat.MustField("raci.parties"))
	m := map[string]string{}
	for j, id := range cols {
		switch (i + j) % len(cols) {
		case 0:
			m[id] = "A"
		case 1:
			m[id] = "R"
		case 2:
			m[id] = "C"
		default:
			m[id] = "I"
		}
	}
	return m
}

// eeaCodes are the EEA countries the generated records cycle through.
var eeaCodes = []string{"FR", "DE", "NL", "BE", "IE", "ES", "IT", "LU", "AT", "PL", "SE", "FI", "DK", "PT"}

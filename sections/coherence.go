package sections

import (
	"strings"

	"github.com/pas-editor/pas/pas"
)

// Coherence rules put two chapters side by side, as a client's security
// officer does: a promise in one chapter against the means another
// describes, or the same figure stated twice. Each is filed under the
// chapter where its finding appears and declares the fields it compares;
// it runs only when every chapter it compares applies.

// compared records, by rule id, the fields a coherence rule compares.
var compared = map[string][]*pas.Field{}

// coherence registers cross-chapter rules: r.Section is the chapter its
// findings appear in, fields are the fields it compares (two chapters at
// least). The rule is skipped when one of those chapters does not apply.
func coherence(r *pas.Rule, fields ...*pas.Field) *pas.Rule {
	return coherenceAlso(r, fields)
}

// coherenceAlso is coherence for a rule that also reads optional fields,
// from chapters that may not apply (the rule then does without them).
func coherenceAlso(r *pas.Rule, fields []*pas.Field, optional ...*pas.Field) *pas.Rule {
	compared[r.ID] = append(append([]*pas.Field(nil), fields...), optional...)
	check := r.Check
	r.Check = func(c *pas.Check) {
		for _, s := range cohChapters(fields) {
			if !c.Plan.Applicable(s) {
				return
			}
		}
		check(c)
	}
	planRules = append(planRules, r)
	return r
}

// cohChapters returns the sections the fields belong to, once each.
func cohChapters(fields []*pas.Field) []*pas.Section {
	var out []*pas.Section
	seen := map[*pas.Section]bool{}
	for _, f := range fields {
		if !seen[f.Section] {
			seen[f.Section] = true
			out = append(out, f.Section)
		}
	}
	return out
}

// cohIndex is what the coherence rules look up, built once per check:
// records by id and the parties that hold or reach client data.
type cohIndex struct {
	subByParty      map[string]*pas.Record   // sub-processor record by its party
	raciParties     map[string]bool          // columns and assigned parties of the RACI matrix
	contactParty    map[string]string        // party of each contact
	keySites        []*pas.Record            // sites that hold encryption keys
	sitesByOperator map[string][]*pas.Record // sites holding client data, by operator
	toolsByOperator map[string][]*pas.Record // tools that see client data, by operator
}

// cohIdx returns the index of the plan under check, computed once.
func cohIdx(c *pas.Check) *cohIndex {
	return c.Memo("coherence.index", func() any {
		p := c.Plan
		x := &cohIndex{subByParty: map[string]*pas.Record{}, raciParties: map[string]bool{}, contactParty: map[string]string{},
			sitesByOperator: map[string][]*pas.Record{}, toolsByOperator: map[string][]*pas.Record{}}
		for _, r := range p.Records(gdprSubprocessors) {
			if id := r.Str(gdprSPParty); id != "" && x.subByParty[id] == nil {
				x.subByParty[id] = r
			}
		}
		for _, id := range p.Strings(raciParties) {
			x.raciParties[id] = true
		}
		for _, a := range p.Records(raciActivites) {
			for id := range a.Get(actAssign).RACIOrNil() {
				x.raciParties[id] = true
			}
		}
		for _, r := range p.Records(ptyContacts) {
			x.contactParty[r.ID] = r.Str(ctcParty)
		}
		for _, s := range p.Records(dcSites) {
			if s.Get(siteData).Contains("keys") {
				x.keySites = append(x.keySites, s)
			}
			if op := s.Str(siteOperator); op != "" && cohHoldsClientData(s) {
				x.sitesByOperator[op] = append(x.sitesByOperator[op], s)
			}
		}
		if p.Applicable(toolItems.Section) {
			for _, r := range p.Records(toolItems) {
				if op := r.Str(toolOperatedBy); op != "" && r.Is(toolDataAccess) {
					x.toolsByOperator[op] = append(x.toolsByOperator[op], r)
				}
			}
		}
		return x
	}).(*cohIndex)
}

// cohOutsider reports whether a party is neither the client nor the
// provider: a third party that holds or reaches client data on the
// provider's behalf.
func cohOutsider(p *pas.Plan, id string) bool {
	r := party(p, id)
	if r == nil {
		return false // REF-01
	}
	role := r.Str(ptyRole)
	return role != "client" && role != "provider"
}

// cohPartyName names a party by its id (the id itself when unknown).
func cohPartyName(p *pas.Plan, id string) string {
	if r := party(p, id); r != nil {
		return r.Name(ptyOrganisations)
	}
	return id
}

// cohHoldsClientData reports whether a site holds the client's data
// itself (production, backups, logs or support data), not only keys,
// metadata or filtered security events.
func cohHoldsClientData(s *pas.Record) bool {
	v := s.Get(siteData)
	return v.Contains("production") || v.Contains("backups") || v.Contains("logs") || v.Contains("support")
}

// cohNames joins names for a message: « a », « b » / "a", "b".
func cohNames(names []string) pas.Text {
	fr := make([]string, len(names))
	en := make([]string, len(names))
	for i, n := range names {
		fr[i], en[i] = "« "+n+" »", `"`+n+`"`
	}
	return t(strings.Join(fr, ", "), strings.Join(en, ", "))
}

// cohLabels joins the labels of options of a field, lower-cased for use
// inside a sentence.
func cohLabels(f *pas.Field, values []string) pas.Text { return dcOptionLabels(f, values) }

// everyText writes a frequency inside a sentence: "tous les 3 mois",
// "every 3 months".
func everyText(d pas.Duration) pas.Text { return gdprLower(both(d.FormatEvery)) }

// cohWorstCase returns the longest calendar time a delay can take: a
// business day counts from a Friday evening to the next Monday evening,
// so N business days may span N days plus two days per started week, and
// a French public holiday may add one more. Other units are unchanged.
func cohWorstCase(d pas.Duration) pas.Duration {
	if d.U != pas.BusinessDay {
		return d
	}
	weeks := (d.N + 4) / 5
	return pas.Days(d.N + 2*weeks + 1)
}

// cohAdd adds durations in the finest unit they share, for messages and
// comparisons: hours when one is under a day, days otherwise.
func cohAdd(ds ...pas.Duration) pas.Duration {
	var min int64
	hours := false
	for _, d := range ds {
		min += d.Minutes()
		if d.U == pas.Minute || d.U == pas.Hour {
			hours = true
		}
	}
	if hours {
		return pas.Hours(int((min + 59) / 60))
	}
	return pas.Days(int((min + 1439) / 1440))
}

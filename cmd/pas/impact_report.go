package main

import (
	"fmt"
	"strings"

	"github.com/pas-editor/pas/pas"
)

// statusText says in a few words what a library change does to a plan.
func (r *impacted) statusText() pas.Text {
	var parts []pas.Text
	switch {
	case r.err != nil:
		return pas.T("ne se charge pas", "does not load")
	case !r.broken.IsZero():
		return pas.T("ne se charge plus avec la bibliothèque", "no longer loads with the library")
	case r.fixed:
		parts = append(parts, pas.T("se charge de nouveau", "loads again"))
	}
	if r.document {
		parts = append(parts, pas.T("document modifié", "document changes"))
	}
	if r.reissue {
		parts = append(parts, pas.T("à réémettre (figé)", "to re-issue (frozen)"))
	}
	if len(r.added)+len(r.removed) > 0 {
		parts = append(parts, pas.T("constats modifiés", "findings change"))
	}
	if len(parts) == 0 {
		return pas.T("inchangé", "unchanged")
	}
	return pas.T(joinTexts(parts, pas.FR, ", "), joinTexts(parts, pas.EN, ", "))
}

func joinTexts(ts []pas.Text, l pas.Lang, sep string) string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.In(l)
	}
	return strings.Join(out, sep)
}

// libChange is one line of why: an item of the library and what changed.
type libChange struct {
	Path   string       `json:"path"`
	Kind   string       `json:"kind"` // changed, added or removed
	Fields []fieldValue `json:"fields,omitempty"`
}

type fieldValue struct {
	Field  string `json:"field"`
	Before string `json:"before"`
	After  string `json:"after"`
}

// changeLines describes library changes, values written for a reader.
func libChanges(p *pas.Plan, cs []pas.FactsChange, l pas.Lang) []libChange {
	var out []libChange
	for _, c := range cs {
		line := libChange{Path: "texts[" + c.ID + "]", Kind: "changed"}
		if c.List != nil {
			line.Path = c.List.Path + "[" + c.ID + "]"
		}
		switch {
		case c.Added:
			line.Kind = "added"
		case c.Removed:
			line.Kind = "removed"
		}
		for _, f := range c.Fields {
			line.Fields = append(line.Fields, fieldValue{Field: f.ID,
				Before: pas.DescribeValue(p, f, c.Before.Get(f), l), After: pas.DescribeValue(p, f, c.After.Get(f), l)})
		}
		out = append(out, line)
	}
	return out
}

func (c libChange) text(l pas.Lang) []string {
	switch c.Kind {
	case "added":
		return []string{c.Path + pas.T(" : ajouté à la bibliothèque", ": added to the library").In(l)}
	case "removed":
		return []string{c.Path + pas.T(" : retiré de la bibliothèque", ": removed from the library").In(l)}
	}
	if len(c.Fields) == 0 {
		return []string{c.Path + pas.T(" : modifié", ": changed").In(l)}
	}
	var out []string
	for _, f := range c.Fields {
		out = append(out, c.Path+"."+f.Field+pas.Colon(l)+orDash(f.Before)+" → "+orDash(f.After))
	}
	return out
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

func (a *app) impactText(rs []*impacted, skipped int, rev string) string {
	l := a.lang
	var b strings.Builder
	notes := map[string]bool{}
	var counts struct{ affected, document, reissue, findings, broken int }
	for _, r := range rs {
		if !r.noPrior.IsZero() && !notes[r.noPrior.In(l)] {
			notes[r.noPrior.In(l)] = true
			b.WriteString(pas.Textf("Note : %s ; seuls les plans figés sont comparés (à ce qu'ils ont épinglé).", "Note: %s; only frozen plans are compared (with what they pinned).", r.noPrior).In(l) + "\n\n")
		}
		switch {
		case r.err != nil || !r.broken.IsZero():
			counts.broken++
		case r.document:
			counts.document++
		}
		if r.reissue {
			counts.reissue++
		}
		if len(r.added)+len(r.removed) > 0 {
			counts.findings++
		}
		if !r.affected() {
			continue
		}
		counts.affected++
		fmt.Fprintf(&b, "%s — %s\n", pas.Sanitize(r.path), r.statusText().In(l))
		if r.err != nil {
			b.WriteString(indent(pas.Sanitize(loadText(r.err).In(l))))
			continue
		}
		if !r.broken.IsZero() {
			b.WriteString(indent(pas.Sanitize(r.broken.In(l))))
			continue
		}
		for _, c := range append(append([]libChange(nil), r.changes...), r.commitments...) {
			for _, line := range c.text(l) {
				b.WriteString("    " + pas.Sanitize(line) + "\n")
			}
		}
		for _, f := range r.added {
			fmt.Fprintf(&b, "    + %s %s %s:%d  %s\n", f.Severity.Text().In(l), f.Rule, f.Path, f.Pos.Line, pas.Sanitize(f.Message.In(l)))
		}
		for _, f := range r.removed {
			fmt.Fprintf(&b, "    − %s %s %s:%d  %s\n", f.Severity.Text().In(l), f.Rule, f.Path, f.Pos.Line, pas.Sanitize(f.Message.In(l)))
		}
	}
	if counts.affected > 0 {
		b.WriteByte('\n')
	}
	b.WriteString(pas.Textf("%s, comparée à %s : %s (%d au document modifié, %d à réémettre, %d aux constats modifiés, %s) ; %s.",
		"%s, compared with %s: %s (%d with a changed document, %d to re-issue, %d with changed findings, %s); %s.",
		pas.Count(len(rs), "plan avec une bibliothèque de faits", "plans avec une bibliothèque de faits", "plan with a facts library", "plans with a facts library"),
		rev, pas.Count(counts.affected, "touché", "touchés", "affected", "affected"), counts.document, counts.reissue, counts.findings,
		pas.Count(counts.broken, "qui ne se charge pas", "qui ne se chargent pas", "that does not load", "that do not load"),
		pas.Count(skipped, "plan sans cette bibliothèque", "plans sans cette bibliothèque", "plan without this library", "plans without this library")).In(l) + "\n")
	return b.String()
}

func indent(s string) string {
	var b strings.Builder
	for _, line := range strings.Split(strings.TrimRight(s, "\n"), "\n") {
		b.WriteString("    " + line + "\n")
	}
	return b.String()
}

type jsonImpact struct {
	Since   string           `json:"since"`
	AsOf    string           `json:"as_of"`
	Summary map[string]int   `json:"summary"`
	Plans   []jsonImpactPlan `json:"plans"`
}

type jsonImpactPlan struct {
	File            string        `json:"file"`
	Library         string        `json:"library,omitempty"`
	Frozen          bool          `json:"frozen"`
	Affected        bool          `json:"affected"`
	DocumentChanges bool          `json:"document_changes"`
	ToReissue       bool          `json:"to_reissue"`
	FindingsChange  bool          `json:"findings_change"`
	Error           string        `json:"error,omitempty"`
	NoLongerLoads   string        `json:"no_longer_loads,omitempty"`
	NotCompared     string        `json:"not_compared,omitempty"`
	Changes         []libChange   `json:"changes"`
	Commitments     []libChange   `json:"commitments"`
	FindingsAdded   []jsonFinding `json:"findings_added"`
	FindingsRemoved []jsonFinding `json:"findings_removed"`
}

func (a *app) impactJSON(rs []*impacted, skipped int, rev string, today pas.Date) []byte {
	l := a.lang
	out := jsonImpact{Since: rev, AsOf: today.String(), Plans: []jsonImpactPlan{},
		Summary: map[string]int{"plans": len(rs), "affected": 0, "document_changes": 0, "to_reissue": 0, "findings_change": 0, "not_loaded": 0, "without_library": skipped}}
	for _, r := range rs {
		jp := jsonImpactPlan{File: r.path, Library: r.lib, Frozen: r.frozen, Affected: r.affected(), DocumentChanges: r.document, ToReissue: r.reissue,
			FindingsChange: len(r.added)+len(r.removed) > 0, NotCompared: r.noPrior.In(l),
			Changes: []libChange{}, Commitments: []libChange{}, FindingsAdded: []jsonFinding{}, FindingsRemoved: []jsonFinding{}}
		switch {
		case r.err != nil:
			jp.Error = loadText(r.err).In(l)
			out.Summary["not_loaded"]++
		case !r.broken.IsZero():
			jp.NoLongerLoads = r.broken.In(l)
			out.Summary["not_loaded"]++
		default:
			jp.Changes = append(jp.Changes, r.changes...)
			jp.Commitments = append(jp.Commitments, r.commitments...)
			for _, f := range r.added {
				jp.FindingsAdded = append(jp.FindingsAdded, jsonOf(l, f))
			}
			for _, f := range r.removed {
				jp.FindingsRemoved = append(jp.FindingsRemoved, jsonOf(l, f))
			}
		}
		for k, on := range map[string]bool{"affected": jp.Affected, "document_changes": jp.DocumentChanges, "to_reissue": jp.ToReissue, "findings_change": jp.FindingsChange} {
			if on {
				out.Summary[k]++
			}
		}
		out.Plans = append(out.Plans, jp)
	}
	return marshal(out)
}

package pas

import (
	"sort"
	"strings"
)

// Severity ranks findings.
type Severity uint8

// Severities, from the mildest.
const (
	Info    Severity = iota + 1 // advice
	Warning                     // deviation from a reference practice; needs a justification
	Error                       // legal or contractual non-compliance, or a contradiction
)

var severityNames = map[Severity]string{Info: "info", Warning: "warning", Error: "error"}

// String returns the stable name: info, warning, error.
func (s Severity) String() string { return severityNames[s] }

// Text returns the localised name.
func (s Severity) Text() Text {
	switch s {
	case Error:
		return T("erreur", "error")
	case Warning:
		return T("avertissement", "warning")
	}
	return T("info", "info")
}

// ParseSeverity reads info, warning or error.
func ParseSeverity(s string) (Severity, bool) {
	for k, n := range severityNames {
		if n == s {
			return k, true
		}
	}
	return 0, false
}

// Finding is one problem a rule found in a plan.
type Finding struct {
	Rule     string
	Severity Severity
	Section  string // section ID
	Path     string // "access.mfa_required_for", "raci.activities[a01].assign"
	Record   string // record id, when the finding is about a record
	Pos      Pos    // position of the offending value in plan.yaml
	Message  Text
	Waiver   *Waiver // the waiver that accepts it, if any
	// File is the file Pos is in when it is not the plan but a file the
	// plan names (the buyer's grid, plan.grid.yaml); "" for the plan.
	File string

	field   *Field  // the field reported, when there is one
	rec     *Record // its record, for record fields
	missing bool    // the finding reports something expected but absent
}

// IsMissing reports whether the finding is about something expected but
// absent (a missing value or entry), as opposed to a wrong one.
func (f Finding) IsMissing() bool { return f.missing }

// Waived reports whether a waiver accepts the finding.
func (f Finding) Waived() bool { return f.Waiver != nil }

// Rule is one check a client's security officer applies.
type Rule struct {
	ID       string // stable: RACI-01, LOC-06…
	Severity Severity
	Section  string // section ID; empty for rules across the plan
	// Also lists the other sections its findings may appear in, for rules
	// that compare chapters: it is listed under each.
	Also      []string
	Title     Text
	Rationale Text
	Source    string // where the rule comes from
	// Varies says when the severity differs from Severity ("erreur si C ≥ 3").
	Varies   Text
	NoWaiver bool // findings of this rule cannot be waived
	// Presence lists the required fields whose absence this rule reports
	// itself, with its own severity; the generic missing-item rule then
	// leaves them alone.
	Presence []*Field
	// RollUp marks a rule whose findings each stand for a whole chapter
	// left blank: the other findings that report something missing in
	// that chapter are then dropped, so that an absent chapter yields one
	// finding rather than one per question.
	RollUp bool
	Check  func(c *Check)
}

// Chapters returns the sections a rule's findings may appear in: its own,
// then the others it reports in; nil for a rule across the plan.
func (r *Rule) Chapters() []string {
	if r.Section == "" {
		return nil
	}
	return append([]string{r.Section}, r.Also...)
}

// Check is what a rule receives: the plan, the date of the run, and the
// means to report findings.
type Check struct {
	Plan  *Plan
	Today Date
	rule  *Rule
	out   []Finding
	memo  map[string]any
}

// Memo returns the value computed once per run under key: rules that
// need the same costly view of the plan (every free text, say) share it.
func (c *Check) Memo(key string, compute func() any) any {
	if v, ok := c.memo[key]; ok {
		return v
	}
	v := compute()
	c.memo[key] = v
	return v
}

// Report records a finding of the rule's severity about a field; rec is
// the record for record fields (nil otherwise); f may be nil for a finding
// about a whole record or section.
func (c *Check) Report(f *Field, rec *Record, msg Text) {
	c.ReportAs(c.rule.Severity, f, rec, msg)
}

// ReportAs records a finding with an explicit severity, for rules whose
// severity depends on the plan.
func (c *Check) ReportAs(sev Severity, f *Field, rec *Record, msg Text) {
	fd := Finding{Rule: c.rule.ID, Severity: sev, Section: c.rule.Section, Message: msg, field: f, rec: rec}
	if f != nil {
		fd.Section = f.Section.ID
	}
	fd.Path, fd.Pos = c.Plan.locate(f, rec, fd.Section)
	if rec != nil {
		fd.Record = rec.ID
	}
	c.out = append(c.out, fd)
}

// Missing records a finding of the rule's severity that reports
// something expected but absent (a value, a list entry, a commitment).
// While the plan is a draft, such errors are lowered to warnings: a gap is
// work in progress.
func (c *Check) Missing(f *Field, rec *Record, msg Text) {
	c.Report(f, rec, msg)
	c.out[len(c.out)-1].missing = true
}

// MissingSection records a finding of the rule's severity that reports a
// whole section missing, at the section's key or, when the plan has none,
// at the top of the file.
func (c *Check) MissingSection(s *Section, msg Text) {
	path, pos := c.Plan.locate(nil, nil, s.ID)
	c.out = append(c.out, Finding{Rule: c.rule.ID, Severity: c.rule.Severity, Section: s.ID, Path: path, Pos: pos, Message: msg, missing: true})
}

// ReportAt records a finding about a section at an explicit position.
func (c *Check) ReportAt(s *Section, pos Pos, msg Text) {
	c.out = append(c.out, Finding{Rule: c.rule.ID, Severity: c.rule.Severity, Section: s.ID, Path: s.ID, Pos: pos, Message: msg})
}

// ReportPath records a finding about a part of the plan that is no field
// (its baseline, a merge conflict), named by its path, at a position. The
// finding belongs to the section the path starts with, if any.
func (c *Check) ReportPath(path string, pos Pos, msg Text) {
	section := path
	if i := strings.IndexAny(path, ".["); i >= 0 {
		section = path[:i]
	}
	if c.Plan.Cat.Section(section) == nil {
		section = ""
	}
	if pos == (Pos{}) {
		pos = Pos{1, 1}
	}
	c.out = append(c.out, Finding{Rule: c.rule.ID, Severity: c.rule.Severity, Section: section, Path: path, Pos: pos, Message: msg})
}

// locate returns the path and YAML position of a field, record or section.
func (p *Plan) locate(f *Field, rec *Record, section string) (string, Pos) {
	var path string
	var pos Pos
	switch {
	case rec != nil && f != nil && f.List != nil:
		path = f.List.Path + "[" + rec.ID + "]." + f.ID
		pos = rec.Pos
		if v := rec.Values[f.ID]; v != nil {
			pos = v.Pos
		}
	case rec != nil && f != nil: // a list field, about one of its records
		path, pos = f.Path+"["+rec.ID+"]", rec.Pos
	case f != nil && f.Kind == KList:
		path = f.Path
		if d := p.Sections[f.Section.ID]; d != nil && d.Lists[f.ID] != nil {
			pos = d.Lists[f.ID].Pos
		}
	case f != nil:
		path = f.Path
		if v := p.Get(f); v != nil {
			pos = v.Pos
		}
	default:
		path = section
	}
	if pos == (Pos{}) {
		if d := p.Sections[section]; d != nil {
			pos = d.Pos
		}
	}
	if pos == (Pos{}) {
		pos = Pos{1, 1} // the section is absent: point at the top of the file
	}
	return path, pos
}

// Policy returns the plan's value for a policy threshold, else its default.
func (c *Check) Policy(id string) *Value { return c.Plan.PolicyValue(id) }

// Active reports whether a field is switched on for this plan and record.
func (c *Check) Active(f *Field, rec *Record) bool { return c.Plan.Active(f, rec) }

// RunChecks runs every rule of the catalogue whose section applies,
// applies the plan's waivers as of today, and returns the findings sorted
// by section order, YAML line and rule id.
func RunChecks(p *Plan, today Date) []Finding {
	var out []Finding
	memo := map[string]any{}
	for _, r := range p.Cat.Rules {
		if s := p.Cat.Section(r.Section); s != nil && !p.Applicable(s) {
			continue
		}
		c := &Check{Plan: p, Today: today, rule: r, memo: memo}
		r.Check(c)
		out = append(out, c.out...)
	}
	markMissing(p, out)
	out = rollUp(p.Cat, out)
	if p.Cat.Draft != nil && p.Cat.Draft(p) {
		capMissing(out)
	}
	applyWaivers(p, out, today)
	sortFindings(p.Cat, out)
	return out
}

// markMissing flags the findings about an unset value whose presence
// their rule owns, as if reported with Missing.
func markMissing(p *Plan, fs []Finding) {
	for i := range fs {
		f := &fs[i]
		if f.missing || f.field == nil || !p.Cat.ownsPresence(f.Rule, f.field) {
			continue
		}
		v := p.Get(f.field)
		if f.field.List != nil {
			v = f.rec.Get(f.field)
		}
		f.missing = !v.IsSet()
	}
}

// rollUp drops the findings that report something missing in a section
// for which a roll-up rule reported the whole section missing.
func rollUp(cat *Catalogue, fs []Finding) []Finding {
	blank := map[string]bool{}
	for _, f := range fs {
		if r := cat.Rule(f.Rule); r != nil && r.RollUp {
			blank[f.Section] = true
		}
	}
	if len(blank) == 0 {
		return fs
	}
	out := fs[:0]
	for _, f := range fs {
		if r := cat.Rule(f.Rule); blank[f.Section] && f.missing && (r == nil || !r.RollUp) {
			continue
		}
		out = append(out, f)
	}
	return out
}

// capMissing lowers to warnings the errors that report something missing:
// in a draft, a gap is work in progress.
func capMissing(fs []Finding) {
	for i := range fs {
		if fs[i].missing && fs[i].Severity == Error {
			fs[i].Severity = Warning
		}
	}
}

func applyWaivers(p *Plan, fs []Finding, today Date) {
	for i := range fs {
		r := p.Cat.Rule(fs[i].Rule)
		if r == nil || r.NoWaiver {
			continue
		}
		for _, w := range p.Waivers {
			if w.Rule == fs[i].Rule && w.Covers(fs[i]) && w.InForce(today) {
				fs[i].Waiver = w
				break
			}
		}
	}
}

// Covers reports whether the waiver's item designates the finding.
func (w *Waiver) Covers(f Finding) bool {
	return w.Item == "" || w.Item == f.Record || w.Item == f.Path || strings.HasPrefix(f.Path, w.Item+"[") || strings.HasPrefix(f.Path, w.Item+".")
}

// InForce reports whether the waiver applies on the given day.
func (w *Waiver) InForce(today Date) bool {
	return w.Expires.IsZero() || !w.Expires.Before(today)
}

func sortFindings(cat *Catalogue, fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if sa, sb := cat.SectionIndex(a.Section), cat.SectionIndex(b.Section); sa != sb {
			return sa < sb
		}
		if a.Pos.Line != b.Pos.Line {
			return a.Pos.Line < b.Pos.Line
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		return a.Message.EN < b.Message.EN
	})
}

// Worst returns the highest severity among findings not waived (0 if none).
func Worst(fs []Finding) Severity {
	var w Severity
	for _, f := range fs {
		if !f.Waived() && f.Severity > w {
			w = f.Severity
		}
	}
	return w
}

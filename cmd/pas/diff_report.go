package main

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pas-editor/pas/pas"
)

// diffText writes the changes by chapter, one line each, then a summary.
func diffText(l pas.Lang, d *pas.Diff) string {
	var b strings.Builder
	nums := pas.ChapterNumbers(d.B.Cat)
	section := "\x00"
	for _, c := range d.Changes {
		id := ""
		if c.Section != nil {
			id = c.Section.ID
		}
		if id != section {
			if section != "\x00" {
				b.WriteByte('\n')
			}
			section = id
			b.WriteString(sectionHeading(l, d.B.Cat, nums, id) + "\n")
		}
		b.WriteString("  " + changeLine(l, d, c) + "\n")
	}
	b.WriteString("\n" + diffSummary(l, d) + "\n")
	return b.String()
}

// changeLine writes one change: a marker (+ added, - removed, ~ changed,
// ! applicability), what changed, before → after, and its class.
func changeLine(l pas.Lang, d *pas.Diff, c pas.Change) string {
	colon := pas.Colon(l)
	before, after := short(d.Before(c, l)), short(d.After(c, l))
	var line string
	switch c.Kind {
	case pas.RecordAdded, pas.WaiverAdded:
		line = "+ " + d.Where(c, l)
		if c.Kind == pas.WaiverAdded {
			line += colon + after
		}
	case pas.RecordRemoved, pas.WaiverRemoved:
		line = "- " + d.Where(c, l)
	case pas.MarkedNA:
		line = "! " + pas.T("Marqué non applicable", "Marked not applicable").In(l) + colon + after
	case pas.UnmarkedNA:
		line = "! " + pas.T("N'est plus marqué non applicable", "No longer marked not applicable").In(l)
	case pas.StopsApplying:
		line = "! " + pas.T("Ne s'applique plus", "No longer applies").In(l) + colon + c.Reason.In(l)
	case pas.StartsApplying:
		line = "! " + pas.T("S'applique désormais", "Now applies").In(l)
	case pas.NotesChanged:
		line = "~ " + pas.T("Notes internes modifiées", "Internal notes changed").In(l)
	default:
		line = "~ " + d.Where(c, l) + colon + orNothing(before) + " → " + orNothing(after)
	}
	if c.Class != pas.Unclassed {
		line += "  [" + c.Class.Text().In(l) + "]"
	}
	return line
}

func orNothing(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// short folds a value on one line (keeping non-breaking spaces) and cuts
// it at 80 characters.
func short(s string) string {
	s = strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) && r != '\u00a0' && r != '\u202f'
	}), " ")
	if utf8.RuneCountInString(s) <= 80 {
		return s
	}
	return string([]rune(s)[:79]) + "…"
}

func diffSummary(l pas.Lang, d *pas.Diff) string {
	n := d.Counts()
	return pas.Textf("%s : %s, %s, %s, %s.", "%s: %s, %s, %s, %s.",
		pas.Count(len(d.Changes), "changement", "changements", "change", "changes"),
		pas.Count(n[pas.Stricter], "plus strict", "plus stricts", "stricter", "stricter"),
		pas.Count(n[pas.Weaker], "moins strict", "moins stricts", "weaker", "weaker"),
		pas.Count(n[pas.OutsideRange], "hors de la plage admise", "hors de la plage admise", "outside the allowed range", "outside the allowed range"),
		pas.Count(n[pas.Incomparable], "non comparable", "non comparables", "incomparable", "incomparable")).In(l)
}

// jsonChange is one change in the stable JSON format (docs/diff-json.md).
type jsonChange struct {
	Kind         string `json:"kind"`
	Section      string `json:"section,omitempty"`
	SectionTitle string `json:"section_title,omitempty"`
	Path         string `json:"path"`
	Record       string `json:"record,omitempty"`
	Party        string `json:"party,omitempty"`
	Label        string `json:"label"`
	Before       string `json:"before"`
	After        string `json:"after"`
	BeforeState  string `json:"before_state,omitempty"`
	AfterState   string `json:"after_state,omitempty"`
	Class        string `json:"class,omitempty"`
}

type jsonDiff struct {
	A       string         `json:"a"`
	B       string         `json:"b"`
	Lang    string         `json:"lang"`
	Summary map[string]int `json:"summary"`
	Changes []jsonChange   `json:"changes"`
}

func diffJSON(l pas.Lang, d *pas.Diff, nameA, nameB string) []byte {
	n := d.Counts()
	out := jsonDiff{A: nameA, B: nameB, Lang: string(l), Changes: []jsonChange{},
		Summary: map[string]int{"changes": len(d.Changes), "stricter": n[pas.Stricter], "weaker": n[pas.Weaker],
			"outside_range": n[pas.OutsideRange], "incomparable": n[pas.Incomparable]}}
	for _, c := range d.Changes {
		jc := jsonChange{Kind: c.Kind.String(), Path: c.Path, Record: c.Record, Party: c.Party, Label: d.Where(c, l),
			Before: d.Before(c, l), After: d.After(c, l), Class: c.Class.String()}
		if c.Section != nil {
			jc.Section, jc.SectionTitle = c.Section.ID, c.Section.Title.In(l)
		}
		if c.Kind == pas.ValueChanged {
			jc.BeforeState, jc.AfterState = stateName(c.Old), stateName(c.New)
		}
		out.Changes = append(out.Changes, jc)
	}
	return marshal(out)
}

// stateName returns a value's state, "" when nothing is given.
func stateName(v *pas.Value) string {
	if v.Missing() {
		return ""
	}
	return v.StateOf().String()
}

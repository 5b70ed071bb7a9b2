package main

import (
	"sort"
	"strconv"
	"strings"

	"github.com/pas-editor/pas/pas"
)

// textconv writes a plan as stable lines for git's textconv, so that git
// diff and pull requests show values rather than YAML layout. A file that
// does not load (conflict markers, a syntax error) is written as it is:
// textconv never fails a diff.
func (a *app) textconv(path string) error {
	data, err := pas.ReadRegularFile(path, pas.MaxPlanSize)
	if err != nil {
		return err
	}
	p, err := pas.Decode(data, path, a.cat)
	if err != nil {
		_, err = a.stdout.Write([]byte(pas.Sanitize(string(data))))
		return err
	}
	l := p.Lang
	if a.langSet || l == "" {
		l = a.lang
	}
	_, err = a.stdout.Write([]byte(pas.Sanitize(planLines(p, l))))
	return err
}

// planLines writes one line per value: "path = value as read", a value
// to confirm or an open question with its question, owner and due date;
// a RACI row one line per party; several lines of text one line each.
// Chapters start with "## N. Title" (git's hunk headers can show them),
// records with a line naming them. Record order is the file's.
func planLines(p *pas.Plan, l pas.Lang) string {
	w := &lineWriter{p: p, l: l}
	w.line("lang", string(p.Lang))
	if b := p.Baseline; b != nil {
		w.line("baseline", b.Path+" (sha256 "+b.SHA256+")")
	}
	if f := p.Facts; f != nil {
		w.line("facts", f.Path)
		if f.Frozen != nil {
			w.line("frozen", "sha256 "+f.Frozen.SHA256)
		}
	}
	nums := pas.ChapterNumbers(p.Cat)
	for _, s := range p.Cat.Sections {
		d := p.Data(s.ID)
		if d == nil {
			continue
		}
		title := s.Title.In(l)
		if n := nums[s.ID]; n > 0 {
			title = strconv.Itoa(n) + ". " + title
		}
		w.b.WriteString("\n## " + title + "\n")
		if d.NA != nil {
			w.text(s.ID+".not_applicable", d.NA.Justification)
		}
		for _, f := range s.Fields {
			if f.Kind == pas.KList {
				w.records(f)
				continue
			}
			w.value(f, f.Path, d.Values[f.ID])
		}
		w.text(s.ID+".notes", d.Notes)
	}
	w.extras()
	return w.b.String()
}

type lineWriter struct {
	p *pas.Plan
	l pas.Lang
	b strings.Builder
}

func (w *lineWriter) line(path, value string) {
	w.b.WriteString(path + " = " + value + "\n")
}

// text writes free text, one line of the file per line of the text.
func (w *lineWriter) text(path, s string) {
	if s == "" {
		return
	}
	for i, line := range strings.Split(s, "\n") {
		if i == 0 {
			w.line(path, line)
		} else {
			w.b.WriteString(strings.TrimRight(path+" + "+line, " ") + "\n")
		}
	}
}

func (w *lineWriter) value(f *pas.Field, path string, v *pas.Value) {
	if v.Missing() {
		return
	}
	if f.Kind == pas.KRACI && v.IsSet() {
		if v.Pending() {
			w.line(path, "("+pas.DescribeValue(w.p, f, &pas.Value{State: v.State, Question: v.Question, Owner: v.Owner, Due: v.Due}, w.l)+")")
		}
		for _, party := range raciParties(w.p, f, v.RACI) {
			w.line(path+"["+party+"]", strings.Join(strings.Split(v.RACI[party], ""), ", "))
		}
		return
	}
	if f.Kind == pas.KLongText && v.IsSet() && v.State == pas.Committed {
		w.text(path, v.Str)
		return
	}
	w.line(path, pas.DescribeValue(w.p, f, v, w.l))
}

// raciParties lists a RACI row's parties in the order of the party list,
// then the unknown ones.
func raciParties(p *pas.Plan, f *pas.Field, m map[string]string) []string {
	var out []string
	seen := map[string]bool{}
	for _, r := range p.Records(p.Cat.Field(f.Ref)) {
		if _, ok := m[r.ID]; ok {
			out, seen[r.ID] = append(out, r.ID), true
		}
	}
	var rest []string
	for k := range m {
		if !seen[k] {
			rest = append(rest, k)
		}
	}
	sort.Strings(rest)
	return append(out, rest...)
}

func (w *lineWriter) records(list *pas.Field) {
	for _, r := range w.p.Records(list) {
		base := list.Path + "[" + r.ID + "]"
		if r.FromLibrary() { // taken from the library: its own values follow
			w.line(base, "use "+r.Facts.Use)
			for _, rf := range list.Fields {
				if r.Facts.Unset[rf.ID] {
					w.line(base+"."+rf.ID, "null")
				}
				w.value(rf, base+"."+rf.ID, r.Get(rf))
			}
			continue
		}
		w.line(base, pas.Quote(r.NameIn(list, w.l), w.l))
		for _, rf := range list.Fields {
			w.value(rf, base+"."+rf.ID, r.Get(rf))
		}
	}
}

// extras writes the policy thresholds, the waivers and the conflicts.
func (w *lineWriter) extras() {
	if len(w.p.Policy) > 0 {
		w.b.WriteString("\n## " + pas.T("Seuils de la politique", "Policy thresholds").In(w.l) + "\n")
		for _, f := range w.p.Cat.Policy {
			w.value(f, f.Path, w.p.Policy[f.ID])
		}
	}
	if len(w.p.Waivers) > 0 {
		w.b.WriteString("\n## " + pas.T("Dérogations", "Waivers").In(w.l) + "\n")
		for _, wv := range w.p.Waivers {
			w.line(pas.WaiverPath(wv), pas.WaiverText(wv, w.l))
		}
	}
	if len(w.p.Conflicts) > 0 {
		w.b.WriteString("\n## " + pas.T("Conflits de fusion", "Merge conflicts").In(w.l) + "\n")
		for _, c := range w.p.Conflicts {
			w.line("conflicts["+c.Path+"]", c.Versions().In(w.l))
		}
	}
}

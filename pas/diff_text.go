package pas

import (
	"strings"
)

// Where names what a change is about, in plain text: a field with its
// group ("Comité de sécurité — Fréquence"), a record's field ("Sites
// « DC Paris » — Pays"), a RACI cell, a record, a chapter's mark or
// notes, a threshold, a waiver.
func (d *Diff) Where(c Change, l Lang) string {
	switch c.Kind {
	case MarkedNA, UnmarkedNA, ReasonChanged:
		return T("Chapitre non applicable", "Chapter not applicable").In(l)
	case StopsApplying, StartsApplying:
		return T("Application du chapitre", "Whether the chapter applies").In(l)
	case NotesChanged:
		return T("Notes internes", "Internal notes").In(l)
	case LangChanged:
		return T("Langue du plan", "Language of the plan").In(l)
	case WaiverAdded, WaiverRemoved, WaiverChanged:
		w := c.NewWaiver
		if w == nil {
			w = c.OldWaiver
		}
		where := T("Dérogation ", "Waiver ").In(l) + w.Rule
		if w.Item != "" {
			where += " (" + w.Item + ")"
		}
		return where
	case RecordAdded, RecordRemoved:
		return c.Field.Label.In(l) + " " + d.recordName(c, c.Field, l)
	}
	label := FieldLabel(c.Field, l)
	if c.Field.List != nil {
		label = c.Field.List.Label.In(l) + " " + d.recordName(c, c.Field.List, l) + " — " + c.Field.Label.In(l)
	}
	if c.Kind == CellChanged {
		label += " — " + refName(d.B, c.Field, c.Party, l)
	}
	if c.Field.Section == nil { // a policy threshold
		label = T("Seuil de la politique — ", "Policy threshold — ").In(l) + label
	}
	return label
}

// FieldLabel returns a field's label after the title of its group, when
// it has one: "Comité de sécurité — Fréquence".
func FieldLabel(f *Field, l Lang) string {
	if f.Section != nil && f.List == nil {
		if g := f.Section.GroupTitle(f.Group()); !g.IsZero() {
			return g.In(l) + " — " + f.Label.In(l)
		}
	}
	return f.Label.In(l)
}

// recordName quotes the name of the change's record in plan B, or in
// plan A when B no longer holds it: « DC Paris » (dc-1).
func (d *Diff) recordName(c Change, list *Field, l Lang) string {
	r := d.B.Record(list, c.Record)
	if r == nil {
		r = d.A.Record(list, c.Record)
	}
	name := c.Record
	if r != nil {
		name = r.NameIn(list, l)
	}
	q := Quote(name, l)
	if name != c.Record {
		q += " (" + c.Record + ")"
	}
	return q
}

// Quote puts text between the language's quotation marks: « » with
// non-breaking spaces in French, “ ” in English.
func Quote(s string, l Lang) string {
	if l == FR {
		return "«\u00a0" + s + "\u00a0»"
	}
	return "“" + s + "”"
}

// Before returns what plan A held, as a reader reads it; "" for nothing.
func (d *Diff) Before(c Change, l Lang) string { return d.side(c, l, true) }

// After returns what plan B holds, as a reader reads it; "" for nothing.
func (d *Diff) After(c Change, l Lang) string { return d.side(c, l, false) }

const nothing = ""

func (d *Diff) side(c Change, l Lang, before bool) string {
	p, v, text, rec, w := d.B, c.New, c.NewText, c.NewRec, c.NewWaiver
	if before {
		p, v, text, rec, w = d.A, c.Old, c.OldText, c.OldRec, c.OldWaiver
	}
	switch c.Kind {
	case ValueChanged:
		return valueText(p, c.Field, v, l, sameGiven(c.Old, c.New))
	case CellChanged:
		if text == "" {
			return nothing
		}
		return strings.Join(strings.Split(text, ""), ", ")
	case RecordAdded, RecordRemoved:
		if rec == nil {
			return nothing
		}
		return T("présent", "present").In(l)
	case StopsApplying, StartsApplying:
		applies := (c.Kind == StopsApplying) == before
		if applies {
			return T("s'applique", "applies").In(l)
		}
		return T("ne s'applique pas", "does not apply").In(l) + " (" + c.Reason.In(l) + ")"
	case WaiverAdded, WaiverRemoved, WaiverChanged:
		if w == nil {
			return nothing
		}
		return WaiverText(w, l)
	case LangChanged:
		if text == string(FR) {
			return "français"
		}
		return "English"
	}
	if text == "" {
		return nothing
	}
	return text
}

// sameGiven reports whether two values hold the same data and state,
// differing only in their question, owner, due date or for-client mark.
func sameGiven(a, b *Value) bool {
	if a == nil || b == nil {
		return false
	}
	x, y := *a, *b
	x.Question, x.Owner, x.Due, x.ForClient, x.Pos = "", "", Date{}, false, Pos{}
	y.Question, y.Owner, y.Due, y.ForClient, y.Pos = "", "", Date{}, false, Pos{}
	return x.Equal(&y)
}

// DescribeValue writes a value as a reader reads it, with its state and,
// for a value to confirm or an open question, the question, owner and due
// date: "4 h (à confirmer : valider avec l'hébergeur)". "" for no value.
func DescribeValue(p *Plan, f *Field, v *Value, l Lang) string { return valueText(p, f, v, l, true) }

// valueText writes a value with its state: "4 h (à confirmer)"; with
// details, whether its question reaches the client, then the question,
// owner and due date.
func valueText(p *Plan, f *Field, v *Value, l Lang, details bool) string {
	if v.Missing() {
		return nothing
	}
	out := Format(p, f, v, l)
	if out == "" && v.Use != "" { // a standard text of the library, not loaded
		out = Textf("texte type « %s » de la bibliothèque", "library standard text %q", v.Use).In(l)
	}
	if st := v.StateOf(); st != Committed {
		extra := st.Text().In(l)
		if details && v.ForClient {
			extra += T(", question pour le client", ", question for the client").In(l)
		}
		if details {
			extra += pendingDetails(v, l)
		}
		if out == "" {
			return "(" + extra + ")"
		}
		out += " (" + extra + ")"
	}
	return out
}

func pendingDetails(v *Value, l Lang) string {
	var parts []string
	if v.Question != "" {
		parts = append(parts, v.Question)
	}
	if v.Owner != "" {
		parts = append(parts, T("responsable", "owner").In(l)+Colon(l)+v.Owner)
	}
	if !v.Due.IsZero() {
		parts = append(parts, T("échéance", "due").In(l)+Colon(l)+v.Due.Format(l))
	}
	if len(parts) == 0 {
		return ""
	}
	return Colon(l) + strings.Join(parts, Semicolon(l))
}

// WaiverText summarises a waiver: reason, approver, date, expiry.
func WaiverText(w *Waiver, l Lang) string {
	s := Textf("%s (approuvée par %s le %s", "%s (approved by %s on %s", w.Reason, w.Approver, w.Date.Format(l)).In(l)
	if !w.Expires.IsZero() {
		s += Textf(", jusqu'au %s", ", until %s", w.Expires.Format(l)).In(l)
	}
	return s + ")"
}

// Counts returns the number of changes of each class.
func (d *Diff) Counts() map[Class]int {
	out := map[Class]int{}
	for _, c := range d.Changes {
		out[c.Class]++
	}
	return out
}

// Summary sums up a diff in one line, for a version history entry the
// editor proposes when the version is bumped: the first max changes in
// catalogue order ("RPO (PDMA) : 1 h → 24 h ; ajout : Sites « Lyon »"),
// then how many others; a long text is said to have changed, a long
// value is cut. "" when nothing changed.
func (d *Diff) Summary(l Lang, max int) string {
	var parts []string
	for i, c := range d.Changes {
		if i == max {
			others := Textf("%d autres changements", "%d other changes", len(d.Changes)-max)
			if len(d.Changes)-max == 1 {
				others = T("1 autre changement", "1 other change")
			}
			parts = append(parts, others.In(l))
			break
		}
		parts = append(parts, d.summaryPart(c, l))
	}
	return strings.Join(parts, Semicolon(l))
}

func (d *Diff) summaryPart(c Change, l Lang) string {
	switch c.Kind {
	case RecordAdded:
		return T("ajout", "added").In(l) + Colon(l) + d.Where(c, l)
	case RecordRemoved:
		return T("retrait", "removed").In(l) + Colon(l) + d.Where(c, l)
	case MarkedNA, UnmarkedNA, StopsApplying, StartsApplying, NotesChanged, ReasonChanged:
		what := d.Where(c, l)
		if c.Section != nil {
			what = c.Section.Title.In(l) + Colon(l) + lowerFirst(what)
		}
		return what
	case WaiverAdded, WaiverRemoved, WaiverChanged:
		return d.Where(c, l)
	}
	label := d.Where(c, l)
	if c.Field != nil && c.Field.List == nil && c.Kind == ValueChanged {
		label = c.Field.Label.In(l)
	}
	before, after := d.Before(c, l), d.After(c, l)
	if c.Kind == ValueChanged && c.Field.Kind == KLongText { // a line says that it changed, not the texts
		switch {
		case before == "":
			return label + Colon(l) + T("texte ajouté", "text added").In(l)
		case after == "":
			return label + Colon(l) + T("texte retiré", "text removed").In(l)
		}
		return label + Colon(l) + T("texte modifié", "text changed").In(l)
	}
	return label + Colon(l) + orDash(cut(before)) + " → " + orDash(cut(after))
}

// summaryWidth is how much of a value a summary line quotes.
const summaryWidth = 60

// cut shortens a value for a summary line, with an ellipsis.
func cut(s string) string {
	if r := []rune(s); len(r) > summaryWidth {
		return strings.TrimSpace(string(r[:summaryWidth-1])) + "…"
	}
	return s
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

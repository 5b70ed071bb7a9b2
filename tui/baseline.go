package tui

import (
	"fmt"
	"strings"

	"github.com/pas-editor/pas/pas"
)

// A plan made from the company's standard PAS (pas init --from) records
// it as its baseline. The editor reads the standard once, when the plan
// is opened (pas.ReadBaseline: a standard missing or broken is a note,
// never an error); the checks then also compare the plan with it
// (pas.Compare, the code of pas diff), and the form marks with ≠ the
// fields, records and matrix rows that differ. On a marked field, b shows
// the standard's value and puts it back, as one undoable edit; on a
// record, the record as the standard has it; on a list, the standard's
// records the plan removed. The marks are internal: the client view
// shows none.

// devMark marks what differs from the standard PAS, in the column that
// separates a row's state mark from its label.
const devMark = "≠"

// deviations is how the plan differs from its standard PAS, by place.
type deviations struct {
	active    bool                  // the plan has a standard and it loaded
	byPath    map[string]pas.Change // a field's value, a record field's, a record added or removed ("list[id]")
	inside    map[string]int        // changes under a list ("list") or a record ("list[id]")
	bySection map[string]int
	total     int
}

// computeDeviations compares the plan (a snapshot) with its standard.
func computeDeviations(p *pas.Plan) deviations {
	b := p.Baseline
	if b == nil || b.Standard == nil {
		return deviations{}
	}
	dv := deviations{active: true, byPath: map[string]pas.Change{}, inside: map[string]int{}, bySection: map[string]int{}}
	for _, c := range pas.Compare(b.Standard, p).Changes {
		dv.total++
		if c.Section != nil {
			dv.bySection[c.Section.ID]++
		}
		path := c.Path
		if c.Kind == pas.CellChanged { // the cell's field: "list[id].assign"
			path = path[:strings.LastIndexByte(path, '[')]
		}
		if _, seen := dv.byPath[path]; !seen {
			dv.byPath[path] = c
		}
		list := c.Field
		if list != nil && list.List != nil {
			list = list.List
		}
		if c.Record != "" && list != nil {
			dv.inside[list.Path]++
			dv.inside[list.Path+"["+c.Record+"]"]++
		}
	}
	return dv
}

// differs reports whether the value or the records at a path differ from
// the standard.
func (dv deviations) differs(path string) bool {
	_, ok := dv.byPath[path]
	return ok || dv.inside[path] > 0
}

// devColumn is the mark between a row's state mark and its label: ≠ when
// the row differs from the standard PAS (never in the client view), a
// space otherwise.
func devColumn(c *Context, path string) string {
	if !c.Client && c.Stats.devs.differs(path) {
		return devMark
	}
	return " "
}

// hasBaseline reports whether the standard PAS's keys apply here: the
// plan names a standard and the view is not the client's.
func hasBaseline(c *Context) bool { return c.Plan != nil && c.Plan.Baseline != nil && !c.Client }

// standardPlan returns the plan's standard PAS, or flashes why there is
// none to compare with.
func standardPlan(c *Context) *pas.Plan {
	b := c.Plan.Baseline
	switch {
	case b == nil:
		c.flash(c.T("Ce plan n'est pas tiré d'un PAS standard (pas init --from).", "This plan is not made from a standard PAS (pas init --from)."), true)
	case b.Standard == nil:
		c.flash(standardProblem(c, b), true)
	default:
		return b.Standard
	}
	return nil
}

// standardProblem says why the standard PAS cannot be compared with.
func standardProblem(c *Context, b *pas.Baseline) string {
	return fmt.Sprintf(c.T("PAS standard %s illisible : %s", "Standard PAS %s cannot be read: %s"),
		sanitize(pas.Quote(b.Path, c.Lang)), sanitize(b.Problem.In(c.Lang)))
}

// baselineNote is said when the plan is opened: the standard cannot be
// read, or has changed since the copy, or how far the plan is from it.
func baselineNote(c *Context) string {
	b := c.Plan.Baseline
	switch {
	case b == nil:
		return ""
	case b.Standard == nil:
		return standardProblem(c, b) + c.T(" ; les écarts ne sont pas marqués.", "; deviations are not marked.")
	case b.Changed():
		return c.T("PAS standard modifié depuis la copie : les ≠ se rapportent à sa version actuelle.",
			"Standard PAS changed since the copy: ≠ marks compare with its current version.")
	}
	switch n := c.Stats.devs.total; n {
	case 0:
		return c.T("Identique au PAS standard.", "Same as the standard PAS.")
	case 1:
		return c.T("1 écart au PAS standard, marqué ≠ (touche b).", "1 deviation from the standard PAS, marked ≠ (key b).")
	default:
		return fmt.Sprintf(c.T("%d écarts au PAS standard, marqués ≠ (touche b).", "%d deviations from the standard PAS, marked ≠ (key b)."), n)
	}
}

// describe writes a value as a reader reads it, for a dialog: state and
// question included, cut when long, safe for a terminal.
func describe(c *Context, p *pas.Plan, f *pas.Field, v *pas.Value) string {
	s := pas.DescribeValue(p, f, v, c.Lang)
	if s == "" {
		return c.T("(aucune valeur)", "(no value)")
	}
	if r := []rune(s); len(r) > 240 {
		s = string(r[:240]) + "…"
	}
	return sanitize(s)
}

// classLine says how this plan's value compares with the standard's for
// the client, from the field's declared direction ("" when undeclared).
func classLine(c *Context, class pas.Class) string {
	switch class {
	case pas.Weaker:
		return c.T("Ce plan est moins strict que le PAS standard pour le client.", "This plan is weaker than the standard PAS for the client.")
	case pas.Stricter:
		return c.T("Ce plan est plus strict que le PAS standard pour le client.", "This plan is stricter than the standard PAS for the client.")
	case pas.OutsideRange:
		return c.T("La valeur de ce plan sort de la plage admise.", "This plan's value is outside the allowed range.")
	case pas.Incomparable:
		return c.T("Ni plus ni moins strict que le PAS standard : les deux valeurs ne se comparent pas.",
			"Neither stricter nor weaker than the standard PAS: the two values do not compare.")
	}
	return ""
}

// showStandard shows the standard's value of a field and offers to put
// it back; on a list, it offers the standard's records the plan removed.
func showStandard(c *Context, ref valueRef) {
	std := standardPlan(c)
	if std == nil {
		return
	}
	f := ref.field
	if f.Kind == pas.KList {
		restoreRecords(c, std, f)
		return
	}
	sv := std.Get(f)
	if f.List != nil {
		r := std.Record(f.List, ref.rec)
		if r == nil {
			c.flash(notInStandard(c, f.List, ref.rec), false)
			return
		}
		sv = r.Get(f)
	}
	cur := ref.get(c.Plan)
	if pas.SameValue(sv, cur) {
		c.flash(c.T("Même valeur que le PAS standard.", "Same value as the standard PAS."), false)
		return
	}
	lines := []string{sanitize(pas.FieldLabel(f, c.Lang)), "",
		c.T("PAS standard : ", "Standard PAS: ") + describe(c, std, f, sv),
		c.T("Ce plan : ", "This plan: ") + describe(c, c.Plan, f, cur)}
	if cl := classLine(c, pas.Classify(c.Plan, f, sv, cur)); cl != "" {
		lines = append(lines, "", cl)
	}
	lines = append(lines, "", c.T("Reprendre la valeur du PAS standard ?", "Take the standard PAS's value?"))
	c.Send(pushMsg{newConfirmDialog(c, c.T("PAS standard", "Standard PAS"), strings.Join(lines, "\n"),
		setValueMsg{ref, sv.Clone()}, flashMsg{c.T("Valeur du PAS standard reprise (u annule).", "Standard PAS value taken (u undoes it)."), false})})
}

// notInStandard says that a record was added for this plan.
func notInStandard(c *Context, list *pas.Field, id string) string {
	name := id
	if r := c.Plan.Record(list, id); r != nil {
		name = r.NameIn(list, c.Lang)
	}
	return fmt.Sprintf(c.T("%s n'est pas dans le PAS standard : cet élément a été ajouté pour ce plan.", "%s is not in the standard PAS: this item was added for this plan."),
		sanitize(pas.Quote(name, c.Lang)))
}

// resetRecord offers to put a record back as the standard has it.
func resetRecord(c *Context, list *pas.Field, id string) {
	std := standardPlan(c)
	if std == nil {
		return
	}
	sr, r := std.Record(list, id), c.Plan.Record(list, id)
	if r == nil {
		return
	}
	if sr == nil {
		c.flash(notInStandard(c, list, id), false)
		return
	}
	var labels []string
	classes := map[pas.Class]int{}
	for _, f := range list.Fields {
		if sv, cur := sr.Get(f), r.Get(f); !pas.SameValue(sv, cur) {
			labels = append(labels, f.Label.In(c.Lang))
			classes[pas.Classify(c.Plan, f, sv, cur)]++
		}
	}
	if len(labels) == 0 {
		c.flash(c.T("Cet élément est identique à celui du PAS standard.", "This item is the same as the standard PAS's."), false)
		return
	}
	body := fmt.Sprintf(c.T("Remettre l'élément %s tel qu'il est dans le PAS standard ?", "Put %s back as the standard PAS has it?"), sanitize(pas.Quote(r.NameIn(list, c.Lang), c.Lang))) +
		"\n\n" + c.T("Champs qui diffèrent : ", "Fields that differ: ") + strings.Join(labels, ", ")
	if s := classCounts(c, classes); s != "" {
		body += "\n" + s
	}
	c.Send(pushMsg{newConfirmDialog(c, c.T("PAS standard", "Standard PAS"), body,
		recordEditMsg{list, id, func(rec *pas.Record) { // the standard's, library link included, at the plan's place
			pos := rec.Pos
			*rec = *sr.Clone()
			rec.Pos = pos
		}},
		flashMsg{c.T("Élément remis comme dans le PAS standard (u annule).", "Item put back as in the standard PAS (u undoes it)."), false})})
}

// classCounts says how many of a record's differing fields are weaker or
// stricter in this plan than in the standard.
func classCounts(c *Context, n map[pas.Class]int) string {
	var parts []string
	switch w := n[pas.Weaker] + n[pas.OutsideRange]; {
	case w == 1:
		parts = append(parts, c.T("1 moins strict ou hors de la plage admise", "1 weaker or outside the allowed range"))
	case w > 1:
		parts = append(parts, fmt.Sprintf(c.T("%d moins stricts ou hors de la plage admise", "%d weaker or outside the allowed range"), w))
	}
	switch s := n[pas.Stricter]; {
	case s == 1:
		parts = append(parts, c.T("1 plus strict", "1 stricter"))
	case s > 1:
		parts = append(parts, fmt.Sprintf(c.T("%d plus stricts", "%d stricter"), s))
	}
	if len(parts) == 0 {
		return ""
	}
	return c.T("Dans ce plan : ", "In this plan: ") + strings.Join(parts, ", ") + "."
}

// restoreRecords offers to put back the standard's records that the plan
// removed from a list, each at its place in the standard's order.
func restoreRecords(c *Context, std *pas.Plan, list *pas.Field) {
	var missing []*pas.Record
	var names []string
	for _, r := range std.Records(list) {
		if c.Plan.Record(list, r.ID) == nil {
			missing = append(missing, r)
			names = append(names, sanitize(pas.Quote(r.NameIn(list, c.Lang), c.Lang)))
		}
	}
	if len(missing) == 0 {
		if c.Stats.devs.inside[list.Path] > 0 {
			c.flash(c.T("Ouvrez la liste : les éléments qui diffèrent du PAS standard y sont marqués ≠.", "Open the list: the items that differ from the standard PAS are marked ≠."), false)
		} else {
			c.flash(c.T("Même contenu que le PAS standard.", "Same content as the standard PAS."), false)
		}
		return
	}
	order := map[string]int{}
	for i, r := range std.Records(list) {
		order[r.ID] = i
	}
	body := c.T("Rétablir les éléments du PAS standard que ce plan a retirés ?", "Put back the standard PAS's items this plan removed?") + "\n\n" + strings.Join(names, ", ")
	c.Send(pushMsg{newConfirmDialog(c, c.T("PAS standard", "Standard PAS"), body,
		editMsg{[]string{list.Section.ID}, func(p *pas.Plan) {
			for _, r := range missing {
				at := len(p.Records(list))
				for i, x := range p.Records(list) { // before the first record the standard has after it
					if j, ok := order[x.ID]; ok && j > order[r.ID] {
						at = i
						break
					}
				}
				nr := r.Clone()
				nr.Pos = pas.Pos{} // a place in the standard's file, not this plan's
				insertRecord(p, list, at, nr)
			}
		}},
		flashMsg{c.T("Éléments du PAS standard rétablis (u annule).", "Standard PAS items put back (u undoes it)."), false})})
}

// devDetail is the line under a field that differs from the standard: its
// value there, how this plan compares, and the key.
func devDetail(c *Context, f *pas.Field, path string, rec string) string {
	if c.Client || !c.Stats.devs.active || f.Kind == pas.KList {
		return ""
	}
	ch, ok := c.Stats.devs.byPath[path]
	if !ok {
		return ""
	}
	std := c.Plan.Baseline.Standard
	sv := std.Get(f)
	if f.List != nil {
		sr := std.Record(f.List, rec)
		if sr == nil {
			return ""
		}
		sv = sr.Get(f)
	}
	s := devMark + " " + c.T("PAS standard : ", "Standard PAS: ") + describe(c, std, f, sv)
	if cl := ch.Class.Text().In(c.Lang); cl != "" {
		s += " · " + c.T("ce plan : ", "this plan: ") + cl
	}
	return s + c.T(" — touche b", " — key b")
}

package pas

import (
	"sort"

	"github.com/pas-editor/pas/pas/doc"
)

// deviationsAppendix lists, for the internal audience of a plan made from
// a standard PAS (whose baseline ReadBaseline has read), every way the
// plan deviates from the standard, the weaker ones first.
var deviationsAppendix = Appendix{
	ID:       "deviations",
	Title:    T("Écarts par rapport au PAS standard", "Deviations from the standard PAS"),
	Internal: true,
	Render:   (*Doc).deviations,
}

// classOrder ranks classes for the deviations annex: what the client
// loses first.
var classOrder = map[Class]int{Weaker: 0, OutsideRange: 1, Incomparable: 2, Unclassed: 3, Stricter: 4}

func (d *Doc) deviations() {
	b := d.Plan.Baseline
	d.Para(d.Emph(T("Annexe interne : ne pas transmettre au client.", "Internal appendix: not for the client.")))
	if b.Standard == nil {
		d.Para(d.L(Textf("Le PAS standard %s n'a pas pu être lu (%s) : les écarts ne peuvent pas être établis.",
			"The standard PAS %s could not be read (%s): the deviations cannot be listed.", quoted(b.Path), b.Problem)))
		return
	}
	intro := Textf("Écarts de ce plan par rapport au PAS standard %s, les moins stricts pour le client en premier.",
		"How this plan deviates from the standard PAS %s, those weaker for the client first.", quoted(b.Path))
	if b.Changed() {
		intro = Textf("%s Le PAS standard a changé depuis que ce plan en a été tiré : les écarts sont établis par rapport à sa version actuelle.",
			"%s The standard PAS changed since this plan was made from it: the deviations are against its current version.", intro)
	}
	d.Para(d.L(intro))
	diff := Compare(b.Standard, d.Plan)
	if diff.Equal() {
		d.none()
		return
	}
	changes := append([]Change(nil), diff.Changes...)
	sort.SliceStable(changes, func(i, j int) bool { return classOrder[changes[i].Class] < classOrder[changes[j].Class] })
	rows := make([][]doc.Cell, len(changes))
	for i, c := range changes {
		chapter := d.L(T("Ensemble du plan", "Whole plan"))
		if c.Section != nil {
			chapter = d.ChapterTitle(c.Section)
		}
		rows[i] = cells(chapter, d.Text(diff.Where(c, d.Lang)), d.deviationCell(diff.Before(c, d.Lang)),
			d.deviationCell(diff.After(c, d.Lang)), d.deviationCell(c.Class.Text().In(d.Lang)))
	}
	d.Table(cells(d.L(T("Chapitre", "Chapter")), d.L(T("Élément", "Item")), d.L(T("PAS standard", "Standard PAS")),
		d.L(T("Ce plan", "This plan")), d.L(T("Appréciation", "Assessment"))), rows)
}

// quoted puts a text between each language's quotation marks.
func quoted(s string) Text { return T(Quote(s, FR), Quote(s, EN)) }

func (d *Doc) deviationCell(s string) doc.Inline {
	if s == "" {
		return doc.Text("—")
	}
	return d.Text(s)
}

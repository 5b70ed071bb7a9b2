package pas

import (
	"strconv"
	"strings"

	"github.com/pas-editor/pas/pas/doc"
)

// internalAppendix lists, for the internal audience only, the findings
// not covered by a waiver, the waivers, and the sections' internal notes;
// each part says "none" when it is empty.
var internalAppendix = Appendix{
	ID:       "internal",
	Title:    T("Constats, dérogations et notes internes", "Findings, waivers and internal notes"),
	Internal: true,
	Render:   (*Doc).internal,
}

func (d *Doc) internal() {
	d.Para(d.Emph(T("Annexe interne : ne pas transmettre au client.", "Internal appendix: not for the client.")))
	d.openFindings()
	d.waivers()
	d.notes()
}

func (d *Doc) none() { d.Para(d.Emph(T("Aucun.", "None."))) }

// cells turns product and user inlines into table cells, one per inline.
func cells(in ...doc.Inline) []doc.Cell {
	out := make([]doc.Cell, len(in))
	for i, x := range in {
		out[i] = doc.Cell{x}
	}
	return out
}

func (d *Doc) openFindings() {
	d.Heading(3, d.L(T("Constats ouverts", "Open findings")))
	var rows [][]doc.Cell
	for _, f := range d.Opts.Findings {
		if f.Waived() {
			continue
		}
		rows = append(rows, cells(doc.Text(f.Rule), d.L(f.Severity.Text()), d.Text(f.Message.In(d.Lang)),
			doc.Styled(f.Path, doc.Code), doc.Text(strconv.Itoa(f.Pos.Line))))
	}
	if len(rows) == 0 {
		d.none()
		return
	}
	d.Table(cells(d.L(T("Règle", "Rule")), d.L(T("Gravité", "Severity")), d.L(T("Constat", "Finding")), d.L(T("Champ", "Field")), d.L(T("Ligne", "Line"))), rows)
}

func (d *Doc) waivers() {
	d.Heading(3, d.L(T("Dérogations", "Waivers")))
	if len(d.Plan.Waivers) == 0 {
		d.none()
		return
	}
	var rows [][]doc.Cell
	for _, w := range d.Plan.Waivers {
		state := d.L(T("en vigueur", "in force"))
		if !w.InForce(d.Opts.Today) {
			state = d.L(T("expirée", "expired"))
		}
		rows = append(rows, cells(d.Text(w.Rule), d.Text(w.Item), d.Text(w.Reason), d.Text(w.Approver),
			doc.Text(w.Date.Format(d.Lang)), doc.Text(w.Expires.Format(d.Lang)), state))
	}
	d.Table(cells(d.L(T("Règle", "Rule")), d.L(T("Élément", "Item")), d.L(T("Motif", "Reason")), d.L(T("Approbateur", "Approver")),
		d.L(T("Date", "Date")), d.L(T("Expire le", "Expires")), d.L(T("État", "State"))), rows)
}

func (d *Doc) notes() {
	d.Heading(3, d.L(T("Notes internes", "Internal notes")))
	any := false
	for _, s := range d.Plan.Cat.Sections {
		if sd := d.Plan.Data(s.ID); sd != nil && strings.TrimSpace(sd.Notes) != "" {
			any = true
			title := d.ChapterTitle(s)
			title.Style = doc.Strong
			d.lead([]doc.Inline{title, doc.Text(strings.TrimRight(Colon(d.Lang), " ")), doc.SoftBreak()}, sd.Notes)
		}
	}
	if !any {
		d.none()
	}
}

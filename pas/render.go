package pas

import (
	"strconv"
	"strings"
)

// Audience says who a rendered document is for.
type Audience uint8

// Audiences. The client's document never shows findings, waivers or
// internal notes.
const (
	ClientAudience Audience = iota
	InternalAudience
)

// RenderOptions tune a rendering.
type RenderOptions struct {
	Audience Audience
	Today    Date      // date of the run, for appendices that depend on it
	Findings []Finding // for the internal audience's appendix
}

// Appendix is a part of the document after the chapters, contributed by
// the catalogue (a compliance matrix, for instance).
type Appendix struct {
	ID       string
	Title    Text
	Internal bool // rendered for the internal audience only
	Render   func(d *Doc)
	// When says whether the plan calls for the appendix (nil: always).
	When func(p *Plan) bool
}

// Doc accumulates one Markdown document. Section renderers use its
// methods; they never write user text without escaping it.
type Doc struct {
	Plan *Plan
	Lang Lang
	Opts RenderOptions
	b    strings.Builder
}

// NewDoc starts a document in the plan's language.
func NewDoc(p *Plan, opts RenderOptions) *Doc {
	return &Doc{Plan: p, Lang: p.langOrFR(), Opts: opts}
}

// String returns the Markdown written so far, with exactly one final newline.
func (d *Doc) String() string { return strings.TrimRight(d.b.String(), "\n") + "\n" }

// L returns the product's text in the document's language, with typography.
func (d *Doc) L(t Text) string { return Typo(Escape(t.In(d.Lang)), d.Lang) }

// Heading writes a heading of our own text.
func (d *Doc) Heading(level int, text string) {
	d.b.WriteString(strings.Repeat("#", level) + " " + text + "\n\n")
}

// Para writes a paragraph of already escaped text.
func (d *Doc) Para(md string) {
	if md != "" {
		d.b.WriteString(md + "\n\n")
	}
}

// UserBlock writes user text as paragraphs, escaped.
func (d *Doc) UserBlock(s string) { d.Para(d.EscBlock(s)) }

// Esc escapes user text for use inside a line, with the document's
// typography.
func (d *Doc) Esc(s string) string { return Typo(Escape(s), d.Lang) }

// EscBlock escapes multi-line user text as paragraphs, with the
// document's typography.
func (d *Doc) EscBlock(s string) string { return Typo(EscapeBlock(s), d.Lang) }

// Table writes a table of already escaped cells.
func (d *Doc) Table(header []string, rows [][]string) { table(&d.b, header, rows) }

// Raw writes already escaped Markdown.
func (d *Doc) Raw(md string) { d.b.WriteString(md) }

// Marker returns the visible marker of an item to complete.
func (d *Doc) Marker(k ItemKind) string {
	switch k {
	case Missing:
		return "**[" + d.L(T("À compléter", "To be completed")) + "]**"
	case Confirm:
		return "**[" + d.L(T("À confirmer", "To confirm")) + "]**"
	}
	return "**[" + d.L(T("Question ouverte", "Open question")) + "]**"
}

// Value returns a value as escaped Markdown with its marker: a value to
// confirm is followed by its marker, an open question shows its marker, a
// missing required value shows the missing marker, and a missing optional
// value is empty.
func (d *Doc) Value(f *Field, v *Value) string {
	text := d.Esc(Format(d.Plan, f, v, d.Lang))
	switch {
	case v.StateOf() == Open && text != "":
		return text + " " + d.Marker(Question)
	case v.StateOf() == Open:
		return d.Marker(Question)
	case v.StateOf() == ToConfirm:
		return strings.TrimSpace(text + " " + d.Marker(Confirm))
	case text == "" && f.Required:
		return d.Marker(Missing)
	}
	return text
}

// MarkdownPath returns the document that goes beside a plan file:
// plan.md for plan.yaml or plan.yml, FILE.md otherwise.
func MarkdownPath(yamlPath string) string {
	for _, ext := range []string{".yaml", ".yml"} {
		if strings.HasSuffix(yamlPath, ext) {
			return strings.TrimSuffix(yamlPath, ext) + ".md"
		}
	}
	return yamlPath + ".md"
}

// ChapterNumbers numbers the sections that are chapters (not the cover).
func ChapterNumbers(cat *Catalogue) map[string]int {
	out := map[string]int{}
	n := 0
	for _, s := range cat.Sections {
		if !s.Cover {
			n++
			out[s.ID] = n
		}
	}
	return out
}

// ChapterTitle returns "N. Title" for a chapter, or the title of the cover.
func (d *Doc) ChapterTitle(s *Section) string {
	if n := ChapterNumbers(d.Plan.Cat)[s.ID]; n > 0 {
		return strconv.Itoa(n) + ". " + d.L(s.Title)
	}
	return d.L(s.Title)
}

// Render writes the whole PAS: cover, table of contents, one chapter per
// section, then the appendices. Same plan and options, same bytes.
func Render(p *Plan, opts RenderOptions) []byte {
	d := NewDoc(p, opts)
	for _, s := range p.Cat.Sections {
		if s.Cover {
			d.section(s)
		}
	}
	apps := d.appendices()
	d.toc(apps)
	for _, s := range p.Cat.Sections {
		if !s.Cover {
			d.section(s)
		}
	}
	for i, a := range apps {
		d.Heading(2, d.appendixTitle(i, a))
		a.Render(d)
	}
	return []byte(d.String())
}

// RenderSection writes one section as it appears in the document: the
// editor's preview renders and caches sections one by one.
func RenderSection(p *Plan, s *Section, opts RenderOptions) string {
	d := NewDoc(p, opts)
	d.section(s)
	return d.String()
}

func (d *Doc) section(s *Section) {
	if s.Cover {
		if s.Render != nil {
			s.Render(d, s)
		}
		return
	}
	d.Heading(2, d.ChapterTitle(s))
	if ok, why := d.Plan.Applicability(s); !ok {
		d.Para("*" + d.L(T("Non applicable.", "Not applicable.")) + "* " + d.EscBlock(why.In(d.Lang)))
		return
	}
	d.Para(d.L(s.Intro))
	if s.Render != nil {
		s.Render(d, s)
		return
	}
	d.Fields(s.Fields)
}

// Fields writes fields group by group, under each group's heading: the
// simple values as one table, then long texts as paragraphs, then lists
// as tables. A group with nothing to show is left out.
func (d *Doc) Fields(fields []*Field) {
	for len(fields) > 0 {
		g := fields[0].Group()
		n := 1
		for n < len(fields) && fields[n].Group() == g {
			n++
		}
		d.group(fields[:n])
		fields = fields[n:]
	}
}

func (d *Doc) group(fields []*Field) {
	var rows [][]string
	var long, lists []*Field
	for _, f := range fields {
		switch {
		case !d.Plan.Active(f, nil):
		case f.Kind == KList:
			lists = append(lists, f)
		case f.Kind == KLongText:
			if d.Value(f, d.Plan.Get(f)) != "" {
				long = append(long, f)
			}
		default:
			if cell := d.Value(f, d.Plan.Get(f)); cell != "" {
				rows = append(rows, []string{d.L(f.Label), cell})
			}
		}
	}
	if len(rows)+len(long)+len(lists) == 0 {
		return
	}
	if g := fields[0].Group(); g != "" {
		d.Heading(3, d.L(fields[0].Section.GroupTitle(g)))
	}
	if len(rows) > 0 {
		d.Table([]string{d.L(T("Élément", "Item")), d.L(T("Réponse", "Answer"))}, rows)
	}
	for _, f := range long {
		d.longText(f, d.Plan.Get(f))
	}
	level := 3
	if fields[0].Group() != "" {
		level = 4
	}
	for _, f := range lists {
		if f.Label != f.Section.Title { // a chapter that is one list needs no second heading
			d.Heading(level, d.L(f.Label))
		}
		d.ListTable(f)
	}
}

// Colon returns the separator between a label and its value: " : " in
// French, ": " in English.
func Colon(l Lang) string {
	if l == FR {
		return "\u00a0: "
	}
	return ": "
}

// Semicolon returns the separator between list items in running text:
// " ; " with a narrow non-breaking space in French, "; " in English.
func Semicolon(l Lang) string {
	if l == FR {
		return "\u202f; "
	}
	return "; "
}

func (d *Doc) longText(f *Field, v *Value) {
	label := "**" + d.L(f.Label) + "**" + strings.TrimRight(Colon(d.Lang), " ")
	switch {
	case v.IsSet() && v.State == Committed:
		d.Para(label + "\n" + d.EscBlock(v.Str))
	case v.IsSet():
		d.Para(label + " " + d.Value(f, &Value{Has: false, State: v.State}) + "\n" + d.EscBlock(v.Str))
	default:
		d.Para(label + " " + d.Value(f, v))
	}
}

// ListTable writes a list's records as a table of its columns, then the
// other values of each record as a nested list (no heading).
func (d *Doc) ListTable(f *Field) {
	recs := d.Plan.Records(f)
	if len(recs) == 0 {
		if f.Required {
			d.Para(d.Marker(Missing))
		} else {
			d.Para("*" + d.L(T("Aucun élément déclaré.", "None declared.")) + "*")
		}
		return
	}
	cols := f.columnFields()
	header := make([]string, len(cols))
	for i, c := range cols {
		header[i] = d.L(c.Label)
	}
	rows := make([][]string, len(recs))
	for i, r := range recs {
		for _, c := range cols {
			rows[i] = append(rows[i], d.recordCell(c, r))
		}
	}
	d.Table(header, rows)
	d.details(f, recs, cols)
}

func (d *Doc) recordCell(c *Field, r *Record) string {
	if !d.Plan.Active(c, r) {
		return "–"
	}
	return d.Value(c, r.Get(c))
}

// details writes, for each record, the values not shown as columns.
func (d *Doc) details(f *Field, recs []*Record, cols []*Field) {
	shown := map[*Field]bool{}
	for _, c := range cols {
		shown[c] = true
	}
	var b strings.Builder
	for _, r := range recs {
		var lines []string
		for _, rf := range f.Fields {
			if shown[rf] || !d.Plan.Active(rf, r) {
				continue
			}
			if cell := d.Value(rf, r.Get(rf)); cell != "" {
				lines = append(lines, "  - "+d.L(rf.Label)+Colon(d.Lang)+cell)
			}
		}
		if len(lines) > 0 {
			b.WriteString("- **" + d.Esc(r.NameIn(f, d.Lang)) + "**\n" + strings.Join(lines, "\n") + "\n")
		}
	}
	if b.Len() > 0 {
		d.Raw(b.String() + "\n")
	}
}

// columnFields returns the fields shown as table columns: the name field
// first, then the declared columns.
func (f *Field) columnFields() []*Field {
	out := []*Field{f.RecordField(f.Name)}
	for _, c := range f.Columns {
		if c != f.Name {
			out = append(out, f.RecordField(c))
		}
	}
	return out
}

func (d *Doc) appendixTitle(i int, a Appendix) string {
	letter := string(rune('A' + i))
	return d.L(Textf("Annexe %s – %s", "Appendix %s – %s", letter, a.Title))
}

func (d *Doc) toc(apps []Appendix) {
	d.Heading(2, d.L(T("Sommaire", "Contents")))
	var b strings.Builder
	for _, s := range d.Plan.Cat.Sections {
		if !s.Cover {
			t := d.ChapterTitle(s)
			b.WriteString("- [" + t + "](#" + Slug(t) + ")\n")
		}
	}
	for i, a := range apps {
		t := d.appendixTitle(i, a)
		b.WriteString("- [" + t + "](#" + Slug(t) + ")\n")
	}
	d.Raw(b.String() + "\n")
}

// appendices returns the catalogue's appendices for this audience, then
// the "To be completed" appendix.
func (d *Doc) appendices() []Appendix {
	var out []Appendix
	for _, a := range d.Plan.Cat.Appendices {
		if (!a.Internal || d.Opts.Audience == InternalAudience) && (a.When == nil || a.When(d.Plan)) {
			out = append(out, a)
		}
	}
	out = append(out, Appendix{ID: "todo", Title: T("À compléter", "To be completed"), Render: (*Doc).todo})
	if d.Opts.Audience == InternalAudience {
		out = append(out, internalAppendix)
	}
	if b := d.Plan.Baseline; d.Opts.Audience == InternalAudience && b != nil && b.Read {
		out = append(out, deviationsAppendix)
	}
	return out
}

// todo writes the list of missing, to-confirm and open items by section.
func (d *Doc) todo() {
	any := false
	for _, s := range d.Plan.Cat.Sections {
		items := d.Plan.Items(s)
		if len(items) == 0 {
			continue
		}
		any = true
		d.Heading(3, d.ChapterTitle(s))
		var b strings.Builder
		for _, it := range items {
			b.WriteString("- " + d.ItemLine(it) + "\n")
		}
		d.Raw(b.String() + "\n")
	}
	if !any {
		d.Para(d.L(T("Aucun élément à compléter.", "Nothing left to complete.")))
	}
}

// ItemLine describes an item to complete in one line of Markdown.
func (d *Doc) ItemLine(it Item) string {
	label := d.L(it.Field.Label)
	if it.Record != nil {
		label += " (" + d.Esc(it.Record.NameIn(it.Field.List, d.Lang)) + ")"
	}
	line := label + " — " + d.L(it.Kind.Text())
	v := it.Value
	if v == nil {
		return line
	}
	if v.Question != "" {
		line += Colon(d.Lang) + d.Esc(v.Question)
	}
	var extra []string
	if v.Owner != "" {
		extra = append(extra, d.L(T("responsable", "owner"))+Colon(d.Lang)+d.Esc(v.Owner))
	}
	if !v.Due.IsZero() {
		extra = append(extra, d.L(T("échéance", "due"))+Colon(d.Lang)+v.Due.Format(d.Lang))
	}
	if len(extra) > 0 {
		line += " (" + strings.Join(extra, Semicolon(d.Lang)) + ")"
	}
	return line
}

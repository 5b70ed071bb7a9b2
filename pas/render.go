package pas

import (
	"slices"
	"strconv"
	"strings"

	"github.com/pas-editor/pas/pas/doc"
	"github.com/pas-editor/pas/pas/doc/markdown"
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
	// Appendices are the caller's own, after the catalogue's (a buyer's
	// compliance matrix, for instance): they may cite the chapters'
	// headings with Doc.Reference.
	Appendices []Appendix
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

// Doc builds one document tree. Section renderers use its methods: they
// add headings, paragraphs, tables and lists of inline nodes, and never
// escape anything (each format's writer does).
type Doc struct {
	Plan *Plan
	Lang Lang
	Opts RenderOptions
	out  doc.Document
	// chapter is the number of the chapter being written, "" outside
	// chapters; sub counts its headings of levels 3 and 4.
	chapter string
	sub     [2]int
	refs    headingRefs
	named   map[string]bool // chapters whose prose has named the provider
}

// NewDoc starts a document in the plan's language.
func NewDoc(p *Plan, opts RenderOptions) *Doc {
	d := &Doc{Plan: p, Lang: p.langOrFR(), Opts: opts}
	d.out.Meta.Lang = langTag(d.Lang)
	d.out.Meta.Labels = doc.Labels{Page: "Page", Of: "/"}
	return d
}

func langTag(l Lang) string {
	if l == EN {
		return "en-GB"
	}
	return "fr-FR"
}

// Tree returns the document built so far.
func (d *Doc) Tree() *doc.Document { return &d.out }

// Meta returns the document's settings, for the cover to fill.
func (d *Doc) Meta() *doc.Meta { return &d.out.Meta }

// text folds the blanks of a line of text and applies the document's
// typography.
func (d *Doc) text(s string) string { return Typo(foldBlanks(s), d.Lang) }

// L returns the product's text in the document's language, with
// typography, as a run of text.
func (d *Doc) L(t Text) doc.Inline { return doc.Text(d.text(t.In(d.Lang))) }

// Words returns the product's text with typography, its spaces kept: a
// piece of a sentence that goes between others.
func (d *Doc) Words(t Text) doc.Inline { return doc.Text(Typo(t.In(d.Lang), d.Lang)) }

// Strong returns the product's text in bold.
func (d *Doc) Strong(t Text) doc.Inline { return doc.Styled(d.text(t.In(d.Lang)), doc.Strong) }

// Emph returns the product's text emphasised.
func (d *Doc) Emph(t Text) doc.Inline { return doc.Styled(d.text(t.In(d.Lang)), doc.Emph) }

// Text returns user text for use inside a line: line breaks become
// spaces, blanks are folded, typography is applied.
func (d *Doc) Text(s string) doc.Inline { return doc.Text(d.text(s)) }

// add appends a block.
func (d *Doc) add(b doc.Block) { d.out.Blocks = append(d.out.Blocks, b) }

// Heading adds a heading. Inside a chapter, headings of levels 3 and 4
// are numbered after the chapter ("3.1", "3.1.2").
func (d *Doc) Heading(level int, content ...doc.Inline) *doc.Heading {
	h := &doc.Heading{Level: level, Content: content}
	if d.chapter != "" && (level == 3 || level == 4) {
		h.Number = d.number(level)
		d.refs.cur = h.Number
	}
	d.add(h)
	return h
}

func (d *Doc) number(level int) string {
	if level == 3 {
		d.sub[0]++
		d.sub[1] = 0
		return d.chapter + "." + strconv.Itoa(d.sub[0])
	}
	d.sub[1]++
	return d.chapter + "." + strconv.Itoa(max(d.sub[0], 1)) + "." + strconv.Itoa(d.sub[1])
}

// wideColumns is the number of columns from which a table is printed on
// a landscape page.
const wideColumns = 6

// Para adds a paragraph, unless it shows nothing.
func (d *Doc) Para(content ...doc.Inline) {
	if !doc.Empty(content) {
		d.add(&doc.Paragraph{Content: content})
	}
}

// UserBlock adds multi-line user text as paragraphs.
func (d *Doc) UserBlock(s string) { d.lead(nil, s) }

// lead adds user text as paragraphs, the first one after lead; a blank
// line separates paragraphs and a single line break is kept as a break.
func (d *Doc) lead(lead []doc.Inline, s string) {
	paras := d.paragraphs(s)
	if len(paras) == 0 {
		d.Para(lead...)
		return
	}
	paras[0] = append(append([]doc.Inline(nil), lead...), paras[0]...)
	for _, p := range paras {
		d.Para(p...)
	}
}

// paragraphs splits multi-line user text into paragraphs of lines.
func (d *Doc) paragraphs(s string) [][]doc.Inline {
	var out [][]doc.Inline
	var cur []doc.Inline
	for _, line := range strings.Split(strings.ReplaceAll(s, "\r", ""), "\n") {
		line = d.text(line)
		switch {
		case line == "" && cur != nil:
			out, cur = append(out, cur), nil
		case line == "":
		case cur != nil:
			cur = append(cur, doc.Break(), doc.Text(line))
		default:
			cur = []doc.Inline{doc.Text(line)}
		}
	}
	if cur != nil {
		out = append(out, cur)
	}
	return out
}

// Table adds a table; cells hold inline content.
func (d *Doc) Table(header []doc.Cell, rows [][]doc.Cell) *doc.Table {
	t := &doc.Table{Header: header, Rows: rows, Wide: len(header) >= wideColumns}
	d.add(t)
	return t
}

// List adds a bulleted list.
func (d *Doc) List(items []doc.Item) {
	if len(items) > 0 {
		d.add(&doc.List{Items: items})
	}
}

// Marker returns the visible marker of an item to complete.
func (d *Doc) Marker(k ItemKind) doc.Inline {
	switch k {
	case Missing:
		return doc.Marker(doc.Missing, d.text(T("À compléter", "To be completed").In(d.Lang)))
	case Confirm:
		return doc.Marker(doc.ToVerify, d.text(T("À confirmer", "To confirm").In(d.Lang)))
	}
	return doc.Marker(doc.Question, d.text(T("Question ouverte", "Open question").In(d.Lang)))
}

// Value returns a value with its marker: a value to confirm is followed by
// its marker, an open question shows its marker, a missing required value
// shows the missing marker, and a missing optional value is empty (nil).
// In the client's document an open question not marked for the client
// shows as to confirm: the provider's own doubts stay internal.
func (d *Doc) Value(f *Field, v *Value) []doc.Inline {
	text := d.text(Format(d.Plan, f, v, d.Lang))
	var out []doc.Inline
	if text != "" {
		out = append(out, doc.Text(text))
	}
	if k := d.PendingKind(v); k != 0 {
		return d.marked(out, k)
	}
	if text == "" && f.Required {
		return []doc.Inline{d.Marker(Missing)}
	}
	return out
}

// PendingKind returns how the document marks a pending value: Question for
// an open question the reader may see as such, Confirm for a value to
// confirm (and, in the client's document, for an open question kept
// internal); 0 for a committed value.
func (d *Doc) PendingKind(v *Value) ItemKind {
	switch v.StateOf() {
	case Open:
		if d.Shows(v) {
			return Question
		}
		return Confirm
	case ToConfirm:
		return Confirm
	}
	return 0
}

// Shows reports whether the document shows a pending value's question,
// owner and due date: always for the internal audience, only when the
// value is marked for the client in the client's document.
func (d *Doc) Shows(v *Value) bool {
	return v != nil && (d.Opts.Audience == InternalAudience || v.ForClient)
}

func (d *Doc) marked(out []doc.Inline, k ItemKind) []doc.Inline {
	if len(out) > 0 {
		out = append(out, doc.Text(" "))
	}
	return append(out, d.Marker(k))
}

// MarkdownPath returns the document that goes beside a plan file:
// plan.md for plan.yaml or plan.yml, FILE.md otherwise.
func MarkdownPath(yamlPath string) string { return DocumentPath(yamlPath, ".md") }

// DocumentPath returns the document with this extension (".docx") that
// goes beside a plan file: plan.docx for plan.yaml or plan.yml, FILE.docx
// otherwise.
func DocumentPath(yamlPath, ext string) string {
	for _, e := range []string{".yaml", ".yml"} {
		if strings.HasSuffix(yamlPath, e) {
			return strings.TrimSuffix(yamlPath, e) + ext
		}
	}
	return yamlPath + ext
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
func (d *Doc) ChapterTitle(s *Section) doc.Inline {
	if n := ChapterNumbers(d.Plan.Cat)[s.ID]; n > 0 {
		return doc.Text(doc.NumberLabel(strconv.Itoa(n)) + d.text(s.Title.In(d.Lang)))
	}
	return d.L(s.Title)
}

// Build renders the whole PAS into a document tree: cover, table of
// contents, one chapter per section, then the appendices. Same plan and
// options, same tree.
func Build(p *Plan, opts RenderOptions) *doc.Document {
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
		h := d.Heading(2, d.appendixTitle(i, a))
		h.ID, h.NewPage = "appendix-"+a.ID, true
		a.Render(d)
	}
	return d.Tree()
}

// Render writes the whole PAS as Markdown. Same plan and options, same
// bytes.
func Render(p *Plan, opts RenderOptions) []byte { return markdown.Write(Build(p, opts)) }

// RenderSection writes one section as Markdown, as it appears in the
// document: the editor's preview renders and caches sections one by one.
func RenderSection(p *Plan, s *Section, opts RenderOptions) string {
	d := NewDoc(p, opts)
	d.section(s)
	return markdown.Blocks(d.out.Blocks)
}

func (d *Doc) section(s *Section) {
	if s.Cover {
		if s.Render != nil {
			s.Render(d, s)
		}
		return
	}
	d.chapter, d.sub = strconv.Itoa(ChapterNumbers(d.Plan.Cat)[s.ID]), [2]int{}
	defer func() { d.chapter, d.refs.cur = "", "" }()
	d.refs.enter(s, d.chapter)
	d.add(&doc.Heading{Level: 2, Number: d.chapter, Content: []doc.Inline{d.L(s.Title)}, ID: "chapter-" + s.ID, NewPage: true})
	if ok, why := d.Plan.Applicability(s); !ok {
		d.lead([]doc.Inline{d.Emph(T("Non applicable.", "Not applicable.")), doc.Text(" ")}, why.In(d.Lang))
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
	prose, covered := d.prose(fields)
	var rows [][]doc.Cell
	var long, lists []*Field
	for _, f := range fields {
		switch {
		case !d.Plan.Active(f, nil) || covered[f]:
		case f.Kind == KList:
			lists = append(lists, f)
		case f.Kind == KLongText:
			if len(d.Value(f, d.Plan.Get(f))) > 0 {
				long = append(long, f)
			}
		default:
			if cell := d.Value(f, d.Plan.Get(f)); len(cell) > 0 {
				rows = append(rows, []doc.Cell{{d.L(f.Label)}, cell})
			}
		}
	}
	if len(prose)+len(rows)+len(long)+len(lists) == 0 {
		return
	}
	if g := fields[0].Group(); g != "" {
		d.Heading(3, d.L(fields[0].Section.GroupTitle(g)))
	}
	d.refs.markGroup(fields)
	for _, p := range prose {
		d.Para(p...)
	}
	if len(rows) > 0 {
		d.Table([]doc.Cell{{d.L(T("Élément", "Item"))}, {d.L(T("Réponse", "Answer"))}}, rows)
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

// prose writes the sentences of a group of fields as paragraphs, and
// returns the fields they cover.
func (d *Doc) prose(fields []*Field) ([][]doc.Inline, map[*Field]bool) {
	if len(fields) == 0 || len(fields[0].Section.Prose) == 0 {
		return nil, nil
	}
	g := fields[0].Group()
	covered := map[*Field]bool{}
	var paras [][]doc.Inline
	var cur []doc.Inline
	for _, s := range fields[0].Section.Prose {
		if s.Group() != g {
			continue
		}
		for _, f := range s.Covers() {
			covered[f] = true
		}
		if s.Break && len(cur) > 0 {
			paras, cur = append(paras, cur), nil
		}
		if in := d.Sentence(s); len(in) > 0 {
			if len(cur) > 0 {
				cur = append(cur, doc.Text(" "))
			}
			cur = append(cur, in...)
		}
	}
	if len(cur) > 0 {
		paras = append(paras, cur)
	}
	return paras, covered
}

// Colon returns the separator between a label and its value: " : " in
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

// Labelled returns "Label : " followed by content.
func (d *Doc) Labelled(label Text, content ...doc.Inline) []doc.Inline {
	return append([]doc.Inline{d.L(label), doc.Text(Colon(d.Lang))}, content...)
}

func (d *Doc) longText(f *Field, v *Value) {
	lead := []doc.Inline{d.Strong(f.Label), doc.Text(strings.TrimRight(Colon(d.Lang), " "))}
	switch {
	case v.IsSet() && v.State == Committed:
		d.lead(append(lead, doc.SoftBreak()), v.Str)
	case v.IsSet():
		lead = append(append(lead, doc.Text(" ")), d.Value(f, &Value{Has: false, State: v.State})...)
		d.lead(append(lead, doc.SoftBreak()), v.Str)
	default:
		d.Para(append(append(lead, doc.Text(" ")), d.Value(f, v)...)...)
	}
}

// ListTable writes a list's records as a table of its columns, then the
// other values of each record as a nested list (no heading).
func (d *Doc) ListTable(f *Field) {
	d.refs.markList(f)
	recs := d.Plan.Records(f)
	if len(recs) == 0 {
		if f.Required {
			d.Para(d.Marker(Missing))
		} else {
			d.Para(d.Emph(T("Aucun élément déclaré.", "None declared.")))
		}
		return
	}
	cols := f.columnFields()
	header := make([]doc.Cell, len(cols))
	for i, c := range cols {
		header[i] = doc.Cell{d.L(c.Label)}
	}
	rows := make([][]doc.Cell, len(recs))
	for i, r := range recs {
		for _, c := range cols {
			rows[i] = append(rows[i], d.recordCell(c, r))
		}
	}
	d.Table(header, rows)
	d.details(f, recs, cols)
}

func (d *Doc) recordCell(c *Field, r *Record) doc.Cell {
	if !d.Plan.Active(c, r) {
		return doc.Cell{doc.Text("–")}
	}
	return d.Value(c, r.Get(c))
}

// details writes, for each record, the values not shown as columns.
func (d *Doc) details(f *Field, recs []*Record, cols []*Field) {
	shown := map[*Field]bool{}
	for _, c := range cols {
		shown[c] = true
	}
	var items []doc.Item
	for _, r := range recs {
		var sub []doc.Item
		for _, rf := range f.Fields {
			if shown[rf] || !d.Plan.Active(rf, r) {
				continue
			}
			if cell := d.Value(rf, r.Get(rf)); len(cell) > 0 {
				sub = append(sub, doc.Item{Content: d.Labelled(rf.Label, cell...)})
			}
		}
		if len(sub) > 0 {
			items = append(items, doc.Item{Content: []doc.Inline{doc.Styled(d.text(d.recordName(r, f)), doc.Strong)}, Sub: sub})
		}
	}
	d.List(items)
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

func (d *Doc) appendixTitle(i int, a Appendix) doc.Inline {
	letter := string(rune('A' + i))
	return d.L(Textf("Annexe %s – %s", "Appendix %s – %s", letter, a.Title))
}

func (d *Doc) toc(apps []Appendix) {
	h := d.Heading(2, d.L(T("Sommaire", "Contents")))
	h.Plain, h.NewPage = true, true
	t := &doc.TOC{}
	for _, s := range d.Plan.Cat.Sections {
		if !s.Cover {
			t.Entries = append(t.Entries, doc.TOCEntry{Level: 2, Content: []doc.Inline{d.ChapterTitle(s)}, Target: "chapter-" + s.ID})
		}
	}
	for i, a := range apps {
		t.Entries = append(t.Entries, doc.TOCEntry{Level: 2, Content: []doc.Inline{d.appendixTitle(i, a)}, Target: "appendix-" + a.ID})
	}
	d.add(t)
}

// appendices returns the catalogue's appendices for this audience, then
// the caller's, then the "To be completed" appendix.
func (d *Doc) appendices() []Appendix {
	var out []Appendix
	for _, a := range slices.Concat(d.Plan.Cat.Appendices, d.Opts.Appendices) {
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

// todo writes what is left to complete, chapter by chapter: missing
// values, values to confirm and open questions. Items that share a note
// (the same question, owner and due date) are listed once under it, and
// so are the records of a list whose same field waits for the same thing.
func (d *Doc) todo() {
	any := false
	for _, s := range d.Plan.Cat.Sections {
		items := d.Plan.Items(s)
		if len(items) == 0 {
			continue
		}
		any = true
		d.Heading(3, d.todoTitle(s))
		d.List(d.todoItems(items))
	}
	if !any {
		d.Para(d.L(T("Aucun élément à compléter.", "Nothing left to complete.")))
	}
}

// todoTitle names a chapter in the "To be completed" appendix: "Chapitre
// 8 – Title", so that it does not repeat the chapter's own heading.
func (d *Doc) todoTitle(s *Section) doc.Inline {
	if n := ChapterNumbers(d.Plan.Cat)[s.ID]; n > 0 {
		return d.L(Textf("Chapitre %d – %s", "Chapter %d – %s", n, s.Title))
	}
	return d.L(s.Title)
}

// todoEntry is one line of the appendix: the items it covers and the note
// they share.
type todoEntry struct {
	kind  ItemKind
	note  []doc.Inline // question, owner and due date, as shown
	key   string
	items []Item
}

func (d *Doc) todoItems(items []Item) []doc.Item {
	var entries []*todoEntry
	byKey := map[string]*todoEntry{}
	for _, it := range items {
		kind, note := d.itemKind(it), d.itemNote(it)
		key := strconv.Itoa(int(kind)) + "\x00" + doc.PlainText(note)
		if len(note) == 0 {
			if it.Record == nil {
				key = "" // a field of the chapter: its own line
			} else {
				key += "\x00" + it.Field.Path
			}
		}
		if e := byKey[key]; key != "" && e != nil {
			e.items = append(e.items, it)
			continue
		}
		e := &todoEntry{kind: kind, note: note, key: key, items: []Item{it}}
		entries = append(entries, e)
		if key != "" {
			byKey[key] = e
		}
	}
	out := make([]doc.Item, len(entries))
	for i, e := range entries {
		out[i] = d.todoLine(e)
	}
	return out
}

// todoLine writes one entry: "Label (record) — kind : note" for a single
// item; for a group, the kind and the note, then the items below.
func (d *Doc) todoLine(e *todoEntry) doc.Item {
	if len(e.items) == 1 {
		return doc.Item{Content: d.withNote(d.itemLabel(e.items[0]), e)}
	}
	var head []doc.Inline
	sameField := true
	for _, it := range e.items {
		sameField = sameField && it.Field == e.items[0].Field
	}
	if sameField {
		head = []doc.Inline{d.L(e.items[0].Field.Label)}
	} else {
		head = []doc.Inline{d.L(Textf("%d éléments", "%d items", len(e.items)))}
	}
	var sub []doc.Item
	for _, it := range e.items {
		if sameField && it.Record != nil {
			sub = append(sub, doc.Item{Content: []doc.Inline{d.Text(d.recordName(it.Record, it.Field.List))}})
		} else {
			sub = append(sub, doc.Item{Content: d.itemLabel(it)})
		}
	}
	return doc.Item{Content: d.withNote(head, e), Sub: sub}
}

func (d *Doc) withNote(line []doc.Inline, e *todoEntry) []doc.Inline {
	line = append(line, doc.Text(" — "), d.L(e.kind.Text()))
	if len(e.note) > 0 {
		line = append(append(line, doc.Text(Colon(d.Lang))), e.note...)
	}
	return line
}

// itemKind is how the document shows an item: an open question kept
// internal is, for the client, a value to confirm.
func (d *Doc) itemKind(it Item) ItemKind {
	if it.Kind == Missing {
		return Missing
	}
	return d.PendingKind(it.Value)
}

// recordName names a record in the document: its name, else the value of
// its list's first column (an organisation without a name: its role),
// else its identifier, a key of the YAML file the reader does not know.
func (d *Doc) recordName(r *Record, list *Field) string {
	if v := r.Values[list.Name]; v.IsSet() && v.Str != "" {
		return r.NameIn(list, d.Lang)
	}
	if len(list.Columns) > 0 {
		if f := list.RecordField(list.Columns[0]); f != nil && f.Kind != KList {
			if s := Format(d.Plan, f, r.Get(f), d.Lang); s != "" {
				return s
			}
		}
	}
	return r.ID
}

func (d *Doc) itemLabel(it Item) []doc.Inline {
	line := []doc.Inline{d.L(it.Field.Label)}
	if it.Record != nil {
		line = append(line, doc.Text(" ("), d.Text(d.recordName(it.Record, it.Field.List)), doc.Text(")"))
	}
	return line
}

// ItemLine describes an item to complete in one line, with its question,
// owner and due date where the document shows them.
func (d *Doc) ItemLine(it Item) []doc.Inline {
	e := &todoEntry{kind: d.itemKind(it), note: d.itemNote(it)}
	return d.withNote(d.itemLabel(it), e)
}

// itemNote writes an item's question, then its owner and due date in
// brackets; nothing when the document keeps them internal.
func (d *Doc) itemNote(it Item) []doc.Inline {
	v := it.Value
	if v == nil || !d.Shows(v) {
		return nil
	}
	var line []doc.Inline
	if v.Question != "" {
		line = append(line, d.Text(v.Question))
	}
	var extra [][]doc.Inline
	if v.Owner != "" {
		extra = append(extra, d.Labelled(T("responsable", "owner"), d.Text(v.Owner)))
	}
	if !v.Due.IsZero() {
		extra = append(extra, d.Labelled(T("échéance", "due"), doc.Text(v.Due.Format(d.Lang))))
	}
	if len(extra) > 0 {
		if len(line) > 0 {
			line = append(line, doc.Text(" "))
		}
		line = append(line, doc.Text("("))
		for i, e := range extra {
			if i > 0 {
				line = append(line, doc.Text(Semicolon(d.Lang)))
			}
			line = append(line, e...)
		}
		line = append(line, doc.Text(")"))
	}
	return line
}

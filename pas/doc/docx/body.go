package docx

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/pas-editor/pas/pas/doc"
)

// page is the page setup of the document's sections, in twentieths of a
// point; headers and footers are the relationship ids of their parts.
type page struct {
	w, h                                     int // portrait size
	top, right, bottom, left, header, footer int
	gutter                                   int
	headers, footers                         map[string]string // type (default, first, even) → relationship id
	wideHeaders, wideFooters                 map[string]string // the same for landscape pages, when they differ
	titlePg                                  bool
}

// a4 is an A4 page with 2 cm margins.
func a4() page {
	return page{w: 11906, h: 16838, top: 1134, right: 1134, bottom: 1134, left: 1134, header: 567, footer: 567,
		headers: map[string]string{}, footers: map[string]string{}, wideHeaders: map[string]string{}, wideFooters: map[string]string{}}
}

// width returns the text width of a portrait or landscape page.
func (p page) width(landscape bool) int {
	if landscape {
		return p.h - p.top - p.bottom
	}
	return p.w - p.left - p.right
}

// sectPr ends a section: first is the section holding the cover.
func (p page) sectPr(landscape, first bool) string {
	var b strings.Builder
	b.WriteString(`<w:sectPr>`)
	refs := func(elem string, parts, wide map[string]string) {
		for _, kind := range []string{"default", "first", "even"} {
			id := parts[kind]
			if landscape && wide[kind] != "" {
				id = wide[kind]
			}
			if id != "" && (kind != "first" || first && p.titlePg) {
				b.WriteString(`<w:` + elem + ` w:type="` + kind + `" r:id="` + id + `"/>`)
			}
		}
	}
	refs("headerReference", p.headers, p.wideHeaders)
	refs("footerReference", p.footers, p.wideFooters)
	b.WriteString(`<w:type w:val="nextPage"/>`)
	if landscape {
		fmt.Fprintf(&b, `<w:pgSz w:w="%d" w:h="%d" w:orient="landscape"/>`, p.h, p.w)
		fmt.Fprintf(&b, `<w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="%d" w:footer="%d" w:gutter="%d"/>`,
			p.left, p.top, p.right, p.bottom, p.header, p.footer, p.gutter)
	} else {
		fmt.Fprintf(&b, `<w:pgSz w:w="%d" w:h="%d"/>`, p.w, p.h)
		fmt.Fprintf(&b, `<w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="%d" w:footer="%d" w:gutter="%d"/>`,
			p.top, p.right, p.bottom, p.left, p.header, p.footer, p.gutter)
	}
	if first && p.titlePg {
		b.WriteString(`<w:titlePg/>`)
	}
	b.WriteString(`</w:sectPr>`)
	return b.String()
}

// body writes document.xml.
type body struct {
	b         []byte
	st        styleSet
	pg        page
	bullets   int               // numbering id of the bulleted lists
	bookmarks map[string]string // heading ID → bookmark name
	pages     map[string]int    // heading ID → page number, when known
	nextMark  int
	lastPPr   int // where the last paragraph's properties end, for a section break
	breaks    []sectionBreak
	landscape bool // the section being written is landscape
	first     bool // the section being written is the first one
	newSect   bool // the block being written starts a section
	inHeader  bool // the row being written is a table's header row
}

func newBody(d *doc.Document, st styleSet, pg page, bullets int, pages map[string]int) *body {
	w := &body{b: make([]byte, 0, sizeHint(d)), st: st, pg: pg, bullets: bullets, bookmarks: map[string]string{}, pages: pages, first: true}
	for _, bl := range d.Blocks {
		if h, ok := bl.(*doc.Heading); ok && h.ID != "" {
			w.bookmarks[h.ID] = fmt.Sprintf("_Toc%08d", len(w.bookmarks)+1)
		}
	}
	return w
}

func (w *body) s(s string) { w.b = append(w.b, s...) }

// sizeHint guesses the size of document.xml, so that its buffer seldom
// grows: about 250 bytes of markup a cell, paragraph or item, plus the
// text.
func sizeHint(d *doc.Document) int {
	n := 4096
	add := func(in []doc.Inline) {
		n += 250
		for _, x := range in {
			n += len(x.Text) + 80
		}
	}
	for _, bl := range d.Blocks {
		switch x := bl.(type) {
		case *doc.Heading:
			add(x.Content)
		case *doc.Paragraph:
			add(x.Content)
		case *doc.Table:
			for _, c := range x.Header {
				add(c)
			}
			for _, r := range x.Rows {
				n += 100
				for _, c := range r {
					add(c)
				}
			}
		case *doc.List:
			var items func([]doc.Item)
			items = func(its []doc.Item) {
				for _, it := range its {
					add(it.Content)
					items(it.Sub)
				}
			}
			items(x.Items)
		case *doc.TOC:
			for _, e := range x.Entries {
				add(e.Content)
				n += 400
			}
		}
	}
	return n
}

// document writes the body of the document, in portrait and landscape
// sections (see doc.Landscape), in pieces to be written one after the
// other.
func (w *body) document(d *doc.Document) [][]byte {
	w.s(xmlPI + `<w:document xmlns:w="` + nsW + `" xmlns:r="` + nsR + `"><w:body>`)
	land := doc.Landscape(d.Blocks)
	for i, bl := range d.Blocks {
		w.newSect = i > 0 && land[i] != land[i-1]
		w.block(bl)
		if i+1 < len(d.Blocks) && land[i+1] != land[i] {
			w.endSection()
			w.landscape, w.first = land[i+1], false
		}
	}
	w.s(w.pg.sectPr(w.landscape, w.first))
	w.s(`</w:body></w:document>`)
	return w.chunks()
}

// sectionBreak is a section's properties, to insert at a position.
type sectionBreak struct {
	at   int
	sect string
}

// endSection puts a section break in the last paragraph written (inserted
// when the body is complete).
func (w *body) endSection() {
	w.breaks = append(w.breaks, sectionBreak{w.lastPPr, w.pg.sectPr(w.landscape, w.first)})
}

// chunks returns the body in pieces, its section breaks between them,
// so that it is written out without one more copy.
func (w *body) chunks() [][]byte {
	out := make([][]byte, 0, 2*len(w.breaks)+1)
	last := 0
	for _, br := range w.breaks {
		out = append(out, w.b[last:br.at], []byte(br.sect))
		last = br.at
	}
	return append(out, w.b[last:])
}

// openPara starts a paragraph with its properties and notes where a
// section break would go.
func (w *body) openPara(pPr string) {
	w.s(`<w:p><w:pPr>` + pPr)
	w.lastPPr = len(w.b)
	w.s(`</w:pPr>`)
}

func (w *body) block(bl doc.Block) {
	switch x := bl.(type) {
	case *doc.Heading:
		w.heading(x)
	case *doc.Paragraph:
		w.para("", "", x.Content)
	case *doc.Table:
		w.table(x)
		// a little space after the table, which also keeps two tables apart
		w.openPara(`<w:spacing w:before="0" w:after="0" w:line="160" w:lineRule="exact"/><w:rPr><w:sz w:val="8"/></w:rPr>`)
		w.s(`</w:p>`)
	case *doc.List:
		w.items(x.Items, 0)
	case *doc.TOC:
		w.toc(x)
	}
}

func (w *body) heading(h *doc.Heading) {
	key := sTitle
	switch {
	case h.Plain:
		key = sPlainHeading
	case h.Level == 2:
		key = sHeading1
	case h.Level == 3:
		key = sHeading2
	case h.Level >= 4:
		key = sHeading3
	}
	pPr := `<w:pStyle w:val="` + w.st.id(key) + `"/>`
	if h.NewPage && !w.newSect {
		pPr += `<w:pageBreakBefore/>`
	}
	if key != sTitle {
		pPr += `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>` // the template's own numbering is ours
	}
	w.openPara(pPr)
	mark := w.bookmarks[h.ID]
	if mark != "" {
		w.nextMark++
		w.s(fmt.Sprintf(`<w:bookmarkStart w:id="%d" w:name="%s"/>`, w.nextMark, mark))
	}
	if n := doc.NumberLabel(h.Number); n != "" {
		w.run(doc.Text(n), "")
	}
	w.runs(h.Content, "")
	if mark != "" {
		w.s(fmt.Sprintf(`<w:bookmarkEnd w:id="%d"/>`, w.nextMark))
	}
	w.s(`</w:p>`)
}

// para writes a paragraph in a style ("" for Normal) with extra paragraph
// properties.
func (w *body) para(key, pPr string, content []doc.Inline) {
	if doc.Empty(content) {
		return
	}
	if key != "" {
		pPr = `<w:pStyle w:val="` + w.st.id(key) + `"/>` + pPr
	}
	w.openPara(pPr)
	w.runs(content, "")
	w.s(`</w:p>`)
}

func (w *body) items(items []doc.Item, level int) {
	for _, it := range items {
		numPr := fmt.Sprintf(`<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>`, min(level, 1), w.bullets)
		ind := ""
		if level > 0 {
			ind = `<w:ind w:left="720" w:hanging="360"/>`
		}
		w.openPara(`<w:pStyle w:val="` + w.st.id(sListBullet) + `"/>` + numPr + ind)
		w.runs(it.Content, "")
		w.s(`</w:p>`)
		w.items(it.Sub, level+1)
	}
}

// runs writes inline content; rPr is added to every run (bold in header
// cells).
func (w *body) runs(content []doc.Inline, rPr string) {
	for _, in := range content {
		switch in.Kind {
		case doc.BreakKind:
			w.s(`<w:r><w:br/></w:r>`)
		case doc.SoftBreakKind:
			w.run(doc.Text(" "), rPr)
		case doc.MarkKind:
			// On a header row's fill, the marker's red would not read: it
			// keeps the header's colour, bold, between its brackets.
			style := `<w:rStyle w:val="` + w.st.id(sMarker) + `"/>`
			if w.inHeader {
				style = `<w:b/>`
			}
			w.run(doc.Text("["+in.Text+"]"), style+rPr)
		case doc.LinkKind:
			if mark := w.bookmarks[in.Target]; mark != "" {
				w.s(`<w:hyperlink w:anchor="` + mark + `" w:history="1">`)
				w.run(doc.Text(in.Text), `<w:rStyle w:val="`+w.st.id(sHyperlink)+`"/>`+rPr)
				w.s(`</w:hyperlink>`)
			} else {
				w.run(doc.Text(in.Text), rPr)
			}
		default:
			w.run(in, rPr)
		}
	}
}

// run writes one run of text in its style.
func (w *body) run(in doc.Inline, rPr string) {
	if in.Text == "" {
		return
	}
	if in.Style&doc.Code != 0 {
		rPr = `<w:rStyle w:val="` + w.st.id(sCode) + `"/>` + rPr
	}
	if in.Style&doc.Strong != 0 && !strings.Contains(rPr, "<w:b/>") {
		rPr += `<w:b/>`
	}
	if in.Style&doc.Emph != 0 {
		rPr += `<w:i/>`
	}
	w.s(`<w:r>`)
	if rPr != "" {
		w.s(`<w:rPr>` + rPr + `</w:rPr>`)
	}
	w.s(`<w:t xml:space="preserve">`)
	w.b = appendEscaped(w.b, in.Text)
	w.s(`</w:t></w:r>`)
}

// table writes a table whose header row repeats on each page and whose
// rows do not split across pages.
func (w *body) table(t *doc.Table) {
	widths := columnWidths(t, w.pg.width(w.landscape))
	w.s(`<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/>` +
		`<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/><w:left w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>` +
		`<w:bottom w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/><w:right w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>` +
		`<w:insideH w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/></w:tblBorders>` +
		`<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>` +
		`<w:tblLook w:val="0020" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>`)
	for _, cw := range widths {
		w.s(`<w:gridCol w:w="` + strconv.Itoa(cw) + `"/>`)
	}
	w.s(`</w:tblGrid>`)
	w.row(t.Header, widths, true)
	for _, r := range t.Rows {
		w.row(r, widths, false)
	}
	w.s(`</w:tbl>`)
}

func (w *body) row(cells []doc.Cell, widths []int, header bool) {
	w.s(`<w:tr><w:trPr><w:cantSplit/>`)
	if header {
		w.s(`<w:tblHeader/>`)
	}
	w.s(`</w:trPr>`)
	w.inHeader = header
	defer func() { w.inHeader = false }()
	for i, cw := range widths {
		var c doc.Cell
		if i < len(cells) {
			c = cells[i]
		}
		w.s(`<w:tc><w:tcPr><w:tcW w:w="` + strconv.Itoa(cw) + `" w:type="dxa"/>`)
		key := sTableText
		if header {
			w.s(`<w:shd w:val="clear" w:color="auto" w:fill="` + accent + `"/>`)
			key = sTableHead
		}
		w.s(`</w:tcPr>`)
		w.openPara(`<w:pStyle w:val="` + w.st.id(key) + `"/>`)
		w.runs(c, "")
		w.s(`</w:p></w:tc>`)
	}
	w.s(`</w:tr>`)
}

// columnWidths shares the text width between columns by the length of
// their longest text (between bounds), so that a long answer gets room
// and a short code does not.
func columnWidths(t *doc.Table, total int) []int {
	n := t.Columns()
	if n == 0 {
		return nil
	}
	weight := make([]int, n)
	measure := func(row []doc.Cell) {
		for i, c := range row {
			weight[i] = max(weight[i], min(utf8.RuneCountInString(doc.PlainText(c)), 60))
		}
	}
	measure(t.Header)
	for _, r := range t.Rows {
		measure(r)
	}
	sum := 0
	for i := range weight {
		weight[i] = max(weight[i], 6) + 4
		sum += weight[i]
	}
	out := make([]int, n)
	used := 0
	for i := range weight {
		out[i] = total * weight[i] / sum
		used += out[i]
	}
	out[n-1] += total - used
	widenToWords(out, wordWidths(t))
	return out
}

// Widths in twentieths of a point of the table text (9 pt, bold in the
// header): a character, generously, and a cell's left and right margins.
const (
	runeWidth   = 100
	cellMargins = 2*85 + 30
	longestWord = 24 // a longer word (an address) breaks anyway
)

// wordWidths returns, for each column, the width its longest word needs
// on one line.
func wordWidths(t *doc.Table) []int {
	need := make([]int, t.Columns())
	measure := func(row []doc.Cell) {
		for i, c := range row {
			// non-breaking spaces ("+516 jours") hold a word together
			for _, word := range strings.FieldsFunc(doc.PlainText(c), breakable) {
				need[i] = max(need[i], min(utf8.RuneCountInString(word), longestWord)*runeWidth+cellMargins)
			}
		}
	}
	measure(t.Header)
	for _, r := range t.Rows {
		measure(r)
	}
	return need
}

// breakable reports whether a line may break at this character.
func breakable(r rune) bool { return r == ' ' || r == '\t' || r == '\n' }

// widenToWords widens the columns too narrow for their longest word
// ("adossé" cut into "ados" and "sé"), taking the width from the columns
// wider than they need, in proportion to what each can spare. When the
// page cannot give every column its longest word, widths stay as they are.
func widenToWords(out, need []int) {
	deficit, spare := 0, 0
	for i := range out {
		if out[i] < need[i] {
			deficit += need[i] - out[i]
		} else {
			spare += out[i] - need[i]
		}
	}
	if deficit == 0 || spare < deficit {
		return
	}
	taken, last := 0, -1
	for i := range out {
		if out[i] > need[i] {
			cut := (out[i] - need[i]) * deficit / spare
			out[i] -= cut
			taken += cut
			last = i
		}
	}
	for i := range out {
		if out[i] < need[i] {
			out[i] = need[i]
		}
	}
	out[last] -= deficit - taken // rounding: the widths still add up to the total
}

// toc writes the table of contents as a TOC field whose result is already
// there: each entry links to its heading and shows its page through a
// PAGEREF field, so that it reads without an update and updates in Word.
func (w *body) toc(t *doc.TOC) {
	if len(t.Entries) == 0 {
		return
	}
	for i, e := range t.Entries {
		w.openPara(`<w:pStyle w:val="` + w.st.id(sTOC1) + `"/>`)
		if i == 0 {
			w.field(` TOC \o "1-1" \h \z \u `, false)
		}
		mark := w.bookmarks[e.Target]
		if mark != "" {
			w.s(`<w:hyperlink w:anchor="` + mark + `" w:history="1">`)
		}
		w.runs(e.Content, "")
		if mark != "" {
			w.s(`<w:r><w:tab/></w:r>`)
			w.field(` PAGEREF `+mark+` \h `, false)
			if n := w.pages[e.Target]; n > 0 {
				w.run(doc.Text(strconv.Itoa(n)), "")
			}
			w.s(`<w:r><w:fldChar w:fldCharType="end"/></w:r>`)
			w.s(`</w:hyperlink>`)
		}
		if i == len(t.Entries)-1 {
			w.s(`<w:r><w:fldChar w:fldCharType="end"/></w:r>`)
		}
		w.s(`</w:p>`)
	}
}

// field writes a complex field's instruction, then its separator; closed
// also writes an empty result and the field's end.
func (w *body) field(instr string, closed bool) {
	w.s(`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">` + escaped(instr) +
		`</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>`)
	if closed {
		w.s(`<w:r><w:t></w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`)
	}
}

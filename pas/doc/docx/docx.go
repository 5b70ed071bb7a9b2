// Package docx writes a document tree as a Word document (Office Open XML,
// WordprocessingML) with archive/zip and hand-written XML: Word heading
// styles, numbered headings, a table of contents that reads without an
// update, tables whose header row repeats, landscape pages for wide
// tables, a page header and a footer with "page X / Y".
//
// With a company template (a .docx or .dotx), the template's styles,
// theme, fonts, numbering, headers and footers (logo included) are kept:
// its styles are found by their names ("heading 1", or "Titre 1" in a
// French template), and the plan's values reach the template's own header
// through document properties (DOCPROPERTY fields).
//
// Same tree and template in, same bytes out: zip entries carry a fixed
// time and come in a fixed order.
package docx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/pas-editor/pas/pas/doc"
)

// Options tune the writer.
type Options struct {
	// Template is the content of a company template (.docx or .dotx), nil
	// for the built-in look.
	Template []byte
	// Pages gives the page of headings by ID, when a layout has told it
	// (a first conversion to PDF): the table of contents shows them.
	Pages map[string]int
}

// part is one file of the package.
type part struct {
	name        string // path in the zip, no leading slash
	contentType string // "" when a Default extension covers it
	data        []byte
	chunks      [][]byte // instead of data: pieces written one after the other
}

// relationship ties document.xml to another part.
type relationship struct {
	id, typ, target string
}

const (
	relStyles    = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
	relNumbering = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"
	relSettings  = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings"
	relHeader    = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
	relFooter    = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"
	relTheme     = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme"
	relFontTable = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable"
	ctMain       = "application/vnd.openxmlformats-officedocument.wordprocessingml."
)

// Write returns the document as a .docx file.
func Write(d *doc.Document, opt Options) ([]byte, error) {
	var tpl *template
	if opt.Template != nil {
		var err error
		if tpl, err = readTemplate(opt.Template); err != nil {
			return nil, err
		}
	}
	pk := &pack{d: d, pg: a4(), pages: opt.Pages}
	if tpl != nil {
		pk.fromTemplate(tpl)
	} else {
		pk.builtIn()
	}
	return pk.zip()
}

// pack gathers the parts of one package.
type pack struct {
	d        *doc.Document
	pg       page
	pages    map[string]int
	st       styleSet
	bullets  int
	parts    []part
	rels     []relationship
	defaults map[string]string // extension → content type
}

func (pk *pack) add(name, contentType string, data []byte) {
	pk.parts = append(pk.parts, part{name: name, contentType: contentType, data: data})
}

func (pk *pack) rel(typ, target string) string {
	id := fmt.Sprintf("rId%d", len(pk.rels)+1)
	pk.rels = append(pk.rels, relationship{id: id, typ: typ, target: target})
	return id
}

// builtIn lays out the document with the writer's own styles, header and
// footer.
func (pk *pack) builtIn() {
	width := pk.pg.width(false)
	pk.st = styleSet{}
	for _, st := range styles {
		pk.st[st.key] = st.ids[0]
	}
	pk.bullets = 1
	pk.add("word/styles.xml", ctMain+"styles+xml", defaultStyles(pk.d.Meta.Lang, width))
	pk.rel(relStyles, "styles.xml")
	pk.add("word/numbering.xml", ctMain+"numbering+xml", numbering(nil, pk.bullets))
	pk.rel(relNumbering, "numbering.xml")
	pk.ownHeaderFooter(true, true)
	pk.pg.titlePg = true
}

// ownHeaderFooter adds the writer's header and footer parts where asked,
// one for portrait pages and one for landscape pages, whose right tab
// stop is further.
func (pk *pack) ownHeaderFooter(header, footer bool) {
	for _, wide := range []bool{false, true} {
		name, headers, footers := "", pk.pg.headers, pk.pg.footers
		if wide {
			name, headers, footers = "-wide", pk.pg.wideHeaders, pk.pg.wideFooters
		}
		width := pk.pg.width(wide)
		if header {
			pk.add("word/header-pas"+name+".xml", ctMain+"header+xml", pk.header(width))
			headers["default"] = pk.rel(relHeader, "header-pas"+name+".xml")
		}
		if footer {
			pk.add("word/footer-pas"+name+".xml", ctMain+"footer+xml", pk.footer(width))
			footers["default"] = pk.rel(relFooter, "footer-pas"+name+".xml")
		}
	}
}

// tabs sets the right tab stop of a header or footer paragraph at the
// text width. On a landscape page it clears the portrait stop the header
// and footer styles hold, which the first tab would otherwise stop at,
// leaving the marking and "Page X / Y" in the middle of the page.
func (pk *pack) tabs(width int) string {
	clear := ""
	if portrait := pk.pg.width(false); portrait != width {
		clear = fmt.Sprintf(`<w:tab w:val="clear" w:pos="%d"/>`, portrait)
	}
	return fmt.Sprintf(`<w:tabs>%s<w:tab w:val="right" w:pos="%d"/></w:tabs>`, clear, width)
}

// header writes the page header: the lines of the document's header, the
// marking at the right of the first one.
func (pk *pack) header(width int) []byte {
	m := pk.d.Meta
	w := &body{st: pk.st}
	pPr := `<w:pStyle w:val="` + pk.st.id(sHeader) + `"/>` + pk.tabs(width)
	lines := m.Header
	if len(lines) == 0 && m.Marking != "" {
		lines = [][]doc.Inline{nil}
	}
	for i, line := range lines {
		w.openPara(pPr)
		w.runs(line, "")
		if i == 0 && m.Marking != "" {
			w.s(`<w:r><w:tab/></w:r>`)
			w.run(doc.Styled(m.Marking, doc.Strong), "")
		}
		w.s(`</w:p>`)
	}
	if len(lines) == 0 {
		w.openPara(pPr)
		w.s(`</w:p>`)
	}
	return []byte(xmlPI + `<w:hdr xmlns:w="` + nsW + `" xmlns:r="` + nsR + `">` + string(w.b) + `</w:hdr>`)
}

// footer writes the page footer: the document's footer text, then
// "Page X / Y" at the right with PAGE and NUMPAGES fields.
func (pk *pack) footer(width int) []byte {
	m := pk.d.Meta
	w := &body{st: pk.st}
	w.openPara(`<w:pStyle w:val="` + pk.st.id(sFooter) + `"/>` + pk.tabs(width))
	w.runs(m.Footer, "")
	w.s(`<w:r><w:tab/></w:r>`)
	page, of := m.Labels.Page, m.Labels.Of
	if page == "" {
		page = "Page"
	}
	if of == "" {
		of = "/"
	}
	w.run(doc.Text(page+" "), "")
	w.field(" PAGE ", false)
	w.run(doc.Text("1"), "")
	w.s(`<w:r><w:fldChar w:fldCharType="end"/></w:r>`)
	w.run(doc.Text(" "+of+" "), "")
	w.field(" NUMPAGES ", false)
	w.run(doc.Text("1"), "")
	w.s(`<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`)
	return []byte(xmlPI + `<w:ftr xmlns:w="` + nsW + `" xmlns:r="` + nsR + `">` + string(w.b) + `</w:ftr>`)
}

// numbering writes the bullets of lists, inside a template's numbering
// part when there is one (tpl is its content).
func numbering(tpl []byte, id int) []byte {
	abstract := fmt.Sprintf(`<w:abstractNum xmlns:w="%s" w:abstractNumId="%d"><w:multiLevelType w:val="hybridMultilevel"/>`+
		`<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl>`+
		`<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="–"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>`+
		`</w:abstractNum>`, nsW, id)
	num := fmt.Sprintf(`<w:num xmlns:w="%s" w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>`, nsW, id, id)
	if tpl == nil {
		return []byte(xmlPI + `<w:numbering xmlns:w="` + nsW + `">` + abstract + num + `</w:numbering>`)
	}
	return insertNumbering(tpl, abstract, num)
}

// settings writes the document settings: language of the theme fonts,
// Word 2013+ layout.
func settings(lang string) []byte {
	return []byte(xmlPI + `<w:settings xmlns:w="` + nsW + `"><w:zoom w:percent="100"/><w:defaultTabStop w:val="709"/>` +
		`<w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>` +
		`<w:themeFontLang w:val="` + escaped(lang) + `"/></w:settings>`)
}

// zip assembles the package: the body, settings, properties, content
// types and relationships, entries in a fixed order with a fixed time.
func (pk *pack) zip() ([]byte, error) {
	bd := newBody(pk.d, pk.st, pk.pg, pk.bullets, pk.pages)
	pk.parts = append(pk.parts, part{name: "word/document.xml", contentType: ctMain + "document.main+xml", chunks: bd.document(pk.d)})
	pk.add("word/settings.xml", ctMain+"settings+xml", settings(pk.d.Meta.Lang))
	pk.rel(relSettings, "settings.xml")
	pk.add("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml", coreProps(pk.d.Meta))
	pk.add("docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml", appProps())
	pk.add("docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml", customProps(pk.d.Meta))
	pk.add("word/_rels/document.xml.rels", "", pk.documentRels())
	pk.add("_rels/.rels", "", packageRels())
	pk.add("[Content_Types].xml", "", pk.contentTypes())

	sort.SliceStable(pk.parts, func(i, j int) bool { return partOrder(pk.parts[i].name) < partOrder(pk.parts[j].name) })
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	var fw *flate.Writer // one compressor for every entry, reset each time
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) {
		if fw == nil {
			var err error
			fw, err = fastDeflate(w)
			return fw, err
		}
		fw.Reset(w)
		return fw, nil
	})
	for _, p := range pk.parts {
		f, err := zw.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: fixedTime})
		if err != nil {
			return nil, err
		}
		for _, c := range append([][]byte{p.data}, p.chunks...) {
			if _, err := f.Write(c); err != nil {
				return nil, err
			}
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// fastDeflate compresses at the fastest level: the parts are text that
// compresses well anyway, and writing stays well within the time of the
// Markdown rendering.
func fastDeflate(w io.Writer) (*flate.Writer, error) { return flate.NewWriter(w, flate.BestSpeed) }

// fixedTime is the time of every zip entry, for identical bytes.
var fixedTime = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

// partOrder puts [Content_Types].xml first, as some readers expect, then
// the relationships, then the rest by name.
func partOrder(name string) string {
	switch {
	case name == "[Content_Types].xml":
		return "0"
	case name == "_rels/.rels":
		return "1"
	case name == "word/document.xml":
		return "2"
	}
	return "3" + name
}

func (pk *pack) documentRels() []byte {
	var b strings.Builder
	b.WriteString(xmlPI + `<Relationships xmlns="` + nsRel + `">`)
	for _, r := range pk.rels {
		b.WriteString(`<Relationship Id="` + r.id + `" Type="` + r.typ + `" Target="` + escaped(r.target) + `"/>`)
	}
	b.WriteString(`</Relationships>`)
	return []byte(b.String())
}

func packageRels() []byte {
	return []byte(xmlPI + `<Relationships xmlns="` + nsRel + `">` +
		`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
		`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
		`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>` +
		`<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>` +
		`</Relationships>`)
}

func (pk *pack) contentTypes() []byte {
	defaults := map[string]string{
		"rels": "application/vnd.openxmlformats-package.relationships+xml",
		"xml":  "application/xml",
	}
	for ext, ct := range pk.defaults {
		if _, ok := defaults[ext]; !ok {
			defaults[ext] = ct
		}
	}
	exts := make([]string, 0, len(defaults))
	for ext := range defaults {
		exts = append(exts, ext)
	}
	sort.Strings(exts)
	var b strings.Builder
	b.WriteString(xmlPI + `<Types xmlns="` + nsCT + `">`)
	for _, ext := range exts {
		b.WriteString(`<Default Extension="` + escaped(ext) + `" ContentType="` + escaped(defaults[ext]) + `"/>`)
	}
	for _, p := range pk.parts {
		if p.contentType != "" {
			b.WriteString(`<Override PartName="/` + escaped(p.name) + `" ContentType="` + escaped(p.contentType) + `"/>`)
		}
	}
	b.WriteString(`</Types>`)
	return []byte(b.String())
}

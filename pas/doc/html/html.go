// Package html writes a document tree as one self-contained HTML file:
// inline CSS, no script, no external resource, with print rules for A4
// (chapters on a new page, repeated table headers, landscape pages for
// wide tables, the header, the marking and page numbers in the page
// margins where the browser supports them). Every character of the tree's
// text is escaped here.
package html

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/pas-editor/pas/pas/doc"
)

// Write returns the document as HTML.
func Write(d *doc.Document) []byte {
	w := &writer{}
	m := d.Meta
	w.s(`<!DOCTYPE html>` + "\n" + `<html lang="` + attr(m.Lang) + `">` + "\n<head>\n" + `<meta charset="utf-8">` + "\n")
	w.s(`<meta name="viewport" content="width=device-width, initial-scale=1">` + "\n")
	w.s("<title>" + text(m.Title) + "</title>\n<style>\n" + css + pageCSS(m) + "</style>\n</head>\n<body>\n")
	if len(m.Header) > 0 || m.Marking != "" {
		w.s(`<header class="running">`)
		for _, line := range m.Header {
			w.s(`<p>` + w.inlines(line) + `</p>`)
		}
		if m.Marking != "" {
			w.s(`<p class="marking">` + text(m.Marking) + `</p>`)
		}
		w.s("</header>\n")
	}
	w.s("<main>\n")
	land := doc.Landscape(d.Blocks)
	for i, bl := range d.Blocks {
		if land[i] && (i == 0 || !land[i-1]) {
			w.s(`<div class="wide">` + "\n")
		}
		w.block(bl)
		if land[i] && (i+1 == len(d.Blocks) || !land[i+1]) {
			w.s("</div>\n")
		}
	}
	w.s("</main>\n</body>\n</html>\n")
	return []byte(w.b.String())
}

type writer struct {
	b strings.Builder
}

func (w *writer) s(s string) { w.b.WriteString(s) }

func (w *writer) block(bl doc.Block) {
	switch x := bl.(type) {
	case *doc.Heading:
		w.heading(x)
	case *doc.Paragraph:
		if !doc.Empty(x.Content) {
			w.s("<p>" + w.inlines(x.Content) + "</p>\n")
		}
	case *doc.Table:
		w.table(x)
	case *doc.List:
		w.list(x.Items)
	case *doc.TOC:
		w.s(`<nav class="toc"><ul>` + "\n")
		for _, e := range x.Entries {
			w.s(`<li><a href="#` + attr(e.Target) + `">` + w.inlines(e.Content) + "</a></li>\n")
		}
		w.s("</ul></nav>\n")
	}
}

func (w *writer) heading(h *doc.Heading) {
	tag := fmt.Sprintf("h%d", min(max(h.Level, 1), 6))
	var class []string
	if h.NewPage {
		class = append(class, "new-page")
	}
	if h.Level == 1 {
		class = append(class, "title")
	}
	w.s("<" + tag)
	if h.ID != "" {
		w.s(` id="` + attr(h.ID) + `"`)
	}
	if len(class) > 0 {
		w.s(` class="` + strings.Join(class, " ") + `"`)
	}
	w.s(">")
	if h.Number != "" {
		w.s(`<span class="num">` + text(strings.TrimSpace(doc.NumberLabel(h.Number))) + `</span> `)
	}
	w.s(w.inlines(h.Content) + "</" + tag + ">\n")
}

func (w *writer) table(t *doc.Table) {
	w.s("<table>\n<thead><tr>")
	for _, c := range t.Header {
		w.s(`<th scope="col">` + w.inlines(c) + "</th>")
	}
	w.s("</tr></thead>\n<tbody>\n")
	n := t.Columns()
	for _, r := range t.Rows {
		w.s("<tr>")
		for i := 0; i < n; i++ {
			var c doc.Cell
			if i < len(r) {
				c = r[i]
			}
			w.s("<td>" + w.inlines(c) + "</td>")
		}
		w.s("</tr>\n")
	}
	w.s("</tbody>\n</table>\n")
}

func (w *writer) list(items []doc.Item) {
	w.s("<ul>\n")
	for _, it := range items {
		w.s("<li>" + w.inlines(it.Content))
		if len(it.Sub) > 0 {
			w.s("\n")
			w.list(it.Sub)
		}
		w.s("</li>\n")
	}
	w.s("</ul>\n")
}

var markClass = map[doc.Mark]string{doc.Missing: "mark missing", doc.ToVerify: "mark to-confirm", doc.Question: "mark question"}

func (w *writer) inlines(content []doc.Inline) string {
	var b strings.Builder
	for _, in := range content {
		switch in.Kind {
		case doc.BreakKind:
			b.WriteString("<br>")
		case doc.SoftBreakKind:
			b.WriteString("\n")
		case doc.MarkKind:
			b.WriteString(`<strong class="` + markClass[in.Mark] + `">[` + text(in.Text) + `]</strong>`)
		case doc.LinkKind:
			b.WriteString(`<a href="#` + attr(in.Target) + `">` + text(in.Text) + `</a>`)
		default:
			b.WriteString(styled(in))
		}
	}
	return b.String()
}

func styled(in doc.Inline) string {
	s := text(in.Text)
	if s == "" {
		return ""
	}
	if in.Style&doc.Code != 0 {
		s = "<code>" + s + "</code>"
	}
	if in.Style&doc.Emph != 0 {
		s = "<em>" + s + "</em>"
	}
	if in.Style&doc.Strong != 0 {
		s = "<strong>" + s + "</strong>"
	}
	return s
}

// text escapes character data: the five markup characters become
// references and characters no document should carry (control
// characters, invalid UTF-8) become U+FFFD.
func text(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"':
			b.WriteString("&quot;")
		case r == '\'':
			b.WriteString("&#39;")
		case r == utf8.RuneError && size == 1, !textRune(r):
			b.WriteRune('\uFFFD')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// attr escapes an attribute value (always written between double quotes).
func attr(s string) string { return text(s) }

func textRune(r rune) bool {
	switch {
	case r == '\t' || r == '\n':
		return true
	case r < 0x20 || r >= 0x7f && r < 0xa0, r >= 0xd800 && r < 0xe000, r == 0xfffe, r == 0xffff:
		return false
	}
	return true
}

// cssString writes s as a CSS string: only letters, digits, spaces and
// harmless punctuation as they are, every other character as a hexadecimal
// escape, so that no text can end the string or the style element.
func cssString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == ' ', r >= 0xa0 && textRune(r) && r != 0x2028 && r != 0x2029,
			strings.ContainsRune(".,:;!?()-_/'", r):
			b.WriteRune(r)
		default:
			if !textRune(r) || r == utf8.RuneError {
				r = '\uFFFD'
			}
			fmt.Fprintf(&b, `\%X `, r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// pageCSS puts the header lines, the marking, the footer and "Page X / Y"
// in the page margins of printed pages (the cover page has none).
func pageCSS(m doc.Meta) string {
	var header []string
	for _, line := range m.Header {
		header = append(header, doc.PlainText(line))
	}
	page, of := m.Labels.Page, m.Labels.Of
	if page == "" {
		page = "Page"
	}
	if of == "" {
		of = "/"
	}
	var b strings.Builder
	b.WriteString("@page {\n  size: A4;\n  margin: 22mm 18mm 20mm 18mm;\n")
	if len(header) > 0 {
		b.WriteString("  @top-left { content: " + cssString(strings.Join(header, "\n")) + "; white-space: pre; font-size: 7.5pt; color: #595959; vertical-align: bottom; }\n")
	}
	if m.Marking != "" {
		b.WriteString("  @top-right { content: " + cssString(m.Marking) + "; font-size: 8pt; font-weight: bold; vertical-align: bottom; }\n")
	}
	if len(m.Footer) > 0 {
		b.WriteString("  @bottom-left { content: " + cssString(doc.PlainText(m.Footer)) + "; font-size: 7.5pt; color: #595959; }\n")
	}
	b.WriteString("  @bottom-right { content: " + cssString(page+" ") + " counter(page) " + cssString(" "+of+" ") + " counter(pages); font-size: 7.5pt; color: #595959; }\n}\n")
	b.WriteString("@page :first {\n  @top-left { content: none; }\n  @top-right { content: none; }\n  @bottom-left { content: none; }\n  @bottom-right { content: none; }\n}\n")
	return b.String()
}

// css is the look of the document, on screen and on paper.
const css = `:root { --accent: #1f3864; --grey: #595959; --rule: #a6a6a6; }
html { font-family: Calibri, Carlito, "Segoe UI", "Helvetica Neue", Arial, sans-serif; font-size: 10.5pt; line-height: 1.4; color: #111; }
body { margin: 0; }
main, header.running { max-width: 60rem; margin: 0 auto; padding: 0 1.5rem; }
header.running { padding-top: 1rem; color: var(--grey); font-size: 8.5pt; display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0 2rem; }
header.running p { margin: 0; }
header.running .marking { font-weight: bold; color: #111; }
h1, h2, h3, h4 { color: var(--accent); line-height: 1.2; break-after: avoid; page-break-after: avoid; }
h1.title { font-size: 24pt; margin: 3rem 0 2rem; }
h2 { font-size: 17pt; margin: 2.2rem 0 0.8rem; }
h3 { font-size: 13.5pt; margin: 1.6rem 0 0.5rem; }
h4 { font-size: 11pt; margin: 1.2rem 0 0.4rem; }
table { border-collapse: collapse; width: 100%; margin: 0.6rem 0 1rem; font-size: 9pt; }
th, td { border: 1px solid var(--rule); padding: 0.2rem 0.35rem; text-align: left; vertical-align: top; }
th { background: var(--accent); color: #fff; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
ul { margin: 0.3rem 0 0.8rem; padding-left: 1.4rem; }
.mark { color: #c00000; }
th .mark { color: inherit; }
code { font-family: Consolas, "DejaVu Sans Mono", monospace; font-size: 9pt; }
nav.toc ul { list-style: none; padding-left: 0; }
nav.toc li { margin: 0.2rem 0; }
nav.toc a { color: var(--accent); text-decoration: none; }
nav.toc a::after { content: leader(".") target-counter(attr(href url), page); float: right; }
@page wide { size: A4 landscape; }
@media print {
  html { font-size: 10pt; }
  header.running { display: none; }
  main { max-width: none; padding: 0; }
  .new-page { break-before: page; page-break-before: always; }
  div.wide { page: wide; }
  a { color: inherit; }
}
`

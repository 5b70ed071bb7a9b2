// Package markdown writes a document tree as GitHub-flavoured Markdown.
// Every character of the tree's text is escaped here, so that no text can
// open markup, a link, HTML or a block.
package markdown

import (
	"strings"

	"github.com/pas-editor/pas/pas/doc"
)

// Write returns the document as Markdown, with exactly one final newline.
// The page header, footer and document properties have no place in
// Markdown and are left out.
func Write(d *doc.Document) []byte { return []byte(Blocks(d.Blocks)) }

// Blocks returns blocks as Markdown, with exactly one final newline.
func Blocks(blocks []doc.Block) string {
	w := &writer{}
	w.anchors = w.headingAnchors(blocks)
	for _, bl := range blocks {
		w.block(bl)
	}
	return strings.TrimRight(w.b.String(), "\n") + "\n"
}

type writer struct {
	b       strings.Builder
	anchors map[string]string // heading ID → slug
}

// headingAnchors maps each heading's ID to the slug renderers give its
// text.
func (w *writer) headingAnchors(blocks []doc.Block) map[string]string {
	out := map[string]string{}
	for _, bl := range blocks {
		if h, ok := bl.(*doc.Heading); ok && h.ID != "" {
			out[h.ID] = Slug(w.headingText(h))
		}
	}
	return out
}

func (w *writer) headingText(h *doc.Heading) string {
	return doc.NumberLabel(h.Number) + w.line(h.Content, false)
}

// anchor returns the slug of the heading with this ID, or of the text.
func (w *writer) anchor(id, text string) string {
	if slug, ok := w.anchors[id]; ok {
		return slug
	}
	return Slug(text)
}

func (w *writer) block(bl doc.Block) {
	switch x := bl.(type) {
	case *doc.Heading:
		w.b.WriteString(strings.Repeat("#", x.Level) + " " + headingSafe(w.headingText(x)) + "\n\n")
	case *doc.Paragraph:
		if !doc.Empty(x.Content) {
			w.b.WriteString(w.line(x.Content, true) + "\n\n")
		}
	case *doc.Table:
		w.table(x)
	case *doc.List:
		w.items(x.Items, "")
		w.b.WriteByte('\n')
	case *doc.TOC:
		for _, e := range x.Entries {
			text := w.line(e.Content, false)
			w.b.WriteString("- [" + text + "](#" + w.anchor(e.Target, text) + ")\n")
		}
		w.b.WriteByte('\n')
	}
}

func (w *writer) items(items []doc.Item, indent string) {
	for _, it := range items {
		w.b.WriteString(indent + "- " + w.line(it.Content, false) + "\n")
		w.items(it.Sub, indent+"  ")
	}
}

func (w *writer) table(t *doc.Table) {
	cells := func(row []doc.Cell) {
		w.b.WriteString("|")
		for _, c := range row {
			if s := w.line(c, false); s != "" {
				w.b.WriteString(" " + s + " |")
			} else {
				w.b.WriteString(" |") // an empty cell: one space, as markdownlint wants
			}
		}
		w.b.WriteByte('\n')
	}
	cells(t.Header)
	w.b.WriteString("|" + strings.Repeat(" --- |", len(t.Header)) + "\n")
	for _, r := range t.Rows {
		cells(r)
	}
	w.b.WriteByte('\n')
}

// line writes inline content; guard keeps each line's start from opening
// a block (where the content starts a line of its own).
func (w *writer) line(content []doc.Inline, guard bool) string {
	var b strings.Builder
	atStart := guard
	for _, in := range content {
		switch in.Kind {
		case doc.BreakKind:
			b.WriteString("\\\n")
			atStart = guard
			continue
		case doc.SoftBreakKind:
			b.WriteString("\n")
			atStart = guard
			continue
		case doc.MarkKind:
			b.WriteString("**[" + Escape(in.Text) + "]**")
		case doc.LinkKind:
			text := Escape(in.Text)
			b.WriteString("[" + text + "](#" + w.anchor(in.Target, text) + ")")
		default:
			if in.Text == "" {
				continue
			}
			s := styled(in)
			if atStart && in.Style == 0 {
				s = guardLineStart(s)
			}
			b.WriteString(s)
		}
		atStart = false
	}
	return b.String()
}

func styled(in doc.Inline) string {
	if in.Style&doc.Code != 0 {
		fence := "`"
		for strings.Contains(in.Text, fence) {
			fence += "`"
		}
		return fence + strings.Map(func(r rune) rune {
			if control(r) || r == '\n' {
				return '\uFFFD'
			}
			return r
		}, in.Text) + fence
	}
	s := EscapeLinking(in.Text)
	if in.Style&doc.Emph != 0 {
		s = "*" + s + "*"
	}
	if in.Style&doc.Strong != 0 {
		s = "**" + s + "**"
	}
	return s
}

// headingSafe keeps a heading's text whole: a closing run of "#" would be
// taken for the heading's closing sequence and dropped, so its first "#"
// is escaped; a colon before a letter or digit is escaped so that no
// reader takes it for a directive (":2022") and drops it from the anchor.
func headingSafe(s string) string {
	trimmed := strings.TrimRight(s, "#")
	if trimmed != s && (trimmed == "" || strings.HasSuffix(trimmed, " ")) {
		s = trimmed + "\\" + s[len(trimmed):]
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == ':' && i+1 < len(s) && isAlnum(s[i+1]) && (i == 0 || s[i-1] != '\\') {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

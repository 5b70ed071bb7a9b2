package doc

import (
	"fmt"
	"strconv"
	"strings"
)

// Dump returns a readable outline of the tree, one node a line, for golden
// tests and debugging: what each writer receives, before any escaping.
func Dump(d *Document) string {
	var b strings.Builder
	m := d.Meta
	fmt.Fprintf(&b, "meta lang=%s title=%q subject=%q date=%q marking=%q template=%q page_limit=%d\n",
		m.Lang, m.Title, m.Subject, m.Date, m.Marking, m.Template, m.PageLimit)
	for _, h := range m.Header {
		b.WriteString("  header " + dumpInlines(h) + "\n")
	}
	if len(m.Footer) > 0 {
		b.WriteString("  footer " + dumpInlines(m.Footer) + "\n")
	}
	for _, p := range m.Properties {
		fmt.Fprintf(&b, "  property %s=%q\n", p.Name, p.Value)
	}
	for _, bl := range d.Blocks {
		dumpBlock(&b, bl)
	}
	return b.String()
}

func dumpBlock(b *strings.Builder, bl Block) {
	switch x := bl.(type) {
	case *Heading:
		var flags []string
		if x.Number != "" {
			flags = append(flags, "number="+x.Number)
		}
		if x.ID != "" {
			flags = append(flags, "id="+x.ID)
		}
		if x.NewPage {
			flags = append(flags, "new-page")
		}
		if x.Plain {
			flags = append(flags, "plain")
		}
		fmt.Fprintf(b, "heading %d %s %s\n", x.Level, strings.Join(flags, " "), dumpInlines(x.Content))
	case *Paragraph:
		b.WriteString("para " + dumpInlines(x.Content) + "\n")
	case *Table:
		wide := ""
		if x.Wide {
			wide = " wide"
		}
		fmt.Fprintf(b, "table %dx%d%s\n", len(x.Rows), x.Columns(), wide)
		b.WriteString("  head " + dumpCells(x.Header) + "\n")
		for _, r := range x.Rows {
			b.WriteString("  row " + dumpCells(r) + "\n")
		}
	case *List:
		b.WriteString("list\n")
		dumpItems(b, x.Items, "  ")
	case *TOC:
		b.WriteString("toc\n")
		for _, e := range x.Entries {
			fmt.Fprintf(b, "  entry %d %s -> %s\n", e.Level, dumpInlines(e.Content), e.Target)
		}
	}
}

func dumpItems(b *strings.Builder, items []Item, indent string) {
	for _, it := range items {
		b.WriteString(indent + "- " + dumpInlines(it.Content) + "\n")
		dumpItems(b, it.Sub, indent+"  ")
	}
}

func dumpCells(cells []Cell) string {
	out := make([]string, len(cells))
	for i, c := range cells {
		out[i] = "[" + dumpInlines(c) + "]"
	}
	return strings.Join(out, " ")
}

// dumpInlines quotes each run (Go syntax, so that non-breaking spaces
// show as \u00a0) with its style.
func dumpInlines(in []Inline) string {
	out := make([]string, 0, len(in))
	for _, x := range in {
		switch x.Kind {
		case BreakKind:
			out = append(out, "<br>")
		case SoftBreakKind:
			out = append(out, "<soft>")
		case MarkKind:
			out = append(out, "mark"+strconv.Itoa(int(x.Mark))+strconv.Quote(x.Text))
		case LinkKind:
			out = append(out, "link("+x.Target+")"+strconv.Quote(x.Text))
		default:
			out = append(out, styleName(x.Style)+strconv.Quote(x.Text))
		}
	}
	return strings.Join(out, " ")
}

func styleName(s Style) string {
	name := ""
	if s&Strong != 0 {
		name += "strong"
	}
	if s&Emph != 0 {
		name += "emph"
	}
	if s&Code != 0 {
		name += "code"
	}
	return name
}

// Package doc is the document tree every format is written from: a plan is
// rendered once into a Document (package pas builds it), then one writer
// per format turns it into bytes (packages markdown, html and docx beside
// this one).
//
// Text in the tree is final: French typography is applied, non-breaking
// spaces are characters, blanks are folded. It is never escaped: escaping
// belongs to each writer, for its own format.
package doc

// Document is a rendered PAS: its settings, then its blocks in order.
type Document struct {
	Meta   Meta
	Blocks []Block
}

// Meta holds what a format shows around the text (page header and footer,
// document properties) and the document settings of the plan.
type Meta struct {
	Lang    string // language tag of the text: "fr-FR" or "en-GB"
	Title   string // the document's title, plain text
	Subject string // what the document is about, plain text ("Security Assurance Plan")
	Date    string // date of issue as YYYY-MM-DD, "" when the plan has none
	Marking string // distribution marking, shown on every page where the format allows
	// Header is the page header's text, one line per element; Footer the
	// footer's text before the page numbers.
	Header [][]Inline
	Footer []Inline
	// Properties are the document properties a company template can show
	// in its own header and footer (Word DOCPROPERTY fields), in order.
	Properties []Property
	// Template is the company template named by the plan (a path relative
	// to the plan file), "" for none.
	Template string
	// PageLimit is the maximum number of pages the consultation allows,
	// 0 for none.
	PageLimit int
	// Labels are the few words a writer needs of its own, in the
	// document's language.
	Labels Labels
}

// Labels are the words writers add around the text.
type Labels struct {
	Page string // "Page"
	Of   string // the "/" or "of" between page number and page count
}

// Property is a named document property.
type Property struct {
	Name  string // ASCII identifier, stable across languages ("Reference")
	Value string // plain text
}

// Block is a heading, a paragraph, a table, a list or a table of contents.
type Block interface{ isBlock() }

// Heading is a title. Level 1 is the document's title, level 2 a chapter or
// an appendix, levels 3 and 4 the parts of a chapter.
type Heading struct {
	Level   int
	Number  string // "3", "3.1", "3.1.2"; "" for an unnumbered heading
	Content []Inline
	ID      string // unique anchor in the document, "" when nothing links to it
	NewPage bool   // starts a new page in paged formats
	// Plain keeps the heading out of the outline and the table of contents
	// (the title of the table of contents itself, the cover's version
	// history).
	Plain bool
}

// Paragraph is a run of inline content.
type Paragraph struct {
	Content []Inline
}

// Table is a grid with one header row. Cells hold inline content.
type Table struct {
	Header []Cell
	Rows   [][]Cell
	// Wide asks for a landscape page in paged formats (a RACI matrix, a
	// list with many columns).
	Wide bool
}

// Cell is the content of a table cell.
type Cell []Inline

// List is a bulleted list; items may hold one nested list.
type List struct {
	Items []Item
}

// Item is one entry of a list.
type Item struct {
	Content []Inline
	Sub     []Item
}

// TOC is a table of contents: one entry per heading it lists.
type TOC struct {
	Entries []TOCEntry
}

// TOCEntry points at a heading by its ID, with the heading's full text
// (number included).
type TOCEntry struct {
	Level   int
	Content []Inline
	Target  string
}

func (*Heading) isBlock()   {}
func (*Paragraph) isBlock() {}
func (*Table) isBlock()     {}
func (*List) isBlock()      {}
func (*TOC) isBlock()       {}

// Columns returns the number of columns of a table.
func (t *Table) Columns() int {
	n := len(t.Header)
	for _, r := range t.Rows {
		n = max(n, len(r))
	}
	return n
}

// NumberLabel returns a heading number as it is printed before the title:
// "3. " for a chapter, "3.1 " below, "" for none.
func NumberLabel(number string) string {
	switch {
	case number == "":
		return ""
	case containsDot(number):
		return number + " "
	}
	return number + ". "
}

func containsDot(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			return true
		}
	}
	return false
}

// Landscape tells, for each block, whether paged formats put it on a
// landscape page: a wide table, the heading just before it, and what
// follows it up to the next heading or narrow table.
func Landscape(blocks []Block) []bool {
	out := make([]bool, len(blocks))
	for i, bl := range blocks {
		switch x := bl.(type) {
		case *Table:
			out[i] = x.Wide
		case *Heading:
			if x.Level >= 3 && i+1 < len(blocks) {
				t, ok := blocks[i+1].(*Table)
				out[i] = ok && t.Wide
			}
		default:
			out[i] = i > 0 && out[i-1]
		}
	}
	return out
}

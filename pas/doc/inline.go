package doc

import "strings"

// Kind says what an inline node is.
type Kind uint8

// Inline kinds.
const (
	// TextKind is a run of characters in a style.
	TextKind Kind = iota
	// MarkKind is a visible marker of something to complete ("To confirm"),
	// written between brackets and emphasised by every format.
	MarkKind
	// BreakKind is a line break inside a paragraph.
	BreakKind
	// SoftBreakKind separates a label from the text that follows it: a
	// space where lines are laid out, a new line in plain-text sources.
	SoftBreakKind
	// LinkKind is a run of text that points at a heading of the document.
	LinkKind
)

// Style is a set of character styles.
type Style uint8

// Character styles.
const (
	Strong Style = 1 << iota
	Emph
	Code
)

// Mark says what a marker stands for.
type Mark uint8

// Markers.
const (
	Missing  Mark = iota + 1 // a required answer is missing
	ToVerify                 // an answer waits for confirmation
	Question                 // an open question
)

// Inline is one node of a paragraph, a cell, a heading or a list item.
type Inline struct {
	Kind   Kind
	Text   string // characters, never escaped
	Style  Style  // TextKind and LinkKind
	Mark   Mark   // MarkKind
	Target string // LinkKind: the ID of a heading
}

// Text returns a run of plain text.
func Text(s string) Inline { return Inline{Text: s} }

// Styled returns a run of text in a style.
func Styled(s string, st Style) Inline { return Inline{Text: s, Style: st} }

// Marker returns a marker with its visible label ("To confirm").
func Marker(m Mark, label string) Inline { return Inline{Kind: MarkKind, Text: label, Mark: m} }

// Break returns a line break.
func Break() Inline { return Inline{Kind: BreakKind} }

// SoftBreak returns a soft break.
func SoftBreak() Inline { return Inline{Kind: SoftBreakKind} }

// Link returns text pointing at the heading with this ID.
func Link(s, target string) Inline { return Inline{Kind: LinkKind, Text: s, Target: target} }

// Empty reports whether inline content shows nothing.
func Empty(content []Inline) bool {
	for _, in := range content {
		if in.Kind != TextKind || in.Text != "" {
			return false
		}
	}
	return true
}

// PlainText returns inline content as plain text: markers between
// brackets, breaks as spaces.
func PlainText(content []Inline) string {
	var b strings.Builder
	for _, in := range content {
		switch in.Kind {
		case MarkKind:
			b.WriteString("[" + in.Text + "]")
		case BreakKind, SoftBreakKind:
			b.WriteByte(' ')
		default:
			b.WriteString(in.Text)
		}
	}
	return b.String()
}

package markdown_test

import (
	"bytes"
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/pas-editor/pas/pas/doc"
	"github.com/pas-editor/pas/pas/doc/markdown"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
)

var md = goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough))

func toHTML(t *testing.T, src string) string {
	var b bytes.Buffer
	if err := md.Convert([]byte(src), &b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// paragraphText returns the text of HTML that is exactly one paragraph
// without markup, and false otherwise.
func paragraphText(h string) (string, bool) {
	inner, ok := strings.CutPrefix(h, "<p>")
	if inner, ok = strings.CutSuffix(inner, "</p>\n"); !ok || strings.ContainsAny(inner, "<>") {
		return "", false
	}
	return html.UnescapeString(inner), true
}

// para writes a paragraph of runs of text, as the writer does.
func para(runs ...string) string {
	var in []doc.Inline
	for _, r := range runs {
		in = append(in, doc.Text(r))
	}
	return markdown.Blocks([]doc.Block{&doc.Paragraph{Content: in}})
}

// TestEscapeBlockKeepsTextLiteral: user text beginning a paragraph or
// following other text never turns into markup.
func TestEscapeBlockKeepsTextLiteral(t *testing.T) {
	for _, s := range []string{
		"# not a heading", "- not a list", "1. not a list", "2) nor this", "> not a quote", "<script>alert(1)</script>",
		"a | b | c", "**bold** _em_ `code`", "[link](http://x)", "![img](x.png)", "~~strike~~", "&amp; &lt;",
		"snake_case_name", "=== underline", "+ plus", "\\backslash\\", "    indented code",
	} {
		s = strings.TrimSpace(s)
		got := toHTML(t, para(s))
		if text, ok := paragraphText(got); !ok || text != s {
			t.Errorf("%q written as %q renders as %q", s, para(s), got)
		}
		got = toHTML(t, para("x ", s))
		if text, ok := paragraphText(got); !ok || text != "x "+s {
			t.Errorf("%q written as %q renders as %q", s, para("x ", s), got)
		}
	}
}

func TestEscapeInTable(t *testing.T) {
	got := toHTML(t, markdown.Blocks([]doc.Block{&doc.Table{
		Header: []doc.Cell{{doc.Text("x")}, {doc.Text("y")}},
		Rows:   [][]doc.Cell{{{doc.Text("a | b\nc")}, {doc.Text("z")}}},
	}}))
	if !strings.Contains(got, "<td>a | b c</td>") || strings.Count(got, "<td>") != 2 {
		t.Errorf("table cell broke the table: %s", got)
	}
}

// FuzzEscape: any one line of text, written inside a line or starting a
// paragraph, renders as exactly that text, never as markup.
func FuzzEscape(f *testing.F) {
	for _, s := range []string{"# h", "<b>x</b>", "a|b", "*x*", "1. y", "`c`", "[a](b)", "x_y_z", "&copy;", "---"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !isPrintable(s) {
			return
		}
		folded := strings.Join(strings.FieldsFunc(s, isBlank), " ")
		if folded == "" || strings.ContainsAny(s, "\n") {
			return
		}
		if got := toHTML(t, para("x ", folded)); !matches(got, "x "+folded) {
			t.Fatalf("%q written as %q renders as %q", folded, para("x ", folded), got)
		}
		if got := toHTML(t, para(folded)); !matches(got, folded) {
			t.Fatalf("%q written as %q renders as %q", folded, para(folded), got)
		}
	})
}

func isBlank(r rune) bool {
	return r == ' ' || r == '\t' || r == '\r' || r == '\n' || r == '\v' || r == '\f'
}

// autolink is a link whose text is its own address (an autolink).
var autolink = regexp.MustCompile(`<a href="(?:mailto:)?([^"<>]*)">([^<>]*)</a>`)

func matches(html, text string) bool {
	html = autolink.ReplaceAllStringFunc(html, func(a string) string {
		m := autolink.FindStringSubmatch(a)
		if m[1] != m[2] {
			return a
		}
		return m[2]
	})
	got, ok := paragraphText(html)
	return ok && got == text
}

// TestBareAddressesAreLinks: web and e-mail addresses are written as
// autolinks (markdownlint's MD034) and still read as themselves; nothing
// else becomes a link.
func TestBareAddressesAreLinks(t *testing.T) {
	for _, tc := range []struct{ text, link string }{
		{"Écrire à rssi@ght-deuxrives.example.", `<a href="mailto:rssi@ght-deuxrives.example">rssi@ght-deuxrives.example</a>.`},
		{"voir https://www.cnil.fr/fr/securite_2024?x=1, puis", `<a href="https://www.cnil.fr/fr/securite_2024?x=1">https://www.cnil.fr/fr/securite_2024?x=1</a>, puis`},
		{"(https://cyber.gouv.fr)", `(<a href="https://cyber.gouv.fr">https://cyber.gouv.fr</a>)`},
		{"[l](http://x.example)", `[l](<a href="http://x.example">http://x.example</a>)`}, // the address shows, the label links nowhere
	} {
		got := toHTML(t, para("x ", tc.text))
		if !strings.Contains(got, tc.link) || !matches(got, "x "+tc.text) {
			t.Errorf("%q renders as %q, want %q", tc.text, got, tc.link)
		}
	}
	for _, s := range []string{"www.example.com", "javascript:alert(1)", "[l](javascript:x)", "a@b", "http://localhost", "user/x@y.example"} {
		if got := toHTML(t, para("x ", s)); strings.Contains(got, "<a ") || !matches(got, "x "+s) {
			t.Errorf("%q renders as %q", s, got)
		}
	}
}

// TestHeadingKeepsItsText: a title ending in "#" keeps it, and a colon
// before a digit stays (markdownlint would read ":2022" as a directive and
// leave it out of the anchor).
func TestHeadingKeepsItsText(t *testing.T) {
	for _, title := range []string{"Projet #", "Lot C#", "Référence ##", "ISO/IEC 27001:2022", "#", "Note : fin"} {
		src := markdown.Blocks([]doc.Block{&doc.Heading{Level: 2, Content: []doc.Inline{doc.Text(title)}}})
		if got, want := toHTML(t, src), "<h2>"+html.EscapeString(title)+"</h2>\n"; got != want {
			t.Errorf("heading %q written as %q renders as %q", title, src, got)
		}
	}
}

// isPrintable keeps the fuzzer to text a person can type: no control
// characters and valid UTF-8 (the editor refuses the rest on input).
func isPrintable(s string) bool {
	for _, r := range s {
		if r < 0x20 && r != '\n' && r != '\t' || r >= 0x7f && r < 0xa0 || r == '\uFFFD' {
			return false
		}
	}
	return true
}

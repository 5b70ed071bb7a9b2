package html_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pas-editor/pas/pas/doc"
	"github.com/pas-editor/pas/pas/doc/html"
	"github.com/pas-editor/pas/pas/doc/internal/sample"
	xhtml "golang.org/x/net/html"
)

var update = flag.Bool("update", false, "rewrite the golden file in testdata")

// TestGolden compares the sample document with its golden HTML.
func TestGolden(t *testing.T) {
	got := html.Write(sample.Document())
	path := filepath.Join("testdata", "sample.html")
	if *update {
		os.MkdirAll("testdata", 0o755)
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("sample.html differs from its golden file (go test ./pas/doc/html -update, then review the diff)")
	}
}

// parse reads HTML with a parser we did not write, and returns its
// elements and its text.
func parse(t *testing.T, data []byte) ([]*xhtml.Node, string) {
	t.Helper()
	root, err := xhtml.Parse(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	var elems []*xhtml.Node
	var text strings.Builder
	var walk func(n *xhtml.Node)
	walk = func(n *xhtml.Node) {
		switch n.Type {
		case xhtml.ElementNode:
			elems = append(elems, n)
		case xhtml.TextNode:
			if n.Parent == nil || n.Parent.Data != "style" {
				text.WriteString(n.Data)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return elems, text.String()
}

// hostileText is the hostile string as the document must show it.
const hostileText = "<w:p>&amp;</w:t>]]><script>alert(1)</script></style>*x* _y_ [l](http://x) | \\ \" ' `c` # \uFFFD[2J\uFFFD\uFFFD \u202eevil\u202c \uFFFD \uFFFD end"

// TestSelfContainedAndInert: one file, no script, nothing loaded from
// elsewhere, links only inside the document, and hostile text stays text
// wherever it is (body, title, page margins).
func TestSelfContainedAndInert(t *testing.T) {
	for name, d := range map[string][]byte{"sample": html.Write(sample.Document()), "hostile": html.Write(sample.HostileDocument())} {
		elems, text := parse(t, d)
		styles := 0
		for _, e := range elems {
			switch e.Data {
			case "script", "iframe", "object", "embed", "img", "link", "base", "form":
				t.Errorf("%s: <%s> element", name, e.Data)
			case "style":
				styles++
			}
			for _, a := range e.Attr {
				if a.Key == "src" || strings.HasPrefix(a.Key, "on") || a.Key == "href" && !strings.HasPrefix(a.Val, "#") {
					t.Errorf("%s: <%s %s=%q>", name, e.Data, a.Key, a.Val)
				}
			}
		}
		if styles != 1 {
			t.Errorf("%s: %d style elements, want the one of the document", name, styles)
		}
		if strings.Contains(string(d), "url(") || strings.Contains(string(d), "@import") {
			t.Errorf("%s: the CSS loads something", name)
		}
		if name == "hostile" && strings.Count(text, hostileText) < 20 {
			t.Errorf("hostile text shown %d times, want in every text", strings.Count(text, hostileText))
		}
	}
}

// TestPrintRules: A4 pages, chapters on a new page, repeated table
// headers, the landscape page for the wide table with the heading before
// it, the header, marking and page numbers in the margins, none on the
// cover.
func TestPrintRules(t *testing.T) {
	out := string(html.Write(sample.Document()))
	for _, want := range []string{
		"size: A4;", "@page wide { size: A4 landscape; }", "thead { display: table-header-group; }",
		`.new-page { break-before: page;`, `counter(page)`, `counter(pages)`, `@page :first`,
		`@top-right { content: "Secret des affaires";`,
		`<div class="wide">` + "\n" + `<h4><span class="num">1.1.1</span> Matrice</h4>`,
		`<h2 id="chapter-a" class="new-page"><span class="num">1.</span> Contexte</h2>`,
		`<html lang="fr-FR">`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q", want)
		}
	}
	// the landscape division closes before the next chapter
	if i, j := strings.Index(out, `<div class="wide">`), strings.Index(out, `<h2 id="appendix-b"`); strings.Index(out[i:j], "</div>") < 0 {
		t.Error("landscape division not closed before the appendix")
	}
}

// TestMarkerInHeaderCell: a marker in a table's header cell keeps the
// header's colour (white on the accent), where the markers' red would not
// read.
func TestMarkerInHeaderCell(t *testing.T) {
	d := &doc.Document{Meta: doc.Meta{Lang: "fr-FR"}, Blocks: []doc.Block{
		&doc.Table{Header: []doc.Cell{{doc.Text("Activité")}, {doc.Text("Hébergeur "), doc.Marker(doc.Missing, "À compléter")}},
			Rows: [][]doc.Cell{{{doc.Text("Sauvegardes")}, {doc.Text("R")}}}},
	}}
	out := string(html.Write(d))
	if !strings.Contains(out, `<th scope="col">Hébergeur <strong class="mark missing">[À compléter]</strong></th>`) {
		t.Fatalf("no marker in the header cell:\n%s", out)
	}
	if !strings.Contains(out, "th .mark { color: inherit; }") {
		t.Error("a marker in a header cell is drawn in red on the header's fill")
	}
}

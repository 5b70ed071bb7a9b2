package docx_test

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"flag"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/pas-editor/pas/pas/doc"
	"github.com/pas-editor/pas/pas/doc/docx"
	"github.com/pas-editor/pas/pas/doc/internal/sample"
)

var update = flag.Bool("update", false, "rewrite the golden parts in testdata")

// parts unzips a .docx into its parts, by name.
func parts(t *testing.T, data []byte) map[string][]byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("not a zip: %v", err)
	}
	out := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		out[f.Name] = b
	}
	return out
}

// normalise puts each tag on its own line, so that golden diffs read.
func normalise(b []byte) []byte { return bytes.ReplaceAll(b, []byte("><"), []byte(">\n<")) }

func write(t *testing.T, d *doc.Document, opt docx.Options) []byte {
	t.Helper()
	data, err := docx.Write(d, opt)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestGoldenParts compares every part of the sample document, unzipped and
// one tag a line, with its golden file.
func TestGoldenParts(t *testing.T) {
	got := parts(t, write(t, sample.Document(), docx.Options{}))
	dir := filepath.Join("testdata", "sample")
	if *update {
		os.RemoveAll(dir)
		for name, b := range got {
			path := filepath.Join(dir, filepath.FromSlash(name))
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, normalise(b), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return
	}
	var want []string
	filepath.WalkDir(dir, func(path string, e os.DirEntry, err error) error {
		if err == nil && !e.IsDir() {
			rel, _ := filepath.Rel(dir, path)
			want = append(want, filepath.ToSlash(rel))
		}
		return nil
	})
	var names []string
	for name := range got {
		names = append(names, name)
	}
	sort.Strings(names)
	sort.Strings(want)
	if strings.Join(names, " ") != strings.Join(want, " ") {
		t.Fatalf("parts %v, golden %v (go test ./pas/doc/docx -update)", names, want)
	}
	for _, name := range names {
		w, _ := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
		if g := normalise(got[name]); !bytes.Equal(g, w) {
			t.Errorf("%s differs from its golden file (go test ./pas/doc/docx -update, then review the diff)", name)
		}
	}
}

// TestSameBytes: same tree, same bytes; no entry carries today's time.
func TestSameBytes(t *testing.T) {
	a, b := write(t, sample.Document(), docx.Options{}), write(t, sample.Document(), docx.Options{})
	if !bytes.Equal(a, b) {
		t.Fatal("two writes of one tree differ")
	}
	zr, _ := zip.NewReader(bytes.NewReader(a), int64(len(a)))
	for _, f := range zr.File {
		if f.Modified.Year() != 1980 {
			t.Errorf("%s dated %v", f.Name, f.Modified)
		}
	}
	if zr.File[0].Name != "[Content_Types].xml" {
		t.Errorf("first entry %s", zr.File[0].Name)
	}
}

// wellFormed parses every XML part strictly and returns the text of the
// w:t elements of a part, and the names of all its elements.
func wellFormed(t *testing.T, ps map[string][]byte) {
	t.Helper()
	for name, b := range ps {
		if !strings.HasSuffix(name, ".xml") && !strings.HasSuffix(name, ".rels") {
			continue
		}
		dec := xml.NewDecoder(bytes.NewReader(b))
		for {
			_, err := dec.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%s is not well-formed XML: %v", name, err)
			}
		}
	}
}

// content returns the text of a part's w:t elements and the local names of
// its elements.
func content(t *testing.T, b []byte) (string, map[string]int) {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(b))
	var text strings.Builder
	names := map[string]int{}
	inT := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return text.String(), names
		}
		if err != nil {
			t.Fatal(err)
		}
		switch x := tok.(type) {
		case xml.StartElement:
			names[x.Name.Local]++
			inT = x.Name.Local == "t"
		case xml.EndElement:
			inT = false
		case xml.CharData:
			if inT {
				text.Write(x)
			}
		}
	}
}

// hostileText is the hostile string as every writer must show it:
// characters no document carries replaced by U+FFFD, the rest literal.
const hostileText = "<w:p>&amp;</w:t>]]><script>alert(1)</script></style>*x* _y_ [l](http://x) | \\ \" ' `c` # \uFFFD[2J\uFFFD\uFFFD \u202eevil\u202c \uFFFD \uFFFD end"

// TestHostileText: text from a plan can neither break the XML nor add
// markup, in the body, the header, the footer or the properties.
func TestHostileText(t *testing.T) {
	ps := parts(t, write(t, sample.HostileDocument(), docx.Options{}))
	wellFormed(t, ps)
	body, names := content(t, ps["word/document.xml"])
	if n := strings.Count(body, hostileText); n < 20 {
		t.Errorf("hostile text shown %d times in the body, want every text", n)
	}
	for _, bad := range []string{"script", "style"} {
		if names[bad] > 0 {
			t.Errorf("body has %d <%s> elements", names[bad], bad)
		}
	}
	for _, part := range []string{"word/header-pas.xml", "word/footer-pas.xml", "docProps/core.xml", "docProps/custom.xml"} {
		if !bytes.Contains(ps[part], []byte("&lt;script&gt;alert(1)&lt;/script&gt;")) {
			t.Errorf("%s does not carry the hostile text escaped", part)
		}
	}
}

// TestLanguageAndProperties: the language is set for the text, the core
// properties hold the plan's date and no clock.
func TestLanguageAndProperties(t *testing.T) {
	ps := parts(t, write(t, sample.Document(), docx.Options{}))
	if !bytes.Contains(ps["word/styles.xml"], []byte(`<w:lang w:val="fr-FR"`)) {
		t.Error("styles do not set the language fr-FR")
	}
	core := string(ps["docProps/core.xml"])
	if !strings.Contains(core, "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-11-20T00:00:00Z</dcterms:created>") ||
		strings.Contains(core, "modified") {
		t.Errorf("core properties: %s", core)
	}
	d := sample.Document()
	d.Meta.Date = ""
	if core := string(parts(t, write(t, d, docx.Options{}))["docProps/core.xml"]); strings.Contains(core, "created") {
		t.Errorf("a plan without a date of issue gives a creation date: %s", core)
	}
}

// TestLandscapeSections: the wide table and the heading before it sit in
// a landscape section between two portrait ones, each section with the
// header and footer.
func TestLandscapeSections(t *testing.T) {
	body := string(parts(t, write(t, sample.Document(), docx.Options{}))["word/document.xml"])
	if n := strings.Count(body, "<w:sectPr>"); n != 3 {
		t.Fatalf("%d sections, want 3 (portrait, landscape, portrait)", n)
	}
	land := strings.Index(body, `w:orient="landscape"`)
	matrix, glossary := strings.Index(body, ">Matrice<"), strings.LastIndex(body, ">Annexe A – Glossaire<")
	if land < 0 || !(matrix < land && land < glossary) {
		t.Errorf("landscape section does not end after the wide table (matrix %d, landscape %d, glossary %d)", matrix, land, glossary)
	}
	if strings.Count(body, "<w:headerReference") < 3 || strings.Count(body, "<w:footerReference") < 3 {
		t.Error("a section lacks the header or footer")
	}
	// The landscape header and footer put the marking and the page number
	// at the right of the landscape page: the styles' portrait stop, which
	// the tab would reach first, is cleared.
	ps := parts(t, write(t, sample.Document(), docx.Options{}))
	for _, part := range []string{"word/header-pas-wide.xml", "word/footer-pas-wide.xml"} {
		if !strings.Contains(string(ps[part]), `<w:tabs><w:tab w:val="clear" w:pos="9638"/><w:tab w:val="right" w:pos="14570"/></w:tabs>`) {
			t.Errorf("%s keeps the portrait tab stop:\n%s", part, ps[part])
		}
	}
}

// TestMarkerInHeaderCell: a marker in a table's header cell keeps the
// header's colour (white on the accent fill), bold between its brackets;
// in a body cell it keeps the marker style.
func TestMarkerInHeaderCell(t *testing.T) {
	d := &doc.Document{Meta: doc.Meta{Lang: "fr-FR"}, Blocks: []doc.Block{
		&doc.Table{Header: []doc.Cell{{doc.Text("Activité")}, {doc.Text("Hébergeur "), doc.Marker(doc.Missing, "À compléter")}},
			Rows: [][]doc.Cell{{{doc.Text("Sauvegardes")}, {doc.Marker(doc.Missing, "À compléter")}}}},
	}}
	body := string(parts(t, write(t, d, docx.Options{}))["word/document.xml"])
	head, rest, ok := strings.Cut(body, "</w:tr>")
	if !ok {
		t.Fatalf("no table row:\n%s", body)
	}
	if !strings.Contains(head, "[À compléter]") || strings.Contains(head, "PASMarker") {
		t.Errorf("header row: the marker should be there without the marker style (red on the fill):\n%s", head)
	}
	if !strings.Contains(rest, `<w:rStyle w:val="PASMarker"/>`) {
		t.Errorf("body row: the marker lost its style:\n%s", rest)
	}
}

// TestNarrowColumnKeepsItsWords: a short column beside long texts is
// still wide enough for its longest word, so that Word does not cut
// "adossé" into "ados" and "sé" (the back-to-back appendix's state column).
func TestNarrowColumnKeepsItsWords(t *testing.T) {
	long := doc.Cell{doc.Text(strings.Repeat("Contrat-cadre d'hébergement HDS, version 3.2, du 30 juin 2025 ", 2))}
	d := &doc.Document{Meta: doc.Meta{Lang: "fr-FR"}, Blocks: []doc.Block{
		&doc.Table{Wide: true, Header: []doc.Cell{{doc.Text("Engagement")}, {doc.Text("Partenaire")}, {doc.Text("Source")}, {doc.Text("Marge")}, {doc.Text("État")}},
			Rows: [][]doc.Cell{{long, long, long, {doc.Text("+516\u00a0jours")}, {doc.Text("adossé")}}}},
	}}
	body := string(parts(t, write(t, d, docx.Options{}))["word/document.xml"])
	var widths []int
	for _, m := range strings.Split(body, `<w:gridCol w:w="`)[1:] {
		n, err := strconv.Atoi(m[:strings.IndexByte(m, '"')])
		if err != nil {
			t.Fatal(err)
		}
		widths = append(widths, n)
	}
	if len(widths) != 5 {
		t.Fatalf("want 5 columns, got %v", widths)
	}
	// 9 pt text: about 90 twips a character, plus 170 of cell margins.
	for i, word := range map[int]string{3: "+516\u00a0jours", 4: "adossé"} {
		if need := utf8.RuneCountInString(word)*90 + 170; widths[i] < need {
			t.Errorf("column %d is %d twips wide, %q needs %d: %v", i, widths[i], word, need, widths)
		}
	}
	total := 0
	for _, w := range widths {
		total += w
	}
	if total != 9638 && total != 14570 {
		t.Errorf("widths add up to %d, not the text width: %v", total, widths)
	}
}

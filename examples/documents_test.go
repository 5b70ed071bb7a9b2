package examples

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/xml"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/pas-editor/pas/internal/readers"
	"github.com/pas-editor/pas/pas"
	"github.com/pas-editor/pas/pas/doc"
	"github.com/pas-editor/pas/pas/doc/docx"
	"github.com/pas-editor/pas/pas/doc/html"
	"github.com/pas-editor/pas/pas/doc/markdown"
	"github.com/pas-editor/pas/pas/doc/pdf"
)

// exampleTree renders an example's document tree.
func exampleTree(t *testing.T, l pas.Lang) *doc.Document {
	t.Helper()
	return pas.Build(decode(t, Plan(l), string(l)+"/plan.yaml"), pas.RenderOptions{Audience: pas.ClientAudience, Today: asOf})
}

// exampleDOCX writes an example as a .docx file in a temporary folder.
func exampleDOCX(t *testing.T, l pas.Lang) (*doc.Document, string) {
	t.Helper()
	tree := exampleTree(t, l)
	data, err := docx.Write(tree, docx.Options{})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "plan.docx")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return tree, path
}

var (
	atxHeading = regexp.MustCompile(`(?m)^(#{1,6}) (.*)$`)
	pipeRule   = regexp.MustCompile(`(?m)^\|(?: *:?-+:? *\|)+$`)
	mdEscape   = regexp.MustCompile(`\\([[:punct:]])`)
)

// headings lists a Markdown text's headings as "level text", escapes and
// spaces folded; shift lowers every level.
func headings(md string, shift int) []string {
	var out []string
	for _, m := range atxHeading.FindAllStringSubmatch(md, -1) {
		text := strings.Join(strings.Fields(mdEscape.ReplaceAllString(m[2], "$1")), " ")
		out = append(out, strings.Repeat("#", len(m[1])-shift)+" "+text)
	}
	return out
}

// TestDOCXReadByPandoc: pandoc reads the Word document back with the same
// headings (Word's Heading 1 is the Markdown's level 2, the title goes to
// pandoc's metadata) and as many tables as the Markdown.
func TestDOCXReadByPandoc(t *testing.T) {
	pandoc := readers.Pandoc(t)
	for _, l := range pas.Langs {
		t.Run(string(l), func(t *testing.T) {
			tree, path := exampleDOCX(t, l)
			out, err := exec.Command(pandoc, "-f", "docx", "-t", "gfm", "--wrap=none", path).Output()
			if err != nil {
				t.Fatalf("pandoc: %v", err)
			}
			md := string(markdown.Write(tree))
			want := headings(md, 1)[1:] // the title is metadata for pandoc
			got := headings(string(out), 0)
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("headings read by pandoc differ:\n%s", firstLineDiff(want, got))
			}
			tables := len(pipeRule.FindAllString(string(out), -1)) + strings.Count(string(out), "<table>")
			mdTables := len(pipeRule.FindAllString(md, -1))
			t.Logf("%d headings, %d tables", len(got), mdTables)
			if len(got) < 50 || tables != mdTables {
				t.Errorf("pandoc reads %d headings and %d tables, the Markdown has %d tables", len(got), tables, mdTables)
			}
		})
	}
}

func firstLineDiff(want, got []string) string {
	for i := 0; i < len(want) || i < len(got); i++ {
		var w, g string
		if i < len(want) {
			w = want[i]
		}
		if i < len(got) {
			g = got[i]
		}
		if w != g {
			return "want " + w + "\n got " + g
		}
	}
	return ""
}

// pythonCheck reads the document with python-docx and prints what a
// person checks: heading styles, header text, page fields, repeated
// header rows, landscape sections, language.
const pythonCheck = `import sys, collections, docx
from docx.oxml.ns import qn
d = docx.Document(sys.argv[1])
styles = collections.Counter(p.style.name for p in d.paragraphs if p.style.name.startswith("Heading"))
print("headings", styles["Heading 1"], styles["Heading 2"], styles["Heading 3"])
s = d.sections[1]
print("header", " | ".join(p.text for p in s.header.paragraphs))
instr = "".join(t.text for t in s.footer._element.iter(qn("w:instrText")))
print("fields", "PAGE" in instr.split(), "NUMPAGES" in instr.split())
heads = [t for t in d.tables if t.rows[0]._tr.trPr is not None and t.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None]
split = [r for t in d.tables for r in t.rows if r._tr.trPr is None or r._tr.trPr.find(qn("w:cantSplit")) is None]
print("tables", len(d.tables), "repeated", len(heads), "splitting", len(split))
print("landscape", sum(1 for s in d.sections if s.orientation == 1) > 0)
print("first page", d.sections[0].different_first_page_header_footer)
print("language", d.core_properties.language)
`

// TestDOCXReadByPythonDocx: python-docx finds Word headings, the header
// with the consultation, candidate, reference and marking, the PAGE and
// NUMPAGES fields, a repeated header row in every table and no row that
// splits, landscape sections, and the document's language.
func TestDOCXReadByPythonDocx(t *testing.T) {
	for _, l := range pas.Langs {
		t.Run(string(l), func(t *testing.T) {
			tree, path := exampleDOCX(t, l)
			got := readers.RunPython(t, pythonCheck, path)
			counts := map[int]int{}
			tables := 0
			for _, b := range tree.Blocks {
				switch x := b.(type) {
				case *doc.Heading:
					if !x.Plain && x.Level > 1 {
						counts[x.Level]++
					}
				case *doc.Table:
					tables++
				}
			}
			m := tree.Meta
			marking := map[pas.Lang]string{pas.FR: "Secret des affaires", pas.EN: "Trade secret (secret des affaires)"}[l]
			want := strings.Join([]string{
				"headings " + strconv.Itoa(counts[2]) + " " + strconv.Itoa(counts[3]) + " " + strconv.Itoa(counts[4]),
				"header " + doc.PlainText(m.Header[0]) + "\t" + marking + " | " + doc.PlainText(m.Header[1]),
				"fields True True",
				"tables " + strconv.Itoa(tables) + " repeated " + strconv.Itoa(tables) + " splitting 0",
				"landscape True",
				"first page True",
				"language " + m.Lang,
			}, "\n")
			if got != want {
				t.Errorf("python-docx reads:\n%s\nwant:\n%s", got, want)
			}
			if !strings.Contains(doc.PlainText(m.Header[1]), "PAS-HSN-GHTDR-2026-01") || !strings.Contains(doc.PlainText(m.Header[0]), "GHT-DR-2026-014") {
				t.Errorf("header lines %q lack the consultation or the reference", doc.PlainText(m.Header[0])+" / "+doc.PlainText(m.Header[1]))
			}
		})
	}
}

// TestPDFByLibreOffice converts the French example with LibreOffice when
// it is installed: a PDF/A-2 whose bookmarks give every chapter's page,
// then the table of contents shows them.
func TestPDFByLibreOffice(t *testing.T) {
	soffice := readers.Soffice(t)
	tree := exampleTree(t, pas.FR)
	data, err := docx.Write(tree, docx.Options{})
	if err != nil {
		t.Fatal(err)
	}
	out, err := pdf.Convert(context.Background(), soffice, data)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(out, []byte("%PDF-")) || !regexp.MustCompile(`pdfaid:part(?:>|=")2`).Match(out) {
		t.Fatal("not a PDF/A-2 file")
	}
	pages := pdf.HeadingPages(tree, out)
	entries := 0
	last := 0
	for _, b := range tree.Blocks {
		if toc, ok := b.(*doc.TOC); ok {
			for _, e := range toc.Entries {
				entries++
				if p := pages[e.Target]; p <= last {
					t.Errorf("%s on page %d, after page %d", e.Target, p, last)
				} else {
					last = p
				}
			}
		}
	}
	if n := pdf.Pages(out); entries == 0 || n < last || n < 20 {
		t.Errorf("%d pages, %d entries, last chapter on page %d", n, entries, last)
	}
}

// hostile is text from a plan that tries every format's markup, control
// characters and bidi overrides.
const hostile = "<script>alert(1)</script>]]></w:t><w:p/>&amp; *x* [l](http://x) | # \u202eevil\u202c \x1b[2J\x07 « fin » ; ok ?"

// hostilePlan is the French example with the hostile text in every text
// field and record field, notes and justifications, and as the question
// and owner of a value to confirm.
func hostilePlan(t *testing.T) *pas.Plan {
	t.Helper()
	p := decode(t, Plan(pas.FR), "fr/plan.yaml")
	set := func(v *pas.Value) {
		v.Str, v.Has = hostile+"\nsecond line\n\n"+hostile, true
	}
	for _, s := range p.Cat.Sections {
		for _, f := range s.Fields {
			switch f.Kind {
			case pas.KText, pas.KLongText:
				v := &pas.Value{}
				set(v)
				if f.ID == "title" {
					v.State, v.Question, v.Owner = pas.ToConfirm, hostile, hostile
				}
				p.Set(f, v)
			case pas.KList:
				for _, r := range p.Records(f) {
					for _, rf := range f.Fields {
						if rf.Kind == pas.KText || rf.Kind == pas.KLongText {
							v := &pas.Value{}
							set(v)
							r.Set(rf, v)
						}
					}
				}
			}
		}
		if d := p.Data(s.ID); d != nil {
			d.Notes = hostile
		}
	}
	return p
}

// TestHostilePlanDocuments: hostile text in every field kind neither breaks
// the Word document's XML nor becomes HTML markup, and shows as text.
func TestHostilePlanDocuments(t *testing.T) {
	p := hostilePlan(t)
	for _, aud := range []pas.Audience{pas.ClientAudience, pas.InternalAudience} {
		tree := pas.Build(p, pas.RenderOptions{Audience: aud, Today: asOf, Findings: pas.RunChecks(p, asOf)})
		data, err := docx.Write(tree, docx.Options{})
		if err != nil {
			t.Fatal(err)
		}
		zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range zr.File {
			rc, _ := f.Open()
			b, _ := io.ReadAll(rc)
			rc.Close()
			if strings.HasSuffix(f.Name, ".xml") || strings.HasSuffix(f.Name, ".rels") {
				dec := xml.NewDecoder(bytes.NewReader(b))
				for {
					tok, err := dec.Token()
					if err == io.EOF {
						break
					}
					if err != nil {
						t.Fatalf("%s: %v", f.Name, err)
					}
					if se, ok := tok.(xml.StartElement); ok && (se.Name.Local == "script" || se.Name.Space == "" && se.Name.Local == "p") {
						t.Fatalf("%s: element <%s> from the plan", f.Name, se.Name.Local)
					}
				}
			}
		}
		page := string(html.Write(tree))
		if strings.Contains(page, "<script") || strings.Contains(page, "\x1b") || !strings.Contains(page, "&lt;script&gt;alert(1)&lt;/script&gt;") {
			t.Error("hostile text is markup in the HTML, or missing")
		}
		if md := string(markdown.Write(tree)); regexp.MustCompile(`(^|[^\\])<script`).MatchString(md) || strings.Contains(md, "\x1b") {
			t.Error("hostile text is markup in the Markdown")
		}
	}
}

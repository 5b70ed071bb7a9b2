package grid

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/pas-editor/pas/pas"
	"github.com/pas-editor/pas/sections"
)

// canonical writes an XML part as a comparable string: elements by
// namespace and local name, attributes sorted, namespace declarations and
// blank text left out; drop names elements left out entirely.
func canonical(t *testing.T, data []byte, drop ...string) string {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(data))
	var b strings.Builder
	skip := 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return b.String()
		}
		if err != nil {
			t.Fatalf("XML part does not parse: %v", err)
		}
		switch x := tok.(type) {
		case xml.StartElement:
			if skip > 0 || contains(drop, x.Name.Local) {
				skip++
				continue
			}
			var attrs []string
			for _, a := range x.Attr {
				if a.Name.Space == "xmlns" || a.Name.Local == "xmlns" || a.Name.Space == "http://schemas.openxmlformats.org/markup-compatibility/2006" {
					continue
				}
				attrs = append(attrs, a.Name.Space+":"+a.Name.Local+"="+a.Value)
			}
			sort.Strings(attrs)
			fmt.Fprintf(&b, "<%s:%s %s>", x.Name.Space, x.Name.Local, strings.Join(attrs, " "))
		case xml.EndElement:
			if skip > 0 {
				skip--
				continue
			}
			fmt.Fprintf(&b, "</%s>", x.Name.Local)
		case xml.CharData:
			if skip == 0 && strings.TrimSpace(string(x)) != "" {
				b.WriteString(string(x))
			}
		}
	}
}

// sheetCells reads every cell of a worksheet part: reference → style,
// type, formula and value (shared strings resolved).
func sheetCells(t *testing.T, sheet, sst []byte) map[string]string {
	t.Helper()
	var strs struct {
		SI []struct {
			T string `xml:"t"`
			R []struct {
				T string `xml:"t"`
			} `xml:"r"`
		} `xml:"si"`
	}
	_ = xml.Unmarshal(sst, &strs)
	var ws struct {
		Rows []struct {
			R     string `xml:"r,attr"`
			Cells []struct {
				R  string `xml:"r,attr"`
				S  string `xml:"s,attr"`
				T  string `xml:"t,attr"`
				F  string `xml:"f"`
				V  string `xml:"v"`
				IS string `xml:"is>t"`
			} `xml:"c"`
		} `xml:"sheetData>row"`
	}
	if err := xml.Unmarshal(sheet, &ws); err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, r := range ws.Rows {
		for _, c := range r.Cells {
			v := c.V
			if c.T == "s" {
				var i int
				fmt.Sscan(c.V, &i)
				si := strs.SI[i]
				v = si.T
				for _, run := range si.R {
					v += run.T
				}
			}
			if c.T == "inlineStr" {
				v = c.IS
			}
			if c.F != "" {
				v = "" // a formula's cached value is recomputed by the buyer's spreadsheet
			}
			out[c.R] = fmt.Sprintf("s=%s f=%s v=%s", c.S, c.F, v)
		}
	}
	return out
}

func zipMap(t *testing.T, data []byte) map[string][]byte {
	t.Helper()
	_, parts, err := zipParts(data)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]byte{}
	for name := range parts {
		out[name] = readPart(parts, name)
	}
	return out
}

// answeredGrid imports the buyer-like workbook and answers a few
// requirements the way a user would.
func answeredGrid(t *testing.T, dir string) (*Book, *Grid) {
	t.Helper()
	path := saveWorkbook(t, buyerWorkbook(t, frenchGrid), dir, "grille.xlsx")
	return answer(t, path, dir)
}

func answer(t *testing.T, path, dir string) (*Book, *Grid) {
	t.Helper()
	b, err := OpenBook(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(b.Close)
	g, _, err := Import(b, buyerOptions(), sections.Catalogue(), dir)
	if err != nil {
		t.Fatal(err)
	}
	g.Requirement("CON-01").Map = []string{"continuity"}
	g.Requirement("CON-01").Status = Compliant
	g.Requirement("CON-04").Map = []string{"continuity.bcp.rto", "continuity.bcp.rpo"}
	g.Requirement("CON-04").Status = Partial
	g.Requirement("CON-04").Comment = "RPO d'une heure ; RTO de 4\u00a0h (2\u00a0h demandé) : voir le plan de reprise."
	g.Requirement("HEB-02").Map = []string{"datacenter"}
	return b, g
}

// TestExportChangesOnlyAnswerCells compares the workbook's parts before
// and after: every part but the answered sheet, the shared strings and
// the workbook (asked to recalculate formulas) is byte for byte the
// buyer's; in those, only the answer cells changed.
func TestExportChangesOnlyAnswerCells(t *testing.T) {
	dir := t.TempDir()
	b, g := answeredGrid(t, dir)
	before, _ := os.ReadFile(b.Path)
	ref := pas.HeadingReferences(examplePlan(t, pas.FR), pas.RenderOptions{})
	out, rep, err := Export(b, g, ref, pas.FR)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Statuses != 2 || rep.Comments != 1 || rep.Refs != 3 || rep.Unanswered != len(frenchGrid)-2 {
		t.Errorf("report = %+v", rep)
	}
	if after, _ := os.ReadFile(b.Path); !bytes.Equal(before, after) {
		t.Fatal("the buyer's file was modified")
	}
	checkOnlyAnswers(t, before, out, map[string]string{
		"D" + row(g, "CON-01"): "Conforme",
		"F" + row(g, "CON-01"): "§\u00a018",
		"D" + row(g, "CON-04"): "Partiellement conforme",
		"E" + row(g, "CON-04"): g.Requirement("CON-04").Comment,
		"F" + row(g, "CON-04"): "§\u00a018.3", // the heading of the RTO and RPO in the document
		"F" + row(g, "HEB-02"): "§\u00a05",
	})
	again, _, _ := Export(b, g, ref, pas.FR)
	if !bytes.Equal(out, again) {
		t.Error("export is not deterministic")
	}
	if err := os.WriteFile(filepath.Join(dir, "answered.xlsx"), out, 0o644); err != nil {
		t.Fatal(err)
	}
}

func row(g *Grid, id string) string { return fmt.Sprint(g.Requirement(id).Row) }

func checkOnlyAnswers(t *testing.T, before, after []byte, answers map[string]string) {
	t.Helper()
	bp, ap := zipMap(t, before), zipMap(t, after)
	changed := map[string]bool{"xl/worksheets/sheet1.xml": true, "xl/workbook.xml": true}
	for name, data := range bp {
		if ap[name] == nil {
			t.Errorf("part %s is gone", name)
		} else if !changed[name] && !bytes.Equal(data, ap[name]) {
			t.Errorf("part %s changed", name)
		}
	}
	for name := range ap {
		if bp[name] == nil {
			t.Errorf("part %s was added", name)
		}
	}
	if a, b := canonical(t, bp["xl/workbook.xml"], "calcPr"), canonical(t, ap["xl/workbook.xml"], "calcPr"); a != b {
		t.Errorf("workbook.xml changed beyond calcPr:\n%s\n%s", a, b)
	}
	if wb := string(ap["xl/workbook.xml"]); !strings.Contains(wb, `fullCalcOnLoad="1"`) && !strings.Contains(wb, `fullCalcOnLoad="true"`) {
		t.Error("formulas are not recalculated on load")
	}
	sheet := "xl/worksheets/sheet1.xml"
	if a, b := canonical(t, bp[sheet], "sheetData", "dimension"), canonical(t, ap[sheet], "sheetData", "dimension"); a != b {
		t.Errorf("sheet changed outside its cells:\n%s\n%s", a, b)
	}
	bc, ac := sheetCells(t, bp[sheet], bp["xl/sharedStrings.xml"]), sheetCells(t, ap[sheet], ap["xl/sharedStrings.xml"])
	for ref, v := range ac {
		want, isAnswer := answers[ref]
		switch {
		case isAnswer && !strings.HasSuffix(v, "v="+want):
			t.Errorf("answer cell %s = %s, want %q", ref, v, want)
		case isAnswer && bc[ref] != "" && strings.Fields(bc[ref])[0] != strings.Fields(v)[0]:
			t.Errorf("answer cell %s lost its style: %s → %s", ref, bc[ref], v)
		case !isAnswer && bc[ref] != v:
			t.Errorf("cell %s changed: %q → %q", ref, bc[ref], v)
		}
	}
	for ref, v := range bc {
		if _, isAnswer := answers[ref]; !isAnswer && ac[ref] != v {
			t.Errorf("cell %s lost: %q", ref, v)
		}
	}
	for ref := range answers {
		if ac[ref] == "" {
			t.Errorf("answer cell %s left empty", ref)
		}
	}
}

// officeCopy has LibreOffice save a workbook again, as a buyer's
// spreadsheet program writes it (its own XML, not the test library's).
func officeCopy(t *testing.T, path, format string) string {
	t.Helper()
	if Office() == "" {
		t.Skip("LibreOffice is not installed (.ci/run installs it)")
	}
	dir := t.TempDir()
	out, err := convert(path, format, dir)
	if err != nil {
		t.Fatal(err)
	}
	dst := filepath.Join(filepath.Dir(path), "office-"+filepath.Base(out))
	data, _ := os.ReadFile(out)
	if err := os.WriteFile(dst, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return dst
}

// TestExportOfficeWorkbook: the same on a workbook written by LibreOffice.
func TestExportOfficeWorkbook(t *testing.T) {
	dir := t.TempDir()
	src := saveWorkbook(t, buyerWorkbook(t, frenchGrid), dir, "grille.xlsx")
	path := officeCopy(t, src, "xlsx")
	b, g := answer(t, path, dir)
	before, _ := os.ReadFile(path)
	out, _, err := Export(b, g, ChapterReferences(sections.Catalogue()), pas.FR)
	if err != nil {
		t.Fatal(err)
	}
	checkOnlyAnswers(t, before, out, map[string]string{
		"D" + row(g, "CON-01"): "Conforme",
		"F" + row(g, "CON-01"): "§\u00a018",
		"D" + row(g, "CON-04"): "Partiellement conforme",
		"E" + row(g, "CON-04"): g.Requirement("CON-04").Comment,
		"F" + row(g, "CON-04"): "§\u00a018",
		"F" + row(g, "HEB-02"): "§\u00a05",
	})
}

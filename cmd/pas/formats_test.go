package main

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/pas-editor/pas/examples"
	"github.com/pas-editor/pas/pas"
	"github.com/pas-editor/pas/pas/doc/pdf"
)

// runWith runs the command line in dir with these environment variables
// (LANG=C.UTF-8 besides).
func runWith(t *testing.T, dir string, vars map[string]string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := env{
		stdin: strings.NewReader(""), stdout: &out, stderr: &errb,
		getenv: func(k string) string {
			if k == "LANG" {
				return "C.UTF-8"
			}
			return vars[k]
		},
		now:    func() time.Time { return time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC) },
		tty:    func() bool { return false },
		colour: func() bool { return false },
	}
	wd, _ := os.Getwd()
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = os.Chdir(wd) }()
	return run(args, e), out.String(), errb.String()
}

// TestRenderFormats: the format comes from --format, else the output's
// extension; each lands beside the plan by default; bad formats and
// templates are usage errors; without LibreOffice, a PDF is refused with
// the way to get one, and nothing is written.
func TestRenderFormats(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "plan.yaml"), examples.Plan(pas.EN), 0o644); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("not a template"), 0o644)
	noOffice := map[string]string{"PAS_SOFFICE": filepath.Join(dir, "no-soffice")}
	for _, tc := range []struct {
		name   string
		args   []string
		code   int
		stderr string
		file   string // written, and starting with magic
		magic  string
	}{
		{"docx", []string{"render", "plan.yaml", "--format", "docx"}, 0, "Document written: plan.docx", "plan.docx", "PK\x03\x04"},
		{"docx, page limit", []string{"render", "plan.yaml", "--format", "docx", "-o", "pl.docx"}, 0, "Page limit of 60 set in the plan: the page count is checked on the PDF", "pl.docx", "PK\x03\x04"},
		{"html", []string{"render", "plan.yaml", "--format", "html"}, 0, "Document written: plan.html", "plan.html", "<!DOCTYPE html>"},
		{"md", []string{"render", "plan.yaml", "--format", "md"}, 0, "Document written: plan.md", "plan.md", "# Security Assurance Plan"},
		{"from extension", []string{"render", "plan.yaml", "-o", "annex.docx"}, 0, "Document written: annex.docx", "annex.docx", "PK\x03\x04"},
		{"upper case", []string{"render", "plan.yaml", "--format", "HTML", "-o", "x.htm"}, 0, "x.htm", "x.htm", "<!DOCTYPE html>"},
		{"bad format", []string{"render", "plan.yaml", "--format", "odt"}, 2, "--format: md, docx, html or pdf, not \"odt\"", "", ""},
		{"missing template", []string{"render", "plan.yaml", "--format", "docx", "--template", "none.docx", "-o", "t1.docx"}, 2, "cannot read template none.docx", "", ""},
		{"not a template", []string{"render", "plan.yaml", "--format", "docx", "--template", "notes.txt", "-o", "t2.docx"}, 2, "template notes.txt cannot be used", "", ""},
		{"no LibreOffice", []string{"render", "plan.yaml", "--format", "pdf"}, 2, "LibreOffice was not found", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := runWith(t, dir, noOffice, tc.args...)
			if code != tc.code || !strings.Contains(stderr, tc.stderr) {
				t.Fatalf("exit %d, stderr %q; want %d and %q", code, stderr, tc.code, tc.stderr)
			}
			if tc.file != "" {
				data, err := os.ReadFile(filepath.Join(dir, tc.file))
				if err != nil || !bytes.HasPrefix(data, []byte(tc.magic)) {
					t.Fatalf("%s: %v, starts %q", tc.file, err, data[:min(len(data), 16)])
				}
			}
		})
	}
	for _, f := range []string{"plan.pdf", "t1.docx", "t2.docx"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err == nil {
			t.Errorf("%s written by a failed run", f)
		}
	}
	if _, stderr := runWithStderr(t, dir, noOffice, "render", "plan.yaml", "--format", "pdf"); !strings.Contains(stderr, "--format html") {
		t.Errorf("the refusal does not say how to get a PDF: %s", stderr)
	}
}

func runWithStderr(t *testing.T, dir string, vars map[string]string, args ...string) (int, string) {
	code, _, stderr := runWith(t, dir, vars, args...)
	return code, stderr
}

// TestRenderTemplateFromPlan: the template named in the plan is read
// relative to the plan's folder, and --template overrides it.
func TestRenderTemplateFromPlan(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "tender")
	os.MkdirAll(filepath.Join(sub, "brand"), 0o755)
	plan := strings.Replace(string(examples.Plan(pas.EN)), "    annex: Annex 5 to the technical proposal\n",
		"    annex: Annex 5 to the technical proposal\n    template: brand/company.docx\n", 1)
	os.WriteFile(filepath.Join(sub, "plan.yaml"), []byte(plan), 0o644)
	if code, _, stderr := runWith(t, dir, nil, "render", "tender/plan.yaml", "--format", "docx"); code != 2 || !strings.Contains(stderr, filepath.Join("tender", "brand", "company.docx")) {
		t.Fatalf("a missing plan template is not reported: %d %s", code, stderr)
	}
	os.WriteFile(filepath.Join(sub, "brand", "company.docx"), minimalDocx(t), 0o644)
	code, _, stderr := runWith(t, dir, nil, "render", "tender/plan.yaml", "--format", "docx")
	if want := "Template: " + filepath.Join("tender", "brand", "company.docx"); code != 0 || !strings.Contains(stderr, want) {
		t.Fatalf("exit %d, stderr %q; want %q", code, stderr, want)
	}
	code, _, stderr = runWith(t, dir, nil, "render", "tender/plan.yaml", "--format", "docx", "--template", "nowhere.docx")
	if code != 2 || !strings.Contains(stderr, "nowhere.docx") {
		t.Errorf("--template does not override the plan's: %d %s", code, stderr)
	}
}

// minimalDocx is the smallest Word document a template can be.
func minimalDocx(t *testing.T) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, data := range map[string]string{
		"[Content_Types].xml": `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
		"_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
		"word/document.xml": `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>`,
	} {
		w, _ := zw.Create(name)
		w.Write([]byte(data))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestRenderPDFPageLimit renders the English example as PDF with
// LibreOffice, when it is installed: the page count is reported, and a
// limit below it is a warning, not a failure.
func TestRenderPDFPageLimit(t *testing.T) {
	if _, ok := pdf.FindLibreOffice(os.Getenv); !ok {
		t.Skip("LibreOffice is not installed")
	}
	dir := t.TempDir()
	plan := strings.Replace(string(examples.Plan(pas.EN)), "    page_limit: 60\n", "    page_limit: 10\n", 1)
	if !strings.Contains(plan, "page_limit: 10") {
		t.Fatal("the example no longer sets a page limit")
	}
	os.WriteFile(filepath.Join(dir, "plan.yaml"), []byte(plan), 0o644)
	code, _, stderr := runWith(t, dir, map[string]string{"PATH": os.Getenv("PATH")}, "render", "plan.yaml", "--format", "pdf")
	if code != 0 || !strings.Contains(stderr, "Document written: plan.pdf") || !strings.Contains(stderr, "beyond the limit of 10 set in the plan") {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr)
	}
	data, err := os.ReadFile(filepath.Join(dir, "plan.pdf"))
	if err != nil || !bytes.HasPrefix(data, []byte("%PDF-")) || !strings.Contains(stderr, strconv.Itoa(pdf.Pages(data))+" pages") {
		t.Errorf("PDF: %v, stderr %s", err, stderr)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("files left beside the plan: %v", entries)
	}
}

package pdf

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/pas-editor/pas/pas/doc"
)

// samplePDF is the shape of what LibreOffice writes: a catalog, a page
// tree, pages, and an outline whose titles are UTF-16 in hexadecimal.
const samplePDF = `%PDF-1.7
1 0 obj
<</Type/Page/Parent 9 0 R/Contents 2 0 R>>
endobj
2 0 obj
<</Length 3>>
stream
/Type/Page
endstream
endobj
3 0 obj
<</Type/Page/Parent 9 0 R>>
endobj
4 0 obj
<</Type/Page/Parent 9 0 R>>
endobj
9 0 obj
<</Type/Pages
/Kids[ 1 0 R 3 0 R 4 0 R ]
/Count 3>>
endobj
10 0 obj
<</Count 2/First 11 0 R/Last 12 0 R>>
endobj
11 0 obj
<</Count 0/Title<FEFF0031002E00A00043006F006E00740065007800740065>
/Dest[3 0 R/XYZ 56.7 773.189 0]/Parent 10 0 R/Next 12 0 R>>
endobj
12 0 obj
<</Count 0/Title(Annexe A)
/Dest[4 0 R/XYZ 56.7 773.189 0]/Parent 10 0 R/Prev 11 0 R>>
endobj
13 0 obj
<</Type/Catalog/Pages 9 0 R
/Outlines 10 0 R>>
endobj
%%EOF
`

func TestPages(t *testing.T) {
	if n := Pages([]byte(samplePDF)); n != 3 {
		t.Errorf("Pages = %d, want 3", n)
	}
	if n := Pages([]byte("not a pdf")); n != 0 {
		t.Errorf("Pages of nothing = %d", n)
	}
}

// TestHeadingPages: each entry of the contents gets the page of its
// bookmark, whatever the spaces (here a non-breaking one).
func TestHeadingPages(t *testing.T) {
	d := &doc.Document{Blocks: []doc.Block{&doc.TOC{Entries: []doc.TOCEntry{
		{Content: []doc.Inline{doc.Text("1. Contexte")}, Target: "chapter-a"},
		{Content: []doc.Inline{doc.Text("Annexe A")}, Target: "appendix-a"},
	}}}}
	got := HeadingPages(d, []byte(samplePDF))
	if got["chapter-a"] != 2 || got["appendix-a"] != 3 || len(got) != 2 {
		t.Errorf("HeadingPages = %v", got)
	}
	if got := HeadingPages(d, []byte("%PDF-1.7 garbage")); len(got) != 0 {
		t.Errorf("pages from garbage: %v", got)
	}
}

// TestFindLibreOffice: PAS_SOFFICE, when set, is the only program tried.
func TestFindLibreOffice(t *testing.T) {
	dir := t.TempDir()
	fake := filepath.Join(dir, "soffice")
	if err := os.WriteFile(fake, []byte("#!/bin/sh\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	env := func(vars map[string]string) func(string) string { return func(k string) string { return vars[k] } }
	if p, ok := FindLibreOffice(env(map[string]string{"PAS_SOFFICE": fake})); !ok || p != fake {
		t.Errorf("PAS_SOFFICE: %q %v", p, ok)
	}
	if _, ok := FindLibreOffice(env(map[string]string{"PAS_SOFFICE": filepath.Join(dir, "none"), "PATH": dir})); ok {
		t.Error("a missing PAS_SOFFICE falls back to PATH")
	}
	if p, ok := FindLibreOffice(env(map[string]string{"PATH": dir})); !ok || p != fake {
		t.Errorf("PATH: %q %v", p, ok)
	}
}

// TestConvertFailure: a LibreOffice that writes no PDF gives an error
// with what it said, and leaves no temporary folder behind.
func TestConvertFailure(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("shell script stand-in")
	}
	dir := t.TempDir()
	fake := filepath.Join(dir, "soffice")
	os.WriteFile(fake, []byte("#!/bin/sh\necho 'Error: source file could not be loaded' >&2\nexit 0\n"), 0o755)
	t.Setenv("TMPDIR", dir)
	_, err := Convert(context.Background(), fake, []byte("PK"))
	if err == nil || !strings.Contains(err.Error(), "could not be loaded") {
		t.Fatalf("err = %v", err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("left behind: %v", entries)
	}
}

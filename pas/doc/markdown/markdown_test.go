package markdown_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pas-editor/pas/pas/doc/internal/sample"
	"github.com/pas-editor/pas/pas/doc/markdown"
)

var update = flag.Bool("update", false, "rewrite the golden file in testdata")

// TestGolden compares the sample document with its golden Markdown.
func TestGolden(t *testing.T) {
	got := markdown.Write(sample.Document())
	path := filepath.Join("testdata", "sample.md")
	if *update {
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
		t.Error("sample.md differs from its golden file (go test ./pas/doc/markdown -update, then review the diff)")
	}
}

// TestHostileStaysText: in every kind of node, hostile text renders as
// text, never as markup (read back by goldmark, a renderer we did not
// write).
func TestHostileStaysText(t *testing.T) {
	out := toHTML(t, string(markdown.Write(sample.HostileDocument())))
	for _, bad := range []string{"<script", "<w:p", "</style", "<em>x</em>", "<a href=\"http://x\"", "<h1># deux"} {
		if strings.Contains(out, bad) {
			t.Errorf("hostile text became markup: %s", bad)
		}
	}
	if n := strings.Count(out, "&lt;script&gt;alert(1)&lt;/script&gt;"); n < 20 {
		t.Errorf("hostile text shown %d times", n)
	}
}

// Package readers finds, for tests, the programs we did not write that
// read our documents back: pandoc, python3 with python-docx, LibreOffice.
// .ci/run installs them from Debian packages; under CI (CI=true) a missing
// pandoc or python-docx fails the test instead of skipping it.
package readers

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pas-editor/pas/pas/doc/pdf"
)

func missing(t testing.TB, what string) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s is not installed: .ci/run installs it", what)
	}
	t.Skipf("%s is not installed (.ci/run installs it)", what)
}

// Pandoc returns the pandoc program.
func Pandoc(t testing.TB) string {
	t.Helper()
	p, err := exec.LookPath("pandoc")
	if err != nil {
		missing(t, "pandoc")
	}
	return p
}

// PythonDocx returns a python3 that imports python-docx: Debian's first,
// since python3-docx installs there.
func PythonDocx(t testing.TB) string {
	t.Helper()
	for _, p := range []string{"/usr/bin/python3", "python3"} {
		if path, err := exec.LookPath(p); err == nil && exec.Command(path, "-c", "import docx").Run() == nil {
			return path
		}
	}
	missing(t, "python3-docx")
	return ""
}

// RunPython runs a python-docx script on a file and returns its output.
func RunPython(t testing.TB, script, file string) string {
	t.Helper()
	py := PythonDocx(t)
	path := filepath.Join(t.TempDir(), "check.py")
	if err := os.WriteFile(path, []byte(script), 0o600); err != nil {
		t.Fatal(err)
	}
	var out, stderr bytes.Buffer
	cmd := exec.Command(py, path, file)
	cmd.Stdout, cmd.Stderr = &out, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("python-docx: %v\n%s", err, stderr.String())
	}
	return strings.TrimSpace(out.String())
}

// Soffice returns LibreOffice, or skips the test when it is not there.
func Soffice(t testing.TB) string {
	t.Helper()
	p, ok := pdf.FindLibreOffice(os.Getenv)
	if !ok {
		t.Skip("LibreOffice is not installed: the PDF conversion is not tested here")
	}
	return p
}

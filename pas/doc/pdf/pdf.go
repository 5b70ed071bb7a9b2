// Package pdf turns a Word document into PDF/A with LibreOffice, run
// headless with a private profile in a temporary folder, and counts the
// pages of a PDF.
package pdf

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"time"
)

// Timeout bounds one conversion.
const Timeout = 5 * time.Minute

// exportFilter asks LibreOffice's PDF export for PDF/A-2b, which the
// buyers' platforms accept and an electronic signature can be added to.
const exportFilter = `pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}`

// FindLibreOffice returns the LibreOffice program: PAS_SOFFICE when set
// (and only it), else soffice or libreoffice on PATH, else the usual
// installation folders.
func FindLibreOffice(getenv func(string) string) (string, bool) {
	if p := getenv("PAS_SOFFICE"); p != "" {
		return p, executable(p)
	}
	names := []string{"soffice", "libreoffice"}
	if runtime.GOOS == "windows" {
		names = []string{"soffice.exe"}
	}
	for _, dir := range filepath.SplitList(getenv("PATH")) {
		for _, n := range names {
			if p := filepath.Join(dir, n); dir != "" && executable(p) {
				return p, true
			}
		}
	}
	for _, p := range []string{
		"/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice",
		"/Applications/LibreOffice.app/Contents/MacOS/soffice",
		`C:\Program Files\LibreOffice\program\soffice.exe`,
	} {
		if executable(p) {
			return p, true
		}
	}
	return "", false
}

func executable(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir() && (runtime.GOOS == "windows" || st.Mode()&0o111 != 0)
}

// Convert returns the PDF/A of a .docx. LibreOffice runs in a temporary
// folder with its own profile, so that an instance the user has open
// neither takes the job nor is disturbed; the folder is removed after.
func Convert(ctx context.Context, soffice string, docx []byte) ([]byte, error) {
	dir, err := os.MkdirTemp("", "pas-pdf-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	in := filepath.Join(dir, "document.docx")
	if err := os.WriteFile(in, docx, 0o600); err != nil {
		return nil, err
	}
	profile := url.URL{Scheme: "file", Path: filepath.ToSlash(filepath.Join(dir, "profile"))}
	if !strings.HasPrefix(profile.Path, "/") {
		profile.Path = "/" + profile.Path // C:/… on Windows
	}
	out := filepath.Join(dir, "out")
	ctx, cancel := context.WithTimeout(ctx, Timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, soffice, "--headless", "--invisible", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
		"-env:UserInstallation="+profile.String(), "--convert-to", exportFilter, "--outdir", out, in)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "HOME="+dir)
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stderr, &stderr
	runErr := cmd.Run()
	pdf, err := os.ReadFile(filepath.Join(out, "document.pdf"))
	switch {
	case ctx.Err() != nil:
		return nil, fmt.Errorf("LibreOffice did not finish within %v", Timeout)
	case err != nil || !bytes.HasPrefix(pdf, []byte("%PDF-")):
		msg := strings.TrimSpace(stderr.String())
		if runErr != nil {
			msg = strings.TrimSpace(runErr.Error() + " " + msg)
		}
		if msg == "" {
			msg = "no PDF written"
		}
		return nil, errors.New(lastLines(msg, 3))
	}
	return pdf, nil
}

func lastLines(s string, n int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, " ")
}

var (
	pageObject = regexp.MustCompile(`/Type\s*/Page\b`)
	pageCount  = regexp.MustCompile(`/Type\s*/Pages\b[^>]*?/Count\s+(\d+)|/Count\s+(\d+)[^>]*?/Type\s*/Pages\b`)
)

// Pages returns the number of pages of a PDF as LibreOffice writes it
// (objects not compressed): the page count of its page tree, else the
// number of page objects; 0 when it cannot tell.
func Pages(pdf []byte) int {
	n := 0
	for _, m := range pageCount.FindAllSubmatch(pdf, -1) {
		for _, g := range m[1:] {
			if v := atoi(g); v > n {
				n = v
			}
		}
	}
	if n > 0 {
		return n
	}
	return len(pageObject.FindAll(pdf, -1))
}

func atoi(b []byte) int {
	n := 0
	for _, c := range b {
		if n > 1<<24 {
			return 0
		}
		n = n*10 + int(c-'0')
	}
	return n
}

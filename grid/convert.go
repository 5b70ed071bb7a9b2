package grid

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// convertTimeout bounds one LibreOffice conversion.
const convertTimeout = 3 * time.Minute

// Office returns the LibreOffice command, or "" when it is not installed.
func Office() string {
	for _, name := range []string{"soffice", "libreoffice"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// convert runs LibreOffice headless to convert src into the format named
// by filter (an extension, optionally with a filter name) in dir, with a
// profile of its own so that a LibreOffice the user has open is left
// alone. It returns the converted file's path.
func convert(src, filter, dir string) (string, error) {
	office := Office()
	if office == "" {
		return "", errf("lire ou écrire un fichier %s demande LibreOffice (soffice), qui n'est pas installé : installez-le, ou enregistrez la grille au format XLSX",
			"reading or writing a %s file needs LibreOffice (soffice), which is not installed: install it, or save the grid as XLSX", strings.ToUpper(strings.TrimPrefix(filepath.Ext(src), ".")))
	}
	ctx, cancel := context.WithTimeout(context.Background(), convertTimeout)
	defer cancel()
	profile := "file://" + filepath.ToSlash(filepath.Join(dir, "profile"))
	out := filepath.Join(dir, "out")
	cmd := exec.CommandContext(ctx, office, "--headless", "--norestore", "--nolockcheck", "-env:UserInstallation="+profile,
		"--convert-to", filter, "--outdir", out, src)
	cmd.Env = append(os.Environ(), "HOME="+dir)
	msg, err := cmd.CombinedOutput()
	ext := filter
	if i := strings.IndexByte(ext, ':'); i >= 0 {
		ext = ext[:i]
	}
	dst := filepath.Join(out, strings.TrimSuffix(filepath.Base(src), filepath.Ext(src))+"."+ext)
	if _, statErr := os.Stat(dst); err != nil || statErr != nil {
		return "", errf("LibreOffice n'a pas pu convertir %s : %s", "LibreOffice could not convert %s: %s", filepath.Base(src), strings.TrimSpace(string(msg)))
	}
	return dst, nil
}

// convertIn reads an ODS or XLS file through an XLSX copy.
func (b *Book) convertIn() error {
	dir, err := os.MkdirTemp("", "pas-grid-")
	if err != nil {
		return err
	}
	b.tmp = dir
	src, err := filepath.Abs(b.Path)
	if err != nil {
		return err
	}
	dst, err := convert(src, "xlsx", dir)
	if err != nil {
		return &Error{Msg: textf("%s : %s", "%s: %s", b.Path, err.(*Error).Msg)}
	}
	b.xdata, err = os.ReadFile(dst)
	return err
}

// convertOut turns the answered XLSX copy back into the buyer's format.
func (b *Book) convertOut(xlsx []byte) ([]byte, error) {
	dir, err := os.MkdirTemp("", "pas-grid-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	name := strings.TrimSuffix(filepath.Base(b.Path), filepath.Ext(b.Path))
	src := filepath.Join(dir, name+".xlsx")
	if err := os.WriteFile(src, xlsx, 0o600); err != nil {
		return nil, err
	}
	filter := "ods"
	if b.Format == "xls" {
		filter = "xls:MS Excel 97"
	}
	dst, err := convert(src, filter, dir)
	if err != nil {
		return nil, err
	}
	return os.ReadFile(dst)
}

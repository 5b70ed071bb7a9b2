package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/pas-editor/pas/internal/readers"
	"github.com/pas-editor/pas/pas/doc/pdf"
)

// answeredGridSetup imports the test grid beside the French example,
// accepts the proposed mappings and statuses, and answers CON-02.
func answeredGridSetup(t *testing.T) string {
	t.Helper()
	dir := gridSetup(t)
	for _, args := range [][]string{
		append([]string{"grid", "import", "grille.xlsx"}, strings.Fields(importFlagsLine)...),
		{"grid", "accept", "--all"},
		{"grid", "accept", "--all", "--status"},
		{"grid", "set", "--id", "CON-02", "--status", "partial", "--comment", "RTO de 4 h."},
		{"grid", "set", "--id", "REV-01", "--status", "-"},
	} {
		if code, _, errOut := runCLIWith(t, dir, "", false, args...); code != 0 {
			t.Fatalf("%v: exit %d\n%s", args, code, errOut)
		}
	}
	return dir
}

// TestRenderComplianceMatrix: the client's document holds the compliance
// matrix in every format, with the validated statuses only and the
// numbers of the headings that answer each requirement.
func TestRenderComplianceMatrix(t *testing.T) {
	dir := answeredGridSetup(t)
	if code, _, errOut := runCLIWith(t, dir, "", false, "render", "plan.yaml"); code != 0 {
		t.Fatalf("render: %d %s", code, errOut)
	}
	md, _ := os.ReadFile(filepath.Join(dir, "plan.md"))
	for _, want := range []string{
		"- [Annexe C – Matrice de conformité](#annexe-c--matrice-de-conformité)\n",
		"## Annexe C – Matrice de conformité\n",
		"| CON-02 | La durée maximale d'interruption admissible (DMIA) est de 2 heures. | Partiellement conforme | §\u00a018.3 |\n",
		"| REV-01 | En fin de marché, les données sont restituées dans un format ouvert. | *Non renseigné* | §\u00a023 |\n",
		"## Annexe D – À compléter\n",
	} {
		if !bytes.Contains(md, []byte(want)) {
			t.Errorf("plan.md lacks %q:\n%s", want, md[bytes.Index(md, []byte("## Annexe C")):])
		}
	}
	if bytes.Contains(md, []byte("RTO de 4 h.")) {
		t.Error("the client's document shows the comment written for the buyer's file")
	}
	if !regexp.MustCompile(`(?m)^### 18\.3 Continuité et reprise d'activité`).Match(md) || !regexp.MustCompile(`(?m)^## 23\. Réversibilité`).Match(md) {
		t.Error("the references do not match the headings")
	}
	code, out, _ := runCLIWith(t, dir, "", false, "render", "plan.yaml", "--format", "html", "-o", "-")
	if code != 0 || !strings.Contains(out, "Annexe C – Matrice de conformité</h2>") || !strings.Contains(out, "<td>Partiellement conforme</td>") {
		t.Errorf("HTML: %d\n%s", code, out[max(0, strings.Index(out, "Matrice de conformité")-200):])
	}
	if code, _, errOut := runCLIWith(t, dir, "", false, "render", "plan.yaml", "--format", "docx"); code != 0 {
		t.Fatalf("docx: %d %s", code, errOut)
	}
	pandoc := readers.Pandoc(t)
	text, err := exec.Command(pandoc, "-f", "docx", "-t", "plain", "--wrap=none", filepath.Join(dir, "plan.docx")).Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Annexe C – Matrice de conformité", "Partiellement conforme", "§\u00a018.3", "Non renseigné"} {
		if !strings.Contains(string(text), want) {
			t.Errorf("the Word document, read by pandoc, lacks %q", want)
		}
	}
	if code, _, errOut := runCLIWith(t, dir, "", false, "render", "--check", "plan.yaml"); code != 0 {
		t.Errorf("render --check after render: %d %s", code, errOut)
	}
}

// TestEditorSaveWritesTheMatrix: the editor's save writes the document
// "pas render" writes, matrix included; with a broken grid it saves the
// plan, not the document, and says why with file, line and column.
func TestEditorSaveWritesTheMatrix(t *testing.T) {
	dir := answeredGridSetup(t)
	if code, out, errOut := runCLIWith(t, dir, "s\nq\n", false, "--lang", "en", "edit", "--accessible", "plan.yaml"); code != 0 {
		t.Fatalf("accessible save: %d\n%s\n%s", code, out, errOut)
	}
	if md, _ := os.ReadFile(filepath.Join(dir, "plan.md")); !bytes.Contains(md, []byte("## Annexe C – Matrice de conformité")) {
		t.Error("the editor's document has no compliance matrix")
	}
	if code, _, errOut := runCLIWith(t, dir, "", false, "render", "--check", "plan.yaml"); code != 0 {
		t.Errorf("the editor's document is not the one pas render writes: %d %s", code, errOut)
	}
	breakGrid(t, dir)
	before, _ := os.ReadFile(filepath.Join(dir, "plan.md"))
	_, out, _ := runCLIWith(t, dir, "s\nq\n", false, "--lang", "en", "edit", "--accessible", "plan.yaml")
	if !regexp.MustCompile(`Plan saved, but the document could not be written: plan\.grid\.yaml:\d+:\d+: status: invalid value "partly"`).MatchString(out) {
		t.Errorf("save with a broken grid:\n%s", out)
	}
	if after, _ := os.ReadFile(filepath.Join(dir, "plan.md")); !bytes.Equal(before, after) {
		t.Error("the document was written without its matrix")
	}
}

// breakGrid puts an invalid status into the grid file.
func breakGrid(t *testing.T, dir string) {
	t.Helper()
	path := filepath.Join(dir, "plan.grid.yaml")
	data, _ := os.ReadFile(path)
	broken := strings.Replace(string(data), "status: partial", "status: partly", 1)
	if broken == string(data) {
		t.Fatal("no partial status to break")
	}
	must(t, os.WriteFile(path, []byte(broken), 0o644))
}

// TestRenderRefusesBrokenGrid: a grid file the plan names that is
// missing or invalid stops the rendering with exit 2 and its position;
// the document is left as it was.
func TestRenderRefusesBrokenGrid(t *testing.T) {
	dir := answeredGridSetup(t)
	runCLIWith(t, dir, "", false, "render", "plan.yaml")
	before, _ := os.ReadFile(filepath.Join(dir, "plan.md"))
	breakGrid(t, dir)
	code, _, errOut := runCLIWith(t, dir, "", false, "render", "plan.yaml")
	if code != 2 || !regexp.MustCompile(`^plan\.grid\.yaml:\d+:\d+: status: invalid value "partly"`).MatchString(errOut) {
		t.Errorf("broken grid: %d %q", code, errOut)
	}
	_, _, errFR := runCLIWith(t, dir, "", false, "--lang", "fr", "render", "plan.yaml")
	if !strings.Contains(errFR, "status : valeur invalide « partly »") {
		t.Errorf("French message: %q", errFR)
	}
	must(t, os.Remove(filepath.Join(dir, "plan.grid.yaml")))
	code, _, errOut = runCLIWith(t, dir, "", false, "render", "plan.yaml", "--format", "html")
	if code != 2 || !strings.Contains(errOut, "plan.grid.yaml: no such file (the buyer's requirements file that plan.yaml names, requirements key)") {
		t.Errorf("missing grid: %d %q", code, errOut)
	}
	if after, _ := os.ReadFile(filepath.Join(dir, "plan.md")); !bytes.Equal(before, after) {
		t.Error("a refused render changed the document")
	}
	if _, err := os.Stat(filepath.Join(dir, "plan.html")); err == nil {
		t.Error("a refused render wrote a document")
	}
}

// TestPDFComplianceMatrix: LibreOffice's PDF carries the matrix as a
// chapter of its outline.
func TestPDFComplianceMatrix(t *testing.T) {
	if testing.Short() {
		t.Skip("LibreOffice conversion")
	}
	readers.Soffice(t)
	dir := answeredGridSetup(t)
	if code, _, errOut := runWith(t, dir, map[string]string{"PATH": os.Getenv("PATH")}, "render", "plan.yaml", "--format", "pdf"); code != 0 {
		t.Fatalf("pdf: %d %s", code, errOut)
	}
	data, _ := os.ReadFile(filepath.Join(dir, "plan.pdf"))
	found := false
	for _, b := range pdf.Outline(data) {
		found = found || strings.Contains(b.Title, "Matrice de conformité")
	}
	if !found {
		t.Errorf("the PDF's outline has no compliance matrix: %v", pdf.Outline(data))
	}
}

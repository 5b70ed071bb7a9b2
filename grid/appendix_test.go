package grid

import (
	"archive/zip"
	"bytes"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/pas-editor/pas/pas"
	"github.com/pas-editor/pas/pas/doc/docx"
	"github.com/pas-editor/pas/pas/doc/html"
)

var update = flag.Bool("update", false, "rewrite the golden outputs in testdata")

// matrixGrid is an answered grid on the example plan: chapters, fields of
// groups and of a list as targets, every status, a requirement still
// unanswered but with a proposal, one unmapped, and text with markup.
func matrixGrid() *Grid {
	return &Grid{Source: Source{File: "dce/Annexe 4 - grille.xlsx", Format: "xlsx", Columns: Columns{ID: "A", Text: "B", Status: "D"}, Minimum: []string{"E"}},
		Requirements: []*Requirement{
			{ID: "CON-01", Category: "6. Continuité", Text: "Sauvegarde quotidienne, conservée 30 jours au minimum.", Priority: "E",
				Map: []string{"continuity.backup.retention", "continuity.backup.frequency"}, Status: Compliant},
			{ID: "CON-04", Category: "6. Continuité", Text: "La DMIA (RTO) est de 2 heures au plus.", Priority: "O",
				Map: []string{"continuity.bcp.rto", "continuity.backup.retention"}, Status: Partial, Comment: "RTO de 4 h."},
			{ID: "CON-05", Category: "6. Continuité", Text: "Disponibilité d'au moins 99,9 %, composants compris.",
				Map: []string{"continuity.sla.components.party"}, Status: Compliant},
			{ID: "CON-06", Category: "6. Continuité", Text: "Le PRA est testé au moins une fois par an.",
				Map: []string{"continuity.bcp.dr_test_frequency", "continuity"}, Status: Compliant},
			{ID: "HEB-02", Category: "2. Hébergement", Text: "Données hébergées\nexclusivement dans l'UE.", Priority: "E",
				Map: []string{"gdpr", "datacenter"}, Status: Compliant},
			{ID: "TRA-01", Category: "2. Hébergement", Text: "Journaux conservés au moins six mois.", Proposed: []string{"session.logs.retention"},
				Map: []string{"session.logs.retention"}},
			{ID: "REV-01", Category: "2. Hébergement", Text: "Restitution des données dans un format ouvert.", Proposed: []string{"exit"}},
			{ID: "AUD-01", Category: "2. Hébergement", Text: "Audit sur préavis de 15 jours | *sans* <b>frais</b>.", Status: NonCompliant},
			{ID: "DIV-01", Category: "2. Hébergement", Text: "Prestation de conseil hors périmètre.", Status: NotApplicable, Map: []string{"cover.title"}},
		}}
}

// matrixSection returns the matrix appendix of a Markdown document.
func matrixSection(t *testing.T, md string) string {
	t.Helper()
	start := regexp.MustCompile(`(?m)^## (Annexe|Appendix) [A-Z] – (Matrice de conformité|Compliance matrix)$`).FindStringIndex(md)
	if start == nil {
		t.Fatalf("no compliance matrix in the document")
	}
	rest := md[start[0]:]
	if end := strings.Index(rest[3:], "\n## "); end >= 0 {
		rest = rest[:end+4]
	}
	return rest
}

// TestMatrixAppendix pins the appendix in both languages and checks that
// every reference it gives is the number of the heading where the mapped
// chapter or field is written.
func TestMatrixAppendix(t *testing.T) {
	for _, l := range pas.Langs {
		t.Run(string(l), func(t *testing.T) {
			p := examplePlan(t, l)
			g := matrixGrid()
			md := string(pas.Render(p, pas.RenderOptions{Audience: pas.ClientAudience, Appendices: []pas.Appendix{g.Appendix()}}))
			got := matrixSection(t, md)
			golden(t, "matrix-"+string(l)+".md", got)
			for _, s := range []string{"to_assess", "À évaluer", "To assess", "RTO de 4 h."} {
				if strings.Contains(got, s) {
					t.Errorf("the matrix shows %q: only validated statuses and no comment belong there", s)
				}
			}
			for ref, heading := range map[string]string{
				"18.2": map[pas.Lang]string{pas.FR: "Sauvegardes", pas.EN: "Backups"}[l],
				"18.3": map[pas.Lang]string{pas.FR: "Continuité et reprise d'activité (PCA/PRA)", pas.EN: "Business continuity and disaster recovery"}[l],
				"9.2":  map[pas.Lang]string{pas.FR: "Journaux de connexion", pas.EN: "Connection logs"}[l],
			} {
				if !strings.Contains(md, "\n### "+ref+" "+heading+"\n") && !strings.Contains(md, "\n#### "+ref+" "+heading+"\n") {
					t.Errorf("no heading %s %s in the document", ref, heading)
				}
			}
			headings := map[string]bool{}
			for _, m := range regexp.MustCompile(`(?m)^##+ (\d+(?:\.\d+)*)\.? `).FindAllStringSubmatch(md, -1) {
				headings[m[1]] = true
			}
			for _, m := range regexp.MustCompile(`§\x{a0}(\d+(?:\.\d+)*)`).FindAllStringSubmatch(got, -1) {
				if !headings[m[1]] {
					t.Errorf("the matrix cites § %s, which no heading bears", m[1])
				}
			}
		})
	}
}

// TestMatrixAppendixEscaped: the buyer's text reaches HTML and Word as
// text, never as markup.
func TestMatrixAppendixEscaped(t *testing.T) {
	tree := pas.Build(examplePlan(t, pas.FR), pas.RenderOptions{Appendices: []pas.Appendix{matrixGrid().Appendix()}})
	page := string(html.Write(tree))
	if strings.Contains(page, "<b>frais</b>") || !strings.Contains(page, "<td>Audit sur préavis de 15 jours | *sans* &lt;b&gt;frais&lt;/b&gt;.</td>") {
		t.Errorf("HTML of the buyer's text:\n%s", page[strings.Index(page, "AUD-01"):][:200])
	}
	data, err := docx.Write(tree, docx.Options{})
	if err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, f := range zr.File {
		if f.Name != "word/document.xml" {
			continue
		}
		found = true
		rc, _ := f.Open()
		body, _ := io.ReadAll(rc)
		rc.Close()
		if !bytes.Contains(body, []byte("*sans* &lt;b&gt;frais&lt;/b&gt;.")) || !bytes.Contains(body, []byte("Matrice de conformité")) {
			t.Error("the Word document does not hold the buyer's text as text")
		}
	}
	if !found {
		t.Error("no word/document.xml")
	}
}

// TestMatrixAppendixEmpty: a grid without requirements says so rather
// than drawing an empty table.
func TestMatrixAppendixEmpty(t *testing.T) {
	p := examplePlan(t, pas.EN)
	g := &Grid{Source: Source{File: "g.csv"}}
	got := matrixSection(t, string(pas.Render(p, pas.RenderOptions{Appendices: []pas.Appendix{g.Appendix()}})))
	if !strings.Contains(got, "Requirements: 0; status settled: 0.") || strings.Contains(got, "|") {
		t.Errorf("empty matrix:\n%s", got)
	}
}

// TestAppendicesForPlan: the one loader both render and the editor's
// save use: nothing when the plan names no grid, the matrix when it
// does, and an error naming the file (with line and column) when the
// grid is missing or broken.
func TestAppendicesForPlan(t *testing.T) {
	dir := t.TempDir()
	planPath := filepath.Join(dir, "plan.yaml")
	p := examplePlan(t, pas.FR)
	if apps, err := Appendices(planPath, p); err != nil || apps != nil {
		t.Fatalf("no grid named: %v, %v", apps, err)
	}
	p.Requirements = "grille/plan.grid.yaml"
	var fe *pas.FileError
	if _, err := Appendices(planPath, p); !errors.As(err, &fe) || !strings.Contains(fe.Localize(pas.EN), "plan.grid.yaml: no such file (the buyer's requirements file that "+planPath+" names") {
		t.Errorf("missing grid: %v", err)
	}
	gridPath := filepath.Join(dir, "grille", "plan.grid.yaml")
	if err := os.MkdirAll(filepath.Dir(gridPath), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(gridPath, Encode(matrixGrid()), 0o644); err != nil {
		t.Fatal(err)
	}
	apps, err := Appendices(planPath, p)
	if err != nil || len(apps) != 1 || apps[0].Title.EN != "Compliance matrix" {
		t.Fatalf("grid named: %v, %v", apps, err)
	}
	broken := strings.Replace(string(Encode(matrixGrid())), "status: partial", "status: partly", 1)
	if err := os.WriteFile(gridPath, []byte(broken), 0o644); err != nil {
		t.Fatal(err)
	}
	var le *pas.LoadError
	if _, err := Appendices(planPath, p); !errors.As(err, &le) || !regexp.MustCompile(`plan\.grid\.yaml:\d+:\d+: status: invalid value "partly"`).MatchString(le.Error()) {
		t.Errorf("broken grid: %v", err)
	}
}

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(want) != got {
		t.Errorf("%s differs from the golden file (go test ./grid -run TestMatrixAppendix -update rewrites it):\n%s", name, got)
	}
}

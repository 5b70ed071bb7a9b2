package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pas-editor/pas/examples"
	"github.com/pas-editor/pas/grid/gridtest"
	"github.com/pas-editor/pas/pas"
	"github.com/xuri/excelize/v2"
)

// runCLIWith runs the command line with a terminal (or not) and stdin.
func runCLIWith(t *testing.T, dir, stdin string, tty bool, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := env{
		stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb,
		getenv: func(k string) string {
			if k == "LANG" {
				return "C.UTF-8"
			}
			return ""
		},
		now:    func() time.Time { return time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC) },
		tty:    func() bool { return tty },
		colour: func() bool { return false },
	}
	wd, _ := os.Getwd()
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = os.Chdir(wd) }()
	return run(args, e), out.String(), errb.String()
}

var cliGrid = []gridtest.Req{
	{ID: "SEC-01", Category: "1. Gouvernance", Text: "Le titulaire remet un plan d'assurance sécurité au plus tard 10 jours ouvrés après la notification.", Priority: "E"},
	{ID: "CON-01", Category: "2. Continuité", Text: "Les sauvegardes sont quotidiennes et conservées 30 jours au minimum.", Priority: "E"},
	{ID: "CON-02", Category: "2. Continuité", Text: "La durée maximale d'interruption admissible (DMIA) est de 2 heures.", Priority: "E"},
	{ID: "CON-03", Category: "2. Continuité", Text: "Le taux de disponibilité est d'au moins 99,9 %.", Priority: "O"},
	{ID: "TRA-01", Category: "3. Traçabilité", Text: "Les journaux de connexion sont conservés au moins six mois.", Priority: "O"},
	{ID: "REV-01", Category: "4. Réversibilité", Text: "En fin de marché, les données sont restituées dans un format ouvert.", Priority: "S"},
}

func writeWorkbook(t *testing.T, path string, reqs []gridtest.Req) {
	t.Helper()
	f, err := gridtest.Workbook(reqs)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
}

const importFlagsLine = "--header-row 4 --id N° --text Exigence --priority Niveau --status Conformité --comment E --ref F --minimum E"

func gridSetup(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "plan.yaml"), examples.Plan(pas.FR), 0o644); err != nil {
		t.Fatal(err)
	}
	writeWorkbook(t, filepath.Join(dir, "grille.xlsx"), cliGrid)
	return dir
}

// TestGridFlow follows the README: import, review, accept, set, check,
// export.
func TestGridFlow(t *testing.T) {
	dir := gridSetup(t)
	original, _ := os.ReadFile(filepath.Join(dir, "grille.xlsx"))
	code, _, errOut := runCLIWith(t, dir, "", false, "grid", "import", "grille.xlsx")
	if code != 2 || !strings.Contains(errOut, "pas grid import grille.xlsx --sheet Exigences --header-row 4 --id A --text B --priority C --status D --comment E --ref F") {
		t.Fatalf("import without flags and terminal: %d\n%s", code, errOut)
	}
	code, _, errOut = runCLIWith(t, dir, "", false, append([]string{"grid", "import", "grille.xlsx", "--dry-run"}, strings.Fields(importFlagsLine)...)...)
	if _, err := os.Stat(filepath.Join(dir, "plan.grid.yaml")); code != 0 || !strings.Contains(errOut, "Dry run: nothing was written") || err == nil {
		t.Fatalf("dry run: %d %s", code, errOut)
	}
	code, _, errOut = runCLIWith(t, dir, "", false, append([]string{"grid", "import", "grille.xlsx"}, strings.Fields(importFlagsLine)...)...)
	if code != 0 || !strings.Contains(errOut, "6 requirements imported from grille.xlsx (sheet Exigences) into plan.grid.yaml") {
		t.Fatalf("import: %d\n%s", code, errOut)
	}
	plan, _ := os.ReadFile(filepath.Join(dir, "plan.yaml"))
	if !bytes.HasPrefix(plan, []byte(pas.Modeline+"\nschema_version: 2\nlang: fr\nrequirements: plan.grid.yaml\n")) {
		t.Errorf("the plan does not name its grid:\n%s", plan[:80])
	}
	code, out, _ := runCLIWith(t, dir, "", false, "grid", "status", "--id", "CON-02")
	if code != 0 || !strings.Contains(out, "[continuity.bcp.rto]  proposed") || !strings.Contains(out, "proposed: Not compliant") ||
		!strings.Contains(out, "plan 4 h, required ≤\u00a02 h") {
		t.Errorf("status: %d\n%s", code, out)
	}
	if code, out, _ := runCLIWith(t, dir, "", false, "schema", "--grid"); code != 0 || !strings.Contains(out, `"continuity.bcp.rto"`) {
		t.Errorf("schema --grid: %d", code)
	}
	if code, _, errOut = runCLIWith(t, dir, "", false, "grid", "accept", "--all"); code != 0 || !strings.Contains(errOut, "6 mappings accepted") {
		t.Errorf("accept: %d %s", code, errOut)
	}
	if code, _, errOut = runCLIWith(t, dir, "", false, "grid", "accept", "--all", "--status"); code != 0 || !strings.Contains(errOut, "statuses validated") {
		t.Errorf("accept --status: %d %s", code, errOut)
	}
	code, _, _ = runCLIWith(t, dir, "", false, "grid", "set", "--id", "CON-02", "--status", "partial", "--comment", "RTO de 4 h ; bascule en 2 h sur option.")
	if code != 0 {
		t.Fatalf("set: %d", code)
	}
	code, out, _ = runCLIWith(t, dir, "", false, "grid", "check")
	if code != 1 || !strings.Contains(out, "GRID-04") || !strings.Contains(out, "CON-02: minimum requirement (E) answered \"Partially compliant\"") {
		t.Errorf("check: %d\n%s", code, out)
	}
	code, _, errOut = runCLIWith(t, dir, "", false, "grid", "export", "-o", "reponse.xlsx")
	if code != 0 || !strings.Contains(errOut, "Answered copy written: reponse.xlsx") {
		t.Fatalf("export: %d %s", code, errOut)
	}
	if after, _ := os.ReadFile(filepath.Join(dir, "grille.xlsx")); !bytes.Equal(original, after) {
		t.Error("the buyer's file was modified")
	}
	f, err := excelize.OpenFile(filepath.Join(dir, "reponse.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for cell, want := range map[string]string{"D9": "Partiellement conforme", "E9": "RTO de 4 h ; bascule en 2 h sur option.", "F9": "§\u00a018.3", "D8": "Conforme", "D10": "Conforme", "F14": "§\u00a023", "D14": ""} {
		if got, _ := f.GetCellValue(gridtest.Sheet, cell); got != want {
			t.Errorf("%s = %q, want %q", cell, got, want)
		}
	}
}

// TestGridRefusals: the buyer's file is never written, a changed file is
// refused, a missing grid is explained.
func TestGridRefusals(t *testing.T) {
	dir := gridSetup(t)
	if code, _, errOut := runCLIWith(t, dir, "", false, "grid", "status"); code != 2 || !strings.Contains(errOut, "names no requirement grid") {
		t.Errorf("status before import: %d %s", code, errOut)
	}
	runCLIWith(t, dir, "", false, append([]string{"grid", "import", "grille.xlsx"}, strings.Fields(importFlagsLine)...)...)
	if code, _, errOut := runCLIWith(t, dir, "", false, "grid", "import", "grille.xlsx", "--to", "autre.yaml", "--header-row", "4", "--id", "A", "--text", "B", "--status", "D"); code != 2 || !strings.Contains(errOut, "already names its requirements file") {
		t.Errorf("import --to another file: %d %s", code, errOut)
	}
	if code, _, errOut := runCLIWith(t, dir, "", false, "grid", "export", "-o", "grille.xlsx"); code != 2 || !strings.Contains(errOut, "choose another output file") {
		t.Errorf("export over the buyer's file: %d %s", code, errOut)
	}
	if code, _, errOut := runCLIWith(t, dir, "", false, "grid", "export", "-o", "out.csv"); code != 2 || !strings.Contains(errOut, "keeps the buyer's format") {
		t.Errorf("export in another format: %d %s", code, errOut)
	}
	if code, _, errOut := runCLIWith(t, dir, "", false, "grid", "export", "-o", "r.xlsx", "--grid", "ailleurs.xlsx"); code != 2 || !strings.Contains(errOut, "or give it with --grid") {
		t.Errorf("export without the buyer's file: %d %s", code, errOut)
	}
	writeWorkbook(t, filepath.Join(dir, "grille.xlsx"), cliGrid[:3])
	if code, _, errOut := runCLIWith(t, dir, "", false, "grid", "export", "-o", "r.xlsx"); code != 2 || !strings.Contains(errOut, "has changed since the import") {
		t.Errorf("export of a changed file: %d %s", code, errOut)
	}
	if _, err := os.Stat(filepath.Join(dir, "r.xlsx")); err == nil {
		t.Error("a refused export wrote its output")
	}
	if code, out, _ := runCLIWith(t, dir, "", false, "grid", "check"); code != 1 || !strings.Contains(out, "GRID-06") {
		t.Errorf("check of a changed file: %d\n%s", code, out)
	}
	if code, _, errOut := runCLIWith(t, dir, "", false, "grid", "set", "--id", "NOPE", "--status", "partial"); code != 2 || !strings.Contains(errOut, "no requirement \"NOPE\"") {
		t.Errorf("set on an unknown id: %d %s", code, errOut)
	}
	if code, _, errOut := runCLIWith(t, dir, "", false, "grid", "set", "--id", "CON-01", "--map", "backups"); code != 2 || !strings.Contains(errOut, "neither a chapter nor a field") {
		t.Errorf("set with an unknown chapter: %d %s", code, errOut)
	}
}

// TestGridAmendment: importing the buyer's corrected grid lists what
// changed and keeps the answers of unchanged requirements.
func TestGridAmendment(t *testing.T) {
	dir := gridSetup(t)
	runCLIWith(t, dir, "", false, append([]string{"grid", "import", "grille.xlsx"}, strings.Fields(importFlagsLine)...)...)
	runCLIWith(t, dir, "", false, "grid", "accept", "--all")
	runCLIWith(t, dir, "", false, "grid", "set", "--id", "CON-03", "--status", "compliant", "--comment", "99,9 % mensuels.")
	runCLIWith(t, dir, "", false, "grid", "set", "--id", "CON-02", "--status", "non_compliant")
	amended := append([]gridtest.Req(nil), cliGrid...)
	amended[2].Text = "La durée maximale d'interruption admissible (DMIA) est de 4 heures."
	amended = append(amended[:5], gridtest.Req{ID: "REV-02", Category: "4. Réversibilité", Text: "Les données sont détruites 30 jours après la restitution.", Priority: "O"})
	writeWorkbook(t, filepath.Join(dir, "grille-rectificatif.xlsx"), amended)
	code, out, errOut := runCLIWith(t, dir, "", false, append([]string{"grid", "import", "grille-rectificatif.xlsx"}, strings.Fields(importFlagsLine)...)...)
	if code != 0 {
		t.Fatalf("amendment: %d %s", code, errOut)
	}
	for _, want := range []string{"reworded       CON-02", "status \"Not compliant\" to validate again", "added          REV-02", "removed        REV-01"} {
		if !strings.Contains(out, want) {
			t.Errorf("amendment report lacks %q:\n%s", want, out)
		}
	}
	g, _ := os.ReadFile(filepath.Join(dir, "plan.grid.yaml"))
	if !strings.Contains(string(g), "comment: 99,9 % mensuels.") || !strings.Contains(string(g), "file: grille-rectificatif.xlsx") {
		t.Errorf("answers or source lost:\n%s", g)
	}
}

// TestGridPicker: in a terminal, without flags, pas shows the first rows
// and asks; an empty answer takes the suggestion.
func TestGridPicker(t *testing.T) {
	dir := gridSetup(t)
	answers := strings.Join([]string{"", "", "", "", "", "", "", "", "E"}, "\n") + "\n"
	code, out, errOut := runCLIWith(t, dir, answers, true, "grid", "import", "grille.xlsx")
	if code != 0 {
		t.Fatalf("picker: %d\n%s\n%s", code, out, errOut)
	}
	for _, want := range []string{"Listes (hidden)", "Row of the column titles? [4]", "Column of the status to fill? [D]", "Priorities found: E, O, S"} {
		if !strings.Contains(out, want) {
			t.Errorf("picker output lacks %q:\n%s", want, out)
		}
	}
	g, _ := os.ReadFile(filepath.Join(dir, "plan.grid.yaml"))
	if !strings.Contains(string(g), "minimum: [E]") || !strings.Contains(string(g), "columns: {id: A, text: B, priority: C, status: D, comment: E, ref: F}") {
		t.Errorf("grid file:\n%s", g)
	}
	code, _, errOut = runCLIWith(t, gridSetup(t), "1\n", true, "grid", "import", "grille.xlsx")
	if code != exitAborted || !strings.Contains(errOut, "import cancelled") {
		t.Errorf("picker at end of input: %d %s", code, errOut)
	}
}

// TestGridImportControlCharacters: a buyer's cell holding a line break
// from a word processor (VT, U+2028) imports as a line end; an escape
// sequence or a bidi override is taken out of the text kept, rather than
// written into a grid file that no command can load afterwards.
func TestGridImportControlCharacters(t *testing.T) {
	dir := gridSetup(t)
	csvFlags := []string{"--header-row", "1", "--id", "N°", "--text", "Exigence", "--status", "Conformité"}
	write := func(text string) {
		t.Helper()
		data := "N°;Exigence;Conformité\nSEC-01;Le titulaire chiffre les sauvegardes.;\nSEC-02;" + text + ";\n"
		if err := os.WriteFile(filepath.Join(dir, "grille.csv"), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("Les journaux sont conservés\v12 mois\u2028au moins.")
	code, _, errOut := runCLIWith(t, dir, "", false, append([]string{"grid", "import", "grille.csv"}, csvFlags...)...)
	if code != 0 {
		t.Fatalf("import of line breaks: %d\n%s", code, errOut)
	}
	if code, out, errOut := runCLIWith(t, dir, "", false, "grid", "status", "--id", "SEC-02"); code != 0 || !strings.Contains(out, "12 mois") {
		t.Fatalf("status after importing line breaks: %d\n%s%s", code, out, errOut)
	}
	write("Les sauvegardes sont \x1b[31mhors site\x1b[0m.\u202e")
	code, _, errOut = runCLIWith(t, dir, "", false, append([]string{"grid", "import", "grille.csv"}, csvFlags...)...)
	if code != 0 {
		t.Fatalf("import of an escape sequence: %d\n%q", code, errOut)
	}
	// The buyer's file cannot be changed: the sequence and the override are
	// taken out of the text kept, which loads back.
	if code, out, errOut := runCLIWith(t, dir, "", false, "grid", "status", "--id", "SEC-02"); code != 0 || !strings.Contains(out, "Les sauvegardes sont hors site.") {
		t.Errorf("status after importing an escape sequence: %d\n%q%s", code, out, errOut)
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "plan.grid.yaml")); bytes.Contains(data, []byte("[31m")) || bytes.Contains(data, []byte("\u202e")) {
		t.Errorf("the grid file keeps the sequence:\n%s", data)
	}
}

// TestGridExportSummaryCounts: the export's summary counts in words a
// reader would write (1 comment, not 1 comments), in both languages.
func TestGridExportSummaryCounts(t *testing.T) {
	dir := gridSetup(t)
	data := "N°;Exigence;Conformité;Commentaire\nSEC-01;Le titulaire chiffre les sauvegardes.;;\nSEC-02;Les journaux sont conservés 12 mois.;;\n"
	if err := os.WriteFile(filepath.Join(dir, "grille.csv"), []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	steps := [][]string{
		{"grid", "import", "grille.csv", "--header-row", "1", "--id", "N°", "--text", "Exigence", "--status", "Conformité", "--comment", "Commentaire"},
		{"grid", "set", "--id", "SEC-01", "--status", "partial", "--comment", "Chiffrement AES-256."},
	}
	for _, s := range steps {
		if code, _, errOut := runCLIWith(t, dir, "", false, s...); code != 0 {
			t.Fatalf("%v: %d\n%s", s, code, errOut)
		}
	}
	code, _, errOut := runCLIWith(t, dir, "", false, "grid", "export", "-o", "reponse.csv")
	if code != 0 || !strings.Contains(errOut, "(1 status, 1 comment, 0 references; 1 requirement without a validated status)") {
		t.Errorf("export: %d\n%s", code, errOut)
	}
	code, _, errOut = runCLIWith(t, dir, "", false, "--lang", "fr", "grid", "export", "-o", "reponse2.csv")
	if code != 0 || !strings.Contains(errOut, "(1 statut, 1 commentaire, 0 référence ; 1 exigence sans statut validé)") {
		t.Errorf("export in French: %d\n%s", code, errOut)
	}
}

// TestGridExportOverOwnFiles: an export over the buyer's file, the plan
// or the grid file is refused, saying which one it is.
func TestGridExportOverOwnFiles(t *testing.T) {
	dir := gridSetup(t)
	data := "N°;Exigence;Conformité\nSEC-01;Le titulaire chiffre les sauvegardes.;\n"
	if err := os.WriteFile(filepath.Join(dir, "grille.csv"), []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, errOut := runCLIWith(t, dir, "", false, "grid", "import", "grille.csv", "--header-row", "1", "--id", "N°", "--text", "Exigence", "--status", "Conformité"); code != 0 {
		t.Fatalf("import: %d\n%s", code, errOut)
	}
	before, _ := os.ReadFile(filepath.Join(dir, "grille.csv"))
	code, _, errOut := runCLIWith(t, dir, "", false, "grid", "export", "-o", "grille.csv")
	if code != 2 || !strings.Contains(errOut, "grille.csv is the buyer's file: choose another output file") {
		t.Errorf("export over the buyer's file: %d\n%s", code, errOut)
	}
	if after, _ := os.ReadFile(filepath.Join(dir, "grille.csv")); !bytes.Equal(before, after) {
		t.Error("the buyer's file was written")
	}
}

// TestGridStatusWithoutPriority: a grid without a priority column lists
// its requirements without an empty "()".
func TestGridStatusWithoutPriority(t *testing.T) {
	dir := gridSetup(t)
	data := "N°;Exigence;Conformité\nSEC-01;Le titulaire chiffre les sauvegardes.;\n"
	if err := os.WriteFile(filepath.Join(dir, "grille.csv"), []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, errOut := runCLIWith(t, dir, "", false, "grid", "import", "grille.csv", "--header-row", "1", "--id", "N°", "--text", "Exigence", "--status", "Conformité"); code != 0 {
		t.Fatalf("import: %d %s", code, errOut)
	}
	code, out, _ := runCLIWith(t, dir, "", false, "grid", "status", "--id", "SEC-01")
	if code != 0 || !strings.Contains(out, "SEC-01\n  Le titulaire chiffre les sauvegardes.") || strings.Contains(out, "()") {
		t.Errorf("status: %d\n%s", code, out)
	}
}

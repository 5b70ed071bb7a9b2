package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/pas-editor/pas/grid"
	"github.com/pas-editor/pas/pas"
	"github.com/spf13/cobra"
)

// gridCmd groups the commands on the buyer's requirement grid.
func (a *app) gridCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "grid",
		Short: a.t("Grille d'exigences de l'acheteur : importer, associer, répondre dans son fichier", "Buyer's requirement grid: import, map, answer in the buyer's own file"),
		Long: a.t(`Importe la grille d'exigences de l'acheteur (matrice de conformité, cadre de réponse, questionnaire
sécurité : XLSX, CSV, ODS ou XLS), propose pour chaque exigence les chapitres du plan qui y répondent
et un statut lorsque le plan permet de comparer un seuil exigé, puis écrit les réponses validées dans
une copie du fichier de l'acheteur, en ne changeant que les cellules de réponse. Les exigences et les
réponses sont gardées dans un fichier à côté du plan, que le plan nomme (clé requirements).
Rien n'est décidé à votre place : seules les associations et les statuts que vous avez acceptés sont
exportés.`,
			`Imports the buyer's requirement grid (compliance matrix, response framework, security questionnaire:
XLSX, CSV, ODS or XLS), proposes for each requirement the chapters of the plan that answer it, and a
status where the plan lets pas compare a stated threshold, then writes the validated answers into a
copy of the buyer's file, changing only the answer cells. The requirements and answers are kept in a
file beside the plan, which the plan names (requirements key). Nothing is decided for you: only the
mappings and statuses you accepted are exported.`),
		Example: "  pas grid import grille.xlsx --sheet Exigences --header-row 4 --id A --text B --status D --comment E --ref F\n" +
			"  pas grid status\n  pas grid accept --all\n  pas grid set --id CON-04 --status partial --comment \"RTO de 4 h\"\n" +
			"  pas grid check\n  pas grid export -o grille-reponse.xlsx",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error { return cmd.Help() },
	}
	cmd.AddCommand(a.gridImportCmd(), a.gridStatusCmd(), a.gridAcceptCmd(), a.gridSetCmd(), a.gridCheckCmd(), a.gridExportCmd())
	return cmd
}

// loadGrid loads the plan and the grid it names.
func (a *app) loadGrid(planPath string) (*pas.Plan, *grid.Grid, string, error) {
	p, err := a.load(planPath)
	if err != nil {
		return nil, nil, "", err
	}
	if p.Requirements == "" {
		return nil, nil, "", usageErr("%s ne nomme aucune grille d'exigences : lancez d'abord « pas grid import GRILLE %s »",
			"%s names no requirement grid: run \"pas grid import GRID %s\" first", pas.Sanitize(planPath), pas.Sanitize(planPath))
	}
	g, path, err := grid.ForPlan(planPath, p)
	if err != nil {
		return nil, nil, "", err
	}
	return p, g, path, nil
}

// gridErr turns a grid error into a usage error with its message.
func gridErr(err error) error {
	var ge *grid.Error
	if errors.As(err, &ge) {
		return &exitError{code: exitUsage, msg: pas.T(pas.Sanitize(ge.Msg.FR), pas.Sanitize(ge.Msg.EN))}
	}
	return err
}

type importFlags struct {
	opts    grid.Options
	minimum []string
	to      string
	dryRun  bool
}

func (a *app) gridImportCmd() *cobra.Command {
	var f importFlags
	cmd := &cobra.Command{
		Use:   "import GRID [FILE]",
		Short: a.t("Importer la grille de l'acheteur (ou son rectificatif)", "Import the buyer's grid (or its amendment)"),
		Long: a.t(`Lit la grille GRID (XLSX, XLSM, CSV ; ODS et XLS avec LibreOffice) et la garde avec le plan FILE
(plan.yaml par défaut), dans le fichier que le plan nomme ou dans PLAN.grid.yaml. COL est une lettre de
colonne ou le titre de la colonne. Sans ces options, dans un terminal, pas montre les premières lignes
et demande quelle colonne est laquelle ; hors terminal, il suggère la ligne de commande.
Si le plan tient déjà une grille, l'import est un rectificatif : pas liste les exigences ajoutées,
supprimées et reformulées, et garde les réponses de celles qui n'ont pas changé.`,
			`Reads the grid GRID (XLSX, XLSM, CSV; ODS and XLS with LibreOffice) and keeps it with the plan FILE
(plan.yaml by default), in the file the plan names or in PLAN.grid.yaml. COL is a column letter or the
column's title. Without these flags, in a terminal, pas shows the first rows and asks which column is
which; without a terminal, it suggests the command line.
When the plan already holds a grid, the import is an amendment: pas lists the requirements added,
removed and reworded, and keeps the answers of those that did not change.`),
		Args: cobra.RangeArgs(1, 2),
		RunE: func(cmd *cobra.Command, args []string) error {
			f.opts.Minimum = splitList(f.minimum)
			return a.gridImport(cmd, args[0], planArg(args[1:]), &f)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.opts.Sheet, "sheet", "", a.t("feuille de la grille", "sheet of the grid"))
	fl.IntVar(&f.opts.HeaderRow, "header-row", 0, a.t("ligne des titres de colonnes", "row of the column titles"))
	for _, c := range []struct {
		name   string
		dst    *string
		fr, en string
	}{
		{"id", &f.opts.ID, "colonne de l'identifiant (COL)", "column of the id (COL)"},
		{"text", &f.opts.Text, "colonne du texte de l'exigence (COL)", "column of the requirement text (COL)"},
		{"priority", &f.opts.Priority, "colonne de la priorité (COL)", "column of the priority (COL)"},
		{"status", &f.opts.Status, "colonne du statut de conformité à remplir (COL)", "column of the compliance status to fill (COL)"},
		{"comment", &f.opts.Comment, "colonne du commentaire à remplir (COL)", "column of the comment to fill (COL)"},
		{"ref", &f.opts.Ref, "colonne de la référence dans l'offre à remplir (COL)", "column of the reference in the offer to fill (COL)"},
	} {
		fl.StringVar(c.dst, c.name, "", a.t(c.fr, c.en))
	}
	fl.StringSliceVar(&f.minimum, "minimum", nil, a.t("codes de priorité qui désignent une exigence minimale (E,O)", "priority codes that mean a minimum requirement (E,O)"))
	fl.StringVar(&f.to, "to", "", a.t("fichier des exigences, si le plan n'en nomme pas encore", "requirements file, when the plan names none yet"))
	fl.BoolVar(&f.dryRun, "dry-run", false, a.t("montrer ce qui serait importé sans rien écrire", "show what would be imported, writing nothing"))
	return cmd
}

func splitList(items []string) []string {
	var out []string
	for _, s := range items {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func (a *app) gridImport(cmd *cobra.Command, src, planPath string, f *importFlags) error {
	p, err := a.load(planPath)
	if err != nil {
		return err
	}
	dest := grid.FilePath(planPath, p)
	switch {
	case p.Requirements != "" && f.to != "" && !sameFile(f.to, dest):
		return usageErr("%s nomme déjà son fichier d'exigences (%s) : --to ne peut pas en donner un autre",
			"%s already names its requirements file (%s): --to cannot give another", pas.Sanitize(planPath), pas.Sanitize(p.Requirements))
	case f.to != "":
		dest = f.to
	}
	b, err := grid.OpenBook(src)
	if err != nil {
		return gridErr(err)
	}
	defer b.Close()
	if err := a.completeOptions(cmd, b, &f.opts); err != nil {
		return err
	}
	g, notes, err := grid.Import(b, f.opts, a.cat, filepath.Dir(dest))
	if err != nil {
		return gridErr(err)
	}
	for _, n := range notes {
		a.say("%s", "%s", pas.Sanitize(n.In(a.lang)))
	}
	var changes []grid.Change
	if old, err := grid.Load(dest, a.cat); err == nil {
		changes = grid.Amend(old, g)
		a.printChanges(changes)
	} else if _, statErr := os.Stat(dest); statErr == nil {
		return err // a grid file that does not load is never overwritten
	}
	if f.dryRun {
		a.say("Essai : rien n'a été écrit.", "Dry run: nothing was written.")
		return nil
	}
	if err := a.write(dest, grid.Encode(g)); err != nil {
		return err
	}
	if err := a.nameGrid(planPath, p, dest); err != nil {
		return err
	}
	a.importSummary(src, dest, g, changes)
	return nil
}

// nameGrid records the grid file in the plan when it does not name it yet.
func (a *app) nameGrid(planPath string, p *pas.Plan, dest string) error {
	if p.Requirements != "" {
		return nil
	}
	rel, err := filepath.Rel(filepath.Dir(planPath), dest)
	if err != nil {
		rel = dest
	}
	p.Requirements = filepath.ToSlash(rel)
	return a.writePlan(planPath, p)
}

func (a *app) importSummary(src, dest string, g *grid.Grid, changes []grid.Change) {
	proposed := 0
	for _, r := range g.Requirements {
		if len(r.Proposed) > 0 {
			proposed++
		}
	}
	where := ""
	if g.Source.Sheet != "" {
		where = a.tf(" (feuille %s)", " (sheet %s)", pas.Sanitize(g.Source.Sheet))
	}
	a.say("%s de %s%s dans %s ; %d avec une proposition d'association.",
		"%s from %s%s into %s; %d with a proposed mapping.",
		a.count(len(g.Requirements), "exigence importée", "exigences importées", "requirement imported", "requirements imported"),
		pas.Sanitize(src), where, pas.Sanitize(dest), proposed)
	if pr := g.Priorities(); len(pr) > 0 && len(g.Source.Minimum) == 0 {
		a.say("Priorités de l'acheteur : %s. Dites lesquelles sont des exigences minimales avec --minimum.",
			"Buyer's priorities: %s. Say which are minimum requirements with --minimum.", pas.Sanitize(strings.Join(pr, ", ")))
	}
	if len(g.Source.Statuses) == 0 {
		a.say("La colonne de statut n'a pas de liste déroulante : les statuts seront écrits « Conforme », « Partiellement conforme »…",
			"The status column has no drop-down list: statuses will be written \"Compliant\", \"Partially compliant\"…")
	}
	if len(changes) == 0 {
		a.say("Ensuite : pas grid status, puis pas grid accept --all pour accepter les associations proposées.",
			"Next: pas grid status, then pas grid accept --all to accept the proposed mappings.")
	}
}

func (a *app) printChanges(changes []grid.Change) {
	if len(changes) == 0 {
		a.say("Rectificatif : aucune exigence ajoutée, supprimée ni reformulée ; les réponses sont gardées.",
			"Amendment: no requirement added, removed or reworded; the answers are kept.")
		return
	}
	var b strings.Builder
	b.WriteString(a.t("Rectificatif de l'acheteur :\n", "Buyer's amendment:\n"))
	for _, c := range changes {
		fmt.Fprintf(&b, "  %-14s %s", c.Kind.Text().In(a.lang), pas.Sanitize(c.ID))
		switch c.Kind {
		case grid.Reworded:
			fmt.Fprintf(&b, "\n      %s %s\n      %s %s", a.t("avant :", "before:"), pas.Sanitize(oneLine(c.Old.Text)), a.t("après :", "after: "), pas.Sanitize(oneLine(c.New.Text)))
			if c.Old.Status != "" {
				fmt.Fprintf(&b, "\n      %s", a.tf("statut « %s » à valider de nouveau", "status %q to validate again", c.Old.Status.Text().In(a.lang)))
			}
		case grid.Reprioritised:
			fmt.Fprintf(&b, " (%s → %s)", pas.Sanitize(c.Old.Priority), pas.Sanitize(c.New.Priority))
		case grid.Removed:
			if c.Old.Status != "" {
				fmt.Fprintf(&b, " (%s)", a.tf("répondue « %s »", "answered %q", c.Old.Status.Text().In(a.lang)))
			}
		}
		b.WriteByte('\n')
	}
	_, _ = a.stdout.Write([]byte(b.String()))
}

func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 100 {
		s = string(r[:99]) + "…"
	}
	return s
}

func (a *app) gridExportCmd() *cobra.Command {
	var out, src string
	cmd := &cobra.Command{
		Use:   "export [FILE] -o ANSWERED",
		Short: a.t("Écrire les réponses dans une copie du fichier de l'acheteur", "Write the answers into a copy of the buyer's file"),
		Long: a.t(`Écrit dans ANSWERED une copie du fichier de l'acheteur (trouvé à côté du plan sous le nom enregistré à
l'import, ou donné par --grid ; son empreinte doit être celle de l'import) où seules les cellules de
réponse changent : les statuts que vous avez validés (dans les valeurs de la liste déroulante de
l'acheteur), vos commentaires et les chapitres du PAS associés. Le fichier de l'acheteur n'est jamais
modifié. Une cellule de réponse verrouillée d'une feuille protégée est signalée, jamais déverrouillée.`,
			`Writes to ANSWERED a copy of the buyer's file (found beside the plan under the name recorded at import,
or given with --grid; its hash must be the import's) where only the answer cells change: the statuses
you validated (in the values of the buyer's drop-down list), your comments, and the PAS chapters
mapped. The buyer's file is never modified. A locked answer cell of a protected sheet is reported,
never unlocked.`),
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if out == "" {
				return usageErr("indiquez le fichier à écrire avec -o", "give the file to write with -o")
			}
			return a.gridExport(planArg(args), out, src)
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", a.t("copie répondue à écrire", "answered copy to write"))
	cmd.Flags().StringVar(&src, "grid", "", a.t("fichier de l'acheteur, s'il n'est pas à côté du plan", "the buyer's file, when it is not beside the plan"))
	return cmd
}

func (a *app) gridExport(planPath, out, src string) error {
	p, g, gpath, err := a.loadGrid(planPath)
	if err != nil {
		return err
	}
	src = grid.BuyerFile(gpath, g, src)
	if grid.FormatOf(out) != g.Source.Format && !(g.Source.Format == "xlsm" && grid.FormatOf(out) == "xlsx") {
		return usageErr("%s : la copie répondue garde le format de l'acheteur (.%s)", "%s: the answered copy keeps the buyer's format (.%s)", pas.Sanitize(out), g.Source.Format)
	}
	for _, own := range []struct {
		path string
		what pas.Text
	}{
		{src, pas.T("le fichier de l'acheteur", "the buyer's file")},
		{planPath, pas.T("le plan", "the plan")},
		{gpath, pas.T("le fichier des exigences", "the requirements file")},
	} {
		if sameFile(out, own.path) {
			return usageErr("%s est %s : choisissez un autre fichier de sortie", "%s is %s: choose another output file", pas.Sanitize(out), own.what.In(a.lang))
		}
	}
	if _, err := os.Stat(src); err != nil {
		return usageErr("%s introuvable : copiez le fichier de l'acheteur à côté du plan, ou donnez-le avec --grid", "%s not found: copy the buyer's file beside the plan, or give it with --grid", pas.Sanitize(src))
	}
	b, err := grid.OpenBook(src)
	if err != nil {
		return gridErr(err)
	}
	defer b.Close()
	data, rep, err := grid.Export(b, g, pas.HeadingReferences(p, pas.RenderOptions{}), p.Lang)
	if err != nil {
		return gridErr(err)
	}
	if err := a.write(out, data); err != nil {
		return err
	}
	a.say("Copie répondue écrite : %s (%s, %s, %s ; %s sans statut validé).", "Answered copy written: %s (%s, %s, %s; %s without a validated status).",
		pas.Sanitize(out), a.count(rep.Statuses, "statut", "statuts", "status", "statuses"),
		a.count(rep.Comments, "commentaire", "commentaires", "comment", "comments"),
		a.count(rep.Refs, "référence", "références", "reference", "references"),
		a.count(rep.Unanswered, "exigence", "exigences", "requirement", "requirements"))
	switch {
	case rep.Lost == 1:
		a.say("1 caractère n'existe pas en Windows-1252 et a été écrit « ? ».", "1 character does not exist in Windows-1252 and was written \"?\".")
	case rep.Lost > 1:
		a.say("%d caractères n'existent pas en Windows-1252 et ont été écrits « ? ».", "%d characters do not exist in Windows-1252 and were written \"?\".", rep.Lost)
	}
	return nil
}

// count writes a number and its noun as each language agrees them: the
// singular for 0 and 1 in French, for 1 only in English.
func (a *app) count(n int, frOne, frMany, enOne, enMany string) string {
	if a.lang == pas.FR && n <= 1 || a.lang != pas.FR && n == 1 {
		return fmt.Sprintf("%d %s", n, a.t(frOne, enOne))
	}
	return fmt.Sprintf("%d %s", n, a.t(frMany, enMany))
}

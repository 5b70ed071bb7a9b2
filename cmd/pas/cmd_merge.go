package main

import (
	"bytes"
	"errors"
	"os/exec"
	"strconv"

	"github.com/pas-editor/pas/pas"
	"github.com/spf13/cobra"
)

func (a *app) mergeCmd() *cobra.Command {
	var markerSize int
	cmd := &cobra.Command{
		Use:   "merge BASE OURS THEIRS [PATH]",
		Short: a.t("Pilote de fusion git : fusionner deux versions d'un plan", "git merge driver: merge two versions of a plan"),
		Long: a.t(`Fusionne dans OURS les modifications de THEIRS depuis leur ancêtre commun BASE, comme le fait un
pilote de fusion git (voir le README) : champ par champ, élément par élément (par identifiant),
case RACI par case RACI. Deux modifications de champs différents se fusionnent toujours ; une même
modification des deux côtés est reprise une fois. Un vrai conflit (une valeur, des notes, une
marque « non applicable » ou une dérogation modifiées différemment des deux côtés ; un élément
supprimé d'un côté et modifié de l'autre) garde notre version et s'inscrit dans la partie
« conflicts » du plan avec les trois versions : le plan reste chargeable, « pas check » signale
chaque conflit comme une erreur et « pas questions » les liste. Sort avec le code 1 tant qu'il
reste des conflits, pour que git les signale. Si un côté ne se charge pas, la fusion se fait
ligne à ligne par « git merge-file ». PATH, le nom du fichier dans le dépôt, sert aux messages.`,
			`Merges into OURS the changes THEIRS made since their common ancestor BASE, as a git merge driver
does (see the README): field by field, record by record (by id), RACI cell by RACI cell. Edits of
different fields always merge; the same edit on both sides is taken once. A true conflict (a
value, notes, a "not applicable" mark or a waiver changed differently on both sides; a record
deleted on one side and changed on the other) keeps our version and goes to the plan's "conflicts"
part with the three versions: the plan stays loadable, "pas check" reports each conflict as an
error and "pas questions" lists them. Exits with code 1 while conflicts remain, so that git
reports them. When a side does not load, the merge falls back to "git merge-file", line by line.
PATH, the file's name in the repository, is used in messages.`),
		Example: "  git config merge.pas.driver 'pas merge %O %A %B %P'",
		Args:    cobra.RangeArgs(3, 4),
		RunE: func(cmd *cobra.Command, args []string) error {
			name := args[1]
			if len(args) == 4 {
				name = args[3]
			}
			return a.merge(args[0], args[1], args[2], name, markerSize)
		},
	}
	cmd.Flags().IntVar(&markerSize, "marker-size", 7, a.t("longueur des marqueurs de conflit de la fusion ligne à ligne (%L de git)", "length of the conflict markers of the line merge (git's %L)"))
	return cmd
}

// merge merges theirs into ours, writing ours.
func (a *app) merge(base, ours, theirs, name string, markerSize int) error {
	var plans [3]*pas.Plan
	for i, path := range []string{base, ours, theirs} {
		p, err := a.loadSide(path, i == 0)
		if err != nil {
			var le *pas.LoadError
			if !errors.As(err, &le) {
				return err
			}
			side := mergeSides[i]
			a.say("pas merge : %s de %s ne se charge pas, fusion ligne à ligne :\n%s", "pas merge: %s of %s does not load, merging line by line:\n%s",
				a.t(side.FR, side.EN), name, le.Localize(a.lang))
			return a.textMerge(base, ours, theirs, markerSize)
		}
		plans[i] = p
	}
	merged := pas.Merge(plans[0], plans[1], plans[2])
	if _, err := pas.Decode(pas.Encode(merged), ours, a.cat); err != nil {
		a.say("pas merge : le résultat de %s ne se recharge pas (%v), fusion ligne à ligne", "pas merge: the merge of %s does not load back (%v), merging line by line", name, err)
		return a.textMerge(base, ours, theirs, markerSize)
	}
	if err := a.writePlan(ours, merged); err != nil {
		return err
	}
	if n := len(merged.Conflicts); n > 0 {
		a.say("pas merge : %s dans %s, sous « conflicts » ; « pas questions %s » montre ce qu'il reste à résoudre avant de valider.",
			"pas merge: %s in %s, listed under \"conflicts\"; \"pas questions %s\" shows what to resolve before committing.",
			pas.Count(n, "conflit", "conflits", "conflict", "conflicts"), name, name)
		return &exitError{code: exitFindings}
	}
	return nil
}

// mergeSides name base, ours and theirs in messages: git gives them
// temporary names, PATH is the plan's.
var mergeSides = [3]pas.Text{{FR: "la version commune", EN: "the common version"}, {FR: "notre version", EN: "our version"}, {FR: "leur version", EN: "their version"}}

// loadSide loads one side of a merge; an empty base (both sides added the
// file) is an empty plan.
func (a *app) loadSide(path string, base bool) (*pas.Plan, error) {
	if base {
		if data, err := pas.ReadRegularFile(path, pas.MaxPlanSize); err == nil && len(bytes.TrimSpace(data)) == 0 {
			return pas.NewPlan(a.cat, ""), nil
		}
	}
	return pas.Read(path, a.cat) // git's temporary copies: the library is not resolved, references merge as references
}

// textMerge merges line by line with git merge-file, which writes ours,
// with conflict markers where both sides changed the same lines.
func (a *app) textMerge(base, ours, theirs string, markerSize int) error {
	cmd := exec.Command("git", "merge-file", "--marker-size="+strconv.Itoa(markerSize),
		"-L", a.t("notre version", "ours"), "-L", a.t("version commune", "base"), "-L", a.t("leur version", "theirs"),
		ours, base, theirs)
	cmd.Stderr = a.stderr
	err := cmd.Run()
	var ee *exec.ExitError
	switch {
	case err == nil:
		return nil
	case errors.As(err, &ee) && ee.ExitCode() > 0 && ee.ExitCode() < 128:
		return &exitError{code: exitFindings} // conflicts left as markers
	}
	return &exitError{code: exitUsage, msg: pas.Textf("git merge-file : %v", "git merge-file: %v", err)}
}

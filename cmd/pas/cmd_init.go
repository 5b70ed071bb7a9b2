package main

import (
	"errors"
	"os"
	"path/filepath"

	"github.com/pas-editor/pas/examples"
	"github.com/pas-editor/pas/pas"
	"github.com/spf13/cobra"
)

func (a *app) initCmd() *cobra.Command {
	var example, large bool
	cmd := &cobra.Command{
		Use:   "init [FILE]",
		Short: a.t("Créer un plan (vide ou exemple)", "Create a plan (empty or example)"),
		Long: a.t(`Crée FILE (plan.yaml par défaut) : un plan vide dans la langue choisie, ou avec --example un plan
complet et réaliste (un intégrateur qui exploite en SaaS le dossier patient d'un groupement
hospitalier, avec un hébergeur HDS). --example --large écrit le grand plan des mesures de
performance. Crée les répertoires manquants ; ne remplace jamais un fichier existant.`,
			`Creates FILE (plan.yaml by default): an empty plan in the chosen language, or with --example a
complete, realistic plan (an integrator running a hospital group's patient record as SaaS, with
an HDS-certified host). --example --large writes the large plan used by the benchmarks. Creates
missing directories; never replaces an existing file.`),
		Example: "  pas init --lang fr\n  pas init --example --lang en demo/plan.yaml",
		Args:    cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if large && !example {
				return usageErr("--large va avec --example", "--large goes with --example")
			}
			return a.initPlan(planArg(args), example, large)
		},
	}
	cmd.Flags().BoolVar(&example, "example", false, a.t("écrire le plan d'exemple complet", "write the complete example plan"))
	cmd.Flags().BoolVar(&large, "large", false, a.t("avec --example : le grand plan des mesures de performance", "with --example: the large benchmark plan"))
	return cmd
}

func (a *app) initPlan(path string, example, large bool) error {
	if _, err := os.Lstat(path); err == nil {
		return usageErr("%s existe déjà : rien n'a été écrit", "%s already exists: nothing was written", path)
	} else if !errors.Is(err, os.ErrNotExist) {
		return usageErr("%s : %v", "%s: %v", path, unwrapPath(err))
	}
	var data []byte
	switch {
	case large:
		data = examples.Large(a.lang)
	case example:
		data = examples.Plan(a.lang)
	default:
		data = pas.Encode(pas.NewPlan(a.cat, a.lang))
	}
	if dir := filepath.Dir(path); dir != "." {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return usageErr("création du répertoire %s impossible : %v", "cannot create directory %s: %v", dir, unwrapPath(err))
		}
	}
	if err := a.write(path, data); err != nil {
		return err
	}
	a.say("Plan écrit : %s. Ensuite : pas edit %s, ou pas render %s.", "Plan written: %s. Next: pas edit %s, or pas render %s.", path, path, path)
	return nil
}

// say prints an informational line on standard error, keeping standard
// output for documents and reports.
func (a *app) say(fr, en string, args ...any) {
	_, _ = a.stderr.Write([]byte(pas.Sanitize(a.tf(fr, en, args...)) + "\n"))
}

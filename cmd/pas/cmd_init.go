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
	var from string
	cmd := &cobra.Command{
		Use:   "init [FILE]",
		Short: a.t("Créer un plan (vide ou exemple)", "Create a plan (empty or example)"),
		Long: a.t(`Crée FILE (plan.yaml par défaut) : un plan vide dans la langue choisie, ou avec --example un plan
complet et réaliste (un intégrateur qui exploite en SaaS le dossier patient d'un groupement
hospitalier, avec un hébergeur HDS). --example --large écrit le grand plan des mesures de
performance. Avec --from STANDARD, copie le PAS standard de l'entreprise et l'enregistre comme
référence du plan (chemin relatif au plan et empreinte) : « pas check » signale quand le standard a
changé depuis, « pas diff --baseline » montre ce qui a changé. Crée les répertoires manquants ; ne
remplace jamais un fichier existant.`,
			`Creates FILE (plan.yaml by default): an empty plan in the chosen language, or with --example a
complete, realistic plan (an integrator running a hospital group's patient record as SaaS, with
an HDS-certified host). --example --large writes the large plan used by the benchmarks. With --from
STANDARD, copies the company's standard PAS and records it as the plan's baseline (path relative to
the plan, and hash): "pas check" says when the standard changed since, "pas diff --baseline" shows
what changed. Creates missing directories; never replaces an existing file.`),
		Example: "  pas init --lang fr\n  pas init --example --lang en demo/plan.yaml\n  pas init --from ../standard/pas.yaml tender/plan.yaml",
		Args:    cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if large && !example {
				return usageErr("--large va avec --example", "--large goes with --example")
			}
			if from != "" && example {
				return usageErr("--from et --example s'excluent", "--from and --example exclude each other")
			}
			if from != "" {
				return a.initFrom(planArg(args), from)
			}
			return a.initPlan(planArg(args), example, large)
		},
	}
	cmd.Flags().StringVar(&from, "from", "", a.t("copier ce PAS standard et l'enregistrer comme référence du plan", "copy this standard PAS and record it as the plan's baseline"))
	cmd.Flags().BoolVar(&example, "example", false, a.t("écrire le plan d'exemple complet", "write the complete example plan"))
	cmd.Flags().BoolVar(&large, "large", false, a.t("avec --example : le grand plan des mesures de performance", "with --example: the large benchmark plan"))
	return cmd
}

func (a *app) initPlan(path string, example, large bool) error {
	if err := newFile(path); err != nil {
		return err
	}
	var data []byte
	switch {
	case large:
		data = examples.Large(a.lang)
	case example:
		data = examples.Plan(a.lang)
	default:
		return a.createPlan(path, pas.NewPlan(a.cat, a.lang))
	}
	return a.create(path, data)
}

// newFile refuses a path that already exists: init never replaces a file.
func newFile(path string) error {
	if _, err := os.Lstat(path); err == nil {
		return usageErr("%s existe déjà : rien n'a été écrit", "%s already exists: nothing was written", path)
	} else if !errors.Is(err, os.ErrNotExist) {
		return usageErr("%s : %v", "%s: %v", path, unwrapPath(err))
	}
	return nil
}

// initFrom copies a standard PAS and records it as the plan's baseline:
// its path relative to the new plan and the hash of its bytes.
func (a *app) initFrom(path, from string) error {
	if err := newFile(path); err != nil {
		return err
	}
	data, err := os.ReadFile(from)
	if err != nil {
		return usageErr("%s : %v", "%s: %v", from, unwrapPath(err))
	}
	std, err := pas.Decode(data, from, a.cat)
	if err != nil {
		return err
	}
	p := std.Clone()
	p.Baseline = pas.NewBaseline(path, from, data)
	return a.createPlan(path, p)
}

// createPlan writes a new plan. Every plan that init writes from memory
// goes through here, and every plan a command saves goes through
// writePlan.
func (a *app) createPlan(path string, p *pas.Plan) error {
	if err := a.mkdirFor(path); err != nil {
		return err
	}
	if err := a.writePlan(path, p); err != nil {
		return err
	}
	a.sayWritten(path)
	return nil
}

// create writes a new file of ready bytes (the embedded examples).
func (a *app) create(path string, data []byte) error {
	if err := a.mkdirFor(path); err != nil {
		return err
	}
	if err := a.write(path, data); err != nil {
		return err
	}
	a.sayWritten(path)
	return nil
}

// writePlan is the one place where a command writes a plan it built or
// changed in memory (init, merge): encoded, then written atomically.
func (a *app) writePlan(path string, p *pas.Plan) error {
	return a.write(path, pas.Encode(p))
}

func (a *app) mkdirFor(path string) error {
	if dir := filepath.Dir(path); dir != "." {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return usageErr("création du répertoire %s impossible : %v", "cannot create directory %s: %v", dir, unwrapPath(err))
		}
	}
	return nil
}

func (a *app) sayWritten(path string) {
	a.say("Plan écrit : %s. Ensuite : pas edit %s, ou pas render %s.", "Plan written: %s. Next: pas edit %s, or pas render %s.", path, path, path)
}

// say prints an informational line on standard error, keeping standard
// output for documents and reports.
func (a *app) say(fr, en string, args ...any) {
	_, _ = a.stderr.Write([]byte(a.tf(fr, en, args...) + "\n"))
}

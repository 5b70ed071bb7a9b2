package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"

	"github.com/pas-editor/pas/examples"
	"github.com/pas-editor/pas/pas"
	"github.com/pas-editor/pas/sections"
	"github.com/spf13/cobra"
)

func (a *app) initCmd() *cobra.Command {
	var example, large bool
	var from, profile string
	var portfolio int
	cmd := &cobra.Command{
		Use:   "init [FILE]",
		Short: a.t("Créer un plan (vide, exemple, profil ou copie du PAS standard)", "Create a plan (empty, example, profile or copy of the standard PAS)"),
		Long: a.t(`Crée FILE (plan.yaml par défaut) : un plan vide dans la langue choisie, ou avec --example un plan
complet et réaliste (un intégrateur qui exploite en SaaS le dossier patient d'un groupement
hospitalier, avec un hébergeur HDS). --example --large écrit le grand plan des mesures de
performance ; --example --portfolio N DIR écrit dans DIR la bibliothèque de faits de l'exemple
(company.yaml) et N plans qui la partagent (tenders/tNNN/plan.yaml), pour mesurer « pas check » et
« pas impact » sur un portefeuille.

--profile saas|iaas|paas|managed|integration part d'un type de prestation : chapitres applicables,
parties et activités RACI usuelles ; les lettres RACI et les valeurs d'usage y sont à confirmer,
les parties sans nom, et aucune certification n'est déclarée.

--from STANDARD copie le PAS standard de l'entreprise et l'enregistre comme référence du plan
(chemin relatif au plan et empreinte) : « pas check » signale quand le standard a changé depuis,
« pas diff --baseline » montre ce qui a changé.

Crée les répertoires manquants ; ne remplace jamais un fichier existant.`,
			`Creates FILE (plan.yaml by default): an empty plan in the chosen language, or with --example a
complete, realistic plan (an integrator running a hospital group's patient record as SaaS, with
an HDS-certified host). --example --large writes the large plan used by the benchmarks;
--example --portfolio N DIR writes into DIR the example's facts library (company.yaml) and N plans
sharing it (tenders/tNNN/plan.yaml), to measure "pas check" and "pas impact" on a portfolio.

--profile saas|iaas|paas|managed|integration starts from a kind of engagement: the chapters that
apply, the usual parties and RACI activities; its RACI letters and usual figures are to confirm,
its parties have no name, and it declares no certification.

--from STANDARD copies the company's standard PAS and records it as the plan's baseline (path
relative to the plan, and hash): "pas check" says when the standard changed since, "pas diff
--baseline" shows what changed.

Creates missing directories; never replaces an existing file.`),
		Example: "  pas init --lang fr\n  pas init --example --lang en demo/plan.yaml\n  pas init --profile saas --lang fr\n  pas init --from ../standard/pas.yaml tender/plan.yaml",
		Args:    cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if large && !example {
				return usageErr("--large va avec --example", "--large goes with --example")
			}
			if portfolio != 0 && !example {
				return usageErr("--portfolio va avec --example", "--portfolio goes with --example")
			}
			if portfolio < 0 || portfolio > 0 && large {
				return usageErr("--portfolio : un nombre de plans, sans --large", "--portfolio: a number of plans, without --large")
			}
			if portfolio > 0 {
				if len(args) == 0 {
					return usageErr("--portfolio : indiquez le dossier à créer", "--portfolio: give the directory to create")
				}
				return a.initPortfolio(args[0], portfolio)
			}
			if n := countSet(example, from != "", profile != ""); n > 1 {
				return usageErr("--example, --from et --profile s'excluent", "--example, --from and --profile exclude each other")
			}
			switch {
			case from != "":
				return a.initFrom(planArg(args), from)
			case profile != "":
				return a.initProfile(planArg(args), profile)
			}
			return a.initPlan(planArg(args), example, large)
		},
	}
	cmd.Flags().StringVar(&profile, "profile", "", a.t("partir du profil d'un type de prestation : ", "start from the profile of a kind of engagement: ")+strings.Join(sections.Profiles(), ", "))
	cmd.Flags().StringVar(&from, "from", "", a.t("copier ce PAS standard et l'enregistrer comme référence du plan", "copy this standard PAS and record it as the plan's baseline"))
	cmd.Flags().BoolVar(&example, "example", false, a.t("écrire le plan d'exemple complet", "write the complete example plan"))
	cmd.Flags().BoolVar(&large, "large", false, a.t("avec --example : le grand plan des mesures de performance", "with --example: the large benchmark plan"))
	cmd.Flags().IntVar(&portfolio, "portfolio", 0, a.t("avec --example : N plans qui partagent la bibliothèque de faits de l'exemple, dans le dossier FILE", "with --example: N plans sharing the example's facts library, in the directory FILE"))
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

// initPortfolio writes a generated portfolio sharing one facts library.
func (a *app) initPortfolio(dir string, n int) error {
	if err := examples.WritePortfolio(dir, n, a.cat); err != nil {
		return usageErr("portefeuille %s : %v", "portfolio %s: %v", dir, unwrapPath(err))
	}
	a.say("Portefeuille écrit : %s (bibliothèque company.yaml, %d plans). Ensuite : pas check %s",
		"Portfolio written: %s (library company.yaml, %d plans). Next: pas check %s", dir, n, dir)
	return nil
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
	data, err := pas.ReadRegularFile(from, pas.MaxPlanSize)
	if err != nil {
		return err
	}
	std, err := pas.Decode(data, from, a.cat)
	if err != nil {
		return err
	}
	if n := len(std.Conflicts); n > 0 {
		return usageErr("%s garde %s : résolvez-les avant d'en tirer un plan", "%s holds %s: resolve them before making a plan from it", from,
			pas.Count(n, "conflit de fusion", "conflits de fusion", "merge conflict", "merge conflicts"))
	}
	p := std.Clone()
	p.Relocate(from, path) // the files it names, seen from the new plan
	p.Baseline = pas.NewBaseline(path, from, data)
	if p.Facts != nil { // the same library; a new plan pins nothing yet
		p.Facts.Frozen = nil
		if _, err := pas.NewLoader(a.cat).Library(p.Facts.File(path)); err != nil {
			return usageErr("%s : la bibliothèque de faits %s ne se charge pas : %v", "%s: the facts library %s does not load: %v", from, p.Facts.Path, err)
		}
	}
	return a.createPlan(path, p)
}

// initProfile writes the starting point of a kind of engagement: no
// commitment, only structure and values to confirm.
func (a *app) initProfile(path, id string) error {
	if err := newFile(path); err != nil {
		return err
	}
	p, err := sections.Profile(id, a.lang)
	if err != nil {
		return usageErr("--profile : %s, pas « %s »", "--profile: %s, not %q", strings.Join(sections.Profiles(), ", "), id)
	}
	return a.createPlan(path, p)
}

func countSet(flags ...bool) int {
	n := 0
	for _, f := range flags {
		if f {
			n++
		}
	}
	return n
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
	return a.write(path, pas.Marshal(p))
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
	_, _ = a.stderr.Write([]byte(pas.Sanitize(a.tf(fr, en, args...)) + "\n"))
}

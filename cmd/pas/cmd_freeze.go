package main

import (
	"github.com/pas-editor/pas/pas"
	"github.com/spf13/cobra"
)

func (a *app) freezeCmd() *cobra.Command {
	var refresh, thaw bool
	cmd := &cobra.Command{
		Use:   "freeze [FILE...]",
		Short: a.t("Figer ce qu'un plan reprend de la bibliothèque de faits", "Pin what a plan takes from the facts library"),
		Long: a.t(`Épingle dans le plan (partie « frozen ») les éléments et textes qu'il reprend de sa bibliothèque
de faits, tels qu'ils sont : un changement ultérieur de la bibliothèque ne modifie plus son document,
« pas impact » le liste « à réémettre ». L'enregistrement d'un plan remis ou contractuel le fait de
lui-même ; « pas freeze » le fait à tout moment.

--refresh épingle de nouveau d'après la bibliothèque actuelle (pour réémettre le plan, avec une
nouvelle version) ; --thaw retire l'épingle d'un projet, qui suit de nouveau la bibliothèque.
Les commentaires du fichier sont conservés ; l'écriture est atomique.`,
			`Pins in the plan ("frozen" part) the items and texts it takes from its facts library, as they
are: a later change of the library no longer changes its document, and "pas impact" lists it as "to
re-issue". Saving a submitted or contractual plan does it by itself; "pas freeze" does it at any
time.

--refresh pins again from the library as it is now (to re-issue the plan, with a new version);
--thaw removes the pin of a draft, which follows the library again. The file's comments are kept;
the write is atomic.`),
		Example: "  pas freeze tenders/chu/plan.yaml\n  pas freeze --refresh tenders/chu/plan.yaml",
		RunE: func(cmd *cobra.Command, args []string) error {
			if refresh && thaw {
				return usageErr("--refresh et --thaw s'excluent", "--refresh and --thaw exclude each other")
			}
			if len(args) == 0 {
				args = []string{planArg(nil)}
			}
			for _, path := range args {
				if err := a.freeze(path, refresh, thaw); err != nil {
					return err
				}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&refresh, "refresh", false, a.t("épingler de nouveau d'après la bibliothèque actuelle", "pin again from the library as it is now"))
	cmd.Flags().BoolVar(&thaw, "thaw", false, a.t("retirer l'épingle (projet seulement)", "remove the pin (drafts only)"))
	return cmd
}

// freeze pins, re-pins or unpins one plan, then writes it.
func (a *app) freeze(path string, refresh, thaw bool) error {
	p, err := a.load(path)
	if err != nil {
		return err
	}
	switch {
	case p.Facts == nil:
		return usageErr("%s ne nomme aucune bibliothèque de faits (facts:) : rien à figer", "%s names no facts library (facts:): nothing to pin", path)
	case thaw && a.cat.Issued(p):
		return usageErr("%s est remis ou contractuel : il reste figé (--refresh l'épingle de nouveau)", "%s is submitted or contractual: it stays pinned (--refresh pins it again)", path)
	case thaw:
		if !p.Frozen() {
			a.say("%s n'est pas figé.", "%s is not pinned.", path)
			return nil
		}
		if err := p.Thaw(path); err != nil {
			return err
		}
	case p.Frozen() && !refresh:
		a.say("%s est déjà figé (empreinte %s) ; --refresh l'épingle d'après la bibliothèque actuelle.",
			"%s is already pinned (fingerprint %s); --refresh pins it from the library as it is now.", path, shortSum(p.Facts.Frozen.SHA256))
		return nil
	default:
		if !p.Facts.Problem.IsZero() {
			return &exitError{code: exitUsage, msg: p.Facts.Problem}
		}
		if err := p.Freeze(path); err != nil {
			return err
		}
	}
	if err := a.write(path, pas.Marshal(p)); err != nil {
		return err
	}
	if thaw {
		a.say("%s suit de nouveau la bibliothèque %s.", "%s follows the library %s again.", path, p.Facts.Path)
	} else {
		a.say("%s figé : %s de %s (empreinte %s).", "%s pinned: %s of %s (fingerprint %s).",
			path, pas.Count(len(p.FactsUses()), "élément ou texte épinglé", "éléments et textes épinglés", "item or text", "items and texts"),
			p.Facts.Path, shortSum(p.Facts.Frozen.SHA256))
	}
	return nil
}

func shortSum(s string) string {
	if len(s) > 12 {
		return s[:12]
	}
	return s
}

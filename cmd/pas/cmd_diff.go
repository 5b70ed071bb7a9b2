package main

import (
	"github.com/pas-editor/pas/pas"
	"github.com/spf13/cobra"
)

func (a *app) diffCmd() *cobra.Command {
	var format string
	var baseline, textconv bool
	cmd := &cobra.Command{
		Use:   "diff A.yaml B.yaml | diff --baseline [FILE] | diff --textconv FILE",
		Short: a.t("Comparer deux plans engagement par engagement", "Compare two plans commitment by commitment"),
		Long: a.t(`Compare deux plans chapitre par chapitre : engagements modifiés (RPO : 24 h → 4 h), changements
d'état (engagé, à confirmer, question ouverte), cases RACI, éléments ajoutés, retirés ou modifiés
(reconnus par leur identifiant : les réordonner n'est pas une différence), chapitres marqués non
applicables. Chaque changement comparable est dit plus strict ou moins strict pour le client, hors
de la plage admise (durée de conservation des journaux, délais du règlement sur les données), ou
non comparable. Sortie dans la langue du plan B (ou de --lang), en texte ou en JSON
(docs/diff-json.md). Sort avec le code 0 si les plans sont identiques (sans rien écrire), 1 s'ils
diffèrent, 2 en cas d'erreur.

--baseline FILE montre ce qui a changé dans le PAS standard depuis que FILE en a été tiré (la
version d'origine est retrouvée dans l'historique git du standard par son empreinte).
--textconv FILE écrit FILE sous une forme textuelle stable, une valeur par ligne, pour le textconv
de git (voir le README) ; il ne sort jamais avec le code 1 et recopie le fichier tel quel lorsqu'il
ne se charge pas (marqueurs de conflit, par exemple).`,
			`Compares two plans chapter by chapter: changed commitments (RPO: 24 h → 4 h), state changes
(committed, to confirm, open question), RACI cells, records added, removed or changed (matched by
id: reordering them is no difference), chapters marked not applicable. Each comparable change is
said to be stricter or weaker for the client, outside the allowed range (log retention, Data Act
periods), or incomparable. Output in plan B's language (or --lang), as text or JSON
(docs/diff-json.md). Exits with code 0 when the plans are the same (printing nothing), 1 when
they differ, 2 on error.

--baseline FILE shows what changed in the standard PAS since FILE was made from it (pas init
--from): the original version is found by its hash in the standard's git history.

--textconv FILE writes FILE in a stable, line-oriented text form, one value per line, for git's
textconv (see the README); it never exits with code 1 and writes the file as it is when it does not
load (conflict markers, say).`),
		Example: "  pas diff standard.yaml plan.yaml\n  pas diff --format json v1.yaml v2.yaml\n  pas diff --baseline plan.yaml",
		Args:    cobra.MaximumNArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "text" && format != "json" {
				return usageErr("--format : text ou json, pas « %s »", "--format: text or json, not %q", format)
			}
			switch {
			case textconv && baseline:
				return usageErr("--textconv et --baseline s'excluent", "--textconv and --baseline exclude each other")
			case (baseline || textconv) && len(args) > 1:
				return usageErr("un seul plan avec --baseline ou --textconv", "one plan only with --baseline or --textconv")
			case textconv:
				return a.textconv(planArg(args))
			case baseline:
				return a.diffBaseline(planArg(args), format)
			case len(args) != 2:
				return usageErr("deux plans à comparer : pas diff A.yaml B.yaml", "two plans to compare: pas diff A.yaml B.yaml")
			}
			pa, err := a.load(args[0])
			if err != nil {
				return err
			}
			pb, err := a.load(args[1])
			if err != nil {
				return err
			}
			return a.printDiff(pas.Compare(pa, pb), args[0], args[1], format)
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", a.t("text ou json", "text or json"))
	cmd.Flags().BoolVar(&textconv, "textconv", false, a.t("écrire FILE sous forme textuelle pour git", "write FILE as text for git"))
	cmd.Flags().BoolVar(&baseline, "baseline", false, a.t("ce qui a changé dans le PAS standard depuis la copie", "what changed in the standard PAS since the copy"))
	return cmd
}

// diffLang is the language of a diff: --lang, else plan B's.
func (a *app) diffLang(b *pas.Plan) pas.Lang {
	if a.langSet || b.Lang == "" {
		return a.lang
	}
	return b.Lang
}

// printDiff writes a diff and ends with exit code 1 when the plans differ.
func (a *app) printDiff(d *pas.Diff, nameA, nameB, format string) error {
	l := a.diffLang(d.B)
	var out []byte
	switch {
	case format == "json":
		out = diffJSON(l, d, nameA, nameB)
	case !d.Equal():
		out = []byte(pas.Sanitize(diffText(l, d)))
	}
	if _, err := a.stdout.Write(out); err != nil {
		return err
	}
	if d.Equal() {
		return nil
	}
	return &exitError{code: exitFindings}
}

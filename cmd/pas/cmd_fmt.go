package main

import (
	"bytes"
	"fmt"

	"github.com/pas-editor/pas/pas"
	"github.com/spf13/cobra"
)

// fmtOptions are the flags of pas fmt.
type fmtOptions struct {
	check bool // report, do not write
}

func (a *app) fmtCmd() *cobra.Command {
	var o fmtOptions
	cmd := &cobra.Command{
		Use:   "fmt [FILE…]",
		Short: a.t("Mettre les plans en forme canonique (commentaires conservés)", "Write plans in canonical form (comments kept)"),
		Long: a.t(`Réécrit chaque FILE (plan.yaml par défaut) en forme canonique : l'ordre du catalogue, une
indentation de deux espaces, des fins de ligne LF, un saut de ligne final et les valeurs sous leur
forme normale, chaque commentaire restant attaché à sa clé. C'est la forme qu'écrivent l'éditeur
et toutes les commandes : sur un fichier déjà en forme, modifier une valeur ne change que ses
lignes dans git diff. Un fichier déjà en forme n'est pas touché. Avec --check, rien n'est écrit :
la commande nomme chaque fichier qui n'est pas en forme et sort avec le code 1.`,
			`Rewrites each FILE (plan.yaml by default) in canonical form: catalogue order, two-space
indentation, LF line ends, a final newline and values in their normal form, every comment staying
with its key. It is the form the editor and every command write: on a formatted file, changing a
value changes only its lines in git diff. A file already in form is left untouched. With --check,
nothing is written: the command names each file that is not in form and exits with code 1.`),
		Example: "  pas fmt\n  pas fmt --check examples/*/plan.yaml",
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				args = []string{"plan.yaml"}
			}
			return a.format(args, o)
		},
	}
	cmd.Flags().BoolVar(&o.check, "check", false, a.t("ne rien écrire ; code 1 si un fichier n'est pas en forme canonique", "write nothing; exit 1 when a file is not in canonical form"))
	return cmd
}

// format formats each file in turn; a file that cannot be read or written
// does not stop the others, and the worst outcome sets the exit code.
func (a *app) format(paths []string, o fmtOptions) error {
	code, unformatted := exitOK, 0
	for _, path := range paths {
		changed, err := a.formatFile(path, o.check)
		if err != nil {
			a.exitCode(err) // prints the message
			code = exitUsage
			continue
		}
		if changed && o.check {
			unformatted++
			fmt.Fprintln(a.stdout, path)
		}
	}
	switch {
	case unformatted == 1:
		a.say("1 fichier n'est pas en forme canonique : « pas fmt » le réécrit.",
			"1 file is not in canonical form: \"pas fmt\" rewrites it.")
	case unformatted > 1:
		a.say("%d fichiers ne sont pas en forme canonique : « pas fmt » les réécrit.",
			"%d files are not in canonical form: \"pas fmt\" rewrites them.", unformatted)
	}
	if unformatted > 0 {
		code = max(code, exitFindings)
	}
	if code != exitOK {
		return &exitError{code: code}
	}
	return nil
}

// formatFile reports whether path was not in canonical form, and rewrites
// it unless check is set. It refuses to write when the formatted text
// would not read back to the same plan.
func (a *app) formatFile(path string, check bool) (bool, error) {
	p, err := a.load(path)
	if err != nil {
		return false, err
	}
	if p.SourceCanonical() {
		return false, nil
	}
	if check {
		return true, nil
	}
	out := pas.Marshal(p)
	if q, err := pas.Decode(out, path, a.cat); err != nil || !bytes.Equal(pas.Encode(q), pas.Encode(p)) {
		return false, usageErr("%s : la mise en forme changerait le plan ; rien n'a été écrit (signalez-le)",
			"%s: formatting would change the plan; nothing was written (please report it)", path)
	}
	if err := a.write(path, out); err != nil {
		return false, err
	}
	a.say("Mis en forme : %s", "Formatted: %s", path)
	return true, nil
}

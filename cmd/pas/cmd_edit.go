package main

import (
	"errors"

	"github.com/charmbracelet/lipgloss"
	"github.com/pas-editor/pas/examples"
	"github.com/pas-editor/pas/pas"
	"github.com/pas-editor/pas/tui"
	"github.com/spf13/cobra"
)

func (a *app) editCmd() *cobra.Command {
	var accessible bool
	cmd := &cobra.Command{
		Use:   "edit [FILE]",
		Short: a.t("Ouvrir l'éditeur guidé (par défaut)", "Open the guided editor (default)"),
		Long: a.t(`Ouvre l'éditeur guidé sur FILE (plan.yaml par défaut), chapitre par chapitre, avec l'aperçu du
document. Si le fichier n'existe pas, un premier écran propose un plan vide, l'exemple ou un autre
plan. ctrl+s écrit plan.yaml puis plan.md.`,
			`Opens the guided editor on FILE (plan.yaml by default), chapter by chapter, with a preview of the
document. When the file does not exist, a first screen offers an empty plan, the example or another
plan. ctrl+s writes plan.yaml then plan.md.`),
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.edit(args, accessible)
		},
	}
	cmd.Flags().BoolVar(&accessible, "accessible", false, a.t("questions en lignes simples (lecteurs d'écran, terminaux sans curseur)", "plain line prompts (screen readers, dumb terminals)"))
	return cmd
}

// edit opens the editor; without a terminal it points to the plain commands.
func (a *app) edit(args []string, accessible bool) error {
	opt := tui.Options{
		Path: planArg(args), EnvLang: a.lang, Cat: a.cat,
		Plain:   a.getenv("NO_COLOR") != "",
		Today:   func() pas.Date { return pas.DateOf(a.now()) },
		Example: examples.Plan,
	}
	if a.langSet {
		opt.Lang = a.lang
	}
	var err error
	switch {
	case accessible || a.getenv("ACCESSIBLE") != "" || a.getenv("TERM") == "dumb":
		err = tui.RunAccessible(opt, a.stdin, a.stdout)
	case !a.tty():
		return usageErr("l'éditeur a besoin d'un terminal ; sans terminal, utilisez pas edit --accessible, ou pas init, pas render et pas check",
			"the editor needs a terminal; without one, use pas edit --accessible, or pas init, pas render and pas check")
	default:
		err = a.fullScreen(opt)
	}
	if errors.Is(err, tui.ErrAborted) {
		return &exitError{code: exitAborted}
	}
	return err
}

// fullScreen runs the Bubble Tea editor.
func (a *app) fullScreen(opt tui.Options) error {
	if !opt.Plain {
		opt.Dark = lipgloss.HasDarkBackground()
	}
	return tui.Run(opt)
}

package main

import (
	"strings"

	"github.com/spf13/cobra"
)

// rootCmd builds the command tree with help texts in the run's language.
func (a *app) rootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "pas",
		Short: a.t("Éditer, produire et vérifier un Plan d'Assurance Sécurité", "Edit, render and check a Security Assurance Plan (PAS)"),
		Long: a.t(`pas tient un Plan d'Assurance Sécurité dans un fichier YAML (la source, versionnée dans git)
et en produit le document Markdown que lit le client. Sans commande, « pas » ouvre l'éditeur
sur plan.yaml.

Codes de sortie : 0 succès ; 1 « check » a trouvé des constats au moins aussi graves que le seuil,
« render --check » un document qui n'est pas à jour, « fmt --check » un fichier pas en forme
canonique, « diff » des différences, « merge » des conflits ; 2 erreur d'utilisation ou fichier
inutilisable (et erreur interne de l'éditeur) ; 130 abandon par l'utilisateur ; 129 et 143 éditeur
arrêté par SIGHUP ou SIGTERM (modifications conservées dans le fichier de récupération).`,
			`pas keeps a Security Assurance Plan (Plan d'Assurance Sécurité) in a YAML file (the source,
versioned in git) and renders the Markdown document the client reads. Without a command, "pas"
opens the editor on plan.yaml.

Exit codes: 0 success; 1 "check" found findings at or above its threshold, "render --check" a
document out of date, "fmt --check" a file not in canonical form, "diff" differences, "merge"
conflicts; 2 usage error or unusable input (and an internal error of the editor); 130 aborted by the
user; 129 and 143 the editor stopped by SIGHUP or SIGTERM (unsaved edits kept in the recovery file).`),
		Args:          cobra.NoArgs,
		SilenceErrors: true,
		SilenceUsage:  true,
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.edit(args, false)
		},
	}
	root.PersistentFlags().String("lang", "", a.t("langue des messages : fr ou en (par défaut selon LANG)", "language of messages: fr or en (default from LANG)"))
	root.PersistentFlags().BoolP("help", "h", false, a.t("afficher l'aide", "show help"))
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return err })
	root.AddCommand(a.initCmd(), a.editCmd(), a.renderCmd(), a.checkCmd(), a.statusCmd(), a.questionsCmd(),
		a.rulesCmd(), a.fmtCmd(), a.diffCmd(), a.mergeCmd(), a.freezeCmd(), a.impactCmd(), a.schemaCmd(), a.versionCmd(), a.completionCmd(root))
	root.AddCommand(a.gridCmd())
	root.SetHelpCommand(&cobra.Command{
		Use:   "help [command]",
		Short: a.t("Aide sur une commande", "Help about a command"),
		RunE: func(c *cobra.Command, args []string) error {
			target, _, err := root.Find(args)
			if err != nil || target == nil {
				return usageErr("commande inconnue « %s »", "unknown command %q", strings.Join(args, " "))
			}
			return target.Help()
		},
	})
	root.CompletionOptions.DisableDefaultCmd = true
	a.localizeTemplates(root)
	return root
}

// localizeTemplates replaces cobra's English usage template.
func (a *app) localizeTemplates(root *cobra.Command) {
	root.SetUsageTemplate(a.t(usageFR, usageEN))
}

// frenchUsage translates the words pflag and cobra put in usage lines.
var frenchUsage = strings.NewReplacer("[flags]", "[options]", "(default ", "(par défaut ", " string ", " texte  ")

func init() {
	cobra.AddTemplateFunc("fr", frenchUsage.Replace)
}

const usageEN = `Usage:{{if .Runnable}}
  {{.UseLine}}{{end}}{{if .HasAvailableSubCommands}}
  {{.CommandPath}} [command]{{end}}{{if .HasExample}}

Examples:
{{.Example}}{{end}}{{if .HasAvailableSubCommands}}

Commands:{{range .Commands}}{{if (or .IsAvailableCommand (eq .Name "help"))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{end}}{{if .HasAvailableLocalFlags}}

Flags:
{{.LocalFlags.FlagUsages | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableInheritedFlags}}

Global flags:
{{.InheritedFlags.FlagUsages | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableSubCommands}}

Use "{{.CommandPath}} [command] --help" for more about a command.{{end}}
`

const usageFR = `Utilisation :{{if .Runnable}}
  {{fr .UseLine}}{{end}}{{if .HasAvailableSubCommands}}
  {{.CommandPath}} [commande]{{end}}{{if .HasExample}}

Exemples :
{{.Example}}{{end}}{{if .HasAvailableSubCommands}}

Commandes :{{range .Commands}}{{if (or .IsAvailableCommand (eq .Name "help"))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{end}}{{if .HasAvailableLocalFlags}}

Options :
{{fr .LocalFlags.FlagUsages | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableInheritedFlags}}

Options globales :
{{fr .InheritedFlags.FlagUsages | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableSubCommands}}

« {{.CommandPath}} [commande] --help » en dit plus sur une commande.{{end}}
`

// completionCmd generates shell completion scripts.
func (a *app) completionCmd(root *cobra.Command) *cobra.Command {
	return &cobra.Command{
		Use:       "completion bash|zsh|fish|powershell",
		Short:     a.t("Script de complétion pour le shell", "Shell completion script"),
		Long:      a.t("Écrit sur la sortie standard le script de complétion du shell indiqué, par exemple : source <(pas completion bash).", "Writes the completion script of the given shell to standard output, for instance: source <(pas completion bash)."),
		Args:      cobra.ExactArgs(1),
		ValidArgs: []string{"bash", "zsh", "fish", "powershell"},
		RunE: func(cmd *cobra.Command, args []string) error {
			out := cmd.OutOrStdout()
			switch args[0] {
			case "bash":
				return root.GenBashCompletionV2(out, true)
			case "zsh":
				return root.GenZshCompletion(out)
			case "fish":
				return root.GenFishCompletion(out, true)
			case "powershell":
				return root.GenPowerShellCompletionWithDesc(out)
			}
			return usageErr("shell inconnu « %s » : bash, zsh, fish ou powershell", "unknown shell %q: bash, zsh, fish or powershell", args[0])
		},
	}
}

package main

import (
	"github.com/pas-editor/pas/grid"
	"github.com/pas-editor/pas/pas"
	"github.com/spf13/cobra"
)

// version is the version of pas.
const version = "0.1.0"

func (a *app) schemaCmd() *cobra.Command {
	var gridFile bool
	var library bool
	cmd := &cobra.Command{
		Use:   "schema",
		Short: a.t("Afficher le schéma JSON de plan.yaml", "Print the JSON Schema of plan.yaml"),
		Long: a.t(`Écrit le schéma JSON (draft 2020-12) de plan.yaml : pour valider un plan en CI, ou pour la
complétion et la validation dans un éditeur. Enregistrez-le sous le nom plan.schema.json, dans le
répertoire du plan : la première ligne que « pas init » écrit dans un plan,
`+pas.Modeline+`, désigne ce fichier pour yaml-language-server
(VS Code, Neovim, Helix…). Les enregistrements conservent cette ligne.

--library écrit celui d'une bibliothèque de faits (company.yaml), à enregistrer sous le nom
company.schema.json.`,
			`Writes the JSON Schema (draft 2020-12) of plan.yaml: to validate a plan in CI, or for completion
and validation in an editor. Save it as plan.schema.json in the plan's directory: the first line
"pas init" writes in a plan, `+pas.Modeline+`, points
yaml-language-server (VS Code, Neovim, Helix…) at that file. Saves keep that line.

--library writes that of a facts library (company.yaml), to save as company.schema.json.`),
		Example: "  pas schema > plan.schema.json\n  pas schema --library > company.schema.json",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			schema := pas.Schema(a.cat)
			switch {
			case gridFile:
				schema = grid.Schema(a.cat)
			case library:
				schema = pas.LibrarySchema(a.cat)
			}
			_, err := a.stdout.Write(schema)
			return err
		},
	}
	cmd.Flags().BoolVar(&gridFile, "grid", false, a.t("le schéma du fichier des exigences (pas grid) au lieu de celui du plan", "the schema of the requirements file (pas grid) instead of the plan's"))
	cmd.Flags().BoolVar(&library, "library", false, a.t("le schéma d'une bibliothèque de faits (company.yaml)", "the schema of a facts library (company.yaml)"))
	return cmd
}

func (a *app) versionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: a.t("Afficher la version", "Print the version"),
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			_, err := a.stdout.Write([]byte(a.tf("pas %s (format de plan %d)\n", "pas %s (plan format %d)\n", version, pas.SchemaVersion)))
			return err
		},
	}
}

package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/pas-editor/pas/grid"
	"github.com/pas-editor/pas/pas"
	"github.com/spf13/cobra"
	"golang.org/x/term"
)

// completeOptions fills what the flags did not say about the buyer's
// file: in a terminal, a line-by-line picker shows the sheet's first rows
// and asks, with what the column titles suggest as defaults; without a
// terminal, the error suggests the whole command line.
func (a *app) completeOptions(cmd *cobra.Command, b *grid.Book, o *grid.Options) error {
	if o.HeaderRow > 0 && o.ID != "" && o.Text != "" && o.Status != "" {
		return nil
	}
	t, err := b.Table(o.Sheet)
	if err != nil {
		return gridErr(err)
	}
	guess := grid.Guess(t)
	if !a.tty() {
		return a.suggestCommand(b, o, guess)
	}
	pk := &picker{a: a, in: bufio.NewReader(a.stdin)}
	if err := pk.run(b, t, o, guess); err != nil {
		if errors.Is(err, io.EOF) {
			return &exitError{code: exitAborted, msg: pas.T("import abandonné", "import cancelled")}
		}
		return err
	}
	return nil
}

// suggestCommand explains what is missing and proposes the command line
// the titles suggest.
func (a *app) suggestCommand(b *grid.Book, o *grid.Options, g grid.Options) error {
	fill := func(given, guessed string) string {
		if given != "" {
			return given
		}
		return guessed
	}
	line := "pas grid import " + shellQuote(b.Path)
	if s := fill(o.Sheet, g.Sheet); s != "" {
		line += " --sheet " + shellQuote(s)
	}
	row := o.HeaderRow
	if row == 0 {
		row = g.HeaderRow
	}
	if row > 0 {
		line += " --header-row " + strconv.Itoa(row)
	}
	for _, c := range []struct{ flag, given, guessed string }{
		{"id", o.ID, g.ID}, {"text", o.Text, g.Text}, {"priority", o.Priority, g.Priority},
		{"status", o.Status, g.Status}, {"comment", o.Comment, g.Comment}, {"ref", o.Ref, g.Ref},
	} {
		if v := fill(c.given, c.guessed); v != "" {
			line += " --" + c.flag + " " + shellQuote(v)
		}
	}
	return usageErr("indiquez la ligne d'en-tête et les colonnes (--header-row, --id, --text, --status) ; d'après les titres de la feuille :\n  %s\n(vérifiez-la ; dans un terminal, sans ces options, pas vous les demande)",
		"give the header row and the columns (--header-row, --id, --text, --status); from the sheet's titles:\n  %s\n(check it; in a terminal, without these flags, pas asks for them)", pas.Sanitize(line))
}

func shellQuote(s string) string {
	if s != "" && strings.IndexFunc(s, func(r rune) bool {
		return !(r == '-' || r == '_' || r == '.' || r == '/' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z')
	}) < 0 {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// picker asks its questions one line at a time: plain prompts work with
// screen readers and in any terminal.
type picker struct {
	a  *app
	in *bufio.Reader
}

// ask prints a question with its default and reads the answer; an empty
// answer takes the default.
func (pk *picker) ask(question, def string) (string, error) {
	if def != "" {
		fmt.Fprintf(pk.a.stdout, "%s [%s] ", question, pas.Sanitize(def))
	} else {
		fmt.Fprintf(pk.a.stdout, "%s ", question)
	}
	line, err := pk.in.ReadString('\n')
	if err != nil && (line == "" || !errors.Is(err, io.EOF)) {
		return "", io.EOF
	}
	if line = strings.TrimSpace(line); line == "" {
		return def, nil
	}
	return line, nil
}

func (pk *picker) run(b *grid.Book, t *grid.Table, o *grid.Options, g grid.Options) error {
	a := pk.a
	if sheets := b.Sheets(); len(sheets) > 1 && o.Sheet == "" {
		fmt.Fprintln(a.stdout, a.t("Feuilles du classeur :", "Sheets of the workbook:"))
		for _, s := range sheets {
			hidden := ""
			if s.Hidden {
				hidden = a.t(" (masquée)", " (hidden)")
			}
			fmt.Fprintf(a.stdout, "  %s%s\n", pas.Sanitize(s.Name), hidden)
		}
		for {
			name, err := pk.ask(a.t("Feuille des exigences ?", "Sheet of the requirements?"), t.Sheet)
			if err != nil {
				return err
			}
			nt, err := b.Table(name)
			if err == nil {
				t, o.Sheet, g = nt, name, grid.Guess(nt)
				break
			}
			fmt.Fprintln(a.stdout, pas.Sanitize(gridErr(err).(*exitError).msg.In(a.lang)))
		}
	}
	pk.preview(t)
	if err := pk.headerRow(t, o, g); err != nil {
		return err
	}
	if err := pk.columns(o, g); err != nil {
		return err
	}
	return pk.minimum(t, o)
}

// preview shows the first rows, columns lettered, cut to fit the
// terminal's width.
func (pk *picker) preview(t *grid.Table) {
	cols := min(t.Width(), 12)
	cell := max(6, min(24, (pk.width()-4)/cols-2))
	rows := t.Preview(12, cell)
	var b strings.Builder
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	head := []string{""}
	for c := 0; c < cols; c++ {
		head = append(head, grid.ColumnName(c))
	}
	fmt.Fprintln(tw, strings.Join(head, "\t"))
	for i, r := range rows {
		fmt.Fprintln(tw, strconv.Itoa(i+1)+"\t"+strings.Join(r[:min(len(r), cols)], "\t"))
	}
	_ = tw.Flush()
	for _, line := range strings.Split(strings.TrimRight(b.String(), "\n"), "\n") {
		fmt.Fprintln(pk.a.stdout, strings.TrimRight(line, " "))
	}
}

// width returns the terminal's width, 80 when it cannot be read.
func (pk *picker) width() int {
	if f, ok := pk.a.stdout.(*os.File); ok {
		if w, _, err := term.GetSize(int(f.Fd())); err == nil && w >= 40 {
			return w
		}
	}
	return 80
}

func (pk *picker) headerRow(t *grid.Table, o *grid.Options, g grid.Options) error {
	if o.HeaderRow > 0 {
		return nil
	}
	def := ""
	if g.HeaderRow > 0 {
		def = strconv.Itoa(g.HeaderRow)
	}
	for {
		v, err := pk.ask(pk.a.t("Ligne des titres de colonnes ?", "Row of the column titles?"), def)
		if err != nil {
			return err
		}
		if n, err := strconv.Atoi(v); err == nil && n >= 1 && n <= t.Rows() {
			o.HeaderRow = n
			return nil
		}
		fmt.Fprintln(pk.a.stdout, pk.a.tf("Un numéro de ligne entre 1 et %d.", "A row number between 1 and %d.", t.Rows()))
	}
}

func (pk *picker) columns(o *grid.Options, g grid.Options) error {
	a := pk.a
	for _, c := range []struct {
		dst, guess *string
		fr, en     string
		required   bool
	}{
		{&o.ID, &g.ID, "Colonne de l'identifiant ?", "Column of the id?", true},
		{&o.Text, &g.Text, "Colonne du texte de l'exigence ?", "Column of the requirement text?", true},
		{&o.Priority, &g.Priority, "Colonne de la priorité (- : aucune) ?", "Column of the priority (-: none)?", false},
		{&o.Status, &g.Status, "Colonne du statut à remplir ?", "Column of the status to fill?", true},
		{&o.Comment, &g.Comment, "Colonne du commentaire à remplir (- : aucune) ?", "Column of the comment to fill (-: none)?", false},
		{&o.Ref, &g.Ref, "Colonne de la référence dans l'offre (- : aucune) ?", "Column of the reference in the offer (-: none)?", false},
	} {
		if *c.dst != "" {
			continue
		}
		for {
			v, err := pk.ask(a.t(c.fr, c.en), *c.guess)
			if err != nil {
				return err
			}
			if v == "-" && !c.required {
				break
			}
			if v != "" && v != "-" {
				*c.dst = v
				break
			}
			fmt.Fprintln(a.stdout, a.t("Cette colonne est nécessaire : une lettre (A, B…) ou le titre de la colonne.", "This column is needed: a letter (A, B…) or the column's title."))
		}
	}
	return nil
}

func (pk *picker) minimum(t *grid.Table, o *grid.Options) error {
	if len(o.Minimum) > 0 || o.Priority == "" {
		return nil
	}
	values := t.Values(o.Priority, o.HeaderRow)
	if len(values) == 0 {
		return nil
	}
	a := pk.a
	fmt.Fprintln(a.stdout, a.tf("Priorités trouvées : %s", "Priorities found: %s", pas.Sanitize(strings.Join(values, ", "))))
	v, err := pk.ask(a.t("Lesquelles désignent une exigence minimale (séparées par des virgules, vide : aucune) ?",
		"Which mean a minimum requirement (comma-separated, empty: none)?"), "")
	if err != nil {
		return err
	}
	o.Minimum = splitList(strings.Split(v, ","))
	return nil
}

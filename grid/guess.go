package grid

import (
	"strings"

	"github.com/pas-editor/pas/pas"
)

// titleWords are the words buyers put in the header of each column.
var titleWords = []struct {
	key   string
	words []string
	first bool // the word must open the title ("N° exigence" is the id)
}{
	{"ref", []string{"offre", "renvoi", "paragraphe", "chapitre", "document", "localisation", "where", "location", "section"}, false},
	{"id", []string{"n", "no", "num", "numero", "id", "ref", "reference", "code", "item", "identifiant", "#"}, true},
	{"comment", []string{"commentaire", "justification", "observation", "comment", "remarque", "precision", "explication", "detail", "description de la reponse", "modalite"}, false},
	{"status", []string{"conformite", "conforme", "statut", "status", "compliance", "compliant", "reponse", "answer", "c pc nc", "oui non"}, false},
	{"priority", []string{"priorite", "niveau", "criticite", "caractere", "obligatoire", "type", "priority", "level", "weight", "ponderation", "importance", "poids"}, false},
	{"text", []string{"exigence", "requirement", "libelle", "description", "question", "intitule", "critere", "enonce", "attendu", "clause"}, false},
}

// Guess proposes the header row and the columns from the titles buyers
// usually write, for the picker's defaults and for the suggested command
// line. Columns it cannot tell are left empty.
func Guess(t *Table) Options {
	best, bestScore := 0, 1
	for row := 1; row <= min(t.Rows(), 30); row++ {
		if score := len(guessColumns(t, row)); score > bestScore {
			best, bestScore = row, score
		}
	}
	o := Options{Sheet: t.Sheet, HeaderRow: best}
	if best == 0 {
		return o
	}
	for key, col := range guessColumns(t, best) {
		for _, r := range roles {
			if r.key == key {
				*r.spec(&o) = colName(col)
			}
		}
	}
	return o
}

// guessColumns assigns roles to the columns of a header row.
func guessColumns(t *Table, row int) map[string]int {
	out := map[string]int{}
	used := map[int]bool{}
	for _, tw := range titleWords {
		for c := 0; c < t.Width(); c++ {
			if used[c] {
				continue
			}
			if m, ok := t.merge(c, row); ok && m.c1 != m.c2 {
				continue // a title over several columns names none of them
			}
			title := pas.SearchKey(strings.NewReplacer("°", " ", "/", " ").Replace(t.raw(c, row)))
			if title == "" || len(title) > 60 {
				continue
			}
			if matchesTitle(title, tw.words, tw.first) {
				out[tw.key], used[c] = c, true
				break
			}
		}
	}
	return out
}

func matchesTitle(title string, words []string, first bool) bool {
	fields := strings.Fields(title)
	for _, w := range words {
		if first {
			if fields[0] == w {
				return true
			}
			continue
		}
		if strings.Contains(" "+title+" ", " "+w) {
			return true
		}
	}
	return false
}

// Preview returns the first rows of the table, cells trimmed to width
// runes and sanitised for a terminal, for the picker.
func (t *Table) Preview(rows, width int) [][]string {
	var out [][]string
	for row := 1; row <= min(rows, t.Rows()); row++ {
		var cells []string
		for c := 0; c < t.Width(); c++ {
			v := strings.Join(strings.Fields(t.raw(c, row)), " ")
			if r := []rune(v); len(r) > width {
				v = string(r[:width-1]) + "…"
			}
			cells = append(cells, pas.Sanitize(v))
		}
		out = append(out, cells)
	}
	return out
}

// ColumnName returns the letter of a 0-based column.
func ColumnName(i int) string { return colName(i) }

// Values lists the distinct non-empty values of a column below a row, in
// order of appearance, for the picker's question about minimum priorities.
func (t *Table) Values(col string, below int) []string {
	if !isColumnLetters(strings.ToUpper(col)) {
		return nil
	}
	c := colIndex(col)
	seen := map[string]bool{}
	var out []string
	for row := below + 1; row <= t.Rows(); row++ {
		v := strings.TrimSpace(t.raw(c, row))
		if v != "" && !seen[v] && len(out) < 20 {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}

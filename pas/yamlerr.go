package pas

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

type docError struct{ pos Pos }

func (e *docError) Error() string { return "more than one YAML document" }

var yamlLine = regexp.MustCompile(`^yaml: (?:line (\d+): )?(.*)$`)

// yamlProblem turns a yaml.v3 error into a positioned problem. yaml.v3
// names the line of the enclosing block rather than of the token at
// fault, and no column; the position comes from syntaxOffset instead.
func yamlProblem(err error, data []byte, ix *textIndex) Problem {
	if de, ok := err.(*docError); ok {
		return Problem{Pos: de.pos, Msg: T("un seul document YAML est attendu", "only one YAML document is expected")}
	}
	if err.Error() == "EOF" {
		return Problem{Msg: T("fichier vide : lancez « pas init » pour créer un plan", "empty file: run \"pas init\" to create a plan")}
	}
	m := yamlLine.FindStringSubmatch(err.Error())
	if m == nil {
		return Problem{Msg: Textf("YAML invalide : %s", "invalid YAML: %s", err.Error())}
	}
	line, _ := strconv.Atoi(m[1])
	off, ok := syntaxOffset(data, ix, err.Error(), line)
	if !ok {
		return Problem{Pos: Pos{Line: line}, Msg: syntaxMessage(m[2])}
	}
	msg := m[2]
	switch {
	case msg == "did not find expected ',' or ']'":
		off = openBracket(data, off, '[', ']')
	case msg == "did not find expected ',' or '}'":
		off = openBracket(data, off, '{', '}')
	case msg == "found character that cannot start any token" && off < len(data) && data[off] == '\t':
		msg = "found a tab character that violates indentation"
	case unknownAnchor.MatchString(msg):
		off = max(off+1-len(unknownAnchor.FindStringSubmatch(msg)[1])-1, 0) // back to the '*'
	}
	return Problem{Pos: ix.pos(off), Msg: syntaxMessage(msg)}
}

// openBracket goes back from off to the bracket that opened the flow
// collection around it (brackets inside quotes may mislead it; it then
// keeps off).
func openBracket(data []byte, off int, open, close byte) int {
	depth := 0
	for i := min(off, len(data)-1); i >= 0; i-- {
		switch data[i] {
		case close:
			depth++
		case open:
			if depth == 0 {
				return i
			}
			depth--
		}
	}
	return off
}

// syntaxMessages rewrite yaml.v3's usual messages for people who write
// a plan by hand.
var syntaxMessages = map[string]Text{
	"did not find expected key": T("une clé est attendue ici : vérifiez l'indentation",
		"a key is expected here: check the indentation"),
	"did not find expected node content": T("une valeur est attendue ici",
		"a value is expected here"),
	"did not find expected ',' or ']'": T("« , » ou « ] » attendu : une liste [ … ] est-elle restée ouverte ?",
		"',' or ']' expected: is a list [ … ] left open?"),
	"did not find expected ',' or '}'": T("« , » ou « } » attendu : une table { … } est-elle restée ouverte ?",
		"',' or '}' expected: is a mapping { … } left open?"),
	"did not find expected '-' indicator": T("« - » attendu : les éléments d'une liste commencent par un tiret, au même retrait",
		"'-' expected: the items of a list start with a dash, at the same indentation"),
	"mapping values are not allowed in this context": T("« : » inattendu : mettez entre guillemets un texte qui contient « : »",
		"unexpected ':': put a text that holds ': ' in quotes"),
	"block sequence entries are not allowed in this context": T("un élément de liste « - » n'est pas permis ici : vérifiez l'indentation",
		"a list item '-' is not allowed here: check the indentation"),
	"found character that cannot start any token": T("ce caractère ne peut pas commencer une valeur : mettez le texte entre guillemets",
		"this character cannot start a value: put the text in quotes"),
	"found unexpected end of stream": T("fin du fichier dans un texte entre guillemets : le guillemet fermant manque",
		"end of file inside a quoted text: the closing quote is missing"),
	"found unknown escape character": T("échappement inconnu après « \\ » entre guillemets doubles : doublez la barre (\\\\) ou utilisez des apostrophes",
		"unknown escape after '\\' in double quotes: double the backslash (\\\\) or use single quotes"),
	"found a tab character that violates indentation": T("tabulation dans l'indentation : YAML indente avec des espaces",
		"tab in the indentation: YAML indents with spaces"),
	"found a tab character where an indentation space is expected": T("tabulation dans l'indentation : YAML indente avec des espaces",
		"tab in the indentation: YAML indents with spaces"),
	"could not find expected ':'": T("« : » attendu après la clé",
		"':' expected after the key"),
}

var unknownAnchor = regexp.MustCompile(`^unknown anchor '(.*)' referenced$`)

func syntaxMessage(msg string) Text {
	if t, ok := syntaxMessages[msg]; ok {
		return Textf("YAML invalide : %s", "invalid YAML: %s", t)
	}
	if m := unknownAnchor.FindStringSubmatch(msg); m != nil {
		return Textf("YAML invalide : ancre « %s » inconnue (*%s sans &%s avant)", "invalid YAML: unknown anchor %q (*%s with no &%s before)",
			m[1], m[1], m[1])
	}
	return Textf("YAML invalide : %s", "invalid YAML: %s", msg)
}

// maxSyntaxSearch is the largest file whose syntax errors are located by
// syntaxOffset; a larger one keeps yaml.v3's line, which the search would
// take seconds to improve.
const maxSyntaxSearch = 1 << 20

// syntaxOffset finds the token a YAML error is about, as a byte offset:
// the shortest prefix of the file that fails with the very same error
// ends just after its first character.
// Whole lines are tried first, from the line yaml.v3 names (the token
// comes at or after it), by doubling then halving; then the characters
// of that line. It reports false for a file too large to search.
func syntaxOffset(data []byte, ix *textIndex, full string, hint int) (int, bool) {
	if len(data) > maxSyntaxSearch {
		return 0, false
	}
	fails := func(end int) bool { return firstDocError(data[:end]) == full }
	starts := ix.lines()
	lines := len(starts)
	lineEnd := func(l int) int {
		if l >= lines {
			return len(data)
		}
		return starts[l]
	}
	lo, step := min(max(hint-1, 0), lines-1), 1
	hi := lo + step
	for hi < lines && !fails(lineEnd(hi)) {
		lo, step = hi, step*2
		hi = lo + step
	}
	hi = min(hi, lines)
	for hi-lo > 1 {
		if mid := (lo + hi) / 2; fails(lineEnd(mid)) {
			hi = mid
		} else {
			lo = mid
		}
	}
	bounds := []int{} // the ends of the line's characters
	for off := starts[hi-1]; off < lineEnd(hi); {
		_, size := utf8.DecodeRune(data[off:])
		off += size
		bounds = append(bounds, off)
	}
	j := len(bounds) // the smallest prefix that fails ends after character j
	for a, b := 0, len(bounds)-1; a <= b; {
		if mid := (a + b) / 2; fails(bounds[mid]) {
			j, b = mid+1, mid-1
		} else {
			a = mid + 1
		}
	}
	if j <= 1 {
		return starts[hi-1], true
	}
	return bounds[j-2], true
}

// firstDocError parses the first YAML document of data and returns its
// error text, "" when it parses.
func firstDocError(data []byte) string {
	var n yaml.Node
	if err := yaml.NewDecoder(bytes.NewReader(data)).Decode(&n); err != nil && !strings.HasSuffix(err.Error(), "EOF") {
		return err.Error()
	}
	return ""
}

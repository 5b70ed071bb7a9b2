package pas

import (
	"math"
	"net/url"
	"strings"
	"unicode/utf8"
)

// ParseInput reads what a person typed for a field, in French or English,
// and returns a committed value. Empty input returns (nil, nil): no value.
// Invalid input returns an *InputError to show on the spot.
func ParseInput(f *Field, s string) (*Value, error) {
	if err := unsafeInput(s); err != nil {
		return nil, err
	}
	if f.Kind != KLongText {
		s = strings.TrimSpace(s)
	}
	if strings.TrimSpace(s) == "" {
		return nil, nil
	}
	v := &Value{Has: true}
	if f.Kind.IsList() && isNone(s) {
		v.List = []string{}
		return v, nil
	}
	var err error
	switch f.Kind {
	case KText:
		v.Str = foldSpaces(s)
	case KLongText:
		v.Str = cleanLongText(s)
	case KEnum:
		v.Str, err = parseOption(f, s)
	case KSet:
		v.List, err = parseEach(s, func(t string) (string, error) { return parseOption(f, t) })
		v.List = f.sortOptions(v.List)
	case KBool:
		v.Bool, err = parseBool(s)
	case KInt, KNumber, KPercent:
		v.Num, err = parseBounded(f, s)
	case KDuration:
		v.Dur, err = ParseDuration(s)
	case KDate:
		v.Date, err = ParseDate(s)
	case KCountry:
		v.Str, err = ParseCountry(s)
	case KCountries:
		v.List, err = parseEach(s, ParseCountry)
	case KRef:
		v.Str, err = parseRecordID(s)
	case KRefs:
		v.List, err = parseEach(s, parseRecordID)
	case KURL:
		v.Str, err = parseURL(s)
	case KRACI:
		v.RACI, err = parseRACIMap(s)
	default:
		return nil, &InputError{Msg: T("ce champ ne se saisit pas directement", "this field is not typed in directly")}
	}
	if err != nil {
		return nil, err
	}
	if f.Kind.IsList() && len(v.List) == 0 {
		return nil, nil // only separators: no value
	}
	return v, nil
}

// unsafeInput refuses typed or pasted text holding a control character
// that a plan may not hold (a carriage return is a line end): what the
// editor accepts must load again.
func unsafeInput(s string) error {
	if !utf8.ValidString(s) {
		return &InputError{Msg: T("texte invalide (UTF-8 incorrect)", "invalid text (bad UTF-8)")}
	}
	for _, r := range s {
		if r != '\r' && IsUnsafeRune(r) {
			return &InputError{Msg: Textf("caractère de contrôle %s refusé : retirez-le", "control character %s is not accepted: remove it", RuneName(r))}
		}
	}
	return nil
}

// isNone reports whether s says "none" for a list: the answer "nothing".
func isNone(s string) bool {
	switch SearchKey(s) {
	case "aucun", "aucune", "none", "neant", "-":
		return true
	}
	return false
}

// Suggestion returns the field's suggested value (its Suggest, written in
// canonical YAML form: "15min", "true", "[a, b]"), or nil when it has none.
func Suggestion(f *Field) (*Value, error) {
	s := strings.TrimSpace(f.Suggest)
	if s == "" {
		return nil, nil
	}
	if inner, ok := strings.CutPrefix(s, "["); ok && f.Kind.IsList() {
		inner = strings.TrimSuffix(inner, "]")
		if strings.TrimSpace(inner) == "" {
			return &Value{Has: true, List: []string{}}, nil
		}
		s = inner
	}
	return ParseInput(f, s)
}

// cleanLongText normalises line ends to LF and trims trailing blanks.
func cleanLongText(s string) string {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t")
	}
	return strings.Trim(strings.Join(lines, "\n"), "\n")
}

// parseEach splits a list typed on one line (commas or semicolons) and
// parses each item, dropping duplicates.
func parseEach(s string, one func(string) (string, error)) ([]string, error) {
	var out []string
	seen := map[string]bool{}
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == '\n' }) {
		if strings.TrimSpace(part) == "" {
			continue
		}
		v, err := one(strings.TrimSpace(part))
		if err != nil {
			return nil, err
		}
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out, nil
}

// parseOption matches an option by value, or by label in either language
// (accents and case ignored), or by a prefix that only one label has.
func parseOption(f *Field, s string) (string, error) {
	key := SearchKey(s)
	var prefixed []string
	for _, o := range f.Options {
		if o.Value == s || SearchKey(o.Value) == key || SearchKey(o.Label.FR) == key || SearchKey(o.Label.EN) == key {
			return o.Value, nil
		}
		if strings.HasPrefix(SearchKey(o.Label.FR), key) || strings.HasPrefix(SearchKey(o.Label.EN), key) {
			prefixed = append(prefixed, o.Value)
		}
	}
	if len(prefixed) == 1 {
		return prefixed[0], nil
	}
	return "", &InputError{Msg: Textf("valeur inconnue « %s » : choisissez parmi %s", "unknown value %q: choose among %s", s, f.optionList())}
}

func (f *Field) optionList() Text {
	var fr, en []string
	for _, o := range f.Options {
		fr = append(fr, o.Label.FR)
		en = append(en, o.Label.EN)
	}
	return T(strings.Join(fr, ", "), strings.Join(en, ", "))
}

// sortOptions puts set values in catalogue order, so that YAML stays stable.
func (f *Field) sortOptions(vals []string) []string {
	in := map[string]bool{}
	for _, v := range vals {
		in[v] = true
	}
	out := make([]string, 0, len(vals))
	for _, o := range f.Options {
		if in[o.Value] {
			out = append(out, o.Value)
		}
	}
	return out
}

func parseBool(s string) (bool, error) {
	switch SearchKey(s) {
	case "oui", "o", "yes", "y", "true", "vrai", "1":
		return true, nil
	case "non", "n", "no", "false", "faux", "0":
		return false, nil
	}
	return false, &InputError{Msg: Textf("réponse invalide « %s » : oui ou non", "invalid answer %q: yes or no", s)}
}

func parseBounded(f *Field, s string) (float64, error) {
	for _, u := range []string{f.Unit.FR, f.Unit.EN} {
		if u != "" {
			s = strings.TrimSpace(strings.TrimSuffix(s, u))
		}
	}
	v, err := ParseNumber(s)
	if err != nil {
		return 0, err
	}
	lo, hi := f.Min, f.Max
	if f.Kind == KPercent {
		lo, hi = 0, 100
	}
	if f.Kind == KInt && v != math.Trunc(v) {
		return 0, &InputError{Msg: Textf("« %s » : un nombre entier est attendu", "%q: a whole number is expected", s)}
	}
	if math.Round(v*1000)/1000 != v {
		return 0, &InputError{Msg: Textf("« %s » : trois décimales au plus", "%q: three decimals at most", s)}
	}
	if v > maxNumber {
		return 0, &InputError{Msg: Textf("« %s » : nombre trop grand", "%q: number too large", s)}
	}
	if hi > lo && (v < lo || v > hi) {
		return 0, &InputError{Msg: Textf("%s est hors des bornes : entre %s et %s", "%s is out of range: between %s and %s",
			s, T(FormatNumber(lo, FR), FormatNumber(lo, EN)), T(FormatNumber(hi, FR), FormatNumber(hi, EN)))}
	}
	if v < 0 {
		return 0, &InputError{Msg: Textf("« %s » : une valeur positive est attendue", "%q: a positive value is expected", s)}
	}
	return v, nil
}

// maxNumber bounds numbers that have no range of their own.
const maxNumber = 1e12

func parseRecordID(s string) (string, error) {
	if !ValidRecordID(s) {
		return "", &InputError{Msg: Textf(
			"identifiant invalide « %s » : lettres, chiffres, points, tirets ou soulignés, 64 au plus",
			"invalid id %q: letters, digits, dots, hyphens or underscores, 64 at most", s)}
	}
	return s, nil
}

func parseURL(s string) (string, error) {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || strings.ContainsAny(s, " \t\n") {
		return "", &InputError{Msg: Textf("adresse invalide « %s » : elle commence par https://", "invalid address %q: it starts with https://", s)}
	}
	return s, nil
}

// parseRACIMap reads "party: letters" pairs separated by semicolons, or by
// commas when each pair has its colon: "cli: RA; int: C", "cli: RA, int: C"
// (while "cli: A,R" keeps its comma between letters).
func parseRACIMap(s string) (map[string]string, error) {
	out := map[string]string{}
	var parts []string
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == '\n' }) {
		pieces := strings.Split(part, ",")
		if strings.Count(part, ":")+strings.Count(part, "=") < 2 {
			pieces = []string{part}
		}
		parts = append(parts, pieces...)
	}
	for _, part := range parts {
		k, v, ok := strings.Cut(part, ":")
		if !ok {
			k, v, ok = strings.Cut(part, "=")
		}
		id, err := parseRecordID(strings.TrimSpace(k))
		if !ok || err != nil {
			return nil, &InputError{Msg: Textf("affectation RACI invalide « %s » : écrivez partie: lettres (cli: RA ; int: C)", "invalid RACI assignment %q: write party: letters (cli: RA; int: C)", part)}
		}
		letters, err := ParseRACI(v)
		if err != nil {
			return nil, err
		}
		if letters != "" {
			out[id] = letters
		}
	}
	return out, nil
}

package pas

import (
	"math"
	"strconv"
	"strings"
)

// ParseNumber reads a decimal number as people type it in French or
// English: "99,9", "99.9", "1 000", "2 048". A trailing "%" is accepted.
// A comma is a decimal separator; "1,000.5" mixing both is refused.
func ParseNumber(s string) (float64, error) {
	in := strings.TrimSuffix(foldSpaces(s), "%")
	in = strings.NewReplacer(" ", "", "\u00a0", "", "\u202f", "").Replace(in)
	if strings.Contains(in, ",") {
		if strings.Contains(in, ".") || strings.Count(in, ",") > 1 {
			return 0, errNumber(s)
		}
		in = strings.Replace(in, ",", ".", 1)
	}
	v, err := strconv.ParseFloat(in, 64)
	if err != nil || in == "" || math.IsInf(v, 0) || math.IsNaN(v) || strings.ContainsAny(in, "eEinfINFxX_") {
		return 0, errNumber(s)
	}
	return v, nil
}

func errNumber(s string) error {
	return &InputError{Msg: Textf(
		"nombre invalide « %s » : écrivez par exemple 99,9 ou 99.9",
		"invalid number %q: write a number such as 99.9 or 99,9", s)}
}

// FormatNumber writes a number with at most three decimals, with a decimal
// comma in French and a decimal point in English.
func FormatNumber(v float64, l Lang) string {
	s := strconv.FormatFloat(math.Round(v*1000)/1000, 'f', -1, 64)
	if l == FR {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// canonicalNumber is the YAML form of a number.
func canonicalNumber(v float64) string {
	return strconv.FormatFloat(math.Round(v*1000)/1000, 'f', -1, 64)
}

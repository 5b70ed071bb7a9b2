package sections

import (
	"strings"

	"github.com/pas-editor/pas/pas"
)

// Finding messages quote values in both languages; these helpers write
// them once for every chapter.

// both writes a value with a per-language formatter.
func both(format func(pas.Lang) string) pas.Text { return t(format(pas.FR), format(pas.EN)) }

// durText writes a duration: "30 jours", "30 days".
func durText(d pas.Duration) pas.Text { return both(d.Format) }

// dateText writes a date: "1er décembre 2026", "1 December 2026".
func dateText(d pas.Date) pas.Text { return both(d.Format) }

// numText writes a number with each language's decimal mark.
func numText(n float64) pas.Text {
	return both(func(l pas.Lang) string { return pas.FormatNumber(n, l) })
}

// pctText writes a percentage.
func pctText(n float64) pas.Text {
	return both(func(l pas.Lang) string { return pas.FormatPercent(n, l) })
}

// countryText names a country from its ISO code.
func countryText(code string) pas.Text {
	return both(func(l pas.Lang) string { return pas.CountryName(code, l) })
}

// countryNames names countries, separated by commas.
func countryNames(codes []string) pas.Text {
	return both(func(l pas.Lang) string {
		names := make([]string, len(codes))
		for i, c := range codes {
			names[i] = pas.CountryName(c, l)
		}
		return strings.Join(names, ", ")
	})
}

// valueText writes a field's value as the document shows it.
func valueText(p *pas.Plan, f *pas.Field, v *pas.Value) pas.Text {
	return both(func(l pas.Lang) string { return pas.Format(p, f, v, l) })
}

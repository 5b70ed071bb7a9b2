package pas

import (
	"strings"
	"unicode"
)

// Format writes a value for a reader, in plain text (no Markdown): option
// labels, localised numbers, dates and durations, country names, and the
// names of referenced records. p may be nil (references then show ids).
func Format(p *Plan, f *Field, v *Value, l Lang) string {
	if !v.IsSet() {
		return ""
	}
	if f.Kind.IsList() && len(v.List) == 0 {
		return T("Aucun", "None").In(l)
	}
	switch f.Kind {
	case KEnum:
		return optionLabel(f, v.Str, l)
	case KSet:
		first := true
		return joinMapped(v.List, func(s string) string {
			label := optionLabel(f, s, l)
			if !first {
				label = lowerFirst(label)
			}
			first = false
			return label
		})
	case KBool:
		return YesNo(v.Bool).In(l)
	case KInt, KNumber:
		return withUnit(FormatNumber(v.Num, l), f.Unit.In(l), l)
	case KPercent:
		return FormatPercent(v.Num, l)
	case KDuration:
		if f.Every {
			return v.Dur.FormatEvery(l)
		}
		return v.Dur.Format(l)
	case KDate:
		return v.Date.Format(l)
	case KCountry:
		return CountryName(v.Str, l)
	case KCountries:
		return joinMapped(v.List, func(s string) string { return CountryName(s, l) })
	case KRef:
		return refName(p, f, v.Str, l)
	case KRefs:
		return joinMapped(v.List, func(s string) string { return refName(p, f, s, l) })
	case KRACI:
		return formatRACI(p, f, v.RACI, l)
	}
	return v.Str
}

// InputText writes a value the way the editor pre-fills its input: a form
// that ParseInput reads back to the same value.
func InputText(f *Field, v *Value, l Lang) string {
	if !v.IsSet() {
		return ""
	}
	switch f.Kind {
	case KRef:
		return v.Str
	case KRefs:
		return strings.Join(v.List, ", ")
	case KCountries:
		return strings.Join(v.List, ", ")
	case KCountry:
		return v.Str
	case KInt, KNumber:
		return FormatNumber(v.Num, l)
	case KDuration:
		return strings.ReplaceAll(v.Dur.Format(l), "\u00a0", " ")
	case KRACI:
		var parts []string
		for _, k := range sortedKeys(v.RACI) {
			parts = append(parts, k+": "+v.RACI[k])
		}
		return strings.Join(parts, "; ")
	}
	return strings.ReplaceAll(strings.ReplaceAll(Format(nil, f, v, l), "\u00a0", " "), "\u202f", " ")
}

// YesNo returns "Oui"/"Yes" or "Non"/"No".
func YesNo(b bool) Text {
	if b {
		return T("Oui", "Yes")
	}
	return T("Non", "No")
}

// FormatPercent writes "99,9 %" in French and "99.9%" in English.
func FormatPercent(v float64, l Lang) string {
	if l == FR {
		return FormatNumber(v, l) + "\u202f%"
	}
	return FormatNumber(v, l) + "%"
}

func withUnit(num, unit string, l Lang) string {
	if unit == "" {
		return num
	}
	return num + nbsp(l) + unit
}

func optionLabel(f *Field, value string, l Lang) string {
	if o := f.Option(value); o != nil {
		return o.Label.In(l)
	}
	return value
}

func joinMapped(items []string, fn func(string) string) string {
	out := make([]string, len(items))
	for i, s := range items {
		out[i] = fn(s)
	}
	return strings.Join(out, ", ")
}

func refName(p *Plan, f *Field, id string, l Lang) string {
	if p == nil {
		return id
	}
	list := p.Cat.Field(f.Ref)
	r := p.Record(list, id)
	if r == nil {
		return id
	}
	name := r.NameIn(list, l)
	if q := list.RecordField(list.Qualifier); q != nil {
		if qv := Format(p, q, r.Get(q), l); qv != "" {
			name += " (" + qv + ")"
		}
	}
	return name
}

// lowerFirst lower-cases the first letter of a label inside a list
// ("Production, sauvegardes"), unless its first word is an acronym or a
// name (SaaS, ISO/IEC 27001, N+1, 2N).
func lowerFirst(s string) string {
	rs := []rune(s)
	if len(rs) < 2 || !unicode.IsUpper(rs[0]) {
		return s
	}
	for _, r := range rs[1:] {
		if unicode.IsSpace(r) {
			break
		}
		if unicode.IsUpper(r) || unicode.IsDigit(r) || r == '+' || r == '/' {
			return s
		}
	}
	rs[0] = unicode.ToLower(rs[0])
	return string(rs)
}

func formatRACI(p *Plan, f *Field, m map[string]string, l Lang) string {
	var parts []string
	for _, k := range sortedKeys(m) {
		parts = append(parts, refName(p, f, k, l)+": "+strings.Join(strings.Split(m[k], ""), ", "))
	}
	return strings.Join(parts, "; ")
}

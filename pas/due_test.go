package pas

import "testing"

// TestParseDue: due dates typed as dates or as delays from today, in
// French and English.
func TestParseDue(t *testing.T) {
	today := MustDate("2026-12-01") // a Tuesday
	for _, tc := range []struct{ in, want string }{
		{"15/01/2027", "2027-01-15"},
		{"2027-01-15", "2027-01-15"},
		{"dans 15 jours", "2026-12-16"},
		{"Dans 15 j", "2026-12-16"},
		{"sous 2 semaines", "2026-12-15"},
		{"d'ici un mois", "2027-01-01"},
		{"dans une semaine", "2026-12-08"},
		{"dans 10 jours ouvrés", "2026-12-15"},
		{"J+15", "2026-12-16"},
		{"j + 3", "2026-12-04"},
		{"+2 semaines", "2026-12-15"},
		{"15 jours", "2026-12-16"},
		{"demain", "2026-12-02"},
		{"aujourd'hui", "2026-12-01"},
		{"après-demain", "2026-12-03"},
		{"la semaine prochaine", "2026-12-08"},
		{"le mois prochain", "2027-01-01"},
		{"l'année prochaine", "2027-12-01"},
		{"in 15 days", "2026-12-16"},
		{"in 2 weeks", "2026-12-15"},
		{"In a month", "2027-01-01"},
		{"within 10 business days", "2026-12-15"},
		{"D+30", "2026-12-31"},
		{"tomorrow", "2026-12-02"},
		{"today", "2026-12-01"},
		{"next week", "2026-12-08"},
		{"next month", "2027-01-01"},
		{"2 weeks", "2026-12-15"},
	} {
		got, err := ParseDue(tc.in, today)
		if err != nil || got.String() != tc.want {
			t.Errorf("ParseDue(%q) = %v, %v; want %s", tc.in, got, err, tc.want)
		}
	}
	for _, in := range []string{"bientôt", "soon", "dans 4 h", "in 30 minutes", "tous les 3 mois", "every 2 weeks", "J+", "dans", "32/01/2027", "-3 jours"} {
		if d, err := ParseDue(in, today); err == nil {
			t.Errorf("ParseDue(%q) = %v, want an error", in, d)
		} else if e, ok := err.(*InputError); !ok || e.Msg.FR == "" || e.Msg.EN == "" {
			t.Errorf("ParseDue(%q): error %v is not an input error in both languages", in, err)
		}
	}
}

// TestCountryAbbreviations: common names and abbreviations find their
// country, typed in full (ParseCountry) or as a filter (MatchCountries,
// first match), in both languages.
func TestCountryAbbreviations(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"USA", "US"}, {"U.S.A.", "US"}, {"États-Unis", "US"}, {"etats-unis d'amerique", "US"}, {"United States", "US"},
		{"UK", "GB"}, {"Royaume-Uni", "GB"}, {"Grande-Bretagne", "GB"}, {"United Kingdom", "GB"}, {"England", "GB"},
		{"Pays-Bas", "NL"}, {"Hollande", "NL"}, {"the Netherlands", "NL"},
		{"EAU", "AE"}, {"UAE", "AE"}, {"Émirats", "AE"},
		{"Corée du Sud", "KR"}, {"South Korea", "KR"}, {"Corée du Nord", "KP"},
		{"Deutschland", "DE"}, {"Suisse", "CH"}, {"Schweiz", "CH"}, {"Tchéquie", "CZ"}, {"Czech Republic", "CZ"},
		{"La Réunion", "RE"}, {"Viet Nam", "VN"}, {"RPC", "CN"},
	} {
		if got, err := ParseCountry(tc.in); err != nil || got != tc.want {
			t.Errorf("ParseCountry(%q) = %q, %v; want %s", tc.in, got, err, tc.want)
		}
		for _, l := range Langs {
			if m := MatchCountries(tc.in, l); len(m) == 0 || m[0].Code != tc.want {
				t.Errorf("MatchCountries(%q, %s) starts with %v, want %s", tc.in, l, first(m), tc.want)
			}
		}
	}
	// An abbreviation never hides the country whose name starts with it.
	for _, tc := range []struct{ in, want string }{{"uk", "GB"}, {"ukr", "UA"}, {"us", "US"}, {"allem", "DE"}, {"royaume", "GB"}} {
		if m := MatchCountries(tc.in, FR); len(m) == 0 || m[0].Code != tc.want {
			t.Errorf("MatchCountries(%q) starts with %v, want %s", tc.in, first(m), tc.want)
		}
	}
	if m := MatchCountries("uk", EN); len(m) < 2 || m[1].Code != "UA" {
		t.Errorf("MatchCountries(uk) = %v…, want Ukraine right after the United Kingdom", first(m))
	}
	for alias, code := range countryAliases {
		if _, ok := LookupCountry(code); !ok {
			t.Errorf("alias %q names unknown code %s", alias, code)
		}
		for _, c := range countries {
			if (SearchKey(c.Name.FR) == SearchKey(alias) || SearchKey(c.Name.EN) == SearchKey(alias)) && c.Code != code {
				t.Errorf("alias %q → %s is %s's name", alias, code, c.Code)
			}
		}
	}
}

func first(cs []Country) string {
	if len(cs) == 0 {
		return "nothing"
	}
	return cs[0].Code
}

// FuzzParseDue: no input makes ParseDue or MatchCountries panic, and an
// accepted due date is never before today.
func FuzzParseDue(f *testing.F) {
	for _, s := range []string{"dans 15 jours", "J+15", "in 2 weeks", "15/01/2027", "demain", "+", "d ici", "usa"} {
		f.Add(s)
	}
	today := MustDate("2026-12-01")
	f.Fuzz(func(t *testing.T, s string) {
		_ = MatchCountries(s, FR)
		d, err := ParseDue(s, today)
		if err != nil {
			return
		}
		if _, derr := ParseDate(s); derr != nil && d.Before(today) {
			t.Fatalf("delay %q gives %v, before today", s, d)
		}
	})
}

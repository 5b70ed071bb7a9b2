package pas

import (
	"strings"
	"testing"
	"time"
)

func TestParseDuration(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string
	}{
		{"4 h", "4h"}, {"4h", "4h"}, {"30 j", "30d"}, {"30 jours", "30d"}, {"1 mois", "1mo"},
		{"2 days", "2d"}, {"90 minutes", "90min"}, {"1 jour ouvré", "1bd"}, {"1 JOUR OUVRE", "1bd"},
		{"12mo", "12mo"}, {"3 semaines", "3w"}, {"1 an", "1y"}, {"2 years", "2y"}, {"15\u00a0min", "15min"},
	} {
		d, err := ParseDuration(tc.in)
		if err != nil || d.String() != tc.want {
			t.Errorf("ParseDuration(%q) = %v, %v; want %s", tc.in, d, err, tc.want)
		}
	}
	for _, bad := range []string{"", "h", "4", "4 parsecs", "-3 h", "1.5 h", "99999999999 d"} {
		if _, err := ParseDuration(bad); err == nil {
			t.Errorf("ParseDuration(%q) accepted", bad)
		}
	}
}

func TestDurationFormatAndCompare(t *testing.T) {
	if got := (Duration{30, Day}).Format(FR); got != "30\u00a0jours" {
		t.Errorf("FR format = %q", got)
	}
	if got := (Duration{1, Day}).Format(EN); got != "1 day" {
		t.Errorf("EN format = %q", got)
	}
	if (Duration{1, Month}).Compare(Duration{30, Day}) != 1 || (Duration{12, Month}).Compare(Duration{1, Year}) != 0 ||
		(Duration{10, BusinessDay}).Compare(Duration{2, Week}) != 0 || (Duration{25, Hour}).Compare(Duration{1, Day}) != 1 {
		t.Error("Compare is wrong")
	}
}

func TestParseDate(t *testing.T) {
	want := Date{2026, time.November, 23}
	for _, in := range []string{"2026-11-23", "23/11/2026", "23.11.2026", "23-11-2026", "23 novembre 2026", "23 November 2026", "November 23, 2026", "23\u00a0novembre\u00a02026"} {
		d, err := ParseDate(in)
		if err != nil || d != want {
			t.Errorf("ParseDate(%q) = %v, %v", in, d, err)
		}
	}
	if d, _ := ParseDate("1er décembre 2026"); d != (Date{2026, time.December, 1}) {
		t.Errorf("1er décembre = %v", d)
	}
	for _, bad := range []string{"", "2026-02-30", "31/04/2026", "11/23/2026", "2026/11/23x", "23 brumaire 2026", "1/1/26"} {
		if _, err := ParseDate(bad); err == nil {
			t.Errorf("ParseDate(%q) accepted", bad)
		}
	}
}

func TestDateFormat(t *testing.T) {
	d := MustDate("2026-12-01")
	if got := d.Format(FR); got != "1er\u00a0décembre\u00a02026" {
		t.Errorf("FR = %q", got)
	}
	if got := d.Format(EN); got != "1 December 2026" {
		t.Errorf("EN = %q", got)
	}
}

func TestParseNumber(t *testing.T) {
	for in, want := range map[string]float64{"99,9": 99.9, "99.9": 99.9, "1 000": 1000, "2\u202f048": 2048, "99,95 %": 99.95, "0": 0} {
		if v, err := ParseNumber(in); err != nil || v != want {
			t.Errorf("ParseNumber(%q) = %v, %v", in, v, err)
		}
	}
	for _, bad := range []string{"", "abc", "1,000.5", "1,2,3", "1e5", "NaN", "Inf", "0x10"} {
		if _, err := ParseNumber(bad); err == nil {
			t.Errorf("ParseNumber(%q) accepted", bad)
		}
	}
	if FormatNumber(99.9, FR) != "99,9" || FormatNumber(99.9, EN) != "99.9" || FormatPercent(99.95, FR) != "99,95\u202f%" {
		t.Error("FormatNumber is wrong")
	}
}

func TestParseCountry(t *testing.T) {
	for in, want := range map[string]string{"fr": "FR", "FR": "FR", "Allemagne": "DE", "germany": "DE", "États-Unis": "US", "etats unis": "US", "USA": "US", "Royaume-Uni": "GB", "suisse": "CH", "Côte d'Ivoire": "CI"} {
		if got, err := ParseCountry(in); err != nil || got != want {
			t.Errorf("ParseCountry(%q) = %q, %v; want %s", in, got, err, want)
		}
	}
	if _, err := ParseCountry("Atlantis"); err == nil {
		t.Error("Atlantis accepted")
	}
	if ClassOf("FR") != ClassEEA || ClassOf("CH") != ClassAdequate || ClassOf("US") != ClassPartial || ClassOf("NC") != ClassReview || ClassOf("IN") != ClassThird || ClassOf("RE") != ClassEEA {
		t.Error("country classes are wrong")
	}
	if len(Countries()) != 249 {
		t.Errorf("%d countries, want 249", len(Countries()))
	}
	if m := MatchCountries("all", FR); len(m) == 0 || m[0].Code != "DE" {
		t.Errorf("MatchCountries(all) = %v", m)
	}
}

func TestParseRACI(t *testing.T) {
	for in, want := range map[string]string{"A,R": "RA", "ar": "RA", "R/A": "RA", "ci": "CI", "-": "", "": "", "I C": "CI"} {
		if got, err := ParseRACI(in); err != nil || got != want {
			t.Errorf("ParseRACI(%q) = %q, %v", in, got, err)
		}
	}
	if _, err := ParseRACI("RX"); err == nil {
		t.Error("RX accepted")
	}
	for _, in := range []string{"cli: RA; int: C", "cli: RA, int: C", "cli: A,R; int: C", "cli=RA\nint=C"} {
		m, err := parseRACIMap(in)
		if err != nil || m["cli"] != "RA" || m["int"] != "C" {
			t.Errorf("parseRACIMap(%q) = %v, %v", in, m, err)
		}
	}
}

// TestInputRoundTrip checks that what the editor pre-fills reads back to
// the same value, in both languages, for every kind typed in directly.
func TestInputRoundTrip(t *testing.T) {
	cat := testCatalogue()
	inputs := map[string]string{
		"main.title": "Plan", "main.body": "ligne 1\nligne 2", "main.choice": "Deuxième", "main.many": "a, c",
		"main.flag": "oui", "main.count": "42", "main.ratio": "3,5", "main.share": "99,95", "main.delay": "4 h",
		"main.day": "23/11/2026", "main.home": "Allemagne", "main.abroad": "US, CH", "main.link": "https://example.org/x",
		"main.pick": "o1", "main.picks": "o1, o2",
	}
	for path, in := range inputs {
		f := cat.Field(path)
		v, err := ParseInput(f, in)
		if err != nil || v == nil {
			t.Fatalf("%s: ParseInput(%q) = %v, %v", path, in, v, err)
		}
		for _, l := range Langs {
			again, err := ParseInput(f, InputText(f, v, l))
			if err != nil || !again.Equal(v) {
				t.Errorf("%s (%s): %q read back as %+v, %v; want %+v", path, l, InputText(f, v, l), again, err, v)
			}
		}
	}
}

func TestParseInputRefuses(t *testing.T) {
	cat := testCatalogue()
	for path, in := range map[string]string{
		"main.choice": "zzz", "main.flag": "peut-être", "main.count": "3,5", "main.share": "101", "main.delay": "soon",
		"main.day": "demain", "main.home": "Mordor", "main.link": "example.org", "main.pick": "a b",
		"main.count#2": "2000",
	} {
		f := cat.Field(path[:len(path)-len(suffix(path))])
		_, err := ParseInput(f, in)
		ie, ok := err.(*InputError)
		if !ok || ie.Msg.FR == "" || ie.Msg.EN == "" {
			t.Errorf("%s: ParseInput(%q) error = %v, want an InputError in both languages", path, in, err)
		}
	}
	if v, err := ParseInput(cat.Field("main.title"), "   "); v != nil || err != nil {
		t.Errorf("blank input = %v, %v; want no value", v, err)
	}
}

func suffix(path string) string {
	for i := range path {
		if path[i] == '#' {
			return path[i:]
		}
	}
	return ""
}

func TestFrequencies(t *testing.T) {
	for in, want := range map[string]string{
		"tous les 3 mois": "3mo", "toutes les semaines": "1w", "tous les mois": "1mo", "tous les ans": "1y",
		"chaque semaine": "1w", "every 2 weeks": "2w", "every month": "1mo", "every year": "1y", "tous les jours": "1d",
		"toutes les heures": "1h",
	} {
		if d, err := ParseDuration(in); err != nil || d.String() != want {
			t.Errorf("ParseDuration(%q) = %v, %v; want %s", in, d, err, want)
		}
	}
	if got := (Duration{3, Month}).FormatEvery(FR); got != "Tous les 3\u00a0mois" {
		t.Errorf("FR = %q", got)
	}
	if got := (Duration{1, Week}).FormatEvery(FR); got != "Toutes les semaines" {
		t.Errorf("FR = %q", got)
	}
	if got := (Duration{1, Year}).FormatEvery(EN); got != "Every year" {
		t.Errorf("EN = %q", got)
	}
	for _, d := range []Duration{{1, Minute}, {2, Hour}, {1, Day}, {3, BusinessDay}, {1, Week}, {6, Month}, {2, Year}} {
		for _, l := range Langs {
			if back, err := ParseDuration(d.FormatEvery(l)); err != nil || back != d {
				t.Errorf("%s %s: %q reads back as %v, %v", d, l, d.FormatEvery(l), back, err)
			}
		}
	}
}

func TestSlugID(t *testing.T) {
	for in, want := range map[string]string{
		"Datarive – Lyon 1": "datarive-lyon-1", "GHT des Deux-Rives": "ght-des-deux-rives", "  Élodie  ": "elodie",
		"***": "", "Société Générale d'Hébergement": "societe-generale-d-hebergement",
	} {
		if got := SlugID(in); got != want {
			t.Errorf("SlugID(%q) = %q, want %q", in, got, want)
		}
	}
	if got := SlugID(strings.Repeat("abc ", 30)); len(got) > 40 || !ValidRecordID(got) {
		t.Errorf("long name gives %q", got)
	}
}

package pas

import (
	"fmt"
	"strconv"
	"strings"
)

// Unit is the unit of a Duration.
type Unit uint8

// Duration units, from the shortest to the longest.
const (
	Minute Unit = iota + 1
	Hour
	Day
	BusinessDay
	Week
	Month
	Year
)

type unitInfo struct {
	code    string // canonical YAML suffix
	minutes int64  // approximate length, for comparisons
	fr1     string // French singular
	frN     string // French plural
	en1     string // English singular
	enN     string // English plural
	aliases []string
}

var units = map[Unit]unitInfo{
	Minute:      {"min", 1, "min", "min", "min", "min", []string{"min", "mn", "mins", "minute", "minutes"}},
	Hour:        {"h", 60, "h", "h", "h", "h", []string{"h", "hr", "hrs", "hour", "hours", "heure", "heures"}},
	Day:         {"d", 1440, "jour", "jours", "day", "days", []string{"d", "j", "jr", "jrs", "day", "days", "jour", "jours", "jours calendaires", "calendar days", "calendar day"}},
	BusinessDay: {"bd", 1440 * 7 / 5, "jour ouvré", "jours ouvrés", "business day", "business days", []string{"bd", "jo", "business day", "business days", "working day", "working days", "jour ouvre", "jours ouvres", "jour ouvrable", "jours ouvrables"}},
	Week:        {"w", 7 * 1440, "semaine", "semaines", "week", "weeks", []string{"w", "wk", "wks", "week", "weeks", "sem", "semaine", "semaines"}},
	Month:       {"mo", 365 * 1440 / 12, "mois", "mois", "month", "months", []string{"mo", "mos", "month", "months", "mois"}},
	Year:        {"y", 365 * 1440, "an", "ans", "year", "years", []string{"y", "yr", "yrs", "year", "years", "an", "ans", "annee", "annees"}},
}

var unitByAlias = func() map[string]Unit {
	m := map[string]Unit{}
	for u, info := range units {
		for _, a := range info.aliases {
			m[a] = u
		}
	}
	return m
}()

// Duration is a whole amount of a unit, as contracts state delays:
// 15 minutes, 4 hours, 30 days, 1 business day, 6 months.
type Duration struct {
	N int
	U Unit
}

// IsZero reports whether the duration is unset.
func (d Duration) IsZero() bool { return d.U == 0 }

// Minutes returns the approximate length in minutes, for comparisons
// only: a year counts 365 days and a month the twelfth of a year (so that
// 12 months make a year and 30 days stay under a month), a business day
// 7/5 of a day (so that ten business days make two weeks).
func (d Duration) Minutes() int64 { return int64(d.N) * units[d.U].minutes }

// Hours returns the approximate length in hours.
func (d Duration) Hours() float64 { return float64(d.Minutes()) / 60 }

// Days returns the approximate length in days.
func (d Duration) Days() float64 { return float64(d.Minutes()) / 1440 }

// String returns the canonical YAML form, such as "30d" or "15min".
func (d Duration) String() string {
	if d.IsZero() {
		return ""
	}
	return strconv.Itoa(d.N) + units[d.U].code
}

// Format returns the duration as a reader expects it: "30 jours", "4 h".
func (d Duration) Format(l Lang) string {
	if d.IsZero() {
		return ""
	}
	info := units[d.U]
	word := info.en1
	switch {
	case l == FR && d.N > 1:
		word = info.frN
	case l == FR:
		word = info.fr1
	case d.N != 1:
		word = info.enN
	}
	return strconv.Itoa(d.N) + nbsp(l) + word
}

// everyFR gives, per unit, the French for "every" (gender agrees) and the
// word for one unit when the amount is 1.
var everyFR = map[Unit][2]string{
	Minute: {"toutes les", "minutes"}, Hour: {"toutes les", "heures"}, Day: {"tous les", "jours"},
	BusinessDay: {"tous les", "jours ouvrés"}, Week: {"toutes les", "semaines"}, Month: {"tous les", "mois"}, Year: {"tous les", "ans"},
}

// FormatEvery writes the duration as a frequency: "Tous les 3 mois",
// "Toutes les semaines", "Every 3 months", "Every week".
func (d Duration) FormatEvery(l Lang) string {
	if d.IsZero() {
		return ""
	}
	info := units[d.U]
	if l == FR {
		e := everyFR[d.U]
		if d.N == 1 {
			return "T" + e[0][1:] + " " + e[1]
		}
		return "T" + e[0][1:] + " " + strconv.Itoa(d.N) + "\u00a0" + info.frN
	}
	if d.N == 1 {
		return "Every " + info.en1
	}
	return "Every " + strconv.Itoa(d.N) + " " + info.enN
}

// Hours returns n hours as a Duration, for thresholds.
func Hours(n int) Duration { return Duration{n, Hour} }

// Days returns n days as a Duration, for thresholds.
func Days(n int) Duration { return Duration{n, Day} }

// Months returns n months as a Duration, for thresholds.
func Months(n int) Duration { return Duration{n, Month} }

// ParseDuration reads a duration as people type it, in French or English:
// "4 h", "4h", "30 j", "30 jours", "1 mois", "2 days", "90 minutes",
// "1 jour ouvré", "12mo", and frequencies such as "tous les 3 mois",
// "toutes les semaines" or "every 2 weeks". The amount is a whole number.
func ParseDuration(s string) (Duration, error) {
	norm := foldSpaces(stripAccents(strings.ToLower(s)))
	for _, p := range []string{"tous les ", "toutes les ", "chaque ", "every ", "tous ", "toutes "} {
		if strings.HasPrefix(norm, p) {
			norm = strings.TrimPrefix(norm, p)
			if norm != "" && (norm[0] < '0' || norm[0] > '9') {
				norm = "1 " + norm // "toutes les semaines": one week
			}
			break
		}
	}
	i := 0
	for i < len(norm) && norm[i] >= '0' && norm[i] <= '9' {
		i++
	}
	if i == 0 {
		return Duration{}, errDuration(s)
	}
	n, err := strconv.Atoi(norm[:i])
	if err != nil || n > maxDurationAmount {
		return Duration{}, errDuration(s)
	}
	u, ok := unitByAlias[strings.TrimSpace(norm[i:])]
	if !ok {
		return Duration{}, errDuration(s)
	}
	return Duration{N: n, U: u}, nil
}

func errDuration(s string) error {
	return &InputError{Msg: Textf(
		"durée invalide « %s » : indiquez un nombre entier et une unité (15 min, 4 h, 30 j, 1 jour ouvré, 2 semaines, 6 mois, 1 an)",
		"invalid duration %q: give a whole number and a unit (15 min, 4 h, 30 d, 1 business day, 2 weeks, 6 months, 1 year)", s)}
}

// maxDurationAmount bounds a duration's amount: no contract states
// delays of more than a hundred thousand units.
const maxDurationAmount = 100_000

// InputError is a value that cannot be read, with a message in both
// languages. Parsers return it; the editor shows it on the spot.
type InputError struct{ Msg Text }

// Error returns the message in English.
func (e *InputError) Error() string { return e.Msg.EN }

// Text returns the localised message.
func (e *InputError) Text() Text { return e.Msg }

// Compare returns -1, 0 or +1 as d is shorter, as long as, or longer than o.
func (d Duration) Compare(o Duration) int {
	a, b := d.Minutes(), o.Minutes()
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// GoString helps test failure messages.
func (d Duration) GoString() string { return fmt.Sprintf("pas.Duration{%q}", d.String()) }

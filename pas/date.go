package pas

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Date is a calendar date without time or zone. The zero Date is unset.
type Date struct {
	Y int
	M time.Month
	D int
}

// NewDate returns the date, or false when it does not exist.
func NewDate(y int, m time.Month, d int) (Date, bool) {
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if y < 1900 || y > 2999 || t.Year() != y || t.Month() != m || t.Day() != d {
		return Date{}, false
	}
	return Date{y, m, d}, true
}

// MustDate is NewDate for constants; it panics on an impossible date.
func MustDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// DateOf returns the calendar date of t in its own location.
func DateOf(t time.Time) Date { return Date{t.Year(), t.Month(), t.Day()} }

// IsZero reports whether the date is unset.
func (d Date) IsZero() bool { return d.Y == 0 }

func (d Date) time() time.Time { return time.Date(d.Y, d.M, d.D, 0, 0, 0, 0, time.UTC) }

// String returns the ISO 8601 form, YYYY-MM-DD.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Y, d.M, d.D)
}

// Before reports whether d is strictly before o.
func (d Date) Before(o Date) bool { return d.time().Before(o.time()) }

// After reports whether d is strictly after o.
func (d Date) After(o Date) bool { return d.time().After(o.time()) }

// DaysUntil returns the number of days from d to o (negative when o is earlier).
func (d Date) DaysUntil(o Date) int { return int(o.time().Sub(d.time()).Hours() / 24) }

// AddDays returns d plus n days.
func (d Date) AddDays(n int) Date { return DateOf(d.time().AddDate(0, 0, n)) }

// Add returns d plus a duration: calendar months and years; business days
// skip Saturdays and Sundays.
func (d Date) Add(du Duration) Date {
	t := d.time()
	switch du.U {
	case Month:
		t = t.AddDate(0, du.N, 0)
	case Year:
		t = t.AddDate(du.N, 0, 0)
	case Week:
		t = t.AddDate(0, 0, 7*du.N)
	case Day:
		t = t.AddDate(0, 0, du.N)
	case BusinessDay:
		t = t.AddDate(0, 0, 7*(du.N/5)) // whole weeks, then the remaining days one by one
		for n := du.N % 5; n > 0; {
			t = t.AddDate(0, 0, 1)
			if wd := t.Weekday(); wd != time.Saturday && wd != time.Sunday {
				n--
			}
		}
	default:
		t = t.Add(time.Duration(du.Minutes()) * time.Minute)
	}
	return DateOf(t)
}

var monthsFR = []string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}

// Format writes the date as a reader expects it: "23 novembre 2026" (with
// "1er" for the first day) or "23 November 2026".
func (d Date) Format(l Lang) string {
	if d.IsZero() {
		return ""
	}
	if l == FR {
		day := strconv.Itoa(d.D)
		if d.D == 1 {
			day = "1er"
		}
		return day + "\u00a0" + monthsFR[d.M-1] + "\u00a0" + strconv.Itoa(d.Y)
	}
	return strconv.Itoa(d.D) + " " + d.M.String() + " " + strconv.Itoa(d.Y)
}

// ParseDate reads a date as people type it: 2026-11-23, 23/11/2026,
// 23.11.2026, 23-11-2026, "23 novembre 2026" or "23 November 2026".
func ParseDate(s string) (Date, error) {
	in := foldSpaces(s)
	if d, ok := parseNumericDate(in); ok {
		return d, nil
	}
	if d, ok := parseWordDate(in); ok {
		return d, nil
	}
	return Date{}, &InputError{Msg: Textf(
		"date invalide « %s » : écrivez par exemple 23/11/2026 ou 2026-11-23",
		"invalid date %q: write a date such as 2026-11-23 or 23/11/2026", s)}
}

func parseNumericDate(s string) (Date, bool) {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '/' || r == '.' })
	if len(parts) != 3 || len(s) > 10 {
		return Date{}, false
	}
	n := make([]int, 3)
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || v < 0 {
			return Date{}, false
		}
		n[i] = v
	}
	if len(parts[0]) == 4 && strings.Contains(s, "-") { // ISO: year first
		return NewDate(n[0], time.Month(n[1]), n[2])
	}
	if len(parts[2]) != 4 { // day/month/year with a four-digit year
		return Date{}, false
	}
	return NewDate(n[2], time.Month(n[1]), n[0])
}

func parseWordDate(s string) (Date, bool) {
	f := strings.Fields(stripAccents(strings.ToLower(strings.ReplaceAll(s, ",", " "))))
	if len(f) != 3 {
		return Date{}, false
	}
	f[0] = strings.TrimSuffix(f[0], "er")
	if _, err := strconv.Atoi(f[0]); err != nil { // "November 23 2026"
		f[0], f[1] = f[1], f[0]
	}
	day, err1 := strconv.Atoi(f[0])
	year, err2 := strconv.Atoi(f[2])
	m := monthByName(f[1])
	if err1 != nil || err2 != nil || m == 0 {
		return Date{}, false
	}
	return NewDate(year, m, day)
}

func monthByName(w string) time.Month {
	for i, fr := range monthsFR {
		en := strings.ToLower(time.Month(i + 1).String())
		if w == stripAccents(fr) || w == en || (len(w) >= 3 && strings.HasPrefix(en, w)) {
			return time.Month(i + 1)
		}
	}
	return 0
}

// ParseDue reads a due date as people type it: a date (see ParseDate), or
// a delay from today in French or English — "demain", "dans 15 jours",
// "sous 2 semaines", "d'ici un mois", "J+15", "la semaine prochaine",
// "tomorrow", "in 2 weeks", "within 10 business days", "next month", or
// just "15 jours". Delays are counted in days at least (no hours).
func ParseDue(s string, today Date) (Date, error) {
	if d, err := ParseDate(s); err == nil {
		return d, nil
	}
	if du, ok := parseDelay(s); ok {
		return today.Add(du), nil
	}
	return Date{}, &InputError{Msg: Textf(
		"échéance invalide « %s » : écrivez une date (15/01/2027) ou un délai (dans 15 jours, sous 2 semaines, J+10, demain)",
		"invalid due date %q: write a date (2027-01-15) or a delay (in 15 days, in 2 weeks, within 10 business days, tomorrow)", s)}
}

// namedDelays are the delays people say in words.
var namedDelays = map[string]Duration{
	"aujourd hui": {0, Day}, "today": {0, Day},
	"demain": {1, Day}, "tomorrow": {1, Day},
	"apres demain": {2, Day}, "the day after tomorrow": {2, Day}, "day after tomorrow": {2, Day},
	"la semaine prochaine": {1, Week}, "semaine prochaine": {1, Week}, "next week": {1, Week},
	"le mois prochain": {1, Month}, "mois prochain": {1, Month}, "next month": {1, Month},
	"l annee prochaine": {1, Year}, "annee prochaine": {1, Year}, "l an prochain": {1, Year}, "next year": {1, Year},
}

// delayPrefixes introduce a delay: "dans 15 jours", "in 2 weeks".
var delayPrefixes = []string{"dans ", "sous ", "d ici ", "en ", "in ", "within "}

// parseDelay reads a delay from today of a day or more.
func parseDelay(s string) (Duration, bool) {
	if strings.HasPrefix(strings.TrimSpace(s), "-") { // folding would read "-3 jours" as "3 jours"
		return Duration{}, false
	}
	key := SearchKey(s)
	if d, ok := namedDelays[key]; ok {
		return d, true
	}
	for _, p := range []string{"j+", "j +", "d+", "d +", "+"} { // J+15, D+15: days
		if rest, ok := strings.CutPrefix(key, p); ok {
			if n, err := strconv.Atoi(strings.TrimSpace(rest)); err == nil && n >= 0 && n <= maxDurationAmount {
				return Duration{n, Day}, true
			}
			key = strings.TrimSpace(rest) // "+2 semaines"
			break
		}
	}
	for _, p := range delayPrefixes {
		if rest, ok := strings.CutPrefix(key, p); ok {
			key = rest
			break
		}
	}
	for _, one := range []string{"un ", "une ", "a ", "an ", "one "} { // "dans un mois", "in a week"
		if rest, ok := strings.CutPrefix(key, one); ok {
			key = "1 " + rest
			break
		}
	}
	if key == "" || key[0] < '0' || key[0] > '9' {
		return Duration{}, false
	}
	d, err := ParseDuration(key)
	if err != nil || d.U < Day {
		return Duration{}, false
	}
	return d, true
}

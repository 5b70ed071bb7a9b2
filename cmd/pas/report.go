package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/pas-editor/pas/pas"
)

// ANSI colours for the text report, used on terminals only.
const (
	ansiRed    = "\x1b[31m"
	ansiYellow = "\x1b[33m"
	ansiBlue   = "\x1b[34m"
	ansiBold   = "\x1b[1m"
	ansiReset  = "\x1b[0m"
)

// findingsText writes findings grouped by section, then a summary line.
func findingsText(l pas.Lang, cat *pas.Catalogue, path string, fs []pas.Finding, colour bool) string {
	paint := func(code, s string) string {
		if !colour {
			return s
		}
		return code + s + ansiReset
	}
	var b strings.Builder
	nums := pas.ChapterNumbers(cat)
	section := "\x00"
	for _, f := range fs {
		if f.Section != section {
			section = f.Section
			b.WriteString(paint(ansiBold, sectionHeading(l, cat, nums, section)) + "\n")
		}
		sev := fmt.Sprintf("%-7s", f.Severity.Text().In(l))
		switch f.Severity {
		case pas.Error:
			sev = paint(ansiRed, sev)
		case pas.Warning:
			sev = paint(ansiYellow, sev)
		default:
			sev = paint(ansiBlue, sev)
		}
		fmt.Fprintf(&b, "  %s:%d:%d  %s %-8s %s\n", pas.Sanitize(path), f.Pos.Line, f.Pos.Col, sev, f.Rule, pas.Sanitize(f.Message.In(l)))
		fmt.Fprintf(&b, "      %s\n", pas.Sanitize(f.Path))
		if f.Waiver != nil {
			fmt.Fprintf(&b, "      %s\n", waiverLine(l, f.Waiver))
		}
	}
	if len(fs) > 0 {
		b.WriteByte('\n')
	}
	b.WriteString(summaryLine(l, fs) + "\n")
	return b.String()
}

func sectionHeading(l pas.Lang, cat *pas.Catalogue, nums map[string]int, id string) string {
	s := cat.Section(id)
	switch {
	case s == nil:
		return pas.T("Ensemble du plan", "Whole plan").In(l)
	case nums[id] > 0:
		return fmt.Sprintf("%d. %s", nums[id], s.Title.In(l))
	}
	return s.Title.In(l)
}

func waiverLine(l pas.Lang, w *pas.Waiver) string {
	line := pas.Textf("dérogation : %s (approuvée par %s le %s", "waived: %s (approved by %s on %s", w.Reason, w.Approver, w.Date.String()).In(l)
	if !w.Expires.IsZero() {
		line += pas.Textf(", jusqu'au %s", ", until %s", w.Expires.String()).In(l)
	}
	return line + ")"
}

// counts returns the number of findings by severity, not counting waived
// ones, and the number waived.
func counts(fs []pas.Finding) (map[pas.Severity]int, int) {
	c := map[pas.Severity]int{}
	waived := 0
	for _, f := range fs {
		if f.Waived() {
			waived++
			continue
		}
		c[f.Severity]++
	}
	return c, waived
}

func summaryLine(l pas.Lang, fs []pas.Finding) string {
	c, waived := counts(fs)
	if len(fs) == 0 {
		return pas.T("Aucun constat.", "No findings.").In(l)
	}
	return pas.Textf("%d erreur(s), %d avertissement(s), %d info(s), %d couvert(s) par une dérogation.",
		"%d error(s), %d warning(s), %d info(s), %d waived.", c[pas.Error], c[pas.Warning], c[pas.Info], waived).In(l)
}

// jsonFinding is one finding in the stable JSON format (docs/check-json.md).
type jsonFinding struct {
	Rule     string      `json:"rule"`
	Severity string      `json:"severity"`
	Section  string      `json:"section"`
	Path     string      `json:"path"`
	Record   string      `json:"record,omitempty"`
	Line     int         `json:"line"`
	Column   int         `json:"column"`
	Message  string      `json:"message"`
	Waiver   *jsonWaiver `json:"waiver,omitempty"`
}

type jsonWaiver struct {
	Reason   string `json:"reason"`
	Approver string `json:"approver"`
	Date     string `json:"date"`
	Expires  string `json:"expires,omitempty"`
}

type jsonReport struct {
	File     string         `json:"file"`
	AsOf     string         `json:"as_of"`
	Summary  map[string]int `json:"summary"`
	Findings []jsonFinding  `json:"findings"`
}

func findingsJSON(l pas.Lang, path string, fs []pas.Finding, today pas.Date) []byte {
	return marshal(findingsReport(l, path, fs, today))
}

// findingsReport is the JSON report of one plan.
func findingsReport(l pas.Lang, path string, fs []pas.Finding, today pas.Date) jsonReport {
	c, waived := counts(fs)
	r := jsonReport{File: path, AsOf: today.String(), Findings: []jsonFinding{},
		Summary: map[string]int{"error": c[pas.Error], "warning": c[pas.Warning], "info": c[pas.Info], "waived": waived}}
	for _, f := range fs {
		r.Findings = append(r.Findings, jsonOf(l, f))
	}
	return r
}

// jsonOf is one finding in the JSON report.
func jsonOf(l pas.Lang, f pas.Finding) jsonFinding {
	jf := jsonFinding{Rule: f.Rule, Severity: f.Severity.String(), Section: f.Section, Path: f.Path, Record: f.Record,
		Line: f.Pos.Line, Column: f.Pos.Col, Message: f.Message.In(l)}
	if w := f.Waiver; w != nil {
		jf.Waiver = &jsonWaiver{Reason: w.Reason, Approver: w.Approver, Date: w.Date.String(), Expires: w.Expires.String()}
	}
	return jf
}

// marshal writes indented JSON with a final newline.
func marshal(v any) []byte {
	data, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		panic("pas: JSON of plain structures cannot fail: " + err.Error())
	}
	return append(data, '\n')
}

// textTable aligns rows in columns: the first column on the left, the
// others on the right, two spaces apart.
func textTable(rows [][]string) string { return alignTable(rows, false) }

// leftTable aligns every column on the left.
func leftTable(rows [][]string) string { return alignTable(rows, true) }

func alignTable(rows [][]string, left bool) string {
	widths := map[int]int{}
	for _, r := range rows {
		for i, c := range r {
			if n := utf8.RuneCountInString(c); n > widths[i] {
				widths[i] = n
			}
		}
	}
	var b strings.Builder
	for _, r := range rows {
		var line strings.Builder
		for i, c := range r {
			pad := strings.Repeat(" ", widths[i]-utf8.RuneCountInString(c))
			switch {
			case i == 0:
				line.WriteString(c + pad)
			case left:
				line.WriteString("  " + c + pad)
			default:
				line.WriteString("  " + pad + c)
			}
		}
		b.WriteString(strings.TrimRight(line.String(), " ") + "\n")
	}
	return b.String()
}

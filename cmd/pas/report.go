package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/pas-editor/pas/grid"
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
		if f.Section+"\x00"+f.File != section {
			section = f.Section + "\x00" + f.File
			heading := sectionHeading(l, cat, nums, f.Section)
			if f.File != "" {
				heading = fileHeading(l, f)
			}
			b.WriteString(paint(ansiBold, pas.Sanitize(heading)) + "\n")
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
		clean := pas.Sanitize // plan text and file names; the colours are ours
		fmt.Fprintf(&b, "  %s:%d:%d  %s %-8s %s\n", clean(findingFile(path, f)), f.Pos.Line, f.Pos.Col, sev, clean(f.Rule), clean(f.Message.In(l)))
		fmt.Fprintf(&b, "      %s\n", clean(f.Path))
		if f.Waiver != nil {
			fmt.Fprintf(&b, "      %s\n", clean(waiverLine(l, f.Waiver)))
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

// fileHeading titles the findings located in a file the plan names.
func fileHeading(l pas.Lang, f pas.Finding) string {
	if grid.RuleByID(f.Rule) != nil {
		return pas.Textf("Grille de l'acheteur (%s)", "Buyer's grid (%s)", f.File).In(l)
	}
	return f.File
}

// findingFile is the file a finding's position is in: the plan's path,
// or the file the plan names that the finding is about.
func findingFile(planPath string, f pas.Finding) string {
	if f.File != "" {
		return f.File
	}
	return planPath
}

func waiverLine(l pas.Lang, w *pas.Waiver) string {
	return pas.T("dérogation : ", "waived: ").In(l) + pas.WaiverText(w, l)
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
	return pas.Textf("%s, %s, %s ; %s.", "%s, %s, %s; %s.",
		pas.Count(c[pas.Error], "erreur", "erreurs", "error", "errors"),
		pas.Count(c[pas.Warning], "avertissement", "avertissements", "warning", "warnings"),
		pas.Count(c[pas.Info], "information", "informations", "note", "notes"),
		pas.Count(waived, "constat couvert par une dérogation", "constats couverts par une dérogation", "finding waived", "findings waived")).In(l)
}

// jsonFinding is one finding in the stable JSON format (docs/check-json.md).
type jsonFinding struct {
	Rule     string      `json:"rule"`
	Severity string      `json:"severity"`
	Section  string      `json:"section"`
	Path     string      `json:"path"`
	Record   string      `json:"record,omitempty"`
	File     string      `json:"file,omitempty"`
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
	jf := jsonFinding{Rule: f.Rule, Severity: f.Severity.String(), Section: f.Section, Path: f.Path, Record: f.Record, File: f.File,
		Line: f.Pos.Line, Column: f.Pos.Col, Message: f.Message.In(l)}
	if w := f.Waiver; w != nil {
		jf.Waiver = &jsonWaiver{Reason: w.Reason, Approver: w.Approver, Date: w.Date.String(), Expires: w.Expires.String()}
	}
	return jf
}

// marshal writes indented JSON with a final newline. Besides what
// encoding/json escapes (C0 controls, U+2028, U+2029), DEL, C1 controls
// and bidirectional overrides are written as \u escapes: a report shown
// in a terminal or a code review cannot carry them raw.
func marshal(v any) []byte {
	data, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		panic("pas: JSON of plain structures cannot fail: " + err.Error())
	}
	return append(escapeJSONControls(data), '\n')
}

// escapeJSONControls escapes the characters pas.IsUnsafeRune names that
// encoding/json leaves raw; outside strings JSON is plain ASCII, so every
// one of them is inside a string.
func escapeJSONControls(data []byte) []byte {
	if !bytes.ContainsFunc(data, pas.IsUnsafeRune) {
		return data
	}
	var b bytes.Buffer
	for _, r := range string(data) {
		if pas.IsUnsafeRune(r) {
			fmt.Fprintf(&b, "\\u%04x", r)
			continue
		}
		b.WriteRune(r)
	}
	return b.Bytes()
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

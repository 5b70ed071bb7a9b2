package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/pas-editor/pas/pas"
)

// writePortfolio writes the reports of several plans, then a summary.
func (a *app) writePortfolio(format string, results []*checked, today pas.Date) error {
	for _, r := range results {
		if r.err != nil {
			a.loadProblem(r.err)
		}
	}
	var data []byte
	switch format {
	case "json":
		data = portfolioJSON(a.lang, results, today)
	case "sarif":
		var files []sarifFile
		for _, r := range results {
			if r.err == nil {
				files = append(files, sarifFile{r.path, r.findings})
			}
		}
		data = findingsSARIF(a.lang, a.cat, files)
	default:
		data = []byte(a.portfolioText(results))
	}
	_, err := a.stdout.Write(data)
	return err
}

// loadProblem reports on standard error why a plan does not load.
func (a *app) loadProblem(err error) {
	if le, ok := err.(*pas.LoadError); ok {
		fmt.Fprintln(a.stderr, pas.Sanitize(le.Localize(a.lang)))
		return
	}
	var ee *exitError
	if e, ok := err.(*exitError); ok {
		ee = e
		fmt.Fprintln(a.stderr, "pas: "+pas.Sanitize(ee.msg.In(a.lang)))
		return
	}
	fmt.Fprintln(a.stderr, "pas: "+pas.Sanitize(err.Error()))
}

// portfolioText writes the findings of each plan that has some, then one
// line per plan and the totals.
func (a *app) portfolioText(results []*checked) string {
	var b strings.Builder
	for _, r := range results {
		if r.err == nil && len(r.findings) > 0 {
			b.WriteString(findingsText(a.lang, a.cat, r.path, r.findings, a.colour()) + "\n")
		}
	}
	l := a.lang
	rows := [][]string{{pas.T("Plan", "Plan").In(l), pas.T("Erreurs", "Errors").In(l), pas.T("Avertissements", "Warnings").In(l),
		pas.T("Infos", "Infos").In(l), pas.T("Dérogations", "Waived").In(l)}}
	var total struct{ plans, broken, e, w, i, waived int }
	for _, r := range results {
		total.plans++
		if r.err != nil {
			total.broken++
			rows = append(rows, []string{pas.Sanitize(r.path), pas.T("ne se charge pas", "does not load").In(l)})
			continue
		}
		c, waived := counts(r.findings)
		total.e, total.w, total.i, total.waived = total.e+c[pas.Error], total.w+c[pas.Warning], total.i+c[pas.Info], total.waived+waived
		rows = append(rows, []string{pas.Sanitize(r.path), strconv.Itoa(c[pas.Error]), strconv.Itoa(c[pas.Warning]), strconv.Itoa(c[pas.Info]), strconv.Itoa(waived)})
	}
	b.WriteString(textTable(rows))
	notLoaded := pas.T("tous se chargent", "every plan loads")
	switch {
	case total.broken == 1:
		notLoaded = pas.T("1 plan ne se charge pas", "1 plan does not load")
	case total.broken > 1:
		notLoaded = pas.Textf("%d plans ne se chargent pas", "%d plans do not load", total.broken)
	}
	b.WriteString("\n" + pas.Textf("%s : %s, %s, %s, %s ; %s.", "%s: %s, %s, %s, %s; %s.",
		pas.Count(total.plans, "plan", "plans", "plan", "plans"),
		pas.Count(total.e, "erreur", "erreurs", "error", "errors"),
		pas.Count(total.w, "avertissement", "avertissements", "warning", "warnings"),
		pas.Count(total.i, "information", "informations", "note", "notes"),
		pas.Count(total.waived, "couvert par une dérogation", "couverts par une dérogation", "waived", "waived"),
		notLoaded).In(l) + "\n")
	return b.String()
}

// jsonPortfolio is the JSON report of several plans (docs/check-json.md).
type jsonPortfolio struct {
	AsOf    string         `json:"as_of"`
	Summary map[string]int `json:"summary"`
	Plans   []any          `json:"plans"` // a jsonReport, or a jsonNotLoaded
}

// jsonNotLoaded is a plan of a portfolio that does not load.
type jsonNotLoaded struct {
	File  string `json:"file"`
	Error string `json:"error"`
}

func portfolioJSON(l pas.Lang, results []*checked, today pas.Date) []byte {
	out := jsonPortfolio{AsOf: today.String(), Plans: []any{},
		Summary: map[string]int{"plans": len(results), "not_loaded": 0, "error": 0, "warning": 0, "info": 0, "waived": 0}}
	for _, r := range results {
		if r.err != nil {
			out.Summary["not_loaded"]++
			msg := r.err.Error()
			if le, ok := r.err.(*pas.LoadError); ok {
				msg = le.Localize(l)
			}
			out.Plans = append(out.Plans, jsonNotLoaded{File: r.path, Error: msg})
			continue
		}
		rep := findingsReport(l, r.path, r.findings, today)
		for k, n := range rep.Summary {
			out.Summary[k] += n
		}
		out.Plans = append(out.Plans, rep)
	}
	return marshal(out)
}

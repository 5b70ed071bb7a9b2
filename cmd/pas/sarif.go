package main

import (
	"path/filepath"

	"github.com/pas-editor/pas/grid"
	"github.com/pas-editor/pas/pas"
)

// SARIF 2.1.0 structures: only what code-scanning tools read.
type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool    sarifTool     `json:"tool"`
	Results []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifRule struct {
	ID                   string            `json:"id"`
	ShortDescription     sarifText         `json:"shortDescription"`
	FullDescription      sarifText         `json:"fullDescription"`
	Help                 sarifText         `json:"help"`
	DefaultConfiguration map[string]string `json:"defaultConfiguration"`
}

type sarifResult struct {
	RuleID       string             `json:"ruleId"`
	RuleIndex    int                `json:"ruleIndex"`
	Level        string             `json:"level"`
	Message      sarifText          `json:"message"`
	Locations    []sarifLocation    `json:"locations"`
	Suppressions []sarifSuppression `json:"suppressions,omitempty"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           sarifRegion   `json:"region"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn,omitempty"`
}

type sarifSuppression struct {
	Kind          string `json:"kind"`
	Justification string `json:"justification"`
}

var sarifLevel = map[pas.Severity]string{pas.Error: "error", pas.Warning: "warning", pas.Info: "note"}

// findingsSARIF writes the findings as SARIF 2.1.0, every rule of the
// catalogue in the driver (and the grid's when the buyer's grid has
// findings), each result located at its YAML line; waived findings carry
// an external suppression with the waiver's reason.
func findingsSARIF(l pas.Lang, cat *pas.Catalogue, files []sarifFile) []byte {
	driver := sarifDriver{Name: "pas", Version: version, InformationURI: "https://github.com/pas-editor/pas"}
	index := map[string]int{}
	for i, r := range cat.Rules {
		index[r.ID] = i
		driver.Rules = append(driver.Rules, sarifRule{
			ID: r.ID, ShortDescription: sarifText{r.Title.In(l)}, FullDescription: sarifText{r.Rationale.In(l)},
			Help: sarifText{r.Source}, DefaultConfiguration: map[string]string{"level": sarifLevel[r.Severity]},
		})
	}
	if hasGridFindings(files) {
		for _, r := range grid.Rules {
			index[r.ID] = len(driver.Rules)
			driver.Rules = append(driver.Rules, sarifRule{
				ID: r.ID, ShortDescription: sarifText{r.Title.In(l)}, FullDescription: sarifText{r.Rationale.In(l)},
				Help: sarifText{r.Source}, DefaultConfiguration: map[string]string{"level": sarifLevel[r.Severity]},
			})
		}
	}
	results := []sarifResult{}
	for _, file := range files {
		results = append(results, sarifResults(l, index, file.path, file.findings)...)
	}
	return marshal(sarifLog{
		Schema:  "https://json.schemastore.org/sarif-2.1.0.json",
		Version: "2.1.0",
		Runs:    []sarifRun{{Tool: sarifTool{driver}, Results: results}},
	})
}

// sarifResults are the results of one plan, located in its file.
func sarifResults(l pas.Lang, index map[string]int, path string, fs []pas.Finding) []sarifResult {
	var results []sarifResult
	for _, f := range fs {
		line := f.Pos.Line
		if line == 0 {
			line = 1
		}
		res := sarifResult{
			RuleID: f.Rule, RuleIndex: index[f.Rule], Level: sarifLevel[f.Severity], Message: sarifText{f.Message.In(l)},
			Locations: []sarifLocation{{sarifPhysical{sarifArtifact{filepath.ToSlash(findingFile(path, f))}, sarifRegion{line, f.Pos.Col}}}},
		}
		if f.Waiver != nil {
			res.Suppressions = []sarifSuppression{{Kind: "external", Justification: waiverLine(l, f.Waiver)}}
		}
		results = append(results, res)
	}
	return results
}

// sarifFile is one plan's findings.
type sarifFile struct {
	path     string
	findings []pas.Finding
}

// hasGridFindings reports whether findings hold some of a buyer's grid.
func hasGridFindings(files []sarifFile) bool {
	for _, file := range files {
		for _, f := range file.findings {
			if grid.RuleByID(f.Rule) != nil {
				return true
			}
		}
	}
	return false
}

package grid

import (
	"crypto/sha256"
	"encoding/hex"
	"path/filepath"

	"github.com/pas-editor/pas/pas"
)

// BookStateOf says what is found of the buyer's file at path, by its
// hash only (the workbook is not opened): unchanged, changed since the
// import (sha), or missing (also when it cannot be read).
func BookStateOf(path, sha string) BookState {
	data, err := pas.ReadRegularFile(path, MaxFileSize)
	if err != nil {
		return BookMissing
	}
	sum := sha256.Sum256(data)
	if hex.EncodeToString(sum[:]) == sha {
		return BookUnchanged
	}
	return BookChanged
}

// BuyerFile returns where the buyer's file is: given when not empty,
// else the name recorded at import, beside the grid file.
func BuyerFile(gridFile string, g *Grid, given string) string {
	if given != "" {
		return given
	}
	return filepath.Join(filepath.Dir(gridFile), filepath.FromSlash(g.Source.File))
}

// PlanFindings runs the grid checks on the grid a plan names, for "pas
// check": findings located in the grid file (Finding.File), after the
// plan's own findings, which GRID-03 reads; nil when the plan names no
// grid. A named grid that is missing or broken is ForPlan's error.
func PlanFindings(planPath string, p *pas.Plan, planFindings []pas.Finding) ([]pas.Finding, error) {
	g, file, err := ForPlan(planPath, p)
	if err != nil || g == nil {
		return nil, err
	}
	state := BookStateOf(BuyerFile(file, g, ""), g.Source.SHA256)
	return PlanFindingsOf(NewAdvisor(p.Cat).Check(g, p, planFindings, state), file), nil
}

// PlanFindingsOf gives the grid's findings as the plan's findings are
// given, located in the grid file: the path of a requirement's finding is
// "requirements[ID]" (RequirementPath), that of the file's "source".
func PlanFindingsOf(fs []Finding, file string) []pas.Finding {
	var out []pas.Finding
	for _, f := range fs {
		path := "source"
		if f.ID != "" {
			path = RequirementPath(f.ID)
		}
		out = append(out, pas.Finding{Rule: f.Rule, Severity: f.Severity, Path: path, Record: f.ID, Pos: f.Pos, File: file, Message: f.Message})
	}
	return out
}

// RequirementPath is the path of a requirement's findings.
func RequirementPath(id string) string { return "requirements[" + id + "]" }

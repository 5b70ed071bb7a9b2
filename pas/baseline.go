package pas

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"path/filepath"
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"
)

// Baseline records the standard PAS a plan was made from (pas init
// --from): where it is and what it held then.
type Baseline struct {
	Path   string // the standard, relative to the plan's directory, with forward slashes
	SHA256 string // hex SHA-256 of the standard's bytes when the plan was made from it
	Pos    Pos

	// What ReadBaseline found; never written to the plan.
	Read     bool   // ReadBaseline ran
	Current  string // hex SHA-256 of the standard now; "" when it cannot be read
	Problem  Text   // why the standard cannot be read or loaded
	Standard *Plan  // the standard as it is now, when it loads
}

// ContentHash returns the hex SHA-256 of a file's bytes.
func ContentHash(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// NewBaseline records the standard at standardPath, whose bytes are data,
// as the baseline of the plan written at planPath: its path relative to
// the plan's directory (absolute when there is none) and its hash.
func NewBaseline(planPath, standardPath string, data []byte) *Baseline {
	rel := standardPath
	if dir, err := filepath.Abs(filepath.Dir(planPath)); err == nil {
		if std, err := filepath.Abs(standardPath); err == nil {
			rel = std
			if r, err := filepath.Rel(dir, std); err == nil {
				rel = r
			}
		}
	}
	return &Baseline{Path: filepath.ToSlash(rel), SHA256: ContentHash(data)}
}

// File returns the standard's path as seen from the current directory,
// for a plan at planPath.
func (b *Baseline) File(planPath string) string {
	p := filepath.FromSlash(b.Path)
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(filepath.Dir(planPath), p)
}

// Changed reports whether the standard, as read, differs from the version
// the plan was made from.
func (b *Baseline) Changed() bool { return b.Current != "" && b.Current != b.SHA256 }

// ReadBaseline reads the standard of a plan loaded from planPath, when it
// has one: its hash now, and the standard itself when it loads (checks and
// the deviations annex use it). A standard that cannot be read or loaded
// is recorded as a Problem, never an error: the plan stays usable.
func ReadBaseline(p *Plan, planPath string) {
	b := p.Baseline
	if b == nil || b.Read {
		return
	}
	b.Read = true
	file := b.File(planPath)
	data, err := ReadRegularFile(file, MaxPlanSize)
	if err != nil {
		var fe *FileError
		if errors.As(err, &fe) {
			b.Problem = fe.Msg
		} else {
			b.Problem = T(err.Error(), err.Error())
		}
		return
	}
	b.Current = ContentHash(data)
	std, err := Decode(data, file, p.Cat)
	if err == nil {
		err = NewLoader(p.Cat).ResolveFacts(std, file) // a standard that takes records from a library
	}
	if err != nil {
		if le, ok := err.(*LoadError); ok {
			b.Problem = Textf("il ne se charge pas : %s", "it does not load: %s", T(le.Localize(FR), le.Localize(EN)))
		} else {
			b.Problem = T(err.Error(), err.Error())
		}
		return
	}
	b.Standard = std
}

var sha256Pattern = regexp.MustCompile(`^[0-9a-f]{64}$`)

// baseline decodes the baseline block: {path, sha256}.
func (d *decoder) baseline(n *yaml.Node) {
	if n.Kind != yaml.MappingNode {
		d.fail(n, T("baseline : une table {path, sha256} est attendue", "baseline: a mapping {path, sha256} is expected"))
		return
	}
	b := &Baseline{Pos: posOf(n)}
	d.pairs(n, "baseline", func(key string, k, v *yaml.Node) {
		switch key {
		case "path":
			b.Path = strings.TrimSpace(d.text(v, "baseline.path"))
		case "sha256":
			b.SHA256 = d.text(v, "baseline.sha256")
			if !sha256Pattern.MatchString(b.SHA256) {
				d.fail(v, T("baseline.sha256 : 64 chiffres hexadécimaux en minuscules", "baseline.sha256: 64 lower-case hexadecimal digits"))
			}
		default:
			d.fail(k, Textf("clé inconnue « %s » dans baseline (path, sha256)", "unknown key %q in baseline (path, sha256)", key))
		}
	})
	if b.Path == "" || b.SHA256 == "" {
		d.fail(n, T("baseline : path et sha256 sont obligatoires", "baseline: path and sha256 are required"))
	}
	d.plan.Baseline = b
}

func encodeBaseline(b *Baseline) *yaml.Node {
	m := mapping()
	addPair(m, "path", strNode(b.Path))
	addPair(m, "sha256", strNode(b.SHA256))
	return m
}

func baselineSchema() obj {
	return obj{"type": "object", "additionalProperties": false, "required": []any{"path", "sha256"},
		"description": "The standard PAS this plan was made from (pas init --from): its path relative to the plan, and the SHA-256 of its bytes then.",
		"properties": obj{
			"path":   obj{"type": "string", "pattern": `\S`},
			"sha256": obj{"type": "string", "pattern": sha256Pattern.String()},
		}}
}

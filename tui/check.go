package tui

import (
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/pas-editor/pas/pas"
)

// checkDelay is how long typing must pause before the plan is checked.
const checkDelay = 150 * time.Millisecond

type checkTickMsg struct{ seq int }

type checkDoneMsg struct {
	seq   int
	stats stats
}

// debouncer runs the checks once edits pause; a result older than the
// last edit is dropped.
type debouncer struct{ seq int }

func (d *debouncer) schedule(c Clock) tea.Cmd {
	d.seq++
	return c.After(checkDelay, checkTickMsg{d.seq})
}

// fire starts the check on a snapshot of the plan, off the update path.
// The buyer's grid, when the plan names one, is checked there too (reqs).
func (d *debouncer) fire(p *pas.Plan, reqs reqCheck, today pas.Date, msg checkTickMsg) tea.Cmd {
	if msg.seq != d.seq || p == nil {
		return nil
	}
	snapshot := p.Clone()
	return func() tea.Msg {
		st := computeStats(snapshot, today)
		if reqs != nil {
			st.reqs = reqs(snapshot, st.findings)
		}
		return checkDoneMsg{msg.seq, st}
	}
}

// stats is what the checks say about the plan, for the sidebar, the
// form's inline findings and the status bar.
type stats struct {
	findings  []pas.Finding
	byPath    map[string][]pas.Finding
	byRecord  map[string]pas.Severity  // worst finding by "list.path[id]"
	recFinds  map[string][]pas.Finding // findings by "list.path[id]"
	waived    map[string][]pas.Finding // waived findings by path
	bySection map[string]*sectionStats
	total     pas.Progress
	devs      deviations // how the plan differs from its standard PAS
	reqs      *reqStats  // the buyer's grid's checks and proposals; nil when none
}

type sectionStats struct {
	progress                pas.Progress
	applicable              bool
	errors, warnings, infos int
	pending                 int // values to confirm and open questions
}

// computeStats checks a plan (a snapshot: it runs in a command).
func computeStats(p *pas.Plan, today pas.Date) stats {
	st := stats{findings: pas.RunChecks(p, today), byPath: map[string][]pas.Finding{}, byRecord: map[string]pas.Severity{},
		recFinds: map[string][]pas.Finding{}, waived: map[string][]pas.Finding{}, bySection: map[string]*sectionStats{},
		devs: computeDeviations(p)}
	for _, s := range p.Cat.Sections {
		ss := &sectionStats{progress: p.Progress(s), applicable: p.Applicable(s)}
		for _, it := range p.Items(s) {
			if it.Kind != pas.Missing {
				ss.pending++
			}
		}
		st.bySection[s.ID] = ss
		st.total = st.total.Add(ss.progress)
	}
	for _, f := range st.findings {
		if f.Waived() {
			st.waived[f.Path] = append(st.waived[f.Path], f)
			continue
		}
		st.byPath[f.Path] = append(st.byPath[f.Path], f)
		if i := strings.IndexByte(f.Path, ']'); i > 0 {
			st.byRecord[f.Path[:i+1]] = max(st.byRecord[f.Path[:i+1]], f.Severity)
			st.recFinds[f.Path[:i+1]] = append(st.recFinds[f.Path[:i+1]], f)
		}
		ss := st.bySection[f.Section]
		if ss == nil {
			continue
		}
		switch {
		case f.Severity == pas.Error:
			ss.errors++
		case f.IsMissing(): // counted as missing items already
		case f.Severity == pas.Warning:
			ss.warnings++
		case f.Severity == pas.Info:
			ss.infos++
		}
	}
	return st
}

// section returns a section's stats (never nil).
func (s stats) section(id string) *sectionStats {
	if ss := s.bySection[id]; ss != nil {
		return ss
	}
	return &sectionStats{applicable: true}
}

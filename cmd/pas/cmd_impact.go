package main

import (
	"bytes"
	"errors"
	"path/filepath"
	"sort"
	"sync"

	"github.com/pas-editor/pas/pas"
	"github.com/spf13/cobra"
)

func (a *app) impactCmd() *cobra.Command {
	var facts, since, format, asOf string
	cmd := &cobra.Command{
		Use:   "impact [FILE|DIR...]",
		Short: a.t("Plans touchés par un changement de la bibliothèque de faits", "Plans affected by a change in the facts library"),
		Long: a.t(`Après un changement de la bibliothèque de faits (certificat renouvelé ou expiré, site ou
sous-traitant ajouté ou retiré, engagement d'un partenaire revu à la baisse…), liste les plans dont
le document change ou dont les constats changent, et pourquoi : les éléments de la bibliothèque qui
diffèrent (valeur avant → après) et les constats apparus ou disparus. Un plan figé (remis ou
contractuel) ne change pas : il est listé « à réémettre » quand la bibliothèque ne dit plus ce
qu'il a épinglé.

La bibliothèque est comparée à sa version de --since (une révision git, HEAD par défaut : les
changements non validés). FILE ou DIR : les plans à examiner (le dossier courant par défaut) ;
--facts restreint aux plans qui utilisent cette bibliothèque. Sort avec le code 1 quand un plan est
touché.`,
			`After a change in the facts library (a certificate renewed or expired, a site or sub-processor
added or removed, a partner's commitment lowered…), lists the plans whose document changes or whose
findings change, and why: the library's items that differ (value before → after) and the findings
that appear or go. A frozen plan (submitted or contractual) does not change: it is listed as "to
re-issue" when the library no longer says what it pinned.

The library is compared with its version at --since (a git revision, HEAD by default: the changes
not yet committed). FILE or DIR: the plans to examine (the current directory by default); --facts
keeps the plans that use this library. Exits with code 1 when a plan is affected.`),
		Example: "  pas impact --facts company.yaml tenders/\n  pas impact --since v1.4 --format json",
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "text" && format != "json" {
				return usageErr("--format : text ou json, pas « %s »", "--format: text or json, not %q", format)
			}
			today, err := a.today(asOf)
			if err != nil {
				return err
			}
			if len(args) == 0 {
				args = []string{"."}
			}
			paths, err := planFiles(args)
			if err != nil {
				return err
			}
			if since == "" {
				since = "HEAD"
			}
			return a.impact(paths, facts, since, format, today)
		},
	}
	cmd.Flags().StringVar(&facts, "facts", "", a.t("ne retenir que les plans qui utilisent cette bibliothèque", "keep only the plans that use this library"))
	cmd.Flags().StringVar(&since, "since", "", a.t("révision git de la bibliothèque à comparer (HEAD par défaut)", "git revision of the library to compare with (HEAD by default)"))
	cmd.Flags().StringVar(&format, "format", "text", a.t("text ou json", "text or json"))
	cmd.Flags().StringVar(&asOf, "as-of", "", a.t("date des contrôles (AAAA-MM-JJ), par défaut aujourd'hui", "date of the checks (YYYY-MM-DD), today by default"))
	return cmd
}

// impacted is what a library change does to one plan.
type impacted struct {
	path    string
	lib     string // the library's path as the plan names it, from the current directory
	frozen  bool
	err     error    // the plan does not load at all
	broken  pas.Text // the plan no longer resolves against the library now
	fixed   bool     // it did not resolve against the earlier library, and now does
	noPrior pas.Text // why there is no earlier version to compare with

	document, reissue bool
	changes           []libChange // the library's items the plan takes that differ
	commitments       []libChange // its partners' commitments that differ
	added, removed    []pas.Finding
}

// affected reports whether the change touches the plan.
func (r *impacted) affected() bool {
	return r.err != nil || !r.broken.IsZero() || r.fixed || r.document || r.reissue || len(r.added)+len(r.removed) > 0
}

// priorLibs reads each library's earlier version once.
type priorLibs struct {
	a    *app
	rev  string
	mu   sync.Mutex
	libs map[string]*priorLib
}

type priorLib struct {
	once sync.Once
	lib  *pas.Library
	why  pas.Text // no earlier version, or it does not load
}

func (pl *priorLibs) get(path string) (*pas.Library, pas.Text) {
	key, _ := filepath.Abs(path)
	pl.mu.Lock()
	e := pl.libs[key]
	if e == nil {
		e = &priorLib{}
		pl.libs[key] = e
	}
	pl.mu.Unlock()
	e.once.Do(func() {
		files, err := gitLibrary(path, pl.rev)
		switch {
		case errors.Is(err, errNotInRevision):
			e.lib, _ = pas.DecodeLibrary(path, nil, pl.a.cat) // it did not exist: everything is new
		case err != nil:
			e.why = pas.Textf("pas de version %s de %s : %v", "no version %s of %s: %v", pl.rev, path, err)
		default:
			lib, err := pas.DecodeLibrary(path+"@"+pl.rev, files, pl.a.cat)
			if err != nil {
				e.why = pas.Textf("la version %s de %s ne se charge pas : %v", "version %s of %s does not load: %v", pl.rev, path, err)
			}
			e.lib = lib
		}
	})
	return e.lib, e.why
}

// impact compares, for each plan using a library, what the library gives
// now with what it gave at rev (or, for a frozen plan, what it pinned).
func (a *app) impact(paths []string, facts, rev, format string, today pas.Date) error {
	var only string
	if facts != "" {
		only, _ = filepath.Abs(facts)
	}
	prior := &priorLibs{a: a, rev: rev, libs: map[string]*priorLib{}}
	read := func(_ *pas.Loader, path string) (*pas.Plan, error) { return pas.Read(path, a.cat) }
	all := forEachPlan(a.cat, paths, read, func(loader *pas.Loader, l *loaded) *impacted {
		if l.err == nil && l.plan.Facts == nil {
			return nil // a plan without a library
		}
		if l.err == nil && only != "" {
			if abs, _ := filepath.Abs(l.plan.Facts.File(l.path)); abs != only {
				return nil
			}
		}
		return a.impactOf(l, loader, prior, today)
	})
	var out []*impacted
	skipped := 0
	for _, r := range all {
		if r == nil {
			skipped++
		} else {
			out = append(out, r)
		}
	}
	var data []byte
	if format == "json" {
		data = a.impactJSON(out, skipped, rev, today)
	} else {
		data = []byte(a.impactText(out, skipped, rev))
	}
	if _, err := a.stdout.Write(data); err != nil {
		return err
	}
	code := exitOK
	for _, r := range out {
		if r.err != nil {
			code = exitUsage
		} else if r.affected() && code == exitOK {
			code = exitFindings
		}
	}
	if code != exitOK {
		return &exitError{code: code}
	}
	return nil
}

// impactOf compares one plan before and after. Rendering and checking
// cost most: they run only when what the plan takes from the library (or
// its partners' commitments) differs.
func (a *app) impactOf(l *loaded, loader *pas.Loader, prior *priorLibs, today pas.Date) *impacted {
	r := &impacted{path: l.path, err: l.err}
	if l.err != nil {
		return r
	}
	p0 := l.plan
	r.lib, r.frozen = p0.Facts.File(l.path), p0.Frozen()
	now, err := loader.Library(r.lib)
	if err != nil {
		r.err = err
		return r
	}
	before, why := prior.get(r.lib)
	r.noPrior = why
	after := p0.Clone()
	if err := after.ResolveLibrary(now, l.path); err != nil {
		r.broken = loadText(err)
		return r
	}
	render := func(p *pas.Plan) []byte { return pas.Render(p, pas.RenderOptions{Today: today}) }
	var docAfter []byte
	if frozen := after.FrozenChanges(); len(frozen) > 0 {
		fresh := p0.Clone()
		fresh.Facts.Frozen = nil // what the plan would say if issued again now
		if fresh.ResolveLibrary(now, l.path) == nil {
			docAfter = render(after)
			r.reissue = !bytes.Equal(render(fresh), docAfter)
		}
		r.changes = libChanges(after, frozen, a.lang)
	}
	if before == nil {
		return r
	}
	b := p0.Clone()
	if err := b.ResolveLibrary(before, l.path); err != nil {
		r.fixed = true
		return r
	}
	changed := after.LibraryChanges(before, now)
	commitments := pas.CommitmentChanges(a.cat, before, now, a.cat.Commitments.RecordField("party"), partnersOf(after))
	if !r.frozen {
		r.changes = libChanges(after, changed, a.lang)
	}
	r.commitments = libChanges(after, commitments, a.lang)
	if len(changed) == 0 && len(commitments) == 0 {
		return r // the plan takes nothing that changed
	}
	if len(changed) > 0 && !(r.frozen && allPinned(after) && allPinned(b)) {
		if docAfter == nil {
			docAfter = render(after)
		}
		r.document = !bytes.Equal(render(b), docAfter)
	}
	r.added, r.removed = findingsDiff(pas.RunChecks(b, today), pas.RunChecks(after, today))
	return r
}

// allPinned reports whether a frozen plan took everything it uses from
// what it pinned: its document then depends on no library.
func allPinned(p *pas.Plan) bool {
	fz := p.Facts.Frozen.Lib
	for _, u := range p.FactsUses() {
		switch {
		case u.List != nil && fz.Record(u.List, u.ID) != u.Record.Facts.From:
			return false
		case u.List == nil && fz.Text(u.ID) == nil:
			return false
		}
	}
	return true
}

// partnersOf returns the library ids of the organisations the plan takes
// from its library.
func partnersOf(p *pas.Plan) map[string]bool {
	out := map[string]bool{}
	for _, r := range p.Records(p.Cat.Field("parties.organisations")) {
		if r.FromLibrary() {
			out[r.Facts.Use] = true
		}
	}
	return out
}

// findingsDiff returns the findings that appear and those that go.
func findingsDiff(before, after []pas.Finding) (added, removed []pas.Finding) {
	key := func(f pas.Finding) string {
		return f.Rule + "\x00" + f.Severity.String() + "\x00" + f.Path + "\x00" + f.Message.EN + "\x00" + waivedKey(f)
	}
	count := func(fs []pas.Finding) map[string]int {
		m := map[string]int{}
		for _, f := range fs {
			m[key(f)]++
		}
		return m
	}
	inB, inA := count(before), count(after)
	for _, f := range after {
		if k := key(f); inB[k] > 0 {
			inB[k]--
		} else {
			added = append(added, f)
		}
	}
	for _, f := range before {
		if k := key(f); inA[k] > 0 {
			inA[k]--
		} else {
			removed = append(removed, f)
		}
	}
	sort.SliceStable(removed, func(i, j int) bool { return removed[i].Pos.Line < removed[j].Pos.Line })
	return added, removed
}

func waivedKey(f pas.Finding) string {
	if f.Waived() {
		return "waived"
	}
	return ""
}

func loadText(err error) pas.Text {
	if le, ok := err.(*pas.LoadError); ok {
		return pas.T(le.Localize(pas.FR), le.Localize(pas.EN))
	}
	return pas.T(err.Error(), err.Error())
}

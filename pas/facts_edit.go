package pas

import (
	"path/filepath"
	"strconv"
)

// What the editor does with a plan's facts library, beside TakeFromLibrary
// and RevertToLibrary: list what can still be taken, give a text its
// standard wording back, make a record taken the plan's own, and keep the
// plan it goes on editing pinned as its save wrote it.

// AvailableFromLibrary returns the records of the library (as it is now)
// that a shared list of the plan does not hold yet, in library order:
// what the editor offers to take. Nil without a readable library.
func (p *Plan) AvailableFromLibrary(list *Field) []*LibRecord {
	if p.Facts == nil || p.Facts.Lib == nil {
		return nil
	}
	var out []*LibRecord
	for _, r := range p.Facts.Lib.Records(list) {
		if p.Record(list, r.ID) == nil {
			out = append(out, r)
		}
	}
	return out
}

// StandardText returns a value that takes the standard text with this id
// as loading fills it in (what the plan pinned, else the library's), or
// nil when neither holds it. The editor gives it back to a text the plan
// had written over ({use: ID, value: …}).
func (p *Plan) StandardText(id string) *Value {
	if p.Facts == nil {
		return nil
	}
	var t *LibText
	if fz := p.Facts.Frozen; fz != nil {
		t = fz.Lib.Text(id)
	}
	if t == nil {
		t = p.Facts.Lib.Text(id)
	}
	if t == nil {
		return nil
	}
	return &Value{Use: id, Str: t.Text, Has: true, fromLib: true}
}

// OwnCopyID returns the id a record taken from the library gets when it
// becomes the plan's own: ID-local, or ID-local-2…, free in the plan's
// list and in the library's.
func (p *Plan) OwnCopyID(list *Field, id string) string {
	base := id + "-local"
	free := func(s string) bool {
		return p.Record(list, s) == nil && (p.Facts == nil || p.Facts.Lib.Record(list, s) == nil)
	}
	out := base
	for n := 2; !free(out); n++ {
		out = base + "-" + strconv.Itoa(n)
	}
	return out
}

// MakeOwn turns a record the plan takes from its library into the plan's
// own, in its place in the list, under OwnCopyID, with every value it
// holds now (the library's and the plan's overrides): from then on a
// change of the library no longer reaches it. Every reference to it
// follows the new id (a record taken from the library that names it
// then overrides that field). It returns the record made.
func (p *Plan) MakeOwn(list *Field, id string) (*Record, error) {
	r := p.Record(list, id)
	if r == nil || !r.FromLibrary() {
		return nil, &InputError{Msg: Textf("%s : « %s » n'est pas repris de la bibliothèque", "%s: %q is not taken from the library", list.Path, id)}
	}
	own := p.OwnCopyID(list, id)
	p.rewriteRefs(list, id, func(v *Value) { renameRef(v, id, own) })
	r.ID, r.Facts, r.renamed = own, nil, true
	return r, nil
}

// renameRef makes a reference value name id "to" instead of "from".
func renameRef(v *Value, from, to string) {
	if v.Str == from {
		v.Str = to
	}
	for i, s := range v.List {
		if s == from {
			v.List[i] = to
		}
	}
	if letters, ok := v.RACI[from]; ok {
		delete(v.RACI, from)
		v.RACI[to] = letters
	}
}

// CommitmentsOf returns the partners' commitments of the library that
// name a record of a list (the partner they are given by).
func (p *Plan) CommitmentsOf(list *Field, id string) []*LibRecord {
	cl := p.Cat.Commitments
	if cl == nil {
		return nil
	}
	var out []*LibRecord
	for _, c := range p.Commitments() {
		for _, f := range cl.Fields {
			if f.Ref == list.Path && c.Str(f) == id {
				out = append(out, c)
				break
			}
		}
	}
	return out
}

// PinIssued pins the plan's facts when its save must (it is issued,
// resolved against its library, and pins nothing yet), exactly as Marshal
// writes them; it reports whether it did. The editor calls it once a save
// succeeded, so that the plan it goes on editing is the one on disk.
func (p *Plan) PinIssued() bool {
	if !p.needsFreeze() {
		return false
	}
	p.Facts.Frozen = p.snapshot()
	return true
}

// Relocate makes a plan read from one path a plan to be saved at another
// (a copy started from it, a "save as"): the files it names relative to
// itself — its facts library, its standard, its requirements file — are
// named from the new place. Absolute paths stay as they are.
func (p *Plan) Relocate(from, to string) {
	if p.Facts != nil {
		p.Facts.Path = FactsPath(to, p.Facts.File(from))
	}
	if p.Baseline != nil && !filepath.IsAbs(filepath.FromSlash(p.Baseline.Path)) {
		p.Baseline.Path = FactsPath(to, p.Baseline.File(from))
	}
	if r := filepath.FromSlash(p.Requirements); r != "" && !filepath.IsAbs(r) {
		p.Requirements = FactsPath(to, filepath.Join(filepath.Dir(from), r))
	}
}

package pas

// ResolveLibrary fills the records and texts the plan takes from its
// facts library: from lib, or, when the plan is frozen, from what it
// pinned (lib still gives the partners' commitments; it may be nil when
// it could not be read). Each record taken holds the library's values,
// positioned at the plan's "use", with the plan's own values on top; a
// text taken holds the library's text. A record or text the library does
// not hold is a *LoadError naming the plan's line. Resolving again (after
// Freeze, or with another library) starts from what the plan itself
// writes.
func (p *Plan) ResolveLibrary(lib *Library, file string) error {
	if p.Facts == nil {
		return nil
	}
	p.Facts.Lib = lib
	var pinned *Library
	if fz := p.Facts.Frozen; fz != nil {
		pinned = fz.Lib
	}
	var problems []Problem
	miss := func(at Pos, msg Text) {
		if len(problems) < maxProblems {
			problems = append(problems, Problem{Pos: at, Msg: msg})
		}
	}
	for _, u := range p.FactsUses() {
		if u.List != nil {
			lr := pinned.Record(u.List, u.ID)
			if lr == nil {
				lr = lib.Record(u.List, u.ID)
			}
			if lr == nil {
				miss(u.Pos, Textf("%s : « %s » ne désigne aucun élément de %s dans la bibliothèque de faits (%s)", "%s: %q names no record of %s in the facts library (%s)",
					u.List.Path, u.ID, u.List.Path, p.Facts.Path))
				continue
			}
			u.Record.Values = overlay(lr.Values, u.Record.Facts, u.Record.Pos, true)
			u.Record.Facts.From = lr
			continue
		}
		v := u.Value
		if v.fromLib || !v.Has {
			t := pinned.Text(u.ID)
			if t == nil {
				t = lib.Text(u.ID)
			}
			if t == nil {
				miss(u.Pos, Textf("%s : « %s » ne désigne aucun texte de la bibliothèque de faits (%s)", "%s: %q names no text of the facts library (%s)", u.Field.Path, u.ID, p.Facts.Path))
				continue
			}
			v.Str, v.Has, v.fromLib = t.Text, true, true
		}
	}
	if len(problems) > 0 {
		return &LoadError{File: file, Problems: problems}
	}
	return nil
}

// Resolved reports whether the plan's records and texts from its library
// are filled in (a plan without a library always is).
func (p *Plan) Resolved() bool {
	return p.Facts == nil || p.Facts.Lib != nil || p.Facts.Frozen != nil && p.Facts.Problem != (Text{})
}

// Frozen reports whether the plan pins the facts it takes from its
// library.
func (p *Plan) Frozen() bool { return p.Facts != nil && p.Facts.Frozen != nil }

// Freeze pins the records and texts the plan takes from its library as
// they are now: from then on, a change in the library never changes the
// plan's document (pas impact lists the plan as to re-issue instead). A
// frozen plan is re-pinned to the library as it is now, its own values
// kept. It needs the library (the plan loaded with Load).
func (p *Plan) Freeze(file string) error {
	if p.Facts == nil {
		return nil
	}
	if p.Facts.Lib == nil {
		return &LoadError{File: file, Problems: []Problem{{Pos: p.Facts.Pos, Msg: Textf(
			"bibliothèque de faits %s illisible : rien à figer", "facts library %s cannot be read: nothing to pin", p.Facts.Path)}}}
	}
	if err := p.Thaw(file); err != nil {
		return err
	}
	p.Facts.Frozen = p.snapshot()
	return nil
}

// Thaw removes what the plan pinned: its records and texts follow the
// library again.
func (p *Plan) Thaw(file string) error {
	if !p.Frozen() {
		return nil
	}
	was := p.Facts.Frozen
	p.Facts.Frozen = nil
	if err := p.ResolveLibrary(p.Facts.Lib, file); err != nil {
		p.Facts.Frozen = was
		_ = p.ResolveLibrary(p.Facts.Lib, file)
		return err
	}
	return nil
}

// needsFreeze reports whether saving the plan must pin its facts: it has
// been issued, it is resolved against its library and pins nothing yet.
func (p *Plan) needsFreeze() bool {
	return p.Facts != nil && p.Facts.Frozen == nil && p.Facts.Lib != nil && p.Cat.Issued != nil && p.Cat.Issued(p)
}

// frozenPart returns what a save writes as the plan's frozen part: what it
// pinned, or, when it must be pinned now, the snapshot of its resolution.
func (p *Plan) frozenPart() *Frozen {
	switch {
	case p.Facts == nil:
		return nil
	case p.needsFreeze():
		return p.snapshot()
	}
	return p.Facts.Frozen
}

// snapshot is the part of the library the plan takes now: the records it
// uses and the texts it names, as it took them (what it pinned before, or
// the library's), in the plan's order.
func (p *Plan) snapshot() *Frozen {
	fz := &Frozen{Lib: newLibrary("")}
	var pinned *Library
	if p.Facts.Frozen != nil {
		fz.SHA256, pinned = p.Facts.Frozen.SHA256, p.Facts.Frozen.Lib
	}
	if fz.SHA256 == "" && p.Facts.Lib != nil {
		fz.SHA256 = p.Facts.Lib.SHA256
	}
	for _, u := range p.FactsUses() {
		switch {
		case u.List != nil && u.Record.Facts.From != nil && fz.Lib.Record(u.List, u.ID) == nil:
			fz.Lib.addRecord(u.List, u.Record.Facts.From)
		case u.List == nil && u.Value.fromLib && fz.Lib.Text(u.ID) == nil:
			t := pinned.Text(u.ID)
			if t == nil {
				t = p.Facts.Lib.Text(u.ID)
			}
			if t != nil {
				fz.Lib.addText(t)
			}
		}
	}
	return fz
}

// TakeFromLibrary appends to a shared list the library record with this
// id, filled in (the plan must be resolved): the editor's way to add a
// record from the library. A record of that id already in the list, or
// none in the library, is an error.
func (p *Plan) TakeFromLibrary(list *Field, id string) (*Record, error) {
	switch {
	case p.Facts == nil || p.Facts.Lib == nil:
		return nil, &InputError{Msg: T("le plan ne lit aucune bibliothèque de faits", "the plan reads no facts library")}
	case p.Record(list, id) != nil:
		return nil, &InputError{Msg: Textf("%s : « %s » est déjà dans la liste", "%s: %q is already in the list", list.Path, id)}
	}
	lr := p.Facts.Lib.Record(list, id)
	if lr == nil {
		return nil, &InputError{Msg: Textf("%s : « %s » n'est pas dans la bibliothèque", "%s: %q is not in the library", list.Path, id)}
	}
	r := &Record{ID: id, Facts: &RecordFacts{Use: id, From: lr}}
	r.Values = overlay(lr.Values, r.Facts, Pos{}, true)
	l := p.ListOf(list)
	l.Records = append(l.Records, r)
	return r, nil
}

// RevertToLibrary gives a field of a record taken from the library its
// library value again: the plan no longer overrides it.
func (r *Record) RevertToLibrary(f *Field) {
	if !r.FromLibrary() {
		return
	}
	delete(r.Facts.Local, f.ID)
	delete(r.Facts.Unset, f.ID)
	var v *Value
	if r.Facts.From != nil {
		v = r.Facts.From.Values[f.ID].Clone()
		if v != nil {
			v.Pos = r.Pos
		}
	}
	r.Set(f, v)
}

// Overrides reports whether the plan sets a field of a record taken from
// the library itself (the editor marks it, and offers to revert it).
func (r *Record) Overrides(f *Field) bool { return r.FromLibrary() && r.writes(f) }

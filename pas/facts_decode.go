package pas

import (
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// FactsVersion is the version of the facts library format (the
// facts_version key of company.yaml).
const FactsVersion = 1

// facts decodes the plan's "facts" key: the path of its library.
func (d *decoder) facts(n *yaml.Node) {
	if n.Kind != yaml.ScalarNode || isNull(n) || strings.TrimSpace(n.Value) == "" {
		d.fail(n, T("facts : le chemin de la bibliothèque de faits (un fichier ou un dossier, relatif au plan) est attendu",
			"facts: the path of the facts library (a file or a folder, relative to the plan) is expected"))
		return
	}
	d.plan.Facts = &Facts{Path: strings.TrimSpace(n.Value), Pos: posOf(n)}
}

// frozenPart decodes the plan's "frozen" part: the library's fingerprint
// and the records and texts the plan used when it was issued, in the
// shape of a library.
func (d *decoder) frozenPart(n *yaml.Node) {
	if n.Kind != yaml.MappingNode {
		d.fail(n, T("frozen : une table {sha256, listes, texts} est attendue", "frozen: a mapping {sha256, lists, texts} is expected"))
		return
	}
	fz := &Frozen{Pos: posOf(n), Lib: newLibrary("")}
	sub := d.sub()
	sub.pairs(n, "frozen", func(key string, k, v *yaml.Node) {
		switch {
		case key == "sha256":
			fz.SHA256 = sub.text(v, "frozen.sha256")
			if !sha256Pattern.MatchString(fz.SHA256) {
				sub.fail(v, T("frozen.sha256 : 64 chiffres hexadécimaux en minuscules", "frozen.sha256: 64 lower-case hexadecimal digits"))
			}
		case key == "texts":
			sub.texts(v, fz.Lib, d.file)
		case d.cat.Section(key) != nil:
			sub.section(d.cat.Section(key), k, v)
		default:
			sub.fail(k, Textf("clé inconnue « %s » dans frozen (sha256, listes partagées, texts)", "unknown key %q in frozen (sha256, shared lists, texts)", key))
		}
	})
	if fz.SHA256 == "" {
		sub.fail(n, T("frozen : sha256 est obligatoire", "frozen: sha256 is required"))
	}
	if len(sub.problems) == 0 {
		sub.collect(fz.Lib, d.file)
	}
	d.join(sub)
	if len(d.problems) == 0 {
		d.problems = append(d.problems, flatten(d.cat, fz.Lib)...)
	}
	d.frozen = fz
}

// sub returns a decoder for a part written in the shape of a library,
// reporting in the same file.
func (d *decoder) sub() *decoder {
	p := NewPlan(d.cat, "")
	p.src = nil
	return &decoder{file: d.file, cat: d.cat, plan: p, lib: true}
}

// join takes the problems and empty nodes of a sub-decoder.
func (d *decoder) join(sub *decoder) {
	for _, p := range sub.problems {
		if len(d.problems) < maxProblems {
			d.problems = append(d.problems, p)
		}
	}
	for n := range sub.hollow {
		d.empty(n)
	}
}

// checkFacts ends the decoding of a plan: a plan that names records or
// texts of a library must name the library, and a frozen part belongs to
// a plan that has one.
func (d *decoder) checkFacts() {
	if d.frozen != nil {
		if d.plan.Facts == nil {
			d.fail(&yaml.Node{Line: d.frozen.Pos.Line, Column: d.frozen.Pos.Col}, T(
				"frozen : ces valeurs figées viennent d'une bibliothèque de faits que le plan ne nomme pas (facts: CHEMIN)",
				"frozen: these pinned values come from a facts library the plan does not name (facts: PATH)"))
		} else {
			d.plan.Facts.Frozen = d.frozen
		}
	}
	if d.plan.Facts != nil {
		return
	}
	for _, at := range d.uses {
		d.fail(&yaml.Node{Line: at.Line, Column: at.Col}, T(
			"« use » désigne un élément de la bibliothèque de faits, mais le plan n'en nomme aucune : ajoutez « facts: company.yaml » (son chemin relatif au plan)",
			"\"use\" names an item of the facts library, but the plan names none: add \"facts: company.yaml\" (its path, relative to the plan)"))
	}
}

// useRecord ends the decoding of a record written with "use": in a plan,
// the library record it takes (its id is the library's; the fields
// beside "use" override the library's values, an empty one clears it);
// in a library, a record deriving from another one under its own id.
func (d *decoder) useRecord(f *Field, r *Record, use *yaml.Node, cleared []string, ids map[string]bool) *Record {
	if use.Kind != yaml.ScalarNode || !ValidRecordID(use.Value) {
		d.fail(use, Textf("%s : « use » attend l'identifiant d'un élément de la bibliothèque de faits, pas « %s »",
			"%s: \"use\" expects the id of a facts library record, not %q", f.Path, use.Value))
		return nil
	}
	rf := &RecordFacts{Use: use.Value, Local: r.Values, Pos: posOf(use)}
	if len(cleared) > 0 {
		rf.Unset = map[string]bool{}
		for _, id := range cleared {
			rf.Unset[id] = true
		}
	}
	if d.lib {
		switch {
		case r.ID == "":
			d.fail(use, Textf("%s : un élément qui dérive de « %s » a besoin de son propre id", "%s: a record deriving from %q needs its own id", f.Path, use.Value))
			return nil
		case r.ID == use.Value:
			d.fail(use, Textf("%s[%s] : un élément ne peut pas dériver de lui-même", "%s[%s]: a record cannot derive from itself", f.Path, r.ID))
			return nil
		}
		r.Facts = rf
		d.derived = append(d.derived, r)
		return r
	}
	if r.ID != "" {
		d.fail(use, Textf("%s : un élément repris de la bibliothèque garde son identifiant : écrivez « use: %s » sans « id » (ou retirez « use » pour en faire un élément propre au plan)",
			"%s: a record taken from the library keeps its id: write \"use: %s\" without \"id\" (or remove \"use\" to make it a record of this plan)", f.Path, use.Value))
		return nil
	}
	if ids[use.Value] {
		d.fail(use, Textf("%s : identifiant « %s » en double", "%s: duplicate id %q", f.Path, use.Value))
	}
	ids[use.Value] = true
	r.ID, r.Facts, r.Values = use.Value, rf, cloneValues(rf.Local)
	d.uses = append(d.uses, rf.Pos)
	return r
}

// textUse decodes the "use" key of a text value: the id of a standard
// text of the library.
func (d *decoder) textUse(f *Field, v *yaml.Node) string {
	switch {
	case f.Kind != KText && f.Kind != KLongText:
		d.fail(v, Textf("%s : « use » reprend un texte type de la bibliothèque : pour les champs de texte seulement", "%s: \"use\" takes a standard text of the library: for text fields only", f.Path))
		return ""
	case d.lib:
		d.fail(v, Textf("%s : une bibliothèque de faits écrit ses textes en entier (« use » est pour les plans)", "%s: a facts library writes its texts out (\"use\" is for plans)", f.Path))
		return ""
	case v.Kind != yaml.ScalarNode || !ValidRecordID(v.Value):
		d.fail(v, Textf("%s : « use » attend l'identifiant d'un texte de la bibliothèque, pas « %s »", "%s: \"use\" expects the id of a library text, not %q", f.Path, v.Value))
		return ""
	}
	d.uses = append(d.uses, posOf(v))
	return v.Value
}

// texts decodes a list of standard texts: {id, text}.
func (d *decoder) texts(n *yaml.Node, lib *Library, file string) {
	if isNull(n) {
		return
	}
	if n.Kind != yaml.SequenceNode {
		d.fail(n, T("texts : une liste de textes (- id: …, text: …) est attendue", "texts: a list of texts (- id: …, text: …) is expected"))
		return
	}
	for _, item := range n.Content {
		item = resolve(item)
		if item.Kind != yaml.MappingNode {
			d.fail(item, T("texts : chaque texte est une table {id, text}", "texts: each text is a mapping {id, text}"))
			continue
		}
		t := &LibText{File: file, Pos: posOf(item)}
		d.pairs(item, "texts", func(key string, k, v *yaml.Node) {
			switch key {
			case "id":
				if v.Kind != yaml.ScalarNode || !ValidRecordID(v.Value) {
					d.fail(v, Textf("texts : identifiant invalide « %s » (lettres, chiffres, . _ -)", "texts: invalid id %q (letters, digits, . _ -)", v.Value))
					return
				}
				t.ID = v.Value
			case "text":
				t.Text = cleanLongText(d.text(v, "texts.text"))
			default:
				d.fail(k, Textf("clé inconnue « %s » dans texts (id, text)", "unknown key %q in texts (id, text)", key))
			}
		})
		switch {
		case t.ID == "" || strings.TrimSpace(t.Text) == "":
			d.fail(item, T("texts : id et text sont obligatoires", "texts: id and text are required"))
		case lib.textByID[t.ID] != nil:
			d.fail(item, Textf("texts : identifiant « %s » en double", "texts: duplicate id %q", t.ID))
		default:
			lib.addText(t)
		}
	}
}

// collect moves the records a library decoder read into the library.
func (d *decoder) collect(lib *Library, file string) {
	for _, list := range d.cat.SharedLists() {
		for _, r := range d.plan.Records(list) {
			if prev := lib.byID[list][r.ID]; prev != nil {
				d.failIn(r.Pos, Textf("%s : identifiant « %s » en double (déjà dans %s, ligne %d)", "%s: duplicate id %q (already in %s, line %d)",
					list.Path, r.ID, prev.File, prev.Pos.Line))
				continue
			}
			lib.addRecord(list, &LibRecord{Record: r, File: file})
		}
	}
}

func (d *decoder) failIn(at Pos, msg Text) {
	if len(d.problems) < maxProblems {
		d.problems = append(d.problems, Problem{Pos: at, Msg: msg})
	}
}

func sharedPaths(cat *Catalogue) string {
	var out []string
	for _, f := range cat.SharedLists() {
		out = append(out, f.Path)
	}
	return strings.Join(out, ", ")
}

// LibraryFile is one file of a facts library: its name and bytes.
type LibraryFile struct {
	Name string
	Data []byte
}

// DecodeLibrary reads a facts library from the bytes of its files, in
// order, strictly against the catalogue, as Decode reads a plan: an
// unknown key, a wrong type, an invalid value, an id twice in a list, a
// record deriving from an unknown one or from itself through others (a
// cycle of overrides), a reference to no record of the library, or a
// partner's commitment that cannot be (see Field.Invalid) is a
// *LoadError naming the file, line and column. root names the library
// (its file or folder) in messages. Like Decode, it reads no file.
func DecodeLibrary(root string, files []LibraryFile, cat *Catalogue) (*Library, error) {
	lib := newLibrary(root)
	var problems []Problem
	for _, f := range files {
		lib.Files = append(lib.Files, f.Name)
		d := &decoder{file: f.Name, cat: cat, plan: NewPlan(cat, ""), lib: true}
		d.plan.src = nil
		if doc, err := ParseYAML(f.Data, f.Name); err != nil {
			d.problems = append(d.problems, err.(*LoadError).Problems...) // ParseYAML's errors are *LoadError
		} else {
			d.libraryTop(doc, lib)
		}
		problems = append(problems, inFile(f.Name, d.problems)...)
	}
	if len(problems) == 0 {
		problems = append(problems, flatten(cat, lib)...)
	}
	if len(problems) == 0 {
		problems = append(problems, libraryRefs(cat, lib)...)
		problems = append(problems, invalidRecords(cat, lib)...)
	}
	if len(problems) > 0 {
		return nil, &LoadError{File: root, Problems: capProblems(problems)}
	}
	lib.SHA256 = libraryHash(root, files)
	return lib, nil
}

func inFile(name string, ps []Problem) []Problem {
	for i := range ps {
		if ps[i].File == "" {
			ps[i].File = name
		}
	}
	return ps
}

func capProblems(ps []Problem) []Problem {
	if len(ps) > maxProblems {
		return ps[:maxProblems]
	}
	return ps
}

// libraryTop decodes one file of a library.
func (d *decoder) libraryTop(doc *yaml.Node, lib *Library) {
	root := doc
	if doc.Kind == yaml.DocumentNode && len(doc.Content) > 0 {
		root = resolve(doc.Content[0])
	}
	if root.Kind != yaml.MappingNode {
		d.fail(root, T("une bibliothèque de faits est une table de clés (facts_version, listes, texts, commitments)",
			"a facts library is a mapping of keys (facts_version, lists, texts, commitments)"))
		return
	}
	version := false
	d.pairs(root, "library", func(key string, k, v *yaml.Node) {
		switch {
		case key == "facts_version":
			version = true
			n, err := strconv.Atoi(v.Value)
			switch {
			case v.Kind != yaml.ScalarNode || err != nil:
				d.fail(v, T("facts_version : un entier est attendu", "facts_version: an integer is expected"))
			case n != FactsVersion:
				d.fail(v, Textf("facts_version %d non pris en charge : cette version de pas lit la version %d",
					"facts_version %d is not supported: this version of pas reads version %d", n, FactsVersion))
			}
		case key == "lang":
			l, ok := ParseLang(v.Value)
			if v.Kind != yaml.ScalarNode || !ok {
				d.fail(v, T("lang : fr ou en", "lang: fr or en"))
			}
			lib.Lang = l
		case key == "texts":
			d.texts(v, lib, d.file)
		case key == "commitments":
			d.commitments(v, lib)
		case d.cat.Section(key) != nil:
			d.section(d.cat.Section(key), k, v)
		default:
			d.fail(k, Textf("clé inconnue « %s » dans une bibliothèque de faits (facts_version, lang, %s, texts, commitments)",
				"unknown key %q in a facts library (facts_version, lang, %s, texts, commitments)", key, sharedPaths(d.cat)))
		}
	})
	if !version && len(d.problems) == 0 {
		d.fail(root, Textf("facts_version manquant (%d attendu) : est-ce bien une bibliothèque de faits ?", "facts_version is missing (%d expected): is this a facts library?", FactsVersion, FactsVersion))
	}
	if len(d.problems) == 0 {
		d.collect(lib, d.file)
	}
}

// commitments decodes the partners' commitments of a library.
func (d *decoder) commitments(n *yaml.Node, lib *Library) {
	f := d.cat.Commitments
	if f == nil {
		d.fail(n, T("commitments : ce catalogue ne déclare pas d'engagements de partenaires", "commitments: this catalogue declares no partners' commitments"))
		return
	}
	for _, r := range d.list(f, n).Records {
		lib.commitments = append(lib.commitments, &LibRecord{Record: r, File: d.file})
	}
}

// flatten resolves the records of a library that derive from others: a
// derived record holds its base's values with its own on top. A cycle of
// derivations, or a base the list does not hold, is a problem at "use".
func flatten(cat *Catalogue, lib *Library) []Problem {
	var problems []Problem
	for _, list := range cat.SharedLists() {
		state := map[string]uint8{} // 1 visiting, 2 done
		var visit func(r *LibRecord, chain []string) bool
		visit = func(r *LibRecord, chain []string) bool {
			if r.Facts == nil || state[r.ID] == 2 {
				return true
			}
			at := Problem{File: r.File, Pos: r.Facts.Pos}
			if state[r.ID] == 1 {
				at.Msg = Textf("%s : cycle de dérivations (%s)", "%s: cycle of overrides (%s)", list.Path, strings.Join(append(chain, r.ID), " → "))
				problems = append(problems, at)
				return false
			}
			base := lib.byID[list][r.Facts.Use]
			if base == nil {
				at.Msg = Textf("%s[%s] : « use: %s » ne désigne aucun élément de la bibliothèque", "%s[%s]: \"use: %s\" names no record of the library", list.Path, r.ID, r.Facts.Use)
				problems = append(problems, at)
				return false
			}
			state[r.ID] = 1
			ok := visit(base, append(chain, r.ID))
			state[r.ID] = 2
			if ok {
				r.Values = overlay(base.Values, r.Facts, r.Record.Pos, false)
				r.Facts = nil
			}
			return ok
		}
		for _, r := range lib.lists[list] {
			if !visit(r, nil) {
				break // one cycle is reported once
			}
		}
	}
	return problems
}

// overlay returns the values of a library record with a plan's (or a
// derived record's) own values on top and its cleared fields removed.
// With at set, the library's values take that position: a finding about
// them points at the plan's "use".
func overlay(base map[string]*Value, rf *RecordFacts, at Pos, move bool) map[string]*Value {
	out := make(map[string]*Value, len(base)+len(rf.Local))
	for k, v := range base {
		c := v.Clone()
		if move {
			c.Pos = at
		}
		out[k] = c
	}
	for k, v := range rf.Local {
		out[k] = v.Clone()
	}
	for k := range rf.Unset {
		delete(out, k)
	}
	return out
}

// libraryRefs checks that every reference of a library record names a
// record of the library: a library stands on its own.
func libraryRefs(cat *Catalogue, lib *Library) []Problem {
	var problems []Problem
	check := func(list *Field, r *LibRecord) {
		for _, rf := range list.Fields {
			v := r.Values[rf.ID]
			if !v.IsSet() || (rf.Kind != KRef && rf.Kind != KRefs) {
				continue
			}
			target := cat.Field(rf.Ref)
			ids := v.List
			if rf.Kind == KRef {
				ids = []string{v.Str}
			}
			for _, id := range ids {
				if lib.byID[target][id] == nil {
					problems = append(problems, Problem{File: r.File, Pos: v.Pos, Msg: Textf(
						"%s[%s].%s : « %s » ne désigne aucun élément de %s dans la bibliothèque",
						"%s[%s].%s: %q names no record of %s in the library", list.Path, r.ID, rf.ID, id, target.Path)})
				}
			}
		}
	}
	for _, list := range cat.SharedLists() {
		for _, r := range lib.lists[list] {
			check(list, r)
		}
	}
	if cat.Commitments != nil {
		seen := map[string]*LibRecord{}
		for _, r := range lib.commitments {
			if prev := seen[r.ID]; prev != nil {
				problems = append(problems, Problem{File: r.File, Pos: r.Pos, Msg: Textf("commitments : identifiant « %s » en double (déjà dans %s, ligne %d)",
					"commitments: duplicate id %q (already in %s, line %d)", r.ID, prev.File, prev.Pos.Line)})
			}
			seen[r.ID] = r
			check(cat.Commitments, r)
		}
	}
	return problems
}

// invalidRecords runs the catalogue's record checks on the library's
// records (partners' values that cannot be).
func invalidRecords(cat *Catalogue, lib *Library) []Problem {
	var problems []Problem
	run := func(list *Field, recs []*LibRecord) {
		if list == nil || list.Invalid == nil {
			return
		}
		for _, r := range recs {
			for _, p := range list.Invalid(r.Record) {
				at := r.Pos
				path := list.Path + "[" + r.ID + "]"
				if p.Field != nil {
					path += "." + p.Field.ID
					if v := r.Values[p.Field.ID]; v != nil {
						at = v.Pos
					}
				}
				problems = append(problems, Problem{File: r.File, Pos: at, Msg: Textf("%s : %s", "%s: %s", path, p.Msg)})
			}
		}
	}
	for _, list := range cat.SharedLists() {
		run(list, lib.lists[list])
	}
	run(cat.Commitments, lib.commitments)
	return problems
}

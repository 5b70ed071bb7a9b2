package pas

import (
	"strings"

	"gopkg.in/yaml.v3"
)

func isNull(n *yaml.Node) bool { return n.Kind == yaml.ScalarNode && n.Tag == "!!null" }

// value decodes a field's value: a plain value (committed), or a mapping
// {value, state, question, owner, due} for a value to confirm or an open
// question. A null value, or blank text, is no value.
func (d *decoder) value(f *Field, n *yaml.Node) *Value {
	if isNull(n) || isBlankText(f, n) {
		return nil
	}
	if isWrapper(f, n) {
		return d.wrapped(f, n)
	}
	return d.plain(f, n)
}

// plain decodes a committed value, reporting a bad item at its own line.
func (d *decoder) plain(f *Field, n *yaml.Node) *Value {
	v, at, msg := decodeScalar(f, n)
	if v == nil {
		d.fail(at, Textf("%s : %s", "%s: %s", f.Path, msg))
		return nil
	}
	v.Pos = posOf(n)
	return v
}

// isWrapper tells the {value, state, …} form from a plain value: any
// mapping, except for a RACI row, whose own mapping only counts as a
// wrapper when it holds a "state" key set to a state name (never RACI
// letters).
func isWrapper(f *Field, n *yaml.Node) bool {
	if n.Kind != yaml.MappingNode {
		return false
	}
	if f.Kind != KRACI {
		return true
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if k, v := resolve(n.Content[i]), resolve(n.Content[i+1]); k.Value == "state" && v.Kind == yaml.ScalarNode {
			_, ok := ParseState(v.Value)
			return ok
		}
	}
	return false
}

// isBlankText reports whether a text field holds only spaces.
func isBlankText(f *Field, n *yaml.Node) bool {
	return (f.Kind == KText || f.Kind == KLongText || f.Kind == KURL) && n.Kind == yaml.ScalarNode && strings.TrimSpace(n.Value) == ""
}

func (d *decoder) wrapped(f *Field, n *yaml.Node) *Value {
	out := &Value{Pos: posOf(n)}
	var stateSeen, useSeen bool
	d.pairs(n, f.Path, func(key string, k, v *yaml.Node) {
		switch key {
		case "value":
			if isNull(v) || isBlankText(f, v) {
				return
			}
			if inner := d.plain(f, v); inner != nil { // no wrapper inside a wrapper
				st, q, o, due, fc, use := out.State, out.Question, out.Owner, out.Due, out.ForClient, out.Use
				*out = *inner
				out.State, out.Question, out.Owner, out.Due, out.ForClient, out.Use, out.Pos = st, q, o, due, fc, use, posOf(n)
			}
		case "use":
			useSeen = true
			out.Use = d.textUse(f, v)
		case "state":
			st, ok := ParseState(v.Value)
			if v.Kind != yaml.ScalarNode || !ok {
				d.fail(v, Textf("%s.state : to_confirm, open ou committed", "%s.state: to_confirm, open or committed", f.Path))
			}
			out.State, stateSeen = st, true
		case "question":
			out.Question = strings.TrimSpace(d.text(v, f.Path+".question"))
		case "owner":
			out.Owner = strings.TrimSpace(d.text(v, f.Path+".owner"))
		case "due":
			due, err := ParseDate(v.Value)
			if err != nil || v.Kind != yaml.ScalarNode {
				d.fail(v, Textf("%s.due : date invalide", "%s.due: invalid date", f.Path))
			}
			out.Due = due
		case "for_client":
			if v.Kind != yaml.ScalarNode || (v.Value != "true" && v.Value != "false") {
				d.fail(v, Textf("%s.for_client : true ou false", "%s.for_client: true or false", f.Path))
			}
			out.ForClient = v.Value == "true"
		default:
			d.fail(k, Textf("clé inconnue « %s » dans %s (value, state, question, owner, due, for_client, use)",
				"unknown key %q in %s (value, state, question, owner, due, for_client, use)", key, f.Path))
		}
	})
	if !stateSeen && !useSeen {
		d.fail(n, Textf("%s : « state » manque (to_confirm ou open)", "%s: \"state\" is missing (to_confirm or open)", f.Path))
	}
	if out.State == Committed && (stateSeen || out.Use != "") {
		switch {
		case !out.Has && out.Use == "":
			d.fail(n, Textf("%s : une valeur engagée doit avoir « value »", "%s: a committed value needs \"value\"", f.Path))
		case out.Question != "" || out.Owner != "" || !out.Due.IsZero() || out.ForClient:
			d.fail(n, Textf("%s : question, owner, due et for_client vont avec to_confirm ou open", "%s: question, owner, due and for_client go with to_confirm or open", f.Path))
		}
	}
	return out
}

// decodeScalar reads the YAML form of a value; on failure it returns nil,
// the node at fault (an item of a list, a cell of a RACI row) and the
// reason.
func decodeScalar(f *Field, n *yaml.Node) (*Value, *yaml.Node, Text) {
	v := &Value{Has: true}
	switch f.Kind {
	case KSet, KCountries, KRefs:
		if n.Kind != yaml.SequenceNode {
			return nil, n, T("une liste est attendue ([a, b])", "a list is expected ([a, b])")
		}
		list, at, msg := decodeItems(f, n)
		if list == nil && !msg.IsZero() {
			return nil, at, msg
		}
		v.List = list
		if f.Kind == KSet {
			v.List = f.sortOptions(list)
		}
		return v, nil, Text{}
	case KRACI:
		return decodeRACI(n)
	}
	if n.Kind != yaml.ScalarNode {
		return nil, n, T("une valeur simple est attendue", "a single value is expected")
	}
	v, msg := decodeOne(f, n.Value, v)
	return v, n, msg
}

func decodeOne(f *Field, s string, v *Value) (*Value, Text) {
	var err error
	switch f.Kind {
	case KText:
		v.Str = s
	case KLongText:
		v.Str = cleanLongText(s)
	case KEnum:
		if f.Option(s) == nil {
			return nil, optionError(f, s)
		}
		v.Str = s
	default:
		var parsed *Value
		parsed, err = ParseInput(f, s)
		if err == nil && parsed == nil {
			return nil, T("valeur vide", "empty value")
		}
		if err == nil {
			parsed.Has = true
			return parsed, Text{}
		}
	}
	if err != nil {
		return nil, errText(err)
	}
	return v, Text{}
}

func decodeItems(f *Field, n *yaml.Node) ([]string, *yaml.Node, Text) {
	out := []string{}
	seen := map[string]bool{}
	for _, item := range n.Content {
		item = resolve(item)
		if item.Kind != yaml.ScalarNode || isNull(item) {
			return nil, item, T("chaque élément doit être une valeur simple", "each item must be a single value")
		}
		var s string
		var err error
		switch f.Kind {
		case KSet:
			if f.Option(item.Value) == nil {
				return nil, item, optionError(f, item.Value)
			}
			s = item.Value
		case KCountries:
			s, err = ParseCountry(item.Value)
		default:
			s, err = parseRecordID(item.Value)
		}
		if err != nil {
			return nil, item, errText(err)
		}
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out, nil, Text{}
}

func decodeRACI(n *yaml.Node) (*Value, *yaml.Node, Text) {
	if n.Kind != yaml.MappingNode {
		return nil, n, T("une table « partie: lettres » est attendue ({cli: RA, int: C})", "a mapping of party: letters is expected ({cli: RA, int: C})")
	}
	v := &Value{Has: true, RACI: map[string]string{}}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := resolve(n.Content[i]), resolve(n.Content[i+1])
		if _, err := parseRecordID(k.Value); err != nil || k.Kind != yaml.ScalarNode {
			return nil, k, Textf("partie invalide « %s »", "invalid party %q", k.Value)
		}
		if _, dup := v.RACI[k.Value]; dup {
			return nil, k, Textf("partie « %s » en double", "duplicate party %q", k.Value)
		}
		letters, err := ParseRACI(val.Value)
		if err != nil || val.Kind != yaml.ScalarNode {
			return nil, val, Textf("lettres RACI invalides pour %s : R, A, C, I", "invalid RACI letters for %s: R, A, C, I", k.Value)
		}
		if letters != "" {
			v.RACI[k.Value] = letters
		}
	}
	return v, nil, Text{}
}

func optionError(f *Field, s string) Text {
	vals := make([]string, len(f.Options))
	for i, o := range f.Options {
		vals[i] = o.Value
	}
	return Textf("valeur « %s » invalide ; valeurs possibles : %s", "invalid value %q; allowed values: %s", s, strings.Join(vals, ", "))
}

func errText(err error) Text {
	if ie, ok := err.(*InputError); ok {
		return ie.Msg
	}
	return T(err.Error(), err.Error())
}

// list decodes the records of a list field.
func (d *decoder) list(f *Field, n *yaml.Node) *List {
	l := &List{}
	if isNull(n) {
		return l
	}
	if n.Kind != yaml.SequenceNode {
		d.fail(n, Textf("%s : une liste d'éléments est attendue (- id: …)", "%s: a list of items is expected (- id: …)", f.Path))
		return l
	}
	ids := map[string]bool{}
	for _, item := range n.Content {
		item = resolve(item)
		if item.Kind != yaml.MappingNode {
			d.fail(item, Textf("%s : chaque élément est une table de clés", "%s: each item is a mapping", f.Path))
			continue
		}
		if r := d.record(f, item, ids); r != nil {
			l.Records = append(l.Records, r)
		}
	}
	return l
}

func (d *decoder) record(f *Field, n *yaml.Node, ids map[string]bool) *Record {
	r := &Record{Pos: posOf(n)}
	var use *yaml.Node
	var cleared []string
	d.pairs(n, f.Path, func(key string, k, v *yaml.Node) {
		if key == "use" && f.Shared {
			use = v
			return
		}
		if key == "id" {
			if v.Kind != yaml.ScalarNode || !ValidRecordID(v.Value) {
				d.fail(v, Textf("%s : identifiant invalide « %s » (lettres, chiffres, . _ -)", "%s: invalid id %q (letters, digits, . _ -)", f.Path, v.Value))
				return
			}
			if ids[v.Value] {
				d.fail(v, Textf("%s : identifiant « %s » en double", "%s: duplicate id %q", f.Path, v.Value))
			}
			ids[v.Value], r.ID = true, v.Value
			return
		}
		rf := f.RecordField(key)
		if rf == nil {
			d.fail(k, Textf("clé inconnue « %s » dans %s", "unknown key %q in %s", key, f.Path))
			return
		}
		if val := d.value(rf, v); val != nil {
			r.Set(rf, val)
		} else {
			d.empty(v)
			cleared = append(cleared, rf.ID)
		}
	})
	if use != nil {
		return d.useRecord(f, r, use, cleared, ids)
	}
	if r.ID == "" {
		d.fail(n, Textf("%s : « id » manque", "%s: \"id\" is missing", f.Path))
		return nil
	}
	return r
}

func (d *decoder) policy(n *yaml.Node) {
	if isNull(n) {
		d.empty(n)
		return
	}
	if n.Kind != yaml.MappingNode {
		d.fail(n, T("policy : une table de clés est attendue", "policy: a mapping is expected"))
		return
	}
	d.pairs(n, "policy", func(key string, k, v *yaml.Node) {
		f := d.cat.PolicyField(key)
		if f == nil {
			d.fail(k, Textf("seuil inconnu « %s » dans policy", "unknown threshold %q in policy", key))
			return
		}
		if v.Kind == yaml.MappingNode {
			d.fail(v, Textf("policy.%s : un seuil est une valeur simple", "policy.%s: a threshold is a single value", key))
			return
		}
		if val := d.value(f, v); val != nil {
			d.plan.Policy[key] = val
		} else {
			d.empty(v)
		}
	})
	if len(d.plan.Policy) == 0 {
		d.empty(n)
	}
}

func (d *decoder) waivers(n *yaml.Node) {
	if isNull(n) || n.Kind == yaml.SequenceNode && len(n.Content) == 0 {
		d.empty(n)
		return
	}
	if n.Kind != yaml.SequenceNode {
		d.fail(n, T("waivers : une liste est attendue", "waivers: a list is expected"))
		return
	}
	for _, item := range n.Content {
		item = resolve(item)
		if item.Kind != yaml.MappingNode {
			d.fail(item, T("waivers : chaque dérogation est une table de clés", "waivers: each waiver is a mapping"))
			continue
		}
		d.plan.Waivers = append(d.plan.Waivers, d.waiver(item))
	}
}

func (d *decoder) waiver(n *yaml.Node) *Waiver {
	w := &Waiver{Pos: posOf(n)}
	d.pairs(n, "waivers", func(key string, k, v *yaml.Node) {
		switch key {
		case "rule":
			w.Rule = d.text(v, "waivers.rule")
			if r := d.cat.Rule(w.Rule); r == nil {
				d.fail(v, Textf("waivers : règle inconnue « %s » (voir « pas rules »)", "waivers: unknown rule %q (see \"pas rules\")", w.Rule))
			} else if r.NoWaiver {
				d.fail(v, Textf("waivers : la règle %s n'admet pas de dérogation", "waivers: rule %s cannot be waived", w.Rule))
			}
		case "item":
			w.Item = d.text(v, "waivers.item")
		case "reason":
			w.Reason = strings.TrimSpace(d.text(v, "waivers.reason"))
		case "approver":
			w.Approver = strings.TrimSpace(d.text(v, "waivers.approver"))
		case "date", "expires":
			dt, err := ParseDate(v.Value)
			if err != nil || v.Kind != yaml.ScalarNode {
				d.fail(v, Textf("waivers.%s : date invalide ; écrivez-la AAAA-MM-JJ (2026-11-20)", "waivers.%s: invalid date; write it as YYYY-MM-DD (2026-11-20)", key))
			}
			if key == "date" {
				w.Date = dt
			} else {
				w.Expires = dt
			}
		default:
			d.fail(k, Textf("clé inconnue « %s » dans waivers (rule, item, reason, approver, date, expires)",
				"unknown key %q in waivers (rule, item, reason, approver, date, expires)", key))
		}
	})
	if w.Rule == "" || w.Reason == "" || w.Approver == "" || w.Date.IsZero() {
		d.fail(n, T("waivers : rule, reason, approver et date sont obligatoires", "waivers: rule, reason, approver and date are required"))
	}
	return w
}

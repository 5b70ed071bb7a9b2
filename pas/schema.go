package pas

import (
	"encoding/json"
	"strconv"
	"strings"
)

// SchemaID is the identifier of the JSON Schema of plan.yaml, for the
// version this build writes.
var SchemaID = "https://github.com/pas-editor/pas/schema/plan-" + strconv.Itoa(SchemaVersion) + ".json"

type obj = map[string]any

// Schema returns the JSON Schema (draft 2020-12) of plan.yaml for this
// catalogue, with only standard keywords and formats, so that strict
// validators and yaml-language-server accept it. It documents the
// canonical forms pas writes; pas itself also reads what people type
// (French durations, dates with slashes, country names).
func Schema(cat *Catalogue) []byte {
	props := obj{
		"schema_version": obj{"enum": schemaVersions(), "description": "Version of the plan.yaml format."},
		"lang":           obj{"enum": []any{"fr", "en"}, "description": "Language of the plan and of its document."},
		"requirements": obj{"type": "string", "pattern": "^[^\\n\\r]+$",
			"description": "File holding the buyer's requirement grid answered with this plan (pas grid import), relative to the plan; from schema_version " + strconv.Itoa(requirementsVersion) + "."},
	}
	for _, s := range cat.Sections {
		props[s.ID] = sectionSchema(s)
	}
	pol := obj{}
	for _, f := range cat.Policy {
		pol[f.ID] = withDescription(scalarSchema(f), f)
	}
	props["policy"] = obj{"type": "object", "additionalProperties": false, "properties": pol,
		"description": "Thresholds that are conventions rather than norms; unset ones take their documented default."}
	props["waivers"] = waiversSchema(cat)
	props["baseline"] = baselineSchema()
	props["conflicts"] = conflictsSchema()
	props["facts"] = obj{"type": "string", "pattern": `\S`,
		"description": "The company's facts library (format 2): a YAML file or a folder of them, relative to the plan. Records of the shared lists are taken with \"- use: ID\" (the library's id; the fields written beside it override the library's values, null clears one), standard texts with {use: ID}. Library ids enter the plan only through \"use\": within a list an id names one record, the plan's own or the library's."}
	props["frozen"] = frozenSchema(cat)
	return schemaDocument(SchemaID, "Plan d'Assurance Sécurité / Security Assurance Plan (pas)", "schema_version", props)
}

// schemaDocument writes a JSON Schema document (draft 2020-12) whose root
// object has these properties, the required key and the shared $defs.
func schemaDocument(id, title, required string, props obj) []byte {
	root := obj{
		"$schema":              "https://json-schema.org/draft/2020-12/schema",
		"$id":                  id,
		"title":                title,
		"type":                 "object",
		"additionalProperties": false,
		"required":             []any{required},
		"properties":           props,
		"$defs":                schemaDefs(),
	}
	data, err := json.MarshalIndent(root, "", "  ")
	if err != nil {
		panic("pas: schema of plain maps cannot fail to marshal: " + err.Error())
	}
	return append(data, '\n')
}

// schemaDefs are the definitions the schemas of plans and libraries share.
func schemaDefs() obj {
	return obj{
		"date":     obj{"type": "string", "format": "date"},
		"duration": obj{"type": "string", "pattern": `^[0-9]+ ?(min|h|d|bd|w|mo|y)$`},
		"id":       obj{"type": "string", "pattern": recordIDPattern.String()},
		"country":  obj{"enum": countryCodes()},
	}
}

func sectionSchema(s *Section) obj {
	root := obj{"not_applicable": obj{"type": "string", "description": "Marks the section not applicable; the text is the mandatory justification."},
		"notes": obj{"type": "string", "description": "Internal notes: never rendered in the client's document."}}
	groups := map[string]obj{"": root}
	for _, f := range s.Fields {
		props := groupProps(s, groups, f.Group())
		props[f.Key()] = fieldSchema(f)
	}
	return obj{"type": "object", "additionalProperties": false, "properties": root,
		"description": s.Title.FR + " / " + s.Title.EN}
}

// groupProps returns the properties map of a (nested) group, creating the
// group's object schema in its parent.
func groupProps(s *Section, groups map[string]obj, id string) obj {
	if p, ok := groups[id]; ok {
		return p
	}
	parent := groupProps(s, groups, groupOf(id))
	props := obj{}
	t := s.GroupTitle(id)
	parent[id[strings.LastIndexByte(id, '.')+1:]] = obj{"type": "object", "additionalProperties": false, "properties": props,
		"description": t.FR + " / " + t.EN}
	groups[id] = props
	return props
}

// fieldSchema accepts a committed value, or a value to confirm / an open
// question as {value, state, question, owner, due, for_client}.
func fieldSchema(f *Field) obj {
	if f.Kind == KList {
		return withDescription(listSchema(f), f)
	}
	plain := scalarSchema(f)
	wrapped := obj{"type": "object", "additionalProperties": false, "required": []any{"state"},
		"properties": obj{
			"value":    plain,
			"state":    obj{"enum": []any{"to_confirm", "open", "committed"}},
			"question": obj{"type": "string"},
			"owner":    obj{"type": "string"},
			"due":      obj{"$ref": "#/$defs/date"},
			"for_client": obj{"type": "boolean",
				"description": "La question, le responsable et l'échéance figurent dans le document du client (format 2) / The question, owner and due date appear in the client's document (format 2)"},
		}}
	forms := []any{plain, wrapped}
	if f.Kind == KText || f.Kind == KLongText {
		forms = append(forms, textUseSchema(plain))
	}
	return withDescription(obj{"anyOf": forms}, f)
}

func withDescription(o obj, f *Field) obj {
	d := f.Label.FR
	if f.Help.FR != "" {
		d += " — " + f.Help.FR
	}
	d += "\n\n" + f.Label.EN
	if f.Help.EN != "" {
		d += " — " + f.Help.EN
	}
	if f.Section != nil {
		d += "\n\nAnswered by: " + f.Answerer().String()
	}
	o["description"] = d
	return o
}

func listSchema(f *Field) obj {
	own := obj{"type": "object", "additionalProperties": false, "required": []any{"id"}, "properties": recordProps(f, "id")}
	if !f.Shared {
		return obj{"type": "array", "items": own}
	}
	return obj{"type": "array", "items": obj{"anyOf": []any{own, useRecordSchema(f)}}}
}

// recordProps are the properties of a record of a list: its key ("id",
// or "use" for a record taken from the library) and its fields.
func recordProps(f *Field, key string) obj {
	props := obj{key: obj{"$ref": "#/$defs/id"}}
	for _, rf := range f.Fields {
		props[rf.ID] = fieldSchema(rf)
	}
	return props
}

func scalarSchema(f *Field) obj {
	switch f.Kind {
	case KText:
		return obj{"type": []any{"string", "number"}}
	case KLongText:
		return obj{"type": "string"}
	case KEnum:
		return obj{"enum": optionValues(f)}
	case KSet:
		return obj{"type": "array", "uniqueItems": true, "items": obj{"enum": optionValues(f)}}
	case KBool:
		return obj{"type": "boolean"}
	case KInt:
		return bounded(obj{"type": "integer", "minimum": 0}, f)
	case KNumber:
		return bounded(obj{"type": "number", "minimum": 0}, f)
	case KPercent:
		return obj{"type": "number", "minimum": 0, "maximum": 100}
	case KDuration:
		return obj{"$ref": "#/$defs/duration"}
	case KDate:
		return obj{"$ref": "#/$defs/date"}
	case KCountry:
		return obj{"$ref": "#/$defs/country"}
	case KCountries:
		return obj{"type": "array", "uniqueItems": true, "items": obj{"$ref": "#/$defs/country"}}
	case KRef:
		return obj{"$ref": "#/$defs/id"}
	case KRefs:
		return obj{"type": "array", "uniqueItems": true, "items": obj{"$ref": "#/$defs/id"}}
	case KURL:
		return obj{"type": "string", "format": "uri", "pattern": "^https?://"}
	case KRACI:
		return obj{"type": "object", "propertyNames": obj{"pattern": recordIDPattern.String()},
			"additionalProperties": obj{"type": "string", "pattern": "^[RACI]*$"}}
	}
	return obj{}
}

func bounded(o obj, f *Field) obj {
	if f.Max > f.Min {
		o["minimum"], o["maximum"] = f.Min, f.Max
	}
	return o
}

// optionValues lists an enum's values; values that look like numbers are
// also accepted as numbers, since YAML reads an unquoted 3 as a number.
func optionValues(f *Field) []any {
	var out []any
	for _, o := range f.Options {
		out = append(out, o.Value)
		if n, err := ParseNumber(o.Value); err == nil && canonicalNumber(n) == o.Value {
			out = append(out, n)
		}
	}
	return out
}

// schemaVersions lists every version this build reads.
func schemaVersions() []any {
	var out []any
	for v := 1; v <= SchemaVersion; v++ {
		out = append(out, v)
	}
	return out
}

func countryCodes() []any {
	out := make([]any, len(countries))
	for i, c := range countries {
		out[i] = c.Code
	}
	return out
}

func waiversSchema(cat *Catalogue) obj {
	var ids []any
	for _, r := range cat.Rules {
		if !r.NoWaiver {
			ids = append(ids, r.ID)
		}
	}
	return obj{"type": "array", "description": "Accepted findings: rule, item (record id or field path), reason, approver, date, optional expiry.",
		"items": obj{"type": "object", "additionalProperties": false, "required": []any{"rule", "reason", "approver", "date"},
			"properties": obj{
				"rule": obj{"enum": ids}, "item": obj{"type": "string"}, "reason": obj{"type": "string"},
				"approver": obj{"type": "string"}, "date": obj{"$ref": "#/$defs/date"}, "expires": obj{"$ref": "#/$defs/date"},
			}}}
}

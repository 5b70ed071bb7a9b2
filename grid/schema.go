package grid

import (
	"encoding/json"
	"strconv"

	"github.com/pas-editor/pas/pas"
)

// SchemaID is the identifier of the JSON Schema of the grid file.
var SchemaID = "https://github.com/pas-editor/pas/schema/grid-" + strconv.Itoa(pas.SchemaVersion) + ".json"

type obj = map[string]any

// Schema returns the JSON Schema (draft 2020-12) of the grid file for a
// catalogue, with standard keywords only: a mapping names chapters or
// fields of the catalogue.
func Schema(cat *pas.Catalogue) []byte {
	var targets []any
	for _, s := range cat.Sections {
		targets = append(targets, s.ID)
		for _, f := range s.Fields {
			targets = append(targets, f.Path)
			for _, rf := range f.Fields {
				targets = append(targets, rf.Path)
			}
		}
	}
	var statuses []any
	for _, s := range Answers {
		statuses = append(statuses, string(s))
	}
	str := obj{"type": "string"}
	col := obj{"type": "string", "pattern": "^[A-Z]{1,3}$"}
	positive := obj{"type": "integer", "minimum": 1}
	mapping := obj{"type": "array", "items": obj{"$ref": "#/$defs/target"}}
	statusWords := obj{}
	for _, s := range Answers {
		statusWords[string(s)] = str
	}
	root := obj{
		"$schema":              "https://json-schema.org/draft/2020-12/schema",
		"$id":                  SchemaID,
		"title":                "Exigences de l'acheteur et réponses / Buyer's requirements and answers (pas grid)",
		"type":                 "object",
		"additionalProperties": false,
		"required":             []any{"schema_version", "source", "requirements"},
		"properties": obj{
			"schema_version": obj{"type": "integer", "minimum": 2, "maximum": pas.SchemaVersion},
			"source": obj{"type": "object", "additionalProperties": false, "required": []any{"file", "format", "columns"},
				"description": "The buyer's file as imported.",
				"properties": obj{
					"file": str, "sha256": obj{"type": "string", "pattern": "^[0-9a-f]{64}$"},
					"format":     obj{"enum": []any{"xlsx", "xlsm", "csv", "ods", "xls"}},
					"sheet":      str,
					"header_row": positive,
					"columns": obj{"type": "object", "additionalProperties": false, "required": []any{"id", "text", "status"},
						"properties": obj{"id": col, "text": col, "priority": col, "status": col, "comment": col, "ref": col}},
					"separator":   obj{"enum": []any{",", ";", "\t"}},
					"encoding":    obj{"enum": []any{encUTF8, encWindows}},
					"statuses":    obj{"type": "object", "additionalProperties": false, "properties": statusWords, "description": "The buyer's word for each status."},
					"minimum":     obj{"type": "array", "items": str, "description": "Priority codes that mean a minimum requirement."},
					"comment_max": positive,
				}},
			"requirements": obj{"type": "array", "items": obj{"type": "object", "additionalProperties": false, "required": []any{"id", "text"},
				"properties": obj{
					"id": str, "row": positive, "category": str, "text": str, "priority": str,
					"proposed": mapping, "map": mapping,
					"status":  obj{"enum": statuses, "description": "The status the user validated: only these are exported."},
					"comment": str,
				}}},
		},
		"$defs": obj{"target": obj{"enum": targets, "description": "A chapter or a field of the plan."}},
	}
	data, err := json.MarshalIndent(root, "", "  ")
	if err != nil {
		panic("grid: schema of plain maps cannot fail to marshal: " + err.Error())
	}
	return append(data, '\n')
}

package pas

// LibrarySchemaID is the identifier of the JSON Schema of a facts
// library (company.yaml).
const LibrarySchemaID = "https://github.com/pas-editor/pas/schema/facts-1.json"

// textUseSchema accepts a standard text of the library: {use: ID}, with
// the plan's own text in "value" when it diverges, and a state.
func textUseSchema(plain obj) obj {
	return obj{"type": "object", "additionalProperties": false, "required": []any{"use"},
		"description": "A standard text of the facts library, by its id; a \"value\" of the plan's own replaces it here.",
		"properties": obj{
			"use":      obj{"$ref": "#/$defs/id"},
			"value":    plain,
			"state":    obj{"enum": []any{"to_confirm", "open", "committed"}},
			"question": obj{"type": "string"},
			"owner":    obj{"type": "string"},
			"due":      obj{"$ref": "#/$defs/date"},
		}}
}

// useRecordSchema accepts a record taken from the library: "use" and the
// fields the plan overrides, null clearing one.
func useRecordSchema(f *Field) obj {
	props := obj{"use": obj{"$ref": "#/$defs/id"}}
	for _, rf := range f.Fields {
		props[rf.ID] = obj{"anyOf": []any{fieldSchema(rf), obj{"type": "null"}}}
	}
	return obj{"type": "object", "additionalProperties": false, "required": []any{"use"}, "properties": props,
		"description": "A record of the facts library, by its id (which it keeps: no \"id\" here). The fields written beside \"use\" override the library's values for this plan (a local override); null clears a value."}
}

// libraryRecordSchema accepts a record of a library: its own id, and
// optionally "use" to derive from another record of the same list.
func libraryRecordSchema(f *Field) obj {
	props := recordProps(f, "id")
	props["use"] = obj{"$ref": "#/$defs/id"}
	for _, rf := range f.Fields {
		props[rf.ID] = obj{"anyOf": []any{fieldSchema(rf), obj{"type": "null"}}}
	}
	return obj{"type": "array", "items": obj{"type": "object", "additionalProperties": false, "required": []any{"id"}, "properties": props},
		"description": "Records of " + f.Path + ". A record with \"use\" derives from another record of this list: its values with this record's on top (null clears one)."}
}

func textsSchema() obj {
	return obj{"type": "array", "description": "Standard texts a plan takes into a text field with {use: ID}.",
		"items": obj{"type": "object", "additionalProperties": false, "required": []any{"id", "text"},
			"properties": obj{"id": obj{"$ref": "#/$defs/id"}, "text": obj{"type": "string", "pattern": `\S`}}}}
}

// libraryLists returns the schema of the shared lists, by section.
func libraryLists(cat *Catalogue, record func(*Field) obj) obj {
	props := obj{}
	for _, s := range cat.Sections {
		groups := map[string]obj{}
		for _, f := range s.Fields {
			if f.Kind != KList || !f.Shared {
				continue
			}
			if groups[""] == nil {
				groups[""] = obj{}
				props[s.ID] = obj{"type": "object", "additionalProperties": false, "properties": groups[""],
					"description": s.Title.FR + " / " + s.Title.EN}
			}
			groupProps(s, groups, f.Group())[f.Key()] = record(f)
		}
	}
	return props
}

func frozenSchema(cat *Catalogue) obj {
	props := libraryLists(cat, func(f *Field) obj { return listSchema(&Field{Kind: KList, Fields: f.Fields, Path: f.Path}) })
	props["sha256"] = obj{"type": "string", "pattern": sha256Pattern.String()}
	props["texts"] = textsSchema()
	return obj{"type": "object", "additionalProperties": false, "required": []any{"sha256"}, "properties": props,
		"description": "What the plan took from its facts library when it was issued (pas freeze, or the save of a plan submitted or contractual): the library's fingerprint then, and the records and texts it uses, in the library's shape. A later change in the library never changes the plan's document; pas impact lists it as to re-issue. Written by pas."}
}

// LibrarySchema returns the JSON Schema (draft 2020-12) of a facts
// library file (company.yaml) for this catalogue.
func LibrarySchema(cat *Catalogue) []byte {
	props := libraryLists(cat, libraryRecordSchema)
	props["facts_version"] = obj{"const": FactsVersion, "description": "Version of the facts library format."}
	props["lang"] = obj{"enum": []any{"fr", "en"}, "description": "Language of the library's texts."}
	props["texts"] = textsSchema()
	if cat.Commitments != nil {
		items := recordProps(cat.Commitments, "id")
		props["commitments"] = obj{"type": "array", "description": withDescription(obj{}, cat.Commitments)["description"],
			"items": obj{"type": "object", "additionalProperties": false, "required": []any{"id"}, "properties": items}}
	}
	return schemaDocument(LibrarySchemaID, "Facts library of a company (pas): records shared by its plans, standard texts, partners' commitments", "facts_version", props)
}

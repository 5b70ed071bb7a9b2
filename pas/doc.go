// Package pas is the domain core of the Plan d'Assurance Sécurité editor.
//
// It holds the plan model (a generic tree of typed values bound to a
// catalogue of sections and fields), strict YAML decoding with positions,
// deterministic YAML encoding, atomic writes, findings and the rule engine,
// completeness, the Markdown writer and the document renderer.
//
// The package knows nothing about any particular PAS section: the concrete
// catalogue lives in package sections, which builds a *Catalogue from these
// types. It imports only the standard library and gopkg.in/yaml.v3.
package pas

// Package pas is the domain core of the Plan d'Assurance Sécurité editor.
//
// It holds the plan model (a generic tree of typed values bound to a
// catalogue of sections and fields), strict YAML decoding with positions,
// deterministic YAML encoding, atomic writes, findings and the rule engine,
// completeness, and the document builder that renders a plan once into the
// document tree of package pas/doc, from which one writer per format
// (pas/doc/markdown…) writes the bytes.
//
// The package knows nothing about any particular PAS section: the concrete
// catalogue lives in package sections, which builds a *Catalogue from these
// types. It imports only the standard library, gopkg.in/yaml.v3 and its own
// document packages under pas/doc, which use the standard library only.
package pas

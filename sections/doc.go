// Package sections declares the PAS catalogue: one file per section, each
// saying what the section is (id, titles and help in French and English,
// fields bound to the plan, when it applies, who answers), the rules it
// checks, the ISO/IEC 27001:2022 Annex A controls it evidences and, where
// the generic layout is not enough, how it renders.
//
// The editor, the renderer, the checker and the JSON Schema all iterate
// the catalogue returned by Catalogue. Adding a section means adding one
// file here that registers it, and its id in the order list.
package sections

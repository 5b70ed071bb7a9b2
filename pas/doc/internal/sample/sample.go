// Package sample builds small document trees for the writers' tests: one
// that uses every kind of node, and one whose every text is hostile.
package sample

import "github.com/pas-editor/pas/pas/doc"

// Document returns a tree that uses every kind of block and inline node,
// with French typography, a wide table and document settings.
func Document() *doc.Document {
	return build(func(s string) string { return s })
}

// Hostile is a string every format must carry as text: markup of every
// format, entities, a CSS and a script ending, control characters, bidi
// overrides, a non-character and invalid UTF-8.
const Hostile = "<w:p>&amp;</w:t>]]><script>alert(1)</script></style>*x* _y_ [l](http://x) | \\ \" ' `c` # \x1b[2J\x00\x07 \u202eevil\u202c \uffff \xff end"

// HostileDocument returns the same tree with the hostile string appended
// to every text, in every kind of node and setting.
func HostileDocument() *doc.Document {
	return build(func(s string) string { return s + " " + Hostile })
}

func build(t func(string) string) *doc.Document {
	text := func(s string) doc.Inline { return doc.Text(t(s)) }
	d := &doc.Document{Meta: doc.Meta{
		Lang: "fr-FR", Title: t("Plan d'Assurance Sécurité – Essai"), Subject: t("Plan d'Assurance Sécurité"),
		Date: "2026-11-20", Marking: t("Secret des affaires"),
		Header:     [][]doc.Inline{{text("Consultation 2026-014"), doc.Text(" – "), text("Lot 1")}, {text("Candidat")}},
		Footer:     []doc.Inline{text("Version 1.0")},
		Properties: []doc.Property{{Name: "Reference", Value: t("PAS-01")}, {Name: "Marking", Value: t("Secret des affaires")}},
		Labels:     doc.Labels{Page: "Page", Of: "/"},
	}}
	d.Blocks = []doc.Block{
		&doc.Heading{Level: 1, Content: []doc.Inline{text("Plan d'Assurance Sécurité")}},
		&doc.Table{Header: []doc.Cell{{text("Document")}, nil}, Rows: [][]doc.Cell{
			{{text("Référence")}, {text("PAS-01")}},
			{{text("Date d'effet")}, {text("1er\u00a0février\u00a02027"), doc.Text(" "), doc.Marker(doc.ToVerify, t("À confirmer"))}},
		}},
		&doc.Heading{Level: 2, Content: []doc.Inline{text("Historique des versions")}, NewPage: true, Plain: true},
		&doc.Paragraph{Content: []doc.Inline{doc.Styled(t("Première version."), doc.Emph)}},
		&doc.Heading{Level: 2, Content: []doc.Inline{text("Sommaire")}, NewPage: true, Plain: true},
		&doc.TOC{Entries: []doc.TOCEntry{
			{Level: 2, Content: []doc.Inline{text("1. Contexte")}, Target: "chapter-a"},
			{Level: 2, Content: []doc.Inline{text("Annexe A – Glossaire")}, Target: "appendix-b"},
		}},
		&doc.Heading{Level: 2, Number: "1", Content: []doc.Inline{text("Contexte")}, ID: "chapter-a", NewPage: true},
		&doc.Paragraph{Content: []doc.Inline{text("Ce chapitre situe la prestation\u00a0: sa nature\u202f; son périmètre.")}},
		&doc.Paragraph{Content: []doc.Inline{doc.Styled(t("Périmètre"), doc.Strong), doc.Text("\u00a0:"), doc.SoftBreak(),
			text("Première ligne"), doc.Break(), text("# deuxième ligne"), doc.Text(" "), doc.Marker(doc.Question, t("Question ouverte"))}},
		&doc.Heading{Level: 3, Number: "1.1", Content: []doc.Inline{text("Marché")}},
		&doc.Table{Header: []doc.Cell{{text("Élément")}, {text("Réponse")}}, Rows: [][]doc.Cell{
			{{text("Référence du marché")}, {text("2026-014")}},
			{{text("Procédure")}, {doc.Marker(doc.Missing, t("À compléter"))}},
		}},
		&doc.Heading{Level: 4, Number: "1.1.1", Content: []doc.Inline{text("Matrice")}},
		&doc.Table{Wide: true, Header: []doc.Cell{{text("Activité")}, {text("A")}, {text("B")}, {text("C")}, {text("D")}, {text("E")}},
			Rows: [][]doc.Cell{{{text("Rédiger le PAS")}, {doc.Text("R, A")}, {doc.Text("C")}, nil, {doc.Text("I")}, nil}}},
		&doc.Paragraph{Content: []doc.Inline{text("Légende : R réalise.")}},
		&doc.List{Items: []doc.Item{
			{Content: []doc.Inline{doc.Styled(t("Datarive"), doc.Strong)}, Sub: []doc.Item{
				{Content: []doc.Inline{text("Pays"), doc.Text("\u00a0: "), text("France")}},
			}},
			{Content: []doc.Inline{text("Champ"), doc.Text(" "), doc.Styled(t("cover.title"), doc.Code), doc.Text(" "), doc.Link(t("voir"), "chapter-a")}},
		}},
		&doc.Heading{Level: 2, Content: []doc.Inline{text("Annexe A – Glossaire")}, ID: "appendix-b", NewPage: true},
		&doc.Table{Header: []doc.Cell{{text("Terme")}, {text("Signification")}}, Rows: [][]doc.Cell{{{text("PAS")}, {text("Plan d'Assurance Sécurité")}}}},
		&doc.Table{Header: []doc.Cell{{text("Sigle")}}, Rows: [][]doc.Cell{{{text("RGPD")}}}},
	}
	return d
}

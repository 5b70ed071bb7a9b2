package sections

import (
	"path/filepath"
	"strings"

	"github.com/pas-editor/pas/pas"
	"github.com/pas-editor/pas/pas/doc"
)

// The document settings of a tender submission: what the page header
// shows, the page limit of the consultation rules and the company's Word
// template. They live in the cover so that a team sets them once.
var (
	covCandidate = field("submission.candidate", pas.KText, "Candidat", "Candidate", since(2),
		help("Nom du candidat tel qu'il figure dans l'offre ; pour un groupement, par exemple « Groupement Alpha – Bêta (mandataire : Alpha) ». Sans réponse, l'en-tête des pages nomme le titulaire déclaré dans les parties prenantes.",
			"Name of the candidate as it appears in the offer; for a consortium, for instance \"Alpha – Beta consortium (lead: Alpha)\". Left empty, the page header names the provider declared among the parties."))
	covAnnex = field("submission.annex", pas.KText, "Désignation de l'annexe", "Annex designation", since(2),
		help("Numéro ou intitulé que le règlement de la consultation donne à ce document dans l'offre, par exemple « Annexe 4 au mémoire technique ». Il figure en tête de chaque page.",
			"Number or title the consultation rules give this document in the offer, for instance \"Annex 4 to the technical proposal\". It appears at the top of every page."))
	covPageLimit = field("submission.page_limit", pas.KInt, "Nombre de pages maximal", "Page limit", since(2),
		unit("pages", "pages"), bounds(1, 5000),
		help("Limite fixée par le règlement de la consultation pour ce document, s'il en fixe une. pas compte les pages du PDF qu'il produit et signale un dépassement.",
			"Limit the consultation rules set for this document, if any. pas counts the pages of the PDF it produces and warns when they exceed it."))
	covTemplate = field("submission.template", pas.KText, "Modèle Word de l'entreprise", "Company Word template", since(2),
		help("Chemin du modèle .docx ou .dotx de l'entreprise, relatif au dossier du plan : ses styles, polices, en-tête, pied de page et logo habillent le document Word et le PDF. L'option --template le remplace le temps d'un rendu.",
			"Path of the company's .docx or .dotx template, relative to the plan's folder: its styles, fonts, header, footer and logo dress the Word document and the PDF. The --template option overrides it for one rendering."))
)

// covCommitVerb chooses how the chapters' prose words the provider's
// commitments.
var covCommitVerb = field("submission.commitment_verb", pas.KEnum, "Formulation des engagements", "Wording of commitments", since(2),
	help("Comment le document formule les engagements du titulaire : « s'engage à corriger… » (par défaut) ou, au présent, « corrige… », « met en œuvre… ». Les deux engagent autant ; le présent décrit un dispositif déjà en place.",
		"How the document words the provider's commitments: \"undertakes to fix…\" (the default) or, in the present tense, \"fixes…\", \"implements…\". Both bind the provider as much; the present describes measures already in place."),
	options(
		opt("undertakes", "« s'engage à … »", "“undertakes to …”"),
		opt("present", "Au présent : « met en œuvre … »", "Present tense: “implements …”"),
	))

// documentSettings fills the document's settings from the cover: title,
// date, marking, the page header (consultation, lot, annex; candidate and
// reference), the footer (version and date) and the document properties
// a company template shows in its own header.
func documentSettings(d *pas.Doc) {
	p := d.Plan
	m := d.Meta()
	plain := func(f *pas.Field) string {
		if v := p.Get(f); v.IsSet() {
			return d.Text(pas.Format(p, f, v, d.Lang)).Text
		}
		return ""
	}
	m.Subject = d.L(t("Plan d'Assurance Sécurité", "Security Assurance Plan")).Text
	m.Title = plain(covTitle)
	if m.Title == "" {
		m.Title = m.Subject
	}
	if v := p.Get(covIssued); v.IsSet() {
		m.Date = v.Date.String()
	}
	m.Marking = plain(covMarking)
	candidate := plain(covCandidate)
	if candidate == "" {
		candidate = namedParties(d, "provider")
	}
	m.Header = nil
	for _, line := range [][]string{
		{plain(engProcurementRef), plain(engLot), plain(covAnnex)},
		{candidate, plain(covReference)},
	} {
		if in := joined(line); len(in) > 0 {
			m.Header = append(m.Header, in)
		}
	}
	m.Footer = nil
	if v := plain(covVersion); v != "" {
		m.Footer = append(m.Footer, d.L(t("Version", "Version")), doc.Text(" "+v))
	}
	if issued := plain(covIssued); issued != "" {
		if len(m.Footer) > 0 {
			m.Footer = append(m.Footer, doc.Text(" – "))
		}
		m.Footer = append(m.Footer, doc.Text(issued))
	}
	m.Properties = []doc.Property{
		{Name: "Reference", Value: plain(covReference)},
		{Name: "Version", Value: plain(covVersion)},
		{Name: "Status", Value: plain(covStatus)},
		{Name: "Date", Value: plain(covIssued)},
		{Name: "Marking", Value: m.Marking},
		{Name: "Consultation", Value: plain(engProcurementRef)},
		{Name: "Lot", Value: plain(engLot)},
		{Name: "Candidate", Value: candidate},
		{Name: "Annex", Value: plain(covAnnex)},
	}
	m.Template = filepath.FromSlash(p.Str(covTemplate))
	if v := p.Get(covPageLimit); v.IsSet() {
		m.PageLimit = int(v.Num)
	}
}

// joined separates the non-empty texts with en dashes.
func joined(texts []string) []doc.Inline {
	var out []doc.Inline
	for _, s := range texts {
		if s == "" {
			continue
		}
		if len(out) > 0 {
			out = append(out, doc.Text(" – "))
		}
		out = append(out, doc.Text(s))
	}
	return out
}

// The page limit is the buyer's rule for the document, no commitment to
// the client (pas diff).
func init() { stricter(pas.Neither, covPageLimit) }

// namedParties joins the names the organisations with these roles have,
// for the page header, where a mark of a value to complete has no place.
func namedParties(d *pas.Doc, roles ...string) string {
	var names []string
	for _, r := range parties(d.Plan, roles...) {
		if r.Get(ptyName).IsSet() {
			names = append(names, r.Name(ptyOrganisations))
		}
	}
	return strings.Join(names, ", ")
}

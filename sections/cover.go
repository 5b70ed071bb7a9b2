package sections

import (
	"strings"

	"github.com/pas-editor/pas/pas"
	"github.com/pas-editor/pas/pas/doc"
)

var (
	covTitle = field("title", pas.KText, "Intitulé", "Title", req,
		help("Intitulé du document, par exemple « Plan d'Assurance Sécurité – Dossier patient informatisé ».",
			"Title of the document, for instance \"Security Assurance Plan – Electronic patient record\"."))
	covReference = field("reference", pas.KText, "Référence du PAS", "PAS reference", req)
	covVersion   = field("version", pas.KText, "Version", "Version", req,
		help("Version du document, au format MAJEUR.MINEUR (0.1, 1.0, 1.2).", "Document version, as MAJOR.MINOR (0.1, 1.0, 1.2)."),
		suggest("0.1"))
	covStatus = field("status", pas.KEnum, "Statut", "Status", req, suggest("draft"),
		options(
			opt("draft", "Projet", "Draft"),
			opt("submitted", "Remis avec l'offre", "Submitted with the tender"),
			opt("contractual", "Contractuel (annexé au contrat)", "Contractual (annexed to the contract)"),
			opt("amended", "Modifié par avenant", "Amended"),
			opt("superseded", "Remplacé", "Superseded"),
			opt("archived", "Archivé", "Archived"),
		))
	covIssued    = field("date_issued", pas.KDate, "Date d'émission", "Date issued", req)
	covEffective = field("effective_date", pas.KDate, "Date d'effet", "Effective date",
		help("Date d'entrée en vigueur, en général le début du contrat.", "Date it takes effect, usually the start of the contract."))
	covNextReview = field("next_review_date", pas.KDate, "Prochaine revue", "Next review",
		help("Date de la prochaine revue du PAS (usage : douze mois après la date d'effet).",
			"Date of the next review of the PAS (practice: twelve months after the effective date)."))
	covMarking = field("confidentiality", pas.KEnum, "Mention de diffusion", "Distribution marking", req,
		help("Mention portée sur la page de garde et en tête de chaque page. « Secret des affaires » est la mention usuelle du candidat : elle signale à l'acheteur les éléments qu'il ne doit pas communiquer à des tiers, y compris sur une demande d'accès aux documents administratifs. La mention « Diffusion Restreinte » est une protection de l'État et n'est pas proposée ici.",
			"Marking shown on the cover and at the top of every page. \"Secret des affaires\" (trade secret) is the candidate's usual marking: it tells the buyer what it must not disclose to third parties, including on a request for access to administrative documents. The French State marking \"Diffusion Restreinte\" is not a supplier's choice and is not offered here."),
		options(
			opt("public", "Public", "Public"),
			opt("internal", "Interne", "Internal"),
			opt("confidential", "Confidentiel", "Confidential"),
			opt("business_secret", "Secret des affaires", "Trade secret (secret des affaires)").Added(2),
		))
	covChangelog = field("changelog", pas.KList, "Historique des versions", "Version history",
		records("version", cols("date", "author", "summary"),
			field("version", pas.KText, "Version", "Version", req),
			field("date", pas.KDate, "Date", "Date", req),
			field("author", pas.KText, "Auteur", "Author"),
			field("summary", pas.KText, "Modifications", "Changes", req),
			covIssuedToClient,
		))
	covIssuedToClient = field("issued", pas.KBool, "Remise au client", "Issued to the client", since(2),
		help("Oui pour une version remise au client, non pour une version de travail. Le document du client ne montre que les versions remises ; sans réponse, une version 0.x est une version de travail et les autres sont remises.",
			"Yes for a version issued to the client, no for a working draft. The client's document shows only the versions issued; left empty, a 0.x version is a working draft and the others are issued."))
	covSignatories = field("signatories", pas.KList, "Signataires", "Signatories",
		help("Personnes qui signent le PAS pour chaque partie, une fois le marché attribué. Ce tableau n'est pas une signature : quand le règlement de la consultation demande de signer, on signe électroniquement le PDF (format PAdES) sur la plateforme de l'acheteur.",
			"People who sign the PAS for each party once the contract is awarded. This table is not a signature: when the consultation rules ask for one, the PDF is signed electronically (PAdES) on the buyer's platform."),
		records("name", cols("party", "function", "date"),
			field("name", pas.KText, "Nom", "Name", req),
			field("party", pas.KRef, "Partie", "Party", req, ref("parties.organisations")),
			field("function", pas.KText, "Fonction", "Function"),
			field("date", pas.KDate, "Date de signature", "Date signed"),
		))
)

func init() {
	register(&pas.Section{
		ID:    "cover",
		Title: t("Page de garde", "Cover page"),
		Short: t("Page de garde", "Cover page"),
		Intro: t("Identification du document : intitulé, référence, version, statut, dates et mention de diffusion ; pour la remise de l'offre, le candidat, la désignation de l'annexe, la limite de pages et le modèle Word de l'entreprise.",
			"Identification of the document: title, reference, version, status, dates and distribution marking; for the submission, the candidate, the annex designation, the page limit and the company's Word template."),
		Who: pas.WhoProvider,
		Fields: fields(covTitle, covReference, covVersion, covStatus, covIssued, covEffective, covNextReview, covMarking,
			covChangelog, covSignatories, covCandidate, covAnnex, covPageLimit, covTemplate, covCommitVerb),
		Groups:   []pas.Group{group("submission", "Remise de l'offre", "Submission")},
		Cover:    true,
		Render:   renderCover,
		Rules:    coverRules,
		Controls: []string{"5.1", "5.37"},
		SOC2:     []string{"CC2"},
	})
}

// renderCover writes the title, the document's identification table with
// the parties, the version history and the signatures.
func renderCover(d *pas.Doc, s *pas.Section) {
	p := d.Plan
	title := d.L(t("Plan d'Assurance Sécurité", "Security Assurance Plan"))
	if v := p.Get(covTitle); v.IsSet() {
		title = d.Text(v.Str)
	}
	d.Heading(1, title)
	var rows [][]doc.Cell
	for _, f := range fields(covReference, covVersion, covStatus, covIssued, covEffective, covNextReview, covMarking, engProcurementRef, engLot, covAnnex, covCandidate) {
		if cell := d.Value(f, p.Get(f)); len(cell) > 0 {
			rows = append(rows, []doc.Cell{{d.L(f.Label)}, cell})
		}
	}
	for _, role := range []struct {
		label pas.Text
		roles []string
	}{
		{t("Donneur d'ordres", "Client"), []string{"client"}},
		{t("Titulaire", "Provider"), []string{"provider"}},
		{t("Co-traitants et sous-traitants", "Co-contractors and subcontractors"), []string{"co_contractor", "hosting", "subcontractor"}},
	} {
		names := partyNames(d, role.roles...)
		if len(names) == 0 && role.roles[0] != "co_contractor" {
			names = doc.Cell{d.Marker(pas.Missing)}
		}
		if len(names) > 0 {
			rows = append(rows, []doc.Cell{{d.L(role.label)}, names})
		}
	}
	d.Table([]doc.Cell{{d.L(t("Document", "Document"))}, nil}, rows)
	documentSettings(d)
	h := d.Heading(2, d.L(covChangelog.Label))
	h.NewPage, h.Plain = true, true
	versionHistory(d)
	if len(p.Records(covSignatories)) > 0 {
		d.Heading(2, d.L(covSignatories.Label)).Plain = true
		d.ListTable(covSignatories)
	}
}

// versionHistory writes the versions of the document: for the client, only
// those issued to it; for the internal audience, every version, working
// drafts marked as such.
func versionHistory(d *pas.Doc) {
	var rows [][]doc.Cell
	version, date, author, summary := covChangelog.RecordField("version"), covChangelog.RecordField("date"),
		covChangelog.RecordField("author"), covChangelog.RecordField("summary")
	for _, r := range d.Plan.Records(covChangelog) {
		issued := issuedToClient(r)
		if !issued && d.Opts.Audience == pas.ClientAudience {
			continue
		}
		first := d.Value(version, r.Get(version))
		if !issued {
			first = append(first, doc.Text(" "), d.Emph(t("(version de travail)", "(working draft)")))
		}
		rows = append(rows, []doc.Cell{first, d.Value(date, r.Get(date)), d.Value(author, r.Get(author)), d.Value(summary, r.Get(summary))})
	}
	if len(rows) == 0 {
		d.Para(d.Emph(t("Première version.", "First version.")))
		return
	}
	d.Table([]doc.Cell{{d.L(version.Label)}, {d.L(date.Label)}, {d.L(author.Label)}, {d.L(summary.Label)}}, rows)
}

// issuedToClient tells whether a version of the history was issued to the
// client: as the plan says, else every version but the 0.x drafts.
func issuedToClient(r *pas.Record) bool {
	if v := r.Get(covIssuedToClient); v.IsSet() {
		return v.Bool
	}
	return !strings.HasPrefix(strings.TrimSpace(r.Str(covChangelog.RecordField("version"))), "0.")
}

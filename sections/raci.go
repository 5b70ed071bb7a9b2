package sections

import (
	"sort"
	"strings"

	"github.com/pas-editor/pas/pas"
	"github.com/pas-editor/pas/pas/doc"
)

var (
	raciParties = field("parties", pas.KRefs, "Colonnes de la matrice", "Matrix columns", req, ref("parties.organisations"),
		help("Organisations présentes en colonnes de la matrice RACI, dans l'ordre d'affichage.",
			"Organisations shown as columns of the RACI matrix, in display order."))
	raciModel = field("model", pas.KEnum, "Modèle de responsabilité partagée", "Shared responsibility model",
		options(
			opt("iaas", "IaaS", "IaaS"),
			opt("paas", "PaaS", "PaaS"),
			opt("saas", "SaaS", "SaaS"),
			opt("custom", "Spécifique", "Custom"),
		))
	actLabel    = field("label", pas.KText, "Activité", "Activity", req)
	actStandard = field("standard", pas.KEnum, "Activité type", "Standard activity",
		help("Activité du modèle de référence à laquelle cette ligne correspond : les règles s'en servent (par exemple la notification des violations à la CNIL).",
			"Activity of the reference template this row stands for: rules use it (for instance breach notification to the supervisory authority)."),
		options(templateOptions()...))
	actCategory = field("category", pas.KEnum, "Catégorie", "Category",
		options(
			opt("governance", "Gouvernance", "Governance"),
			opt("build", "Construction", "Build"),
			opt("run", "Exploitation", "Run"),
			opt("security_ops", "Opérations de sécurité", "Security operations"),
			opt("privacy", "Données personnelles", "Privacy"),
			opt("continuity", "Continuité", "Continuity"),
			opt("audit", "Audit", "Audit"),
			opt("exit", "Réversibilité", "Exit"),
		))
	actPhase = field("phase", pas.KEnum, "Phase", "Phase",
		options(
			opt("build", "Mise en place", "Build"),
			opt("run", "Exploitation", "Run"),
			opt("exit", "Réversibilité", "Exit"),
		))
	actAssign = field("assign", pas.KRACI, "Affectation", "Assignment", req, ref("parties.organisations"),
		help("R réalise, A rend compte et approuve (un seul par activité), C est consulté, I est informé.",
			"R does the work, A is accountable and approves (exactly one per activity), C is consulted, I is informed."))
	actNotes      = field("remarks", pas.KText, "Précisions", "Remarks")
	raciActivites = field("activities", pas.KList, "Activités", "Activities", req,
		records("label", cols("assign"), actLabel, actStandard, actCategory, actPhase, actAssign, actNotes))
)

func init() {
	register(&pas.Section{
		ID:    "raci",
		Title: t("Rôles et responsabilités (RACI)", "Roles and responsibilities (RACI)"),
		Short: t("Responsabilités (RACI)", "Roles (RACI)"),
		Intro: t("La matrice indique, pour chaque activité de sécurité, quelle partie la réalise (R), en rend compte (A), est consultée (C) ou informée (I).",
			"The matrix states, for each security activity, which party does it (R), is accountable for it (A), is consulted (C) or informed (I)."),
		Who:      pas.WhoProvider,
		Fields:   fields(raciParties, raciModel, raciActivites),
		Controls: []string{"5.2", "5.3", "5.4", "5.19", "5.20", "5.23"},
		SOC2:     []string{"CC1", "CC2"},
		Render:   renderRACI,
		Rules:    raciRules,

		Vocabulary: raciVocabulary,
	})
}

// The shared responsibility model in words; the matrix stays a table.
func init() {
	prose("raci", choice(raciModel, []answer{
		on("iaas", "La répartition suit le modèle de responsabilité partagée de l'IaaS.", "The split follows the IaaS shared responsibility model."),
		on("paas", "La répartition suit le modèle de responsabilité partagée du PaaS.", "The split follows the PaaS shared responsibility model."),
		on("saas", "La répartition suit le modèle de responsabilité partagée du SaaS.", "The split follows the SaaS shared responsibility model."),
		on("custom", "La répartition suit un modèle de responsabilité partagée propre à la prestation.", "The split follows a shared responsibility model specific to the service."),
	}))
}

// raciColumns returns the matrix's party ids: the declared columns, then
// any other party an assignment names.
func raciColumns(p *pas.Plan) []string {
	cols := append([]string(nil), p.Strings(raciParties)...)
	seen := map[string]bool{}
	for _, c := range cols {
		seen[c] = true
	}
	for _, a := range p.Records(raciActivites) {
		for _, id := range sortedParties(a.Get(actAssign)) {
			if !seen[id] {
				seen[id] = true
				cols = append(cols, id)
			}
		}
	}
	return cols
}

func sortedParties(v *pas.Value) []string {
	if !v.IsSet() {
		return nil
	}
	var ids []string
	for id := range v.RACI {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

// renderRACI writes the matrix (activities as rows, parties as columns),
// then its legend.
func renderRACI(d *pas.Doc, s *pas.Section) {
	p := d.Plan
	d.Fields(fields(raciModel))
	cols := raciColumns(p)
	acts := p.Records(raciActivites)
	if len(cols) == 0 || len(acts) == 0 {
		d.Para(d.Marker(pas.Missing))
		return
	}
	header := []doc.Cell{{d.L(actLabel.Label)}}
	for _, id := range cols {
		name := doc.Cell{d.Text(id)}
		if r := party(p, id); r != nil {
			name = partyLabel(d, r, true)
		}
		header = append(header, name)
	}
	rows := make([][]doc.Cell, len(acts))
	for i, a := range acts {
		v := a.Get(actAssign)
		rows[i] = []doc.Cell{{d.Text(a.Name(raciActivites))}}
		if k := d.PendingKind(v); k != 0 { // a row still to confirm is no commitment yet
			rows[i][0] = append(rows[i][0], doc.Text(" "), d.Marker(k))
		}
		for _, id := range cols {
			var cell doc.Cell
			if v.IsSet() {
				cell = doc.Cell{doc.Text(strings.Join(strings.Split(v.RACI[id], ""), ", "))}
			}
			rows[i] = append(rows[i], cell)
		}
	}
	d.Table(header, rows).Wide = true
	d.Para(d.L(t("Légende : R réalise ; A rend compte et approuve (un seul par activité) ; C est consulté ; I est informé.",
		"Legend: R does the work; A is accountable and approves (exactly one per activity); C is consulted; I is informed.")))
	var notes []doc.Item
	for _, a := range acts {
		if v := a.Get(actNotes); v.IsSet() {
			name := d.Text(a.Name(raciActivites))
			name.Style = doc.Strong
			notes = append(notes, doc.Item{Content: []doc.Inline{name, doc.Text(pas.Colon(d.Lang)), d.Text(v.Str)}})
		}
	}
	d.List(notes)
}

// raciVocabulary lists the words buyers' requirement grids use for this chapter.
var raciVocabulary = []pas.Term{
	words("RACI", "matrice des responsabilités", "répartition des responsabilités", "partage des responsabilités", "responsabilités respectives", "rôles et responsabilités", "responsabilité partagée", "roles and responsibilities", "responsibility matrix", "shared responsibility", "division of responsibilities"),
}

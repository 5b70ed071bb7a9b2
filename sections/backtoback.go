package sections

import (
	"math"
	"strings"

	"github.com/pas-editor/pas/pas"
)

// Back-to-back: every promise of the plan that depends on a partner (the
// partner is R for that activity in the RACI, operates a site of the
// service, or is a sub-processor) is compared with what the partner's own
// contract gives, as recorded in the facts library. Rules report the
// promises beyond the partners' commitments; the internal document lists
// every comparison with its margin and source.

// b2bRow is one promise compared with one partner's commitment.
type b2bRow struct {
	rule    string
	field   *pas.Field  // the promise, for its position
	rec     *pas.Record // the record holding it (an incident level, a site); nil for a section field
	partner *pas.Record
	commit  *pas.LibRecord // the commitment compared; nil when none states it
	why     pas.Text       // why the promise depends on the partner
	promise pas.Text       // what the plan promises
	given   pas.Text       // what the partner gives
	margin  pas.Text       // how much room is left (negative: the promise goes beyond)
	sev     pas.Severity   // 0: the promise is backed
	msg     pas.Text       // the finding, when sev is set
}

// b2bDep is a partner a promise depends on, and why.
type b2bDep struct {
	party *pas.Record
	why   pas.Text
}

// b2bScope says which partners an area of promises depends on.
type b2bScope struct {
	siteRoles     []string // operators of sites with one of these roles
	raci          []string // parties R for these standard activities
	subprocessors bool     // GDPR sub-processors
}

var (
	b2bAvailability = b2bScope{siteRoles: []string{"primary"}, raci: []string{"physical_security", "infra_patching"}}
	b2bRecovery     = b2bScope{siteRoles: []string{"secondary", "backup"}, raci: []string{"backup_execution", "restore_tests", "dr_plan"}}
	b2bBreach       = b2bScope{raci: []string{"incident_response", "breach_notification"}, subprocessors: true}
	b2bIncident     = b2bScope{siteRoles: []string{"primary"}, raci: []string{"incident_response", "logging_monitoring"}}
	b2bAudit        = b2bScope{siteRoles: []string{"primary", "secondary", "backup", "logs", "soc"}, subprocessors: true}
	b2bSubproc      = b2bScope{subprocessors: true}
	b2bData         = b2bScope{siteRoles: []string{"primary", "secondary", "backup", "logs", "admin", "soc"}, subprocessors: true}
	b2bDeletion     = b2bScope{siteRoles: []string{"primary", "secondary", "backup", "logs", "soc"}, raci: []string{"end_deletion"}, subprocessors: true}
	b2bExit         = b2bScope{siteRoles: []string{"primary", "secondary", "backup"}, raci: []string{"reversibility", "end_deletion", "backup_execution", "dr_plan"}, subprocessors: true}
	b2bSupport      = b2bScope{siteRoles: []string{"primary"}, raci: []string{"incident_response", "logging_monitoring"}}
)

// isPartner reports whether an organisation is one of the provider's
// partners: neither the client, the provider itself nor an auditor.
func isPartner(r *pas.Record) bool {
	switch r.Str(ptyRole) {
	case "client", "provider", "auditor":
		return false
	}
	return true
}

// b2bDependents lists the partners an area of promises depends on, in the
// order of the parties, each with the first reason found.
func b2bDependents(p *pas.Plan, sc b2bScope) []b2bDep {
	why := map[string]pas.Text{}
	add := func(id string, reason pas.Text) {
		if _, ok := why[id]; !ok && id != "" {
			why[id] = reason
		}
	}
	if p.Applicable(dcSites.Section) {
		for _, s := range p.Records(dcSites) {
			for _, role := range sc.siteRoles {
				if dcHasRole(s, role) {
					add(s.Str(siteOperator), pas.Textf("exploite le site « %s »", "operates the site %q", s.Name(dcSites)))
					break
				}
			}
		}
	}
	if p.Applicable(raciActivites.Section) {
		for _, a := range p.Records(raciActivites) {
			if !hasString(sc.raci, a.Str(actStandard)) {
				continue
			}
			cells := a.Get(actAssign).RACIOrNil()
			for _, party := range sortedParties(a.Get(actAssign)) {
				if strings.Contains(cells[party], "R") {
					add(party, pas.Textf("R pour « %s » dans la RACI", "R for %q in the RACI", a.Str(actLabel)))
				}
			}
		}
	}
	if sc.subprocessors && p.Applicable(gdprSubprocessors.Section) {
		for _, sp := range p.Records(gdprSubprocessors) {
			add(sp.Str(gdprSPParty), pas.Textf("sous-traitant ultérieur (« %s »)", "sub-processor (%q)", sp.Name(gdprSubprocessors)))
		}
	}
	var out []b2bDep
	for _, r := range p.Records(ptyOrganisations) {
		if reason, ok := why[r.ID]; ok && isPartner(r) {
			out = append(out, b2bDep{party: r, why: reason})
		}
	}
	return out
}

func hasString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// b2bCommitments returns the commitments of a partner in the plan's
// library, in the library's order. A commitment is about a party of the
// library: it applies to the plan's party taken from the library with
// "use", never to a party of the plan's own that happens to share its id.
func b2bCommitments(p *pas.Plan, party string) []*pas.LibRecord {
	r := p.Record(ptyOrganisations, party)
	if r == nil || !r.FromLibrary() {
		return nil
	}
	var out []*pas.LibRecord
	for _, c := range p.Commitments() {
		if c.Str(ptnParty) == r.Facts.Use {
			out = append(out, c)
		}
	}
	return out
}

// b2bWeakest returns, among a partner's commitments that state a field,
// the one giving the least (weaker reports whether a gives less than b);
// nil when none states it. Several contracts with one partner: the
// promise must hold on the weakest.
func b2bWeakest(cs []*pas.LibRecord, f *pas.Field, weaker func(a, b *pas.Value) bool) *pas.LibRecord {
	var out *pas.LibRecord
	for _, c := range cs {
		if v := c.Get(f); v.IsSet() && (out == nil || weaker(v, out.Get(f))) {
			out = c
		}
	}
	return out
}

func longerDur(a, b *pas.Value) bool  { return a.Dur.Compare(b.Dur) > 0 }
func shorterDur(a, b *pas.Value) bool { return a.Dur.Compare(b.Dur) < 0 }

// b2bSource names a commitment's source: contract, version and date.
func b2bSource(c *pas.LibRecord) pas.Text {
	if c == nil {
		return pas.Text{}
	}
	name, version, date := c.Str(ptnContract), c.Str(ptnVersion), c.Get(ptnDate)
	out := pas.T(name, name)
	if version != "" {
		out = pas.Textf("%s, version %s", "%s, version %s", out, version)
	}
	if date.IsSet() {
		out = pas.Textf("%s, du %s", "%s, dated %s", out, dateText(date.Date))
	}
	return out
}

// b2bName is a partner's name.
func b2bName(r *pas.Record) pas.Text {
	return both(func(l pas.Lang) string { return r.NameIn(ptyOrganisations, l) })
}

// pointsText writes a difference of percentages in points, signed.
func pointsText(d float64) pas.Text {
	d = math.Round(d*1000) / 1000
	sign := "+"
	switch {
	case d == 0:
		sign = ""
	case d < 0:
		sign, d = "−", -d
	}
	return both(func(l pas.Lang) string {
		unit := map[bool]string{true: " point", false: " points"}
		if l == pas.FR {
			unit = map[bool]string{true: "\u00a0point", false: "\u00a0points"}
		}
		return sign + pas.FormatNumber(d, l) + unit[d <= 1 && (d != 0 || l == pas.FR)]
	})
}

// unsigned drops the sign of a margin, for a sentence that says which way
// it goes.
func unsigned(m pas.Text) pas.Text {
	trim := func(s string) string { return strings.TrimPrefix(strings.TrimPrefix(s, "+"), "−") }
	return pas.T(trim(m.FR), trim(m.EN))
}

// marginText writes the difference of two durations, signed: in their
// unit when they share one, else in the largest unit that keeps it
// readable (minutes, hours, then days).
func marginText(ours, theirs pas.Duration) pas.Text {
	if ours.U == theirs.U {
		n, sign := ours.N-theirs.N, "+"
		switch {
		case n == 0:
			return t("0", "0")
		case n < 0:
			n, sign = -n, "−"
		}
		d := pas.Duration{N: n, U: ours.U}
		return both(func(l pas.Lang) string { return sign + d.Format(l) })
	}
	m := ours.Minutes() - theirs.Minutes()
	sign := "+"
	switch {
	case m == 0:
		return t("0", "0")
	case m < 0:
		sign, m = "−", -m
	}
	var d pas.Duration
	switch {
	case m < 60:
		d = pas.Duration{N: int(m), U: pas.Minute}
	case m < 48*60 && m%60 == 0:
		d = pas.Duration{N: int(m / 60), U: pas.Hour}
	case m < 48*60:
		return both(func(l pas.Lang) string { return sign + pas.FormatNumber(math.Round(float64(m)/6)/10, l) + "\u00a0h" })
	case m%1440 == 0:
		d = pas.Duration{N: int(m / 1440), U: pas.Day}
	default:
		days := math.Round(float64(m)/144) / 10
		return both(func(l pas.Lang) string {
			unit := map[pas.Lang]string{pas.FR: "\u00a0jours", pas.EN: " days"}[l]
			return sign + pas.FormatNumber(days, l) + unit
		})
	}
	return both(func(l pas.Lang) string { return sign + d.Format(l) })
}

// windowMonths is the length of an availability window in months.
var windowMonths = map[string]float64{"monthly": 1, "quarterly": 3, "yearly": 12}

// equivalentAvailability is what a partner's availability guarantees over
// the plan's window: a figure over a longer window allows its whole
// downtime in one of our windows (99.9 % a year allows 8 h 46 min in a
// single month: 98.8 % over that month); over a shorter one it holds as
// it is.
func equivalentAvailability(a float64, partnerWindow, planWindow string) float64 {
	pw, ow := windowMonths[partnerWindow], windowMonths[planWindow]
	if pw == 0 {
		pw = 1
	}
	if ow == 0 {
		ow = 1
	}
	if pw <= ow {
		return a
	}
	return math.Max(0, 100-(100-a)*pw/ow)
}

// b2bRows compares every promise of the plan that depends on a partner
// with that partner's commitments. Nil when the plan has no library.
func b2bRows(p *pas.Plan) []b2bRow {
	if p.Facts == nil || p.Facts.Lib == nil {
		return nil
	}
	var rows []b2bRow
	for _, compare := range []func(*pas.Plan) []b2bRow{
		b2bCompareAvailability, b2bCompareCredits, b2bCompareRecovery, b2bCompareBreach, b2bCompareIncident,
		b2bCompareAudit, b2bCompareSubprocessors, b2bCompareLaw, b2bCompareDeletion, b2bCompareExit,
		b2bCompareSupport, b2bCompareLocations, b2bCompareCertifications,
	} {
		rows = append(rows, compare(p)...)
	}
	return b2bUnknownPartners(p, rows)
}

// b2bUnknownPartners folds the rows of partners with no commitment at all
// in the library into one finding per partner, at the partner's record.
func b2bUnknownPartners(p *pas.Plan, rows []b2bRow) []b2bRow {
	areas := map[*pas.Record][]pas.Text{}
	var order []*pas.Record
	var out []b2bRow
	for _, r := range rows {
		if r.rule == "B2B-16" && len(b2bCommitments(p, r.partner.ID)) == 0 {
			if areas[r.partner] == nil {
				order = append(order, r.partner)
			}
			areas[r.partner] = append(areas[r.partner], r.field.Label)
			continue
		}
		out = append(out, r)
	}
	for _, partner := range order {
		labels := both(func(l pas.Lang) string {
			var names []string
			seen := map[string]bool{}
			for _, a := range areas[partner] {
				if s := a.In(l); !seen[s] {
					seen[s] = true
					names = append(names, s)
				}
			}
			return strings.Join(names, pas.Semicolon(l))
		})
		out = append(out, b2bRow{rule: "B2B-16", field: ptyOrganisations, rec: partner, partner: partner,
			promise: labels, given: pas.T("aucun engagement connu", "no known commitment"), sev: pas.Warning,
			msg: pas.Textf("%s : aucun engagement de ce partenaire dans la bibliothèque de faits, alors que des engagements du plan en dépendent (%s) ; consignez ce que son contrat donne (commitments)",
				"%s: no commitment of this partner in the facts library, yet promises of the plan depend on it (%s); record what its contract gives (commitments)",
				b2bName(partner), labels)})
	}
	return out
}

// b2bUnbacked is the row of a promise that depends on a partner whose
// known contracts say nothing about it.
func b2bUnbacked(f *pas.Field, rec *pas.Record, d b2bDep, promise pas.Text, what *pas.Field) b2bRow {
	return b2bRow{rule: "B2B-16", field: f, rec: rec, partner: d.party, why: d.why, promise: promise,
		given: pas.T("non indiqué", "not stated"), sev: pas.Warning,
		msg: pas.Textf("%s (%s) : son contrat n'indique rien sur « %s » ; votre engagement (%s) n'est adossé à rien",
			"%s (%s): its contract states nothing on %q; your promise (%s) is not backed", b2bName(d.party), d.why, what.Label, promise)}
}

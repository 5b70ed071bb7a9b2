package sections

import (
	"math"
	"strings"

	"github.com/pas-editor/pas/pas"
)

// Each comparison below takes one area of promises, finds the partners it
// depends on and compares the promise with each partner's commitment.

const b2bEpsilon = 1e-9

var windowPer = map[string]pas.Text{
	"monthly":   t("par mois", "per month"),
	"quarterly": t("par trimestre", "per quarter"),
	"yearly":    t("par an", "per year"),
}

var windowOne = map[string]pas.Text{
	"monthly":   t("un mois", "a month"),
	"quarterly": t("un trimestre", "a quarter"),
	"yearly":    t("une année", "a year"),
}

// availText writes an availability with its window and hours.
func availText(a float64, window, hours string) pas.Text {
	out := pas.Textf("%s %s", "%s %s", pctText(a), windowPer[orMonthly(window)])
	switch hours {
	case "24x7":
		out = pas.Textf("%s, 24 h/24", "%s, 24/7", out)
	case "business":
		out = pas.Textf("%s, heures ouvrées", "%s, business hours", out)
	}
	return out
}

func orMonthly(w string) string {
	if w == "" {
		return "monthly"
	}
	return w
}

func b2bCompareAvailability(p *pas.Plan) []b2bRow {
	a := p.Get(cntAvailability)
	if !a.IsSet() || !p.Applicable(cntAvailability.Section) {
		return nil
	}
	window, hours := orMonthly(p.Str(cntWindow)), p.Str(cntSLAHours)
	promise := availText(a.Num, window, hours)
	var rows []b2bRow
	var series []string
	var product = 1.0
	var factors []pas.Text
	for _, d := range b2bDependents(p, b2bAvailability) {
		var c *pas.LibRecord
		eq := 0.0
		for _, x := range b2bCommitments(p, d.party.ID) {
			if v := x.Get(ptnAvailability); v.IsSet() {
				if e := equivalentAvailability(v.Num, orMonthly(x.Str(ptnWindow)), window); c == nil || e < eq {
					c, eq = x, e
				}
			}
		}
		if c == nil {
			rows = append(rows, b2bUnbacked(cntAvailability, nil, d, promise, ptnAvailability))
			continue
		}
		pw := orMonthly(c.Str(ptnWindow))
		given := availText(c.Get(ptnAvailability).Num, pw, c.Str(ptnHours))
		if pw != window && eq != c.Get(ptnAvailability).Num {
			given = pas.Textf("%s, soit %s au pire sur %s", "%s, that is %s at worst over %s", given, pctText(round3(eq)), windowOne[window])
		}
		row := b2bRow{rule: "B2B-01", field: cntAvailability, partner: d.party, commit: c, why: d.why, promise: promise, given: given, margin: pointsText(eq - a.Num)}
		if eq < a.Num-b2bEpsilon {
			row.sev = pas.Error
			row.msg = pas.Textf("%s (%s) garantit %s (%s) : votre engagement de %s le dépasse de %s",
				"%s (%s) guarantees %s (%s): your %s goes beyond it by %s", b2bName(d.party), d.why, given, b2bSource(c), promise, unsigned(pointsText(a.Num-eq)))
		}
		rows = append(rows, row)
		rows = append(rows, b2bMeasurement(p, d, c, hours)...)
		series = append(series, d.party.ID)
		product *= eq / 100
		factors = append(factors, pas.Textf("%s %s", "%s %s", b2bName(d.party), pctText(round3(eq))))
	}
	if len(series) >= 2 {
		composite := round3(product * 100)
		given := both(func(l pas.Lang) string {
			parts := make([]string, len(factors))
			for i, f := range factors {
				parts[i] = f.In(l)
			}
			return strings.Join(parts, " × ") + " = " + pas.FormatPercent(composite, l)
		})
		row := b2bRow{rule: "B2B-02", field: cntAvailability, promise: promise, given: given, margin: pointsText(composite - a.Num)}
		if composite < a.Num-b2bEpsilon {
			row.sev = pas.Error
			row.msg = pas.Textf("le service dépend de ces partenaires en série : %s ; il ne peut pas promettre %s",
				"the service depends on these partners in series: %s; it cannot promise %s", given, promise)
		}
		rows = append(rows, row)
	}
	return rows
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

// b2bMeasurement compares how the partner measures its availability with
// how the plan measures its own: the hours covered, and the causes left
// out of the measurement.
func b2bMeasurement(p *pas.Plan, d b2bDep, c *pas.LibRecord, hours string) []b2bRow {
	var rows []b2bRow
	if hours == "24x7" && c.Str(ptnHours) == "business" {
		rows = append(rows, b2bRow{rule: "B2B-03", field: cntSLAHours, partner: d.party, commit: c, why: d.why,
			promise: t("24 h/24, 7 j/7", "24/7"), given: t("heures ouvrées", "business hours"), sev: pas.Warning,
			msg: pas.Textf("%s (%s) mesure sa disponibilité en heures ouvrées : la nuit et le week-end ne comptent pas chez lui, alors que vous garantissez le 24 h/24",
				"%s (%s) measures its availability in business hours: nights and weekends do not count on its side, while you guarantee 24/7", b2bName(d.party), b2bSource(c))})
	}
	theirs := c.Get(ptnExclusions)
	if !theirs.IsSet() || len(theirs.List) == 0 {
		return rows
	}
	ours := p.Get(cntExcluded)
	if !ours.IsSet() {
		return append(rows, b2bRow{rule: "B2B-03", field: cntExcluded, partner: d.party, commit: c, why: d.why,
			promise: t("exclusions non listées", "exclusions not listed"), given: valueText(p, ptnExclusions, theirs), sev: pas.Warning,
			msg: pas.Textf("vos exclusions ne sont pas listées (%s) : impossible de les comparer à celles de %s (%s : %s)",
				"your exclusions are not listed (%s): they cannot be compared with those of %s (%s: %s)",
				cntExcluded.Label, b2bName(d.party), b2bSource(c), valueText(p, ptnExclusions, theirs))})
	}
	var extra []string
	for _, x := range theirs.List {
		if !ours.Contains(x) {
			extra = append(extra, x)
		}
	}
	row := b2bRow{rule: "B2B-03", field: cntExcluded, partner: d.party, commit: c, why: d.why,
		promise: valueText(p, cntExcluded, ours), given: valueText(p, ptnExclusions, theirs)}
	if len(extra) > 0 {
		ex := valueText(p, ptnExclusions, &pas.Value{Has: true, List: extra})
		row.sev = pas.Warning
		row.margin = t("exclusions en plus", "more exclusions")
		row.msg = pas.Textf("%s (%s) exclut aussi de sa mesure : %s ; ces indisponibilités comptent dans votre engagement, pas dans le sien",
			"%s (%s) also leaves out of its measurement: %s; such downtime counts against your commitment, not against its own", b2bName(d.party), b2bSource(c), ex)
	}
	return append(rows, row)
}

func b2bCompareCredits(p *pas.Plan) []b2bRow {
	ours := p.Get(cntCreditCap)
	if !ours.IsSet() || !p.Applicable(cntCreditCap.Section) {
		return nil
	}
	promise := pctText(ours.Num)
	var rows []b2bRow
	for _, d := range b2bDependents(p, b2bAvailability) {
		cs := b2bCommitments(p, d.party.ID)
		c := b2bWeakest(cs, ptnCreditCap, func(a, b *pas.Value) bool { return a.Num < b.Num })
		if c == nil {
			rows = append(rows, b2bUnbacked(cntCreditCap, nil, d, promise, ptnCreditCap))
			continue
		}
		theirs := c.Get(ptnCreditCap).Num
		row := b2bRow{rule: "B2B-04", field: cntCreditCap, partner: d.party, commit: c, why: d.why, promise: promise,
			given: pctText(theirs), margin: pointsText(theirs - ours.Num)}
		if ours.Num > theirs+b2bEpsilon {
			row.sev = pas.Warning
			row.msg = pas.Textf("vos avoirs vont jusqu'à %s de la redevance ; ceux de %s s'arrêtent à %s (%s) : au-delà, ils restent à votre charge",
				"your service credits go up to %s of the fee; those of %s stop at %s (%s): beyond that, they are yours to bear", promise, b2bName(d.party), pctText(theirs), b2bSource(c))
		}
		rows = append(rows, row)
	}
	return rows
}

// b2bDelay compares a promised delay with a partner's. longerIsWorse says
// which of the partner's figures is the weakest; beyond reports whether
// the partner's figure leaves the promise unbacked.
type b2bDelay struct {
	rule          string
	ours          *pas.Field
	rec           *pas.Record
	theirs        *pas.Field
	scope         b2bScope
	longerIsWorse bool
	beyond        func(ours, theirs pas.Duration) bool
	message       func(d b2bDep, c *pas.LibRecord, ours, theirs *pas.Value) pas.Text
}

func (x b2bDelay) rows(p *pas.Plan) []b2bRow {
	v := p.Get(x.ours)
	if x.rec != nil {
		v = x.rec.Get(x.ours)
	}
	if !v.IsSet() || !p.Applicable(x.ours.Section) || !p.Active(x.ours, x.rec) {
		return nil
	}
	promise := durText(v.Dur)
	var rows []b2bRow
	for _, d := range b2bDependents(p, x.scope) {
		weaker := shorterDur
		if x.longerIsWorse {
			weaker = longerDur
		}
		c := b2bWeakest(b2bCommitments(p, d.party.ID), x.theirs, weaker)
		if c == nil {
			rows = append(rows, b2bUnbacked(x.ours, x.rec, d, promise, x.theirs))
			continue
		}
		tv := c.Get(x.theirs)
		margin := marginText(v.Dur, tv.Dur)
		if !x.longerIsWorse {
			margin = marginText(tv.Dur, v.Dur)
		}
		row := b2bRow{rule: x.rule, field: x.ours, rec: x.rec, partner: d.party, commit: c, why: d.why, promise: promise,
			given: durText(tv.Dur), margin: margin}
		if x.beyond(v.Dur, tv.Dur) {
			row.sev = pas.Error
			row.msg = x.message(d, c, v, tv)
		}
		rows = append(rows, row)
	}
	return rows
}

func b2bCompareRecovery(p *pas.Plan) []b2bRow {
	var rows []b2bRow
	for _, pair := range []struct{ ours, theirs *pas.Field }{{cntRPO, ptnRPO}, {cntRTO, ptnRTO}} {
		f := pair.ours
		rows = append(rows, b2bDelay{rule: "B2B-05", ours: f, theirs: pair.theirs, scope: b2bRecovery, longerIsWorse: true,
			beyond: func(o, t pas.Duration) bool { return t.Compare(o) > 0 },
			message: func(d b2bDep, c *pas.LibRecord, o, tv *pas.Value) pas.Text {
				term := t(f.Label.FR, strings.ToLower(f.Label.EN[:1])+f.Label.EN[1:]) // "RPO (PDMA)", "recovery point objective (RPO)"
				return pas.Textf("%s (%s) s'engage sur un %s de %s (%s) : votre %s de %s est plus exigeant que le sien de %s",
					"%s (%s) commits to a %s of %s (%s): your %s of %s is stricter than its own by %s",
					b2bName(d.party), d.why, term, durText(tv.Dur), b2bSource(c), term, durText(o.Dur), unsigned(marginText(tv.Dur, o.Dur)))
			}}.rows(p)...)
	}
	return rows
}

func b2bCompareBreach(p *pas.Plan) []b2bRow {
	rows := b2bDelay{rule: "B2B-06", ours: incBreachDelay, theirs: ptnBreach, scope: b2bBreach, longerIsWorse: true,
		beyond: func(o, t pas.Duration) bool { return t.Compare(o) >= 0 },
		message: func(d b2bDep, c *pas.LibRecord, o, tv *pas.Value) pas.Text {
			return pas.Textf("%s (%s) vous notifie une violation de données sous %s (%s) ; vous la notifiez au client sous %s : il ne vous reste aucun temps pour la qualifier et la transmettre",
				"%s (%s) notifies you of a personal data breach within %s (%s); you notify the client within %s: no time is left to assess and pass it on",
				b2bName(d.party), d.why, durText(tv.Dur), b2bSource(c), durText(o.Dur))
		}}.rows(p)
	for _, r := range rows {
		if r.commit != nil && r.commit.Str(ptnBreachFrom) == "confirmation" {
			rows = append(rows, b2bRow{rule: "B2B-06", field: incBreachDelay, partner: r.partner, commit: r.commit, why: r.why,
				promise: t("dès la connaissance de la violation", "from becoming aware of the breach"), given: t("dès sa confirmation", "from its confirmation"),
				sev: pas.Warning, msg: pas.Textf("le délai de %s court de la confirmation de la violation (%s), le vôtre dès que vous en avez connaissance : l'analyse chez %s peut consommer tout votre délai",
					"the time of %s runs from the confirmation of the breach (%s), yours from becoming aware of it: the analysis at %s may use up all your time",
					b2bName(r.partner), b2bSource(r.commit), b2bName(r.partner))})
		}
	}
	return rows
}

func b2bCompareIncident(p *pas.Plan) []b2bRow {
	for _, lvl := range p.Records(incLevels) {
		if lvl.Str(incLevelID) != "p1" {
			continue
		}
		return b2bDelay{rule: "B2B-07", ours: incNotify, rec: lvl, theirs: ptnIncident, scope: b2bIncident, longerIsWorse: true,
			beyond: func(o, t pas.Duration) bool { return t.Compare(o) >= 0 },
			message: func(d b2bDep, c *pas.LibRecord, o, tv *pas.Value) pas.Text {
				return pas.Textf("%s (%s) vous alerte d'un incident majeur sous %s (%s) ; vous alertez le client d'un incident P1 sous %s : l'alerte ne peut pas lui parvenir à temps",
					"%s (%s) alerts you to a major incident within %s (%s); you alert the client to a P1 incident within %s: the alert cannot reach it in time",
					b2bName(d.party), d.why, durText(tv.Dur), b2bSource(c), durText(o.Dur))
			}}.rows(p)
	}
	return nil
}

// b2bAuditTypes are the audits a partner must admit on its own premises
// for the plan to promise them.
var b2bAuditTypes = []string{"on_site", "physical", "configuration_review", "penetration_test"}

func b2bCompareAudit(p *pas.Plan) []b2bRow {
	if !p.Is(audClientRight) || !p.Applicable(audTypes.Section) {
		return nil
	}
	var promised []string
	for _, x := range b2bAuditTypes {
		if p.Has(audTypes, x) {
			promised = append(promised, x)
		}
	}
	if len(promised) == 0 {
		return nil
	}
	promise := valueText(p, audTypes, &pas.Value{Has: true, List: promised})
	var rows []b2bRow
	for _, d := range b2bDependents(p, b2bAudit) {
		var granted map[string]bool
		var c *pas.LibRecord
		for _, x := range b2bCommitments(p, d.party.ID) {
			v := x.Get(ptnAudit)
			if !v.IsSet() {
				continue
			}
			g := map[string]bool{}
			for _, a := range v.List {
				if granted == nil || granted[a] {
					g[a] = true
				}
			}
			granted, c = g, x
		}
		if c == nil {
			rows = append(rows, b2bUnbacked(audTypes, nil, d, promise, ptnAudit))
			continue
		}
		var missing []string
		substituted := b2bSubstituted(p, d.party.ID)
		for _, x := range promised {
			if !granted[x] && !((x == "on_site" || x == "physical") && substituted) {
				missing = append(missing, x)
			}
		}
		var given []string
		for _, o := range ptnAudit.Options {
			if granted[o.Value] {
				given = append(given, o.Value)
			}
		}
		row := b2bRow{rule: "B2B-08", field: audTypes, partner: d.party, commit: c, why: d.why, promise: promise,
			given: valueText(p, ptnAudit, &pas.Value{Has: true, List: given})}
		if len(missing) > 0 {
			m := valueText(p, audTypes, &pas.Value{Has: true, List: missing})
			row.sev, row.margin = pas.Error, pas.Textf("manque : %s", "missing: %s", m)
			row.msg = pas.Textf("%s (%s) n'admet pas chez lui : %s (%s) ; vous le promettez au client", "%s (%s) does not allow at its premises: %s (%s); you promise it to the client",
				b2bName(d.party), d.why, m, b2bSource(c))
		}
		rows = append(rows, row)
	}
	return rows
}

// b2bSubstituted reports whether the plan gives the client, instead of an
// on-site audit, a report or certificate held by the partner.
func b2bSubstituted(p *pas.Plan, party string) bool {
	for _, id := range p.Strings(audSubstitutes) {
		if c := p.Record(fwCerts, id); c != nil && c.Str(certHolder) == party {
			return true
		}
	}
	return false
}

func b2bCompareSubprocessors(p *pas.Plan) []b2bRow {
	rows := b2bDelay{rule: "B2B-09", ours: gdprSPNotice, theirs: ptnSPNotice, scope: b2bSubproc,
		beyond: func(o, t pas.Duration) bool { return t.Compare(o) < 0 },
		message: func(d b2bDep, c *pas.LibRecord, o, tv *pas.Value) pas.Text {
			return pas.Textf("%s (%s) vous prévient %s avant de changer ses propres sous-traitants (%s) ; vous promettez au client un préavis de %s",
				"%s (%s) warns you %s before changing its own sub-processors (%s); you promise the client a notice of %s",
				b2bName(d.party), d.why, durText(tv.Dur), b2bSource(c), durText(o.Dur))
		}}.rows(p)
	if !p.Is(gdprSPObjection) || !p.Active(gdprSPObjection, nil) || !p.Applicable(gdprSPObjection.Section) {
		return rows
	}
	promise := pas.YesNo(true)
	for _, d := range b2bDependents(p, b2bSubproc) {
		c := b2bWeakest(b2bCommitments(p, d.party.ID), ptnSPObject, func(a, b *pas.Value) bool { return !a.Bool && b.Bool })
		if c == nil {
			rows = append(rows, b2bUnbacked(gdprSPObjection, nil, d, promise, ptnSPObject))
			continue
		}
		row := b2bRow{rule: "B2B-09", field: gdprSPObjection, partner: d.party, commit: c, why: d.why, promise: promise,
			given: pas.YesNo(c.Is(ptnSPObject))}
		if !c.Is(ptnSPObject) {
			row.sev = pas.Error
			row.msg = pas.Textf("%s (%s) ne vous donne aucun droit d'opposition aux changements de ses sous-traitants (%s) ; vous le promettez au client",
				"%s (%s) gives you no right to object to changes of its sub-processors (%s); you promise it to the client", b2bName(d.party), d.why, b2bSource(c))
		}
		rows = append(rows, row)
	}
	return rows
}

func b2bCompareLaw(p *pas.Plan) []b2bRow {
	if !p.Is(chgNoticeNonEU) {
		return nil
	}
	return b2bDelay{rule: "B2B-10", ours: chgNoticeNonEUDelay, theirs: ptnLawNotice, scope: b2bData,
		beyond: func(o, t pas.Duration) bool { return t.Compare(o) < 0 },
		message: func(d b2bDep, c *pas.LibRecord, o, tv *pas.Value) pas.Text {
			return pas.Textf("%s (%s) vous prévient %s avant un changement qui l'exposerait à une loi extra-européenne (%s) ; vous promettez au client un préavis de %s",
				"%s (%s) warns you %s before a change exposing it to a non-EU law (%s); you promise the client a notice of %s",
				b2bName(d.party), d.why, durText(tv.Dur), b2bSource(c), durText(o.Dur))
		}}.rows(p)
}

func b2bCompareDeletion(p *pas.Plan) []b2bRow {
	rows := b2bDelay{rule: "B2B-11", ours: exitDelDelay, theirs: ptnDeletion, scope: b2bDeletion, longerIsWorse: true,
		beyond: func(o, t pas.Duration) bool { return t.Compare(o) > 0 },
		message: func(d b2bDep, c *pas.LibRecord, o, tv *pas.Value) pas.Text {
			return pas.Textf("%s (%s) efface les données sous %s (%s) ; vous promettez au client un effacement sous %s",
				"%s (%s) deletes the data within %s (%s); you promise the client a deletion within %s",
				b2bName(d.party), d.why, durText(tv.Dur), b2bSource(c), durText(o.Dur))
		}}.rows(p)
	if !p.Is(exitDelBackups) || !p.Applicable(exitDelBackups.Section) {
		return rows
	}
	promise := pas.YesNo(true)
	for _, d := range b2bDependents(p, b2bDeletion) {
		c := b2bWeakest(b2bCommitments(p, d.party.ID), ptnDeletionBackups, func(a, b *pas.Value) bool { return !a.Bool && b.Bool })
		if c == nil {
			rows = append(rows, b2bUnbacked(exitDelBackups, nil, d, promise, ptnDeletionBackups))
			continue
		}
		row := b2bRow{rule: "B2B-11", field: exitDelBackups, partner: d.party, commit: c, why: d.why, promise: promise, given: pas.YesNo(c.Is(ptnDeletionBackups))}
		if !c.Is(ptnDeletionBackups) {
			row.sev = pas.Error
			row.msg = pas.Textf("%s (%s) n'efface pas ses sauvegardes en fin de contrat (%s) ; vous promettez au client un effacement qui les comprend",
				"%s (%s) does not delete its backups at the end of the contract (%s); you promise the client a deletion that includes them", b2bName(d.party), d.why, b2bSource(c))
		}
		rows = append(rows, row)
	}
	return rows
}

func b2bCompareExit(p *pas.Plan) []b2bRow {
	if !p.Applicable(exitTransition.Section) {
		return nil
	}
	var rows []b2bRow
	end, transition := p.Get(exitContractEnd), p.Get(exitTransition)
	for _, d := range b2bDependents(p, b2bExit) {
		cs := b2bCommitments(p, d.party.ID)
		if c := b2bWeakest(cs, ptnEnd, func(a, b *pas.Value) bool { return a.Date.Before(b.Date) }); c != nil && end.IsSet() {
			theirs := c.Get(ptnEnd).Date
			row := b2bRow{rule: "B2B-12", field: exitContractEnd, partner: d.party, commit: c, why: d.why, promise: dateText(end.Date), given: dateText(theirs),
				margin: signedDays(end.Date.DaysUntil(theirs))}
			switch {
			case theirs.Before(end.Date):
				row.sev = pas.Error
				row.msg = pas.Textf("le contrat de %s (%s) prend fin le %s, avant le vôtre (%s)", "the contract of %s (%s) ends on %s, before yours (%s)",
					b2bName(d.party), b2bSource(c), dateText(theirs), dateText(end.Date))
			case transition.IsSet() && theirs.Before(end.Date.Add(transition.Dur)):
				row.sev = pas.Warning
				row.msg = pas.Textf("le contrat de %s (%s) prend fin le %s : il ne couvre pas la période de transition de %s qui suit la fin du vôtre (%s)",
					"the contract of %s (%s) ends on %s: it does not cover the %s transition period after yours ends (%s)",
					b2bName(d.party), b2bSource(c), dateText(theirs), durText(transition.Dur), dateText(end.Date))
			}
			rows = append(rows, row)
		}
		if !transition.IsSet() {
			continue
		}
		c := b2bWeakest(cs, ptnTermination, shorterDur)
		if c == nil {
			rows = append(rows, b2bUnbacked(exitTransition, nil, d, durText(transition.Dur), ptnTermination))
			continue
		}
		theirs := c.Get(ptnTermination).Dur
		row := b2bRow{rule: "B2B-12", field: exitTransition, partner: d.party, commit: c, why: d.why, promise: durText(transition.Dur),
			given: durText(theirs), margin: marginText(theirs, transition.Dur)}
		if theirs.Compare(transition.Dur) < 0 {
			row.sev = pas.Error
			row.msg = pas.Textf("%s (%s) peut mettre fin à son contrat avec un préavis de %s (%s) ; il vous faut %s pour transférer le service (période de transition)",
				"%s (%s) may end its contract with %s notice (%s); you need %s to move the service (transition period)",
				b2bName(d.party), d.why, durText(theirs), b2bSource(c), durText(transition.Dur))
		}
		rows = append(rows, row)
	}
	return rows
}

var supportRank = map[string]int{"business_hours": 1, "extended": 2, "24x7": 3}

func b2bCompareSupport(p *pas.Plan) []b2bRow {
	ours := p.Get(cntMonHours)
	if !ours.IsSet() || !p.Applicable(cntMonHours.Section) {
		return nil
	}
	promise := valueText(p, cntMonHours, ours)
	var rows []b2bRow
	for _, d := range b2bDependents(p, b2bSupport) {
		c := b2bWeakest(b2bCommitments(p, d.party.ID), ptnSupport, func(a, b *pas.Value) bool { return supportRank[a.Str] < supportRank[b.Str] })
		if c == nil {
			rows = append(rows, b2bUnbacked(cntMonHours, nil, d, promise, ptnSupport))
			continue
		}
		theirs := c.Get(ptnSupport)
		row := b2bRow{rule: "B2B-13", field: cntMonHours, partner: d.party, commit: c, why: d.why, promise: promise, given: valueText(p, ptnSupport, theirs)}
		if supportRank[theirs.Str] < supportRank[ours.Str] {
			row.sev = pas.Error
			row.msg = pas.Textf("%s (%s) n'intervient qu'en « %s » (%s) ; vous promettez une supervision « %s »",
				"%s (%s) works only in %q (%s); you promise %q monitoring", b2bName(d.party), d.why, valueText(p, ptnSupport, theirs), b2bSource(c), promise)
		}
		rows = append(rows, row)
	}
	return rows
}

// locationRank orders location commitments from the strictest.
var locationRank = map[string]int{"listed": 1, "eu": 2, "eea": 3, "none": 4}

func b2bCompareLocations(p *pas.Plan) []b2bRow {
	var rows []b2bRow
	for _, d := range b2bDependents(p, b2bData) {
		promised, field, rec := b2bPromisedCountries(p, d.party.ID)
		if len(promised) == 0 {
			continue
		}
		promise := countryNames(promised)
		c := b2bWeakest(b2bCommitments(p, d.party.ID), ptnLocation, func(a, b *pas.Value) bool { return locationRank[a.Str] > locationRank[b.Str] })
		if c == nil {
			rows = append(rows, b2bUnbacked(field, rec, d, promise, ptnLocation))
			continue
		}
		kind := c.Str(ptnLocation)
		given := valueText(p, ptnLocation, c.Get(ptnLocation))
		var extra []string
		if kind == "listed" {
			given = countryNames(listOf(c.Get(ptnCountries)))
			for _, x := range listOf(c.Get(ptnCountries)) {
				if !hasString(promised, x) {
					extra = append(extra, x)
				}
			}
		}
		row := b2bRow{rule: "B2B-14", field: field, rec: rec, partner: d.party, commit: c, why: d.why, promise: promise, given: given}
		switch {
		case kind == "none":
			row.sev, row.msg = pas.Error, pas.Textf("%s (%s) ne s'engage sur aucune localisation des données (%s) ; vous promettez %s",
				"%s (%s) commits to no data location (%s); you promise %s", b2bName(d.party), d.why, b2bSource(c), promise)
		case kind == "eu" || kind == "eea":
			row.sev, row.msg = pas.Error, pas.Textf("vous promettez %s ; %s (%s) ne s'engage que sur « %s » (%s) et peut y déplacer les données",
				"you promise %s; %s (%s) only commits to %q (%s) and may move the data anywhere in it", promise, b2bName(d.party), d.why, given, b2bSource(c))
		case len(extra) > 0:
			row.sev, row.msg = pas.Error, pas.Textf("vous promettez %s ; le contrat de %s (%s) lui permet aussi de placer les données en %s (%s)",
				"you promise %s; the contract of %s (%s) also lets it put the data in %s (%s)", promise, b2bName(d.party), d.why, countryNames(extra), b2bSource(c))
		}
		rows = append(rows, row)
	}
	return rows
}

// b2bPromisedCountries returns the countries the plan promises for a
// partner's part (its sites and its sub-processing), with the field to
// report at.
func b2bPromisedCountries(p *pas.Plan, party string) ([]string, *pas.Field, *pas.Record) {
	var out []string
	var field *pas.Field
	var rec *pas.Record
	add := func(c string, f *pas.Field, r *pas.Record) {
		if c != "" && !hasString(out, c) {
			out = append(out, c)
		}
		if field == nil {
			field, rec = f, r
		}
	}
	if p.Applicable(dcSites.Section) {
		for _, s := range p.Records(dcSites) {
			if s.Str(siteOperator) == party {
				add(s.Str(siteCountry), siteCountry, s)
			}
		}
	}
	if p.Applicable(gdprSubprocessors.Section) {
		for _, sp := range p.Records(gdprSubprocessors) {
			if sp.Str(gdprSPParty) == party {
				for _, c := range listOf(sp.Get(gdprSPCountries)) {
					add(c, gdprSPCountries, sp)
				}
			}
		}
	}
	return out, field, rec
}

func b2bCompareCertifications(p *pas.Plan) []b2bRow {
	if !p.Is(fwKeepValid) || !p.Applicable(fwKeepValid.Section) {
		return nil
	}
	var rows []b2bRow
	for _, cert := range p.Records(fwCerts) {
		party := p.Record(ptyOrganisations, cert.Str(certHolder))
		scheme := cert.Str(certScheme)
		if party == nil || !isPartner(party) || !cert.Is(certCovers) || scheme == "" {
			continue
		}
		d := b2bDep{party: party, why: pas.Textf("détient « %s »", "holds %q", cert.Name(fwCerts))}
		promise := valueText(p, certScheme, cert.Get(certScheme))
		var c *pas.LibRecord
		kept := false
		for _, x := range b2bCommitments(p, party.ID) {
			if v := x.Get(ptnCertifications); v.IsSet() {
				c, kept = x, kept || v.Contains(scheme)
			}
		}
		if c == nil {
			rows = append(rows, b2bUnbacked(certScheme, cert, d, promise, ptnCertifications))
			continue
		}
		row := b2bRow{rule: "B2B-15", field: certScheme, rec: cert, partner: party, commit: c, why: d.why, promise: promise,
			given: valueText(p, ptnCertifications, c.Get(ptnCertifications))}
		if !kept {
			row.sev = pas.Warning
			row.msg = pas.Textf("vous vous engagez à maintenir les certifications pendant tout le contrat ; celui de %s (%s) ne l'engage pas à maintenir « %s »",
				"you commit to keep the certifications for the whole contract; that of %s (%s) does not commit it to keep %q", b2bName(party), b2bSource(c), promise)
		}
		rows = append(rows, row)
	}
	return rows
}

// signedDays writes a number of days, signed.
func signedDays(n int) pas.Text {
	switch {
	case n == 0:
		return t("0", "0")
	case n < 0:
		return pas.Textf("−%d\u00a0jours", "−%d days", -n)
	}
	return pas.Textf("+%d\u00a0jours", "+%d days", n)
}

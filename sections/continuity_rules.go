package sections

import (
	"fmt"
	"strings"

	"github.com/pas-editor/pas/pas"
)

// Conventions of the continuity chapter: practice, not norms, so a company
// may set its own in the plan's policy block.
var (
	_ = threshold(field("continuity_restore_test_max", pas.KDuration,
		"Ancienneté maximale du dernier test de restauration", "Longest time since the last restore test",
		suggest("12mo"),
		help("Au-delà, le test de restauration est en retard même si la fréquence déclarée est plus longue (usage : douze mois).",
			"Beyond this, the restore test is overdue even if the declared frequency is longer (practice: twelve months).")))
	_ = threshold(field("continuity_restore_test_max_critical", pas.KDuration,
		"Ancienneté maximale du dernier test de restauration, données critiques", "Longest time since the last restore test, critical data",
		suggest("3mo"),
		help("S'applique lorsque le besoin de disponibilité ou d'intégrité est élevé (3) ou très élevé (4) (usage : trois mois).",
			"Applies when the availability or integrity need is high (3) or very high (4) (practice: three months).")))
	_ = threshold(field("continuity_dr_test_max", pas.KDuration,
		"Ancienneté maximale du dernier test du PRA", "Longest time since the last disaster recovery test",
		suggest("12mo"),
		help("Retenue lorsque le PAS ne déclare pas de fréquence de test du PRA (usage : douze mois).",
			"Used when the PAS declares no disaster recovery test frequency (practice: twelve months).")))
)

// cntObjectiveMax are the thresholds of RPO and RTO by availability need
// (index 1 to 4); defaults 72 h, 24 h, 4 h and 1 h.
var cntObjectiveMax = map[string][5]string{
	"rpo": {"", "continuity_rpo_max_d1", "continuity_rpo_max_d2", "continuity_rpo_max_d3", "continuity_rpo_max_d4"},
	"rto": {"", "continuity_rto_max_d1", "continuity_rto_max_d2", "continuity_rto_max_d3", "continuity_rto_max_d4"},
}

func init() {
	defaults := [5]string{"", "72h", "24h", "4h", "1h"}
	labels := map[string][2]string{"rpo": {"RPO (PDMA)", "RPO"}, "rto": {"RTO (DMIA)", "RTO"}}
	for _, kind := range []string{"rpo", "rto"} {
		for level := 1; level <= 4; level++ {
			threshold(field(cntObjectiveMax[kind][level], pas.KDuration,
				fmt.Sprintf("%s maximal pour un besoin de disponibilité %d", labels[kind][0], level),
				fmt.Sprintf("Longest %s for availability need %d", labels[kind][1], level),
				suggest(defaults[level]),
				help("Usage : 72 h pour D1, 24 h pour D2, 4 h pour D3, 1 h pour D4.", "Practice: 72 h for A1, 24 h for A2, 4 h for A3, 1 h for A4.")))
		}
	}
}

// Uptime Institute design availability of each tier [UPTIME-TIERS].
var cntTierAvailability = map[string]float64{"tier_1": 99.671, "tier_2": 99.741, "tier_3": 99.982, "tier_4": 99.995}

// cntSingleSiteMax is the availability from which a single-site design is
// doubtful whatever its tier (SLA-02).
const cntSingleSiteMax = 99.95

var continuityRules = []*pas.Rule{
	{
		ID: "BCK-01", Severity: pas.Error, NoWaiver: true,
		Title: t("Sauvegardes sans tests de restauration", "Backups without restore tests"),
		Rationale: t("Une sauvegarde jamais restaurée ne prouve rien : la norme demande des sauvegardes entretenues et testées régulièrement, et le RGPD une procédure de test régulier de la capacité à rétablir la disponibilité des données.",
			"A backup never restored proves nothing: the standard asks for backups that are maintained and regularly tested, and the GDPR for a process regularly testing the ability to restore the availability of data."),
		Source:   "ISO/IEC 27001:2022 A.8.13 [ISO-LIST]; GDPR art. 32(1)(c)-(d) [GDPR-EURLEX]",
		Presence: []*pas.Field{cntRestoreFreq},
		Check: func(c *pas.Check) {
			p := c.Plan
			if !c.Active(cntRestoreFreq, nil) || p.Get(cntRestoreFreq).IsSet() {
				return
			}
			if p.Is(cntBackupByProvider) || p.Get(cntBackupFreq).IsSet() {
				c.Report(cntRestoreFreq, nil, t("des sauvegardes sont déclarées sans fréquence de test de restauration",
					"backups are declared without a restore test frequency"))
			}
		},
	},
	{
		ID: "BCK-02", Severity: pas.Warning,
		Title: t("Test de restauration en retard", "Restore test overdue"),
		Rationale: t("Le dernier test de restauration doit dater de moins que la fréquence déclarée, et jamais de plus que l'usage retenu (plus court pour des données critiques) ; la CNIL recommande de tester la restauration.",
			"The last restore test must be more recent than the declared frequency, and never older than the practice retained (shorter for critical data); the CNIL recommends testing restoration."),
		Source: "CNIL security guide (test restoration) [CNIL-GUIDE-SUM]; ISO/IEC 27001:2022 A.8.13",
		Check: func(c *pas.Check) {
			p := c.Plan
			last := p.Get(cntLastRestore)
			if !c.Active(cntLastRestore, nil) || !last.IsSet() {
				return
			}
			limit, why := cntPolicyDur(c, "continuity_restore_test_max"), t("usage", "practice")
			if need(p, engAvailability) >= 3 || need(p, engIntegrity) >= 3 {
				limit, why = cntPolicyDur(c, "continuity_restore_test_max_critical"), t("usage pour des données critiques", "practice for critical data")
			}
			if f := p.Get(cntRestoreFreq); f.IsSet() && f.Dur.Compare(limit) < 0 {
				limit, why = f.Dur, t("fréquence déclarée", "declared frequency")
			}
			if !limit.IsZero() && last.Date.Add(limit).Before(c.Today) {
				c.Report(cntLastRestore, nil, pas.Textf("dernier test de restauration le %s : plus de %s (%s)",
					"last restore test on %s: more than %s ago (%s)", dateText(last.Date), durText(limit), why))
			}
		},
	},
	{
		ID: "BCK-03", Severity: pas.Warning,
		Title: t("Aucune copie hors ligne ou immuable", "No offline or immutable copy"),
		Rationale: t("Un rançongiciel qui atteint la production chiffre aussi les sauvegardes accessibles en ligne ; la pratique 3-2-1 garde une copie hors site et hors d'atteinte.",
			"Ransomware that reaches production also encrypts the backups it can reach online; the 3-2-1 practice keeps one copy off site and out of reach."),
		Source: "3-2-1 backup practice [BACKUP-321] (convention)",
		Check: func(c *pas.Check) {
			if c.Active(cntBackupImmutable, nil) && c.Plan.IsNot(cntBackupImmutable) {
				c.Report(cntBackupImmutable, nil, t("aucune copie de sauvegarde n'est hors ligne ni immuable", "no backup copy is offline or immutable"))
			}
		},
	},
	{
		ID: "BCK-04", Severity: pas.Error,
		Title: t("Fréquence des sauvegardes incompatible avec le RPO", "Backup frequency cannot meet the RPO"),
		Rationale: t("Sans sauvegarde continue ni réplication vers un autre site, la perte de données peut atteindre l'intervalle entre deux sauvegardes : un RPO plus court que cet intervalle ne peut pas être tenu.",
			"Without continuous backup or replication to another site, data loss can reach the interval between two backups: an RPO shorter than that interval cannot be met."),
		Source: "ISO/IEC 27001:2022 A.5.30, A.8.13 (consistency of the declared objectives)",
		Check: func(c *pas.Check) {
			p := c.Plan
			freq, rpo := p.Get(cntBackupFreq), p.Get(cntRPO)
			if !c.Active(cntBackupFreq, nil) || !freq.IsSet() || !rpo.IsSet() || p.Has(cntBackupTypes, "continuous") {
				return
			}
			if a := p.Str(cntArchitecture); a != "" && a != "single_site" {
				return // replication to another site carries the RPO between backups
			}
			if freq.Dur.Compare(rpo.Dur) > 0 {
				c.Report(cntBackupFreq, nil, pas.Textf("sauvegarde toutes les %s pour un RPO (PDMA) de %s, sans sauvegarde continue",
					"backup every %s for an RPO of %s, without continuous backup", durText(freq.Dur), durText(rpo.Dur)))
			}
		},
	},
	{
		ID: "BCK-05", Severity: pas.Warning,
		Title: t("Aucune sauvegarde hors du site de production", "No backup outside the production site"),
		Rationale: t("Une copie au moins doit survivre à la perte du site de production : les sauvegardes doivent être conservées ailleurs.",
			"At least one copy must survive the loss of the production site: backups must be kept elsewhere."),
		Source: "ISO/IEC 27001:2022 A.8.13, A.8.14",
		Check: func(c *pas.Check) {
			p := c.Plan
			v := p.Get(cntBackupSites)
			if !c.Active(cntBackupSites, nil) || !v.IsSet() {
				return
			}
			if len(v.List) == 0 {
				c.Report(cntBackupSites, nil, t("aucun site de sauvegarde n'est désigné", "no backup site is named"))
				return
			}
			var known, prod []string
			offsite := false
			for _, id := range v.List {
				s := p.Record(dcSites, id)
				if s == nil {
					continue // REF-01
				}
				known = append(known, s.Name(dcSites))
				if s.Get(siteRoles).Contains("primary") {
					prod = append(prod, s.Name(dcSites))
				} else {
					offsite = true
				}
			}
			if len(known) > 0 && !offsite && len(known) < 2 { // two production sites back each other up
				names := strings.Join(prod, ", ")
				c.Report(cntBackupSites, nil, pas.Textf("les sauvegardes ne sont que sur le site de production (%s)",
					"backups are only on the production site (%s)", names))
			}
		},
	},
	{
		ID: "BCK-06", Severity: pas.Error,
		Varies: t("avertissement pour un objectif plus long que l'usage", "warning for an objective longer than the practice"),
		Title:  t("Objectifs de reprise (RPO, RTO) absents ou trop larges", "Recovery objectives (RPO, RTO) missing or too loose"),
		Rationale: t("Les objectifs de continuité doivent être chiffrés : leur absence est une erreur lorsque le besoin de disponibilité est élevé ou très élevé. Pour un besoin moindre, leur absence est signalée comme toute réponse attendue. Un objectif plus long que l'usage retenu pour le besoin exprimé est signalé en avertissement.",
			"Continuity objectives must be quantified: their absence is an error when the availability need is high or very high. For a lower need, their absence is reported like any expected answer. An objective longer than the practice retained for the stated need is a warning."),
		Source:   "ISO/IEC 27001:2022 A.5.30; RPO/RTO by availability level (convention)",
		Presence: []*pas.Field{cntRPO, cntRTO},
		Check: func(c *pas.Check) {
			p := c.Plan
			level := need(p, engAvailability)
			for _, f := range []*pas.Field{cntRPO, cntRTO} {
				v := p.Get(f)
				kind := strings.TrimPrefix(f.ID, "bcp.")
				switch {
				case !v.IsSet() && level >= 3:
					c.Report(f, nil, pas.Textf("%s manquant pour un besoin de disponibilité %d", "%s missing for availability need %d", f.Label, level))
				case !v.IsSet():
					c.Report(f, nil, pas.Textf("%s : réponse attendue", "%s: answer expected", f.Label))
				case level >= 1:
					limit := cntPolicyDur(c, cntObjectiveMax[kind][level])
					if !limit.IsZero() && v.Dur.Compare(limit) > 0 {
						c.ReportAs(pas.Warning, f, nil, pas.Textf("%s de %s, au-delà du seuil de %s retenu pour un besoin de disponibilité %d",
							"%s of %s, beyond the %s threshold retained for availability need %d", f.Label, durText(v.Dur), durText(limit), level))
					}
				}
			}
		},
	},
	{
		ID: "BCK-07", Severity: pas.Warning,
		Title: t("Plan de reprise non testé ou test ancien", "Disaster recovery not tested or test too old"),
		Rationale: t("La capacité de reprise doit être éprouvée : un PRA jamais exercé, ou exercé il y a plus longtemps que la fréquence prévue, ne garantit pas le RTO annoncé.",
			"Recovery capability must be exercised: a plan never tested, or tested longer ago than the planned frequency, does not back the stated RTO."),
		Source:   "ISO/IEC 27001:2022 A.5.30; DR test frequency (convention)",
		Presence: []*pas.Field{cntLastDRTest},
		Check: func(c *pas.Check) {
			p := c.Plan
			last := p.Get(cntLastDRTest)
			if !last.IsSet() {
				c.Report(cntLastDRTest, nil, t("aucun test du plan de reprise n'est déclaré", "no disaster recovery test is declared"))
				return
			}
			limit, why := cntPolicyDur(c, "continuity_dr_test_max"), t("usage", "practice")
			if f := p.Get(cntDRTestFreq); f.IsSet() {
				limit, why = f.Dur, t("fréquence déclarée", "declared frequency")
			}
			if !limit.IsZero() && last.Date.Add(limit).Before(c.Today) {
				c.Report(cntLastDRTest, nil, pas.Textf("dernier test du PRA le %s : plus de %s (%s)",
					"last disaster recovery test on %s: more than %s ago (%s)", dateText(last.Date), durText(limit), why))
			}
		},
	},
	{
		ID: "SLA-01", Severity: pas.Error,
		Title: t("Disponibilité garantie sans période ni mode de mesure", "Availability guaranteed without a window or a measurement"),
		Rationale: t("Un taux de disponibilité ne vaut que rapporté à une période et à une méthode de mesure ; sans elles, l'engagement ne peut être ni vérifié ni opposé.",
			"An availability rate means something only over a window and with a measurement method; without them the commitment can be neither checked nor enforced."),
		Source:   "ISO/IEC 27001:2022 A.5.30 (measurable service commitment)",
		Presence: []*pas.Field{cntWindow, cntMeasurement},
		Check: func(c *pas.Check) {
			p := c.Plan
			a := p.Get(cntAvailability)
			if !a.IsSet() {
				return
			}
			if !p.Get(cntWindow).IsSet() {
				c.Report(cntWindow, nil, pas.Textf("disponibilité de %s sans période de mesure", "availability of %s without a measurement window", pctText(a.Num)))
			}
			if m := p.Get(cntMeasurement); !m.IsSet() || strings.TrimSpace(m.Str) == "" {
				c.Report(cntMeasurement, nil, pas.Textf("disponibilité de %s sans mode de mesure", "availability of %s without a measurement method", pctText(a.Num)))
			}
		},
	},
	{
		ID: "SLA-02", Severity: pas.Warning,
		Title: t("Disponibilité élevée sur un site unique", "High availability on a single site"),
		Rationale: t("Une architecture sur un seul site tient difficilement 99,95 % ou plus : la moindre maintenance ou panne du site consomme l'indisponibilité admise. Le cas où le niveau du site est connu relève de LOC-12.",
			"A single-site design can hardly hold 99.95% or more: any maintenance or failure of the site uses up the allowed downtime. When the site's tier is known, LOC-12 applies instead."),
		Source: "Tier design availability [UPTIME-TIERS]",
		Check: func(c *pas.Check) {
			p := c.Plan
			a := p.Get(cntAvailability)
			if !a.IsSet() || a.Num < cntSingleSiteMax || !cntSingleSite(p) {
				return
			}
			if _, tierAvail, ok := cntPrimaryTier(p); ok && a.Num > tierAvail {
				return // LOC-12
			}
			c.Report(cntAvailability, nil, pas.Textf("disponibilité de %s pour une architecture sur un seul site", "availability of %s for a single-site design", pctText(a.Num)))
		},
	},
	{
		ID: "LOC-12", Severity: pas.Warning,
		Title: t("Disponibilité supérieure à celle du site unique", "Availability above the single site's design"),
		Rationale: t("Sur un seul site, la disponibilité promise ne peut dépasser celle pour laquelle le site est conçu : Tier I 99,671 %, Tier II 99,741 %, Tier III 99,982 %, Tier IV 99,995 %. Ne s'applique pas à une architecture répartie sur plusieurs sites.",
			"On a single site, the availability promised cannot exceed the one the site is designed for: Tier I 99.671%, Tier II 99.741%, Tier III 99.982%, Tier IV 99.995%. Does not apply to a design spread over several sites."),
		Source: "Uptime Institute tier design availability [UPTIME-TIERS]",
		Check: func(c *pas.Check) {
			p := c.Plan
			a := p.Get(cntAvailability)
			if !a.IsSet() || !cntSingleSite(p) {
				return
			}
			site, tierAvail, ok := cntPrimaryTier(p)
			if ok && a.Num > tierAvail {
				c.Report(cntAvailability, nil, pas.Textf("disponibilité de %s sur le seul site « %s » (%s, conçu pour %s)",
					"availability of %s on the single site \"%s\" (%s, designed for %s)",
					pctText(a.Num), site.Name(dcSites), siteTier.Option(site.Str(siteTier)).Label, pctText(tierAvail)))
			}
		},
	},
	{
		ID: "SLA-03", Severity: pas.Warning,
		Title: t("Engagement 24/7 sans supervision 24/7 ni délais P1", "24/7 commitment without 24/7 monitoring or P1 times"),
		Rationale: t("Un engagement de service 24 h/24 suppose une supervision sur la même plage et des délais de prise en charge et de rétablissement pour les incidents critiques (P1).",
			"A round-the-clock commitment requires monitoring over the same hours and response and restoration times for critical (P1) incidents."),
		Source: "ISO/IEC 27001:2022 A.5.30, A.8.16 (support coverage matches the commitment)",
		Check: func(c *pas.Check) {
			p := c.Plan
			if p.Str(cntSLAHours) != "24x7" {
				return
			}
			if h := p.Get(cntMonHours); h.IsSet() && h.Str != "24x7" {
				c.Report(cntSLAHours, nil, pas.Textf("engagement 24/7 mais supervision en « %s »", "24/7 commitment but monitoring during \"%s\"", cntMonHours.Option(h.Str).Label))
			}
			p1 := incLevel(p, "p1")
			if p1 == nil || !p1.Get(incResponse).IsSet() || !p1.Get(incRestoration).IsSet() {
				c.Report(cntSLAHours, nil, t("engagement 24/7 sans délais de prise en charge et de rétablissement pour le niveau P1 (niveaux de priorité des incidents)",
					"24/7 commitment without response and restoration times for level P1 (incident priority levels)"))
			}
		},
	},
	{
		ID: "REC-01", Severity: pas.Warning,
		Title: t("Procédure de reconstitution des données absente", "No data reconstitution procedure"),
		Rationale: t("Le PAS doit dire comment les données sont reconstituées après une perte ou une corruption, et comment leur intégrité est vérifiée.",
			"The PAS must say how data is rebuilt after a loss or corruption, and how its integrity is checked."),
		Source:   "EuroCloud France 2016 PAS content list [EUROCLOUD-2016]",
		Presence: []*pas.Field{cntReconProcedure},
		Check: func(c *pas.Check) {
			if v := c.Plan.Get(cntReconProcedure); !v.IsSet() || strings.TrimSpace(v.Str) == "" {
				c.Report(cntReconProcedure, nil, t("aucune procédure de reconstitution des données n'est décrite", "no data reconstitution procedure is described"))
			}
		},
	},
}

// cntSingleSite reports whether the design rests on one site: declared
// single-site, or fewer than two sites with a production or recovery role
// among the sites declared.
func cntSingleSite(p *pas.Plan) bool {
	if p.Str(cntArchitecture) == "single_site" {
		return true
	}
	sites := p.Records(dcSites)
	n := 0
	for _, s := range sites {
		if r := s.Get(siteRoles); r.Contains("primary") || r.Contains("secondary") {
			n++
		}
	}
	return len(sites) > 0 && n < 2
}

// cntPrimaryTier returns the production site (the only site when none has
// the production role) and its Uptime tier design availability; ok is false
// when the tier is not an Uptime tier.
func cntPrimaryTier(p *pas.Plan) (*pas.Record, float64, bool) {
	sites := p.Records(dcSites)
	var primary *pas.Record
	for _, s := range sites {
		if s.Get(siteRoles).Contains("primary") {
			primary = s
			break
		}
	}
	if primary == nil && len(sites) == 1 {
		primary = sites[0]
	}
	if primary == nil {
		return nil, 0, false
	}
	a, ok := cntTierAvailability[primary.Str(siteTier)]
	return primary, a, ok
}

// cntPolicyDur returns a duration threshold (zero when unknown).
func cntPolicyDur(c *pas.Check, id string) pas.Duration {
	if v := c.Policy(id); v.IsSet() {
		return v.Dur
	}
	return pas.Duration{}
}

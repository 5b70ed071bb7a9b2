package sections

import (
	"testing"

	"github.com/pas-editor/pas/pas"
)

const cryptoOK = `
crypto:
  deprecated_enabled: []
  at_rest:
    enabled: true
    scope: [disks, databases, object_storage, backups, logs]
    algorithm: aes_256
  in_transit:
    min_tls: "1.2"
    internal_flows: true
    site_to_site: ipsec
  keys:
    management: customer_managed
    location: FR
    hsm: true
    hsm_certification: [fips140_3_l3]
    rotation: 12mo
  asymmetric:
    rsa_min_bits: 3072
    ecc_min_bits: 256
    protect_until: 2035-12-31
`

// cryParties is the base parties section with the host's seat and parent.
func cryParties(hostSeat, hostParent string) string {
	return `
parties:
  organisations:
    - {id: cli, name: Client, role: client, seat_country: FR, gdpr_role: controller}
    - {id: int, name: Integrator, role: provider, seat_country: FR, gdpr_role: processor}
    - {id: host, name: Host, role: hosting, seat_country: ` + hostSeat + `, parent_country: ` + hostParent + `, gdpr_role: sub_processor}
`
}

var (
	cryNoRest       = edit(cryptoOK, "enabled: true\n    scope: [disks, databases, object_storage, backups, logs]\n    algorithm: aes_256", "enabled: false")
	cryProviderKeys = edit(cryptoOK, "management: customer_managed", "management: provider_managed")
)

func TestCryptoRules(t *testing.T) {
	runRuleCases(t, "CRY-01", []ruleCase{
		{"encrypted", cryptoOK, 0},
		{"not encrypted, health data", cryNoRest, 1},
		{"backups and logs only", edit(cryptoOK, "scope: [disks, databases, object_storage, backups, logs]", "scope: [backups, logs]"), 1},
		{"not encrypted, personal data, C2", cryNoRest + smallEngagement("2", "[personal_data]"), 1},
		{"not encrypted, no sensitive data", cryNoRest + smallEngagement("2", "[]"), 0},
		{"not encrypted, C3 only", cryNoRest + smallEngagement("3", "[]"), 1},
	})
	accWantSeverities(t, cryNoRest, "CRY-01", pas.Error)
	accWantSeverities(t, cryNoRest+smallEngagement("2", "[personal_data]"), "CRY-01", pas.Warning)
	accWantSeverities(t, cryNoRest+smallEngagement("2", "[personal_data, special_category]"), "CRY-01", pas.Error)
	accWantSeverities(t, cryNoRest+smallEngagement("3", "[]"), "CRY-01", pas.Error)
	runRuleCases(t, "CRY-02", []ruleCase{
		{"TLS 1.2", cryptoOK, 0},
		{"TLS 1.3", edit(cryptoOK, `min_tls: "1.2"`, `min_tls: "1.3"`), 0},
		{"TLS 1.1", edit(cryptoOK, `min_tls: "1.2"`, `min_tls: "1.1"`), 1},
		{"TLS 1.0", edit(cryptoOK, `min_tls: "1.2"`, `min_tls: "1.0"`), 1},
	})
	runRuleCases(t, "CRY-03", []ruleCase{
		{"nothing deprecated, long keys", cryptoOK, 0},
		{"TLS 1.0 and MD5 enabled", edit(cryptoOK, "deprecated_enabled: []", "deprecated_enabled: [tls_1_0, md5]"), 1},
		{"RSA 1024", edit(cryptoOK, "rsa_min_bits: 3072", "rsa_min_bits: 1024"), 1},
		{"RSA 2048 beyond 2030", edit(cryptoOK, "rsa_min_bits: 3072", "rsa_min_bits: 2048"), 1},
		{"RSA 2048 until 2029", edit(cryptoOK, "rsa_min_bits: 3072", "rsa_min_bits: 2048", "protect_until: 2035-12-31", "protect_until: 2029-06-30"), 0},
		{"RSA 2048, no horizon", edit(cryptoOK, "rsa_min_bits: 3072", "rsa_min_bits: 2048", "    protect_until: 2035-12-31\n", ""), 0},
		{"ECC 224", edit(cryptoOK, "ecc_min_bits: 256", "ecc_min_bits: 224"), 1},
		{"policy asks RSA 4096", cryptoOK + "policy:\n  crypto_rsa_min_bits: 4096\n", 1},
		{"policy moves the horizon", edit(cryptoOK, "rsa_min_bits: 3072", "rsa_min_bits: 2048") + "policy:\n  crypto_rsa_long_term_after: 2040-12-31\n", 0},
		{"policy accepts ECC 224", edit(cryptoOK, "ecc_min_bits: 256", "ecc_min_bits: 224") + "policy:\n  crypto_ecc_min_bits: 224\n", 0},
	})
	runRuleCases(t, "CRY-04", []ruleCase{
		{"provider keys, EU parties", cryProviderKeys, 0},
		{"provider keys, US host", cryProviderKeys + cryParties("US", "US"), 1},
		{"provider keys, US parent", cryProviderKeys + cryParties("IE", "US"), 1},
		{"customer keys, US host", cryptoOK + cryParties("US", "US"), 0},
	})
	runRuleCases(t, "CRY-05", []ruleCase{
		{"backups encrypted", cryptoOK, 0},
		{"backups outside the scope", edit(cryptoOK, "scope: [disks, databases, object_storage, backups, logs]", "scope: [disks, databases, object_storage]"), 1},
		{"nothing encrypted", cryNoRest, 1},
	})
	runRuleCases(t, "CRY-06", []ruleCase{
		{"France", cryptoOK, 0},
		{"Switzerland", edit(cryptoOK, "location: FR", "location: CH"), 0},
		{"China", edit(cryptoOK, "location: FR", "location: CN"), 1},
	})
	runRuleCases(t, "CRY-07", []ruleCase{
		{"yearly rotation", cryptoOK, 0},
		{"no rotation", edit(cryptoOK, "    rotation: 12mo\n", ""), 1},
	})
}

// TestCryptoWhen checks the fields that the plan switches off, and that
// CRY-07 rather than REQ-01 reports a missing rotation.
func TestCryptoWhen(t *testing.T) {
	p := testPlan(t, cryptoOK)
	for _, it := range p.Items(Catalogue().Section("crypto")) {
		t.Errorf("unexpected item to complete: %s", it.Path)
	}
	if testPlan(t, cryNoRest).Active(cryAtRestScope, nil) {
		t.Error("at-rest scope asked although encryption at rest is declined")
	}
	if testPlan(t, edit(cryptoOK, "hsm: true\n    hsm_certification: [fips140_3_l3]", "hsm: false")).Active(cryHSMCert, nil) {
		t.Error("HSM certification asked without an HSM")
	}
	for _, f := range pas.RunChecks(testPlan(t, edit(cryptoOK, "    rotation: 12mo\n", "")), asOf) {
		if f.Rule == "REQ-01" && f.Path == cryRotation.Path {
			t.Error("REQ-01 reports the rotation that CRY-07 owns")
		}
	}
}

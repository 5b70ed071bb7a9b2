package pas

import "testing"

func TestCountryIn(t *testing.T) {
	for code, want := range map[string][2]string{
		"FR": {"en France", "in France"}, "CA": {"au Canada", "in Canada"}, "US": {"aux États-Unis", "in the United States"},
		"MT": {"à Malte", "in Malta"}, "NL": {"aux Pays-Bas", "in the Netherlands"}, "GB": {"au Royaume-Uni", "in the United Kingdom"},
		"IE": {"en Irlande", "in Ireland"}, "IL": {"en Israël", "in Israel"}, "MX": {"au Mexique", "in Mexico"},
		"KR": {"en Corée du Sud", "in South Korea"}, "LU": {"au Luxembourg", "in Luxembourg"}, "CZ": {"en Tchéquie", "in Czechia"},
		"KY": {"aux Îles Caïmans", "in the Cayman Islands"}, "SG": {"à Singapour", "in Singapore"}, "DE": {"en Allemagne", "in Germany"},
	} {
		if got := CountryIn(code, FR); got != want[0] {
			t.Errorf("%s: %q, want %q", code, got, want[0])
		}
		if got := CountryIn(code, EN); got != want[1] {
			t.Errorf("%s: %q, want %q", code, got, want[1])
		}
	}
}

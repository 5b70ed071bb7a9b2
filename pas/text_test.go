package pas

import "testing"

func TestCount(t *testing.T) {
	for _, tc := range []struct {
		n      int
		fr, en string
	}{
		{0, "0\u00a0erreur", "0 errors"},
		{1, "1\u00a0erreur", "1 error"},
		{2, "2\u00a0erreurs", "2 errors"},
	} {
		if got := Count(tc.n, "erreur", "erreurs", "error", "errors"); got.FR != tc.fr || got.EN != tc.en {
			t.Errorf("Count(%d) = %+v, want %q / %q", tc.n, got, tc.fr, tc.en)
		}
	}
}

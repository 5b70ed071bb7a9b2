package tui

import "testing"

// TestBadNumberNamesTheRange checks that a wrong item number says which
// numbers the list accepts, in both languages.
func TestBadNumberNamesTheRange(t *testing.T) {
	for _, c := range []struct {
		n      int
		fr, en string
	}{
		{0, "Numéro invalide : la liste est vide.", "Invalid number: the list is empty."},
		{1, "Numéro invalide : la liste n'a qu'un élément, le 1.", "Invalid number: the list has one item, number 1."},
		{4, "Numéro invalide : de 1 à 4.", "Invalid number: 1 to 4."},
	} {
		if got := badNumber(c.n); got.FR != c.fr || got.EN != c.en {
			t.Errorf("badNumber(%d) = %q / %q", c.n, got.FR, got.EN)
		}
	}
}

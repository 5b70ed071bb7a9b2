package main

import "testing"

// TestCobraFrench checks cobra's messages in French: phrases translated
// whatever the order, counts that agree, quoted names between « ».
func TestCobraFrench(t *testing.T) {
	for in, want := range map[string]string{
		`unknown command "x" for "pas version"`:                                   `commande inconnue « x » pour « pas version »`,
		`unknown shorthand flag: 'z' in -z`:                                       `option courte inconnue : 'z' dans -z`,
		"unknown command \"rendr\" for \"pas\"\n\nDid you mean this?\n\trender\n": "commande inconnue « rendr » pour « pas »\n\nVouliez-vous dire ceci ?\n\trender\n",
		`accepts between 1 and 2 arg(s), received 3`:                              `accepte de 1 à 2 arguments, en a reçu 3`,
		`unknown flag: --foo`:                                                     `option inconnue : --foo`,
		`flag needs an argument: --format`:                                        `l'option attend une valeur : --format`,
		`accepts 1 arg(s), received 0`:                                            "accepte 1\u00a0argument, en a reçu 0",
		`accepts at most 1 arg(s), received 3`:                                    "accepte au plus 1\u00a0argument, en a reçu 3",
		`requires at least 2 arg(s), only received 1`:                             "demande au moins 2\u00a0arguments, en a reçu 1",
		`invalid argument "in for" for "--check" flag: parse`:                     `argument invalide « in for » pour « --check » : parse`,
	} {
		if got := cobraFrench(in); got != want {
			t.Errorf("cobraFrench(%q)\n got %q\nwant %q", in, got, want)
		}
	}
}

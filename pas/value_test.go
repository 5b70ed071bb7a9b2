package pas

import "testing"

// TestValueStates pins what IsSet, Pending, Answered and Missing report for
// each way a value can stand in a plan.
func TestValueStates(t *testing.T) {
	cases := []struct {
		name                              string
		v                                 *Value
		isSet, pending, answered, missing bool
	}{
		{"nil", nil, false, false, false, true},
		{"committed", &Value{Has: true, Str: "x"}, true, false, true, false},
		{"to confirm", &Value{Has: true, Str: "x", State: ToConfirm}, true, true, false, false},
		{"open question", &Value{State: Open}, false, true, false, false},
		{"empty committed", &Value{}, false, false, false, true},
	}
	for _, c := range cases {
		if got := [4]bool{c.v.IsSet(), c.v.Pending(), c.v.Answered(), c.v.Missing()}; got != [4]bool{c.isSet, c.pending, c.answered, c.missing} {
			t.Errorf("%s: IsSet, Pending, Answered, Missing = %v", c.name, got)
		}
	}
}

package sections

import (
	"testing"

	"github.com/pas-editor/pas/pas"
)

// TestVersioning: the catalogue names the cover's version and its version
// history, whose entries have a version, a date and a summary, so that the
// editor can propose a history line when the version changes.
func TestVersioning(t *testing.T) {
	v := Catalogue().Versioning
	if v == nil || v.Version != Catalogue().Field("cover.version") || v.History != Catalogue().Field("cover.changelog") {
		t.Fatalf("versioning: %+v", v)
	}
	if v.Version.Kind != pas.KText || v.History.Kind != pas.KList {
		t.Errorf("kinds: %s, %s", v.Version.Kind, v.History.Kind)
	}
	for _, f := range []*pas.Field{v.EntryVersion, v.EntryDate, v.EntrySummary} {
		if f == nil || f.List != v.History {
			t.Errorf("entry field %v is not a field of the history", f)
		}
	}
	if v.EntryVersion.Kind != pas.KText || v.EntryDate.Kind != pas.KDate || v.EntrySummary.Kind != pas.KText {
		t.Errorf("entry kinds: %s, %s, %s", v.EntryVersion.Kind, v.EntryDate.Kind, v.EntrySummary.Kind)
	}
}

package sections

import "testing"

// TestEveryChapterHasVocabulary: a buyer's requirement can be mapped to
// every chapter, so each one lists the words buyers use for it.
func TestEveryChapterHasVocabulary(t *testing.T) {
	for _, s := range Catalogue().Sections {
		if !s.Cover && len(s.Vocabulary) == 0 {
			t.Errorf("chapter %s has no vocabulary for the grid mapping", s.ID)
		}
	}
}

package sections

import (
	"fmt"
	"sync"

	"github.com/pas-editor/pas/pas"
)

// order is the order of the sections in the editor, the document and
// plan.yaml. Every registered section appears here exactly once.
var order = []string{
	"cover", "engagement", "parties", "docgov", "raci", "datacenter", "frameworks",
	"personnel", "access", "session", "crypto", "hosting", "network", "tools",
	"vulnerability", "change", "devsec", "assets", "continuity", "incident", "audit",
	"gdpr", "confidentiality", "exit", "governance", "client_duties",
}

var (
	registered = map[string]*pas.Section{}
	policy     []*pas.Field
	planRules  []*pas.Rule
	appendices []pas.Appendix
	once       sync.Once
	catalogue  *pas.Catalogue
)

// register adds a section; its file calls it from init.
func register(s *pas.Section) {
	if registered[s.ID] != nil {
		panic("sections: section registered twice: " + s.ID)
	}
	registered[s.ID] = s
}

// threshold declares a policy threshold: a convention a company may set in
// the plan's policy block, with its documented default.
func threshold(f *pas.Field) *pas.Field {
	policy = append(policy, f)
	return f
}

// Catalogue returns the PAS catalogue, built once.
func Catalogue() *pas.Catalogue {
	once.Do(func() {
		var list []*pas.Section
		for _, id := range order {
			if s := registered[id]; s != nil {
				s.Prose = proseOf[id]
				list = append(list, s)
			}
		}
		if len(list) != len(registered) {
			panic(fmt.Sprintf("sections: %d sections registered, %d in the order list", len(registered), len(list)))
		}
		catalogue = pas.MustCatalogue(list, policy, planRules)
		catalogue.Appendices = appendices
		catalogue.Draft = draft
		catalogue.Workshop = workshopSteps()
		catalogue.Issued = issued
		catalogue.Voice = voice
		if err := catalogue.SetCommitments(ptnCommitments); err != nil {
			panic("sections: partners' commitments: " + err.Error())
		}
		catalogue.Versioning = &pas.Versioning{Version: covVersion, History: covChangelog, EntryVersion: covChangelog.RecordField("version"),
			EntryDate: covChangelog.RecordField("date"), EntrySummary: covChangelog.RecordField("summary")}
	})
	return catalogue
}

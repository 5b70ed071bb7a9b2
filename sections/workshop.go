package sections

import "github.com/pas-editor/pas/pas"

// workshopSteps is the order a client follows in a workshop: the context
// and the security needs (DICT) first, then the client's contacts, where
// the data lives, the recovery objectives, the personal data entrusted,
// who approves for the client, and the RACI rows the client holds. The
// editor then asks the client's other questions, in catalogue order.
func workshopSteps() []pas.WorkshopStep {
	var steps []pas.WorkshopStep
	for _, f := range fields(
		engBuyer, engProcurementRef, engProcedure, engScope,
		engAvailability, engIntegrity, engConfidentiality, engTraceability, engDataFlags,
		ptyContacts, dcSites,
		cntRPO, cntRTO, cntAvailability,
		gdprProcessing, gdprDPIARequired, gdprDPIADone, gdprDPIADate,
		accApprover, govApprover,
	) {
		steps = append(steps, pas.WorkshopStep{Field: f})
	}
	return append(steps, pas.WorkshopStep{Field: raciActivites, Holds: clientHolds})
}

// clientHolds reports whether the client has a letter on a RACI row: some
// party whose role is the client's. When no party is the client yet, the
// client holds every row.
func clientHolds(p *pas.Plan, r *pas.Record) bool {
	clients := parties(p, "client")
	if len(clients) == 0 {
		return true
	}
	letters := r.Get(actAssign).RACIOrNil()
	for _, c := range clients {
		if letters[c.ID] != "" {
			return true
		}
	}
	return false
}

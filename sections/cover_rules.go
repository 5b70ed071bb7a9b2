package sections

import "github.com/pas-editor/pas/pas"

// coverRules check the document's identification and the engagement's
// consistency (CTX rules).
var coverRules = []*pas.Rule{}

package extract

import "regexp"

// A title of a company's named unit (round 19, helper z23roles; dev5's
// "chief executive of Ericsson's subsidiary Vonage"): "P, CEO of A's
// subsidiary B" is a title at B, the unit the possessive's noun names; A
// is only its owner. The pair (P, A's) states nothing (roles.go: a part
// of A); roles.go reads the name right after the noun with this.

// possUnitRE is the noun between "A's" and the unit's name ("tower company",
// round 29: "a former chief executive of Vodafone's tower company Vantage
// Towers").
var possUnitRE = regexp.MustCompile(`^ (?:[a-z-]+ )?(?:subsidiary|unit|arm|division|affiliate|company|business|venture) $`)

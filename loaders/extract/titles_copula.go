package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// possAfter reports whether the matched person is a possessive ("is Jane
// Park's successor"): then the title is not hers.
func possAfter(s *sent, m string) bool {
	return strings.Contains(s.flat, m+"'") || strings.Contains(s.flat, m+"’")
}

// titleCopulaRules read a title that an organisation's possessive or a
// "whose" clause gives a person (writer k, issue 13): "Acme's chief
// executive is Jane Park", "the group's chief executive is P", "Acme,
// whose chief executive P has pushed ...". A title after a holding ("the
// unit's") is the holding's, and personRole keeps it from the owner.
var titleCopulaRules = []rule{
	{name: "X's CEO is Z", keys: []string{"chief executive", "ceo"}, flat: true, re: rx(`(?i)` + rOrg + `'s? ((?:new |current |former |interim )?)(?:group |global )?` + rCEO + ` (?:since [^,;<]{1,30}? )?(?:is|was|has been|remains) (?:now )?` + rPer), fn: func(x *extractor, s *sent, m []string) {
		// ("TIM's chief executive since January 2022 has been P": round 45, dev29)
		if !possAfter(s, m[0]) {
			x.personRole(s, schema.RelCEOOf, m[3], m[1], m[2], 0.8)
		}
	}},
	{name: "X, whose CEO Z", keys: []string{"whose"}, flat: true, re: rx(`(?i)` + rOrg + `,? whose ((?:new |current |former |interim )?)(?:group |global )?` + rCEO + `,? ` + rPer), fn: func(x *extractor, s *sent, m []string) {
		x.personRole(s, schema.RelCEOOf, m[3], m[1], m[2], 0.8)
	}},
	{name: "X's chairman is Z", keys: []string{"chair"}, flat: true, re: rx(`(?i)` + rOrg + `'s? ((?:new |current |former |interim )?)(?:chairman|chairwoman|chair) (?:since [^,;<]{1,30}? )?(?:is|was|has been|remains) (?:now )?` + rPer), fn: func(x *extractor, s *sent, m []string) {
		if !possAfter(s, m[0]) {
			x.personRole(s, schema.RelChairmanOf, m[3], m[1], m[2], 0.8)
		}
	}},
	{name: "X, whose chairman Z", keys: []string{"whose"}, flat: true, re: rx(`(?i)` + rOrg + `,? whose ((?:new |current |former |interim )?)(?:chairman|chairwoman|chair),? ` + rPer), fn: func(x *extractor, s *sent, m []string) {
		x.personRole(s, schema.RelChairmanOf, m[3], m[1], m[2], 0.8)
	}},
}

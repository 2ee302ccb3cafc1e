package extract

import (
	"regexp"

	"github.com/telcograph/telcograph/schema"
)

// This file keeps "neither ... nor" from stating investments (helper
// z20inv, issue 13): "Neither A nor B invested in Y", "Neither A nor B is
// a shareholder in Y", "Neither A nor B took part" deny the investment of
// every item, not only the first; "Y took money from neither A nor B"
// denies it for the investors after "neither" too. An investor named
// outside the span keeps its fact ("A invested in Y, but neither B nor C
// did").

// neitherRels are the relations "neither A nor B" denies of its subjects:
// investments (helper z20inv), and memberships and partnerships (round 29,
// dev16: "neither Huawei nor ZTE belongs to it").
var neitherRels = map[schema.Relation]bool{
	schema.RelInvestedIn: true, schema.RelMemberOf: true, schema.RelFoundingMember: true, schema.RelPartnerOf: true,
}

// neitherNorRE is a "neither ... nor ..." span up to the clause's end (a
// full stop inside a name such as "T.Capital" does not end it).
var neitherNorRE = regexp.MustCompile(`(?i)\bneither\b(?:[^,;:.!?]|\.\S)*?\bnor\b(?:[^,;:.!?]|\.\S)*`)

// deniedByNeither reports whether every mention of investment f's
// investor in sentence s lies inside a "neither ... nor" span, or its
// investee does and the investor is named before the span.
func deniedByNeither(s *sent, f schema.Fact) bool {
	if !neitherRels[f.Relation] || describingRules[f.Rule] {
		return false
	}
	spans := neitherNorRE.FindAllStringIndex(s.text, -1)
	if len(spans) == 0 {
		return false
	}
	in := func(m *mention) bool {
		for _, sp := range spans {
			if m.Start >= sp[0] && m.End <= sp[1] {
				return true
			}
		}
		return false
	}
	named, inside := false, true
	for i := range s.ms {
		m := &s.ms[i]
		if m.Slug != f.Subject.ID {
			continue
		}
		named = true
		if !in(m) {
			inside = false
		}
	}
	if named && inside {
		return true
	}
	for i := range s.ms {
		if m := &s.ms[i]; f.Relation == schema.RelInvestedIn && m.Slug == f.Object.ID && in(m) && named {
			return true // "A put money into neither B nor C"
		}
	}
	return false
}

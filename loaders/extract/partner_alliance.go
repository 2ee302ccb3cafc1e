package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// A company and an alliance referred to rather than named are no partners
// (issue 13, helper x13p9): "The AI Infrastructure Partnership today
// announced that NVIDIA and xAI have joined the group, and that GE Vernova
// and NextEra Energy will work with it on energy supply" makes them
// suppliers of the group, and the gold conventions annotate cooperation
// inside an alliance as membership, not partnerOf. An alliance named in
// the sentence stays a partner ("a joint commitment with ... the OCUDU
// Ecosystem Foundation", corpus 07), and two alliances or two companies
// partner as before; emit (relations.go) drops the rest.

// companyAlliancePair reports whether f is a partnerOf between a party
// and an alliance that a pronoun or description stands for.
func (x *extractor) companyAlliancePair(f schema.Fact) bool {
	if f.Relation != schema.RelPartnerOf {
		return false
	}
	sa, oa := x.typeOf(f.Subject.ID) == schema.TypeAlliance, x.typeOf(f.Object.ID) == schema.TypeAlliance
	switch {
	case sa == oa:
		return false
	case sa:
		return referredTo(f.Subject.Text)
	default:
		return referredTo(f.Object.Text)
	}
}

// referredTo reports whether a mention's text is a pronoun or a
// description rather than a name: "it", "its", "the group", "the
// alliance's".
func referredTo(t string) bool {
	t = strings.ToLower(strings.TrimSpace(t))
	switch t {
	case "it", "its", "they", "them", "their":
		return true
	}
	return strings.HasPrefix(t, "the ") && descriptionOnly(t[4:])
}

// descriptionOnly reports whether words (lower case) are common nouns of
// a group: "group", "alliance's", "new body".
func descriptionOnly(w string) bool {
	for _, f := range strings.Fields(w) {
		f = strings.TrimSuffix(strings.TrimSuffix(f, "'s"), "’s")
		switch f {
		case "group", "alliance", "body", "coalition", "consortium", "initiative", "programme", "program", "forum", "partnership", "foundation", "new", "club", "association":
		default:
			return false
		}
	}
	return true
}

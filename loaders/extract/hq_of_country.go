package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file (round 26, from probe set E) reads a company's country from
// "Hoshida Telecom of Japan", "Ocelan Telecom of Mexico": only a company
// the register or the text knows as one ("the Bank of Japan" is no company
// of Japan the mention layer gave). A country alone in brackets after a
// company ("Acme (Spain)") stays a market, not a seat (hq_bracket_place.go).
// The mentions are walked, not matched by a pattern: " of " is in most
// sentences, and a pattern tried on each cost the extractor speed.

// famOfCountry states headquarteredIn for each company mention followed
// by "of" and a country's name.
func (x *extractor) famOfCountry(s *sent) {
	for i := 0; i+1 < len(s.ms); i++ {
		m, n := s.ms[i], s.ms[i+1]
		if n.Kind != 'N' || n.Demonym || m.Poss || m.Coref || m.Slug == "" || s.text[m.End:n.Start] != " of " {
			continue
		}
		if rest := s.text[n.End:]; rest != "" && !strings.HasPrefix(rest, " ") && !strings.HasPrefix(rest, ",") && !strings.HasPrefix(rest, ".") &&
			!strings.HasPrefix(rest, ";") && !strings.HasPrefix(rest, "'s") && !strings.HasPrefix(rest, "’s") {
			continue
		}
		if x.typeOf(m.Slug) != schema.TypeCompany {
			continue
		}
		o, c := x.argOf(s, i), x.argOf(s, i+1)
		if len(o) != 1 || len(c) != 1 {
			continue
		}
		x.rule = "X of N"
		x.hqFact(s, o[0], c[0], 0.8)
	}
}

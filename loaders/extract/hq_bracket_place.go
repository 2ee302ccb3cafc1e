package extract

import (
	"regexp"
	"strings"
)

// Headquarters in brackets after a name in prose (helper z18hq, issue 13,
// the orgfacts3 drill): press releases and round-ups set the seat after
// the name, with the listing before it when there is one: "ZTE (Shenzhen,
// China) demonstrated ...", "NTT DATA (TSE: 9613; Tokyo, Japan) is ...",
// "2. Aleph Alpha (Heidelberg, Germany)". The brackets hold a place (a
// city, and a state or region) or a listing, then the country, and close
// right after it; a country alone ("Orange (Spain)") names a market as
// often as a seat and is read only for roster items (hq_item_bracket.go).

// hqBracketPlaceRE is the bracket's text before the country: an optional
// listing ("NYSE: T; ", "TSE 9613; ") and one or two place names, each
// followed by a comma; at least one of them.
var hqBracketPlaceRE = regexp.MustCompile(`\((?:[A-Z][A-Za-z]{1,9}(?: [A-Z][a-z]+)?:? ?[A-Z0-9][\w.]{0,7}; )?((?:[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2}, ){0,2})$`)

// hqBracketPlace is the organisation mention whose bracket closes with
// country mention n, or -1.
func (x *extractor) hqBracketPlace(s *sent, n int) int {
	cm := &s.ms[n]
	if !strings.HasPrefix(s.text[cm.End:], ")") || cm.Poss {
		return -1
	}
	pre := s.text[:cm.Start]
	loc := hqBracketPlaceRE.FindStringSubmatchIndex(pre)
	if loc == nil || loc[1]-loc[0] == 1 {
		return -1 // "(Spain)": a market as often as a seat
	}
	open := loc[0]
	if !strings.HasSuffix(pre[:open], " ") {
		return -1
	}
	for k := range s.ms {
		if s.ms[k].End == open-1 && orgMention(&s.ms[k]) && s.ms[k].Kind != 'N' && !s.ms[k].Poss {
			return k
		}
	}
	return -1
}

package extract

import (
	"regexp"
	"strings"
)

// This file lets a headquarters place run on to its country after a
// second comma (helper z15hq, issue 13): "The company is headquartered in
// Menlo Park, California, in the United States" names the country after
// the state, with "in the" before it; only "in Lakeside, Finland" (a bare
// comma) was read before. The unknown name before the gap is the state or
// city, no organisation, and the headquarters cue is looked for before it
// (hq.go famHeadquarters).

// placeChainRE is the gap between a place and the country that closes it.
// A town placed near a city runs on the same way (helper z18hq): "in
// Ismaning, near Munich, Germany".
var placeChainRE = regexp.MustCompile(`^\s*,\s*(?:near\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}\s*,\s*)?(?:in\s+(?:the\s+)?)?$`)

// placeChainGap reports whether gap joins a place to its country.
func placeChainGap(gap string) bool {
	return placeChainRE.MatchString(gap)
}

// hqStateChain reads a seat told over a city and its state or region
// before the country (helper z18hq): "X is headquartered in Holmdel, New
// Jersey, in the United States", where the place names need not be
// mentions of their own. It returns the organisation mention before the
// cue and the cue's match, or -1 and nil.
func (x *extractor) hqStateChain(s *sent, at int) (int, []string) {
	pre := s.text[:at]
	loc := hqStateChainRE.FindStringIndex(pre)
	if loc == nil {
		return -1, nil
	}
	o := -1
	for k := range s.ms {
		m := &s.ms[k]
		if m.End <= loc[0] && orgMention(m) && m.Kind != 'U' && (o < 0 || m.End > s.ms[o].End) {
			o = k
		}
	}
	if o < 0 {
		return -1, nil
	}
	gap := hqStateChainRE.ReplaceAllString(pre[s.ms[o].End:], "$1, ")
	i := strings.LastIndex(gap, " in ")
	if i < 0 {
		return -1, nil
	}
	if m := hqGap.FindStringSubmatch(strings.ToLower(gap[:i+4]) + gap[i+4:]); m != nil && m[1] != "base" {
		return o, m
	}
	return -1, nil
}

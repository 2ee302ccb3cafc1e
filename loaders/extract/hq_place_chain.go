package extract

import "regexp"

// This file lets a headquarters place run on to its country after a
// second comma (helper z15hq, issue 13): "The company is headquartered in
// Menlo Park, California, in the United States" names the country after
// the state, with "in the" before it; only "in Lakeside, Finland" (a bare
// comma) was read before. The unknown name before the gap is the state or
// city, no organisation, and the headquarters cue is looked for before it
// (hq.go famHeadquarters).

// placeChainRE is the gap between a place and the country that closes it.
var placeChainRE = regexp.MustCompile(`^\s*,\s*(?:in\s+(?:the\s+)?)?$`)

// placeChainGap reports whether gap joins a place to its country.
func placeChainGap(gap string) bool {
	return placeChainRE.MatchString(gap)
}

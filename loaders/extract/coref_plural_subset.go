package extract

import "slices"

// A counted plural that picks part of a list: "SoftBank has now joined
// the alliance, which the other four formed" is the last list of five
// without SoftBank; "A, B, C, D and E agreed to set up a venture. The
// first four had launched the alliance in 2023" is A to D (round 27,
// dev15).

// subsetWords open such a plural: "the other four", "the remaining
// three", "the first two", "the original four".
var subsetWords = map[string]bool{"other": true, "remaining": true, "first": true, "original": true}

// subsetGroup resolves "the <word> <n>": for "other" and "remaining", the
// most recent list within listWindow that, without the companies this
// sentence named before the description, has n; for "first" and
// "original", the first n of the most recent list longer than n. nil when
// no list fits, or when two lists of the sentence before it fit
// differently.
func (x *extractor) subsetGroup(word string, n int) []string {
	before := x.curOrgs
	for i := len(x.recentLists) - 1; i >= 0; i-- {
		l := x.recentLists[i]
		if x.sentIdx-l.at > listWindow {
			break
		}
		switch word {
		case "other", "remaining":
			var rest []string
			named := 0
			for _, s := range l.slugs {
				if slices.Contains(before, s) {
					named++
					continue
				}
				rest = append(rest, s)
			}
			if named > 0 && len(rest) == n {
				return rest
			}
		default:
			if len(l.slugs) > n {
				return append([]string(nil), l.slugs[:n]...)
			}
		}
	}
	return nil
}

// theCountVerb reports whether w, after "the N" with no noun, is a verb
// whose subject the N parties are: "In June the five signed an
// agreement", "the other four formed".
func theCountVerb(w string) bool {
	switch w {
	case "signed", "agreed", "formed", "founded", "launched", "created", "set", "announced", "said",
		"had", "would", "jointly", "each", "together", "own", "hold", "plan", "intend":
		return true
	}
	return pluralVerbNext(w)
}

// rankWords may stand between a counted plural's number and its
// nationality: "the two largest US operators", "the three biggest
// Korean carriers" (round 27, dev15).
var rankWords = map[string]bool{"largest": true, "biggest": true, "leading": true, "main": true, "major": true, "big": true, "dominant": true}

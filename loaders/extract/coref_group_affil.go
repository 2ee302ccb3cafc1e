package extract

import "github.com/telcograph/telcograph/schema"

// onlyAffiliations reports whether every company the sentence has named so
// far is a person's affiliation in the possessive ("SoftBank's Ryuji
// Wakikawa will chair the group in its first phase": round 28, dev15). Such
// a company is where the person comes from, not what the sentence is
// about, so "the group" may still be the alliance under discussion
// (groupRef).
func (x *extractor) onlyAffiliations() bool {
	if len(x.curMs) == 0 {
		return false
	}
	for k, m := range x.curMs {
		if m.Kind == 'P' || x.typeOf(m.Slug) == schema.TypeCountry {
			continue
		}
		if !m.Poss || k+1 >= len(x.curMs) || x.curMs[k+1].Kind != 'P' || x.curMs[k+1].Start > m.PossEnd+1 {
			return false
		}
	}
	return true
}

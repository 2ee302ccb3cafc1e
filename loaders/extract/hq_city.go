package extract

import "github.com/telcograph/telcograph/schema"

// cityOnly reports whether the rule at work would state a headquarters
// country from a city alone ("the London-based GSMA", "The
// Hangzhou-headquartered Alibaba"). News uses such descriptors for where a
// company sits, not for its country of record, and every blind writer
// marked them as no headquarters fact; on the sets the rules were written
// with no gold fact rests on one, so a city states no country. "X is
// headquartered in Stockholm, Sweden" names the country and is not
// affected.
func (x *extractor) cityOnly(rel schema.Relation) bool {
	return rel == schema.RelHeadquarteredIn && x.rule == "nationality.city"
}

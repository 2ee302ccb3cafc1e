package extract

import "github.com/telcograph/telcograph/schema"

// mergeFact folds fact f into the fact already extracted under key, if
// there is one, and reports whether there was: qualifiers the old one
// lacks are taken from f, the higher confidence is kept, and a partnership
// one sentence states outright is stated, whatever another sentence said
// was planned or under way (issue 13, helper z24part: "A and B said they
// would build a lab. The two companies are partners." states it). A
// venture or a post planned in one sentence stays planned when a later one
// names it as if it were there ("named X its next chief executive").
func (x *extractor) mergeFact(f schema.Fact, key string) bool {
	for i := range x.facts {
		if x.facts[i].key != key {
			continue
		}
		x.facts[i].lastSaid = x.sentIdx
		old := &x.facts[i].Fact
		if old.Since.IsZero() {
			old.Since = f.Since
		}
		if old.Date.IsZero() && !f.Date.IsZero() {
			old.Date = f.Date
		}
		if old.Amount == "" {
			old.Amount = f.Amount
		}
		if old.Purpose == "" {
			old.Purpose = f.Purpose
		}
		if old.Share == "" {
			old.Share = f.Share
		}
		if f.Relation == schema.RelPartnerOf && f.Modality == "" && (old.Modality == schema.Planned || old.Modality == schema.InProgress) {
			old.Modality = "" // stated outright
		}
		old.Confidence = max(old.Confidence, f.Confidence)
		if x.unlessNamed == "" {
			x.facts[i].unlessNamed = "" // stated outright too
		}
		return true
	}
	return false
}

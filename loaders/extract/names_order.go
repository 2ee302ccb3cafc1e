package extract

import "strings"

// This file lets later sentences call a person by a family name written
// first (issue 13, the roles drill): "Singtel group chief executive Yuen
// Kuan Moon ... takes over as the alliance's chairman from Yuen", "Kim
// Young-shub ... Kim, who was previously ...". A name is read as family
// name first when it has three words ("Yuen Kuan Moon") or its given name
// is hyphenated ("Kim Young-shub"); the first such person keeps the word,
// and a word the lexicon already knows by itself (another name, a company)
// is never taken over; longer names that open with it still match first.

// defineFamilyFirst defines the first word of a person's name w as that
// person, under the shape above.
func (x *extractor) defineFamilyFirst(w []string, slug string) {
	if len(w) < 2 || len(w) > 3 {
		return
	}
	if len(w) == 2 && !strings.Contains(w[1], "-") {
		return
	}
	first := w[0]
	if len(first) < 2 || strings.ContainsAny(first, "-.'’") {
		return
	}
	for _, e := range x.lx.first[wordKey(first)] {
		if len(e.toks) == 1 {
			return // the word names something already
		}
	}
	x.lx.define(first, slug)
}

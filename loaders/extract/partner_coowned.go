package extract

// Two companies that "run I-Systems together" or that "ran together" the
// company a relative clause hangs on ("the equipment maker that A and B
// ran together") co-own and run a business: that is a joint venture of
// theirs, stated by the venture rules where the gold counts it, and no
// partnership (tune split and ventures drill, 2026-12-04: the two false
// partnerOf of partner.reciprocal-adverb). Running trials, services or
// a campaign together still is one: the verb's object must be a named
// organisation, or the verb sit in a relative clause on what they ran.

// coRunVerbs are the verbs of running or owning a business.
var coRunVerbs = map[string]bool{"run": true, "operate": true, "own": true, "co-own": true, "control": true, "manage": true}

// coRunBusiness reports whether the verb at v, over the subject at subj,
// says its two subjects run or own a business together.
func (c *clauses) coRunBusiness(x *extractor, v, subj int) bool {
	if founders[c.us[v].Lemma] {
		return c.madeTogetherRelative(v, subj) // partner_made_relative.go
	}
	if !coRunVerbs[c.us[v].Lemma] {
		return false
	}
	if subj > 0 && c.relative(subj-1) || c.madeTogetherRelative(v, subj) {
		return true // "the equipment maker that A and B ran together", "the venture A and B ran together"
	}
	o := v + 1
	return o < len(c.us) && c.us[o].Kind == 'E' && !c.isPerson(x, o)
}

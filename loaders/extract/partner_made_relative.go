package extract

import "strings"

// The thing two parties set up or ran together, told by a relative clause
// on it (round 21, helper z25part; writers members4 and ventures2 among
// the wrong facts): "CAMARA, the open-source project that the GSMA and the
// Linux Foundation set up together in 2022", "Sony Ericsson was the
// handset venture Sony and Ericsson ran together until 2012". The two
// are the thing's founders or co-owners, which the founding and venture
// rules read where the gold counts them, not partners: coRunBusiness
// (partner_coowned.go) left out only "that A and B ran together"; this
// adds the founding verbs after a relative pronoun and the relative
// clause with no pronoun ("the venture A and B ran"), whose verb has no
// object of its own (the noun phrase may have been read as the names'
// descriptor). A founding verb in a main clause ("A and B set up
// the lab together") is still read as the rules read it.

// madeTogetherRelative reports whether the verb at v, over the subject at
// subj, sits in a relative clause on the noun phrase before its subject.
func (c *clauses) madeTogetherRelative(v, subj int) bool {
	if subj >= 1 && c.us[subj-1].Kind == 'M' && c.us[subj-1].words == "the" {
		subj-- // "that the GSMA and B set up": the subject's article
	}
	if subj < 1 {
		return false
	}
	if c.relative(subj-1) && c.us[subj-1].words != "who" {
		return subj >= 2 && (c.us[subj-2].Kind == 'N' || c.us[subj-2].Kind == 'E' || c.isPunct(subj-2, ","))
	}
	n := c.us[subj-1]
	if n.Kind != 'N' && n.Kind != 'M' || !strings.HasPrefix(n.words, "the ") && !strings.HasPrefix(n.words, "a ") && !strings.HasPrefix(n.words, "an ") {
		return false // "the handset venture A and B ran"
	}
	o := v + 1
	return o >= len(c.us) || c.us[o].Kind != 'N' && c.us[o].Kind != 'E' && c.us[o].Kind != 'M'
}

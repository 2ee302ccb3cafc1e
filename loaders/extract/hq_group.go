package extract

import "github.com/telcograph/telcograph/schema"

// This file reads headquarters from a plural description with a
// nationality ("A and B were named as partners; the two Korean carriers
// did not comment", "the three Japanese operators"): each member of the
// group the description resolved to (coref.go's group) is based in that
// country. When the text or a prior (priors.go) places any member
// elsewhere, the group or the nationality is not what it seems, and
// nothing is stated.

// groupNations states the headquarters of the members of each plural
// nationality description of s.
func (x *extractor) groupNations(s *sent) {
	for _, m := range s.ms {
		if m.Kind != 'G' || m.Nation == "" || len(m.Group) < 2 {
			continue
		}
		fits := true
		for _, g := range m.Group {
			if c := x.knownNation(g); c != "" && c != m.Nation || x.typeOf(g) != schema.TypeCompany {
				fits = false
			}
		}
		if !fits {
			continue
		}
		for _, g := range m.Group {
			a := arg{slug: g, text: m.Text}
			x.emit(s, schema.Fact{Relation: schema.RelHeadquarteredIn, Subject: x.mention(a, g), Object: x.mention(a, m.Nation)}, 0.7)
		}
	}
}

// nationGroup is the group of n companies a plural nationality
// description names: g, the group found by count alone, when none of its
// members is placed elsewhere; else the companies of this sentence, or
// else of the one before, that nothing places elsewhere, when exactly n
// do ("A and B were named partners of C; the two Korean carriers ...",
// with C known to be American).
func (x *extractor) nationGroup(g []string, n int, nation string) []string {
	fit := func(s string) bool {
		c := x.knownNation(s)
		return x.typeOf(s) == schema.TypeCompany && (c == "" || c == nation)
	}
	all := len(g) == n
	for _, s := range g {
		all = all && fit(s)
	}
	if all {
		return g
	}
	for _, orgs := range [][]string{x.curOrgs, x.prevOrgs} {
		var out []string
		for _, s := range orgs {
			if fit(s) {
				out = append(out, s)
			}
		}
		if len(out) == n {
			return out
		}
		if len(orgs) > 0 {
			return nil // the nearest sentence naming companies decides
		}
	}
	return nil
}

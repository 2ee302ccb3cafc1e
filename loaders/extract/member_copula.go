package extract

import "github.com/telcograph/telcograph/schema"

// Memberships told with a copula or "belong" (issue 13, helper x13p):
// "A and B are both members of X", "all four are members of X and of Y"
// (each group of the coordination), "A and B (both) belong to X". Only a
// group the register types as an alliance is one a company belongs to:
// "Arm belongs to SoftBank" is ownership. Near misses: negation, a
// board's or a committee's members, a person.

// famMemberCopula reads the shapes above.
func (x *extractor) famMemberCopula(c *clauses) {
	for v := 0; v+2 < len(c.us); v++ {
		u := c.us[v]
		if u.Kind != 'V' || u.Neg {
			continue
		}
		var at int // the unit after "of" / "to"
		rel := schema.RelMemberOf
		switch {
		case u.Lemma == "belong":
			if c.us[v+1].Kind != 'P' || c.us[v+1].Lemma != "to" {
				continue
			}
			at = c.strandedOr(v+1, v+2) // member_stranded.go
		case u.Lemma == "be":
			n := v + 1
			for n+1 < len(c.us) && c.us[n].Kind == 'O' && copulaAdverbs[c.us[n].words] {
				n++ // "are also among", "are all founding members"
			}
			among := c.us[n].Kind == 'P' && c.us[n].Lemma == "among" && n+1 < len(c.us)
			if among {
				n++
			}
			w := c.us[n].words
			// "both members" reads as a group mention; "members" as a noun
			switch {
			case !among && c.us[n].Kind == 'E' && (w == "both members" || w == "all members"), !among && c.us[n].Kind == 'N' && w == "members":
			case among && c.us[n].Kind == 'E' && (w == "the members" || w == "its members" || w == "the founding members") && (c.boundary(n+1) || c.isPunct(n+1, ",")):
				// "are among the members," read as a group mention
				if w == "the founding members" {
					rel = schema.RelFoundingMember
				}
			case c.us[n].Kind == 'N' && memberNoun(c.us[n], among):
				if c.us[n].Lemma != "member" || c.us[n].hasMod("founding", "co-founding") {
					rel = schema.RelFoundingMember
				}
			default:
				continue
			}
			if among && (n+1 >= len(c.us) || c.boundary(n+1) || c.isPunct(n+1, ",")) {
				at = -1 // "A and B are among the members, while ...": the group the sentence names (member_among_test.go)
				break
			}
			if n+1 >= len(c.us) || c.us[n+1].Kind != 'P' || c.us[n+1].Lemma != "of" {
				continue
			}
			if at = c.strandedOr(n+1, n+2); at == strandedPrep && among {
				continue
			}
		default:
			continue
		}
		subj := c.subject(v)
		if subj < 0 || c.isPerson(x, subj) {
			continue
		}
		if at == strandedPrep {
			if at = c.relativeObject(subj); at < 0 || negRE.MatchString(c.s.text) {
				continue
			}
		}
		var groups []arg
		if at >= 0 {
			groups = c.memberGroups(x, at)
		} else if g, ok := x.allianceHere(c); ok {
			groups = []arg{g}
		}
		if len(groups) == 0 {
			continue
		}
		x.rule = "copula.member-coordinated"
		for _, a := range c.args(x, subj) {
			for _, g := range groups {
				x.emitFact(c.s, rel, a, g, c.modText(subj, v), 0.75, schema.Fact{})
			}
		}
	}
}

// memberGroups are the alliances named from unit at on: the first over
// articles and describing words ("the Acme-led X"), then each one joined
// by "and of" / "and to" ("of X and of Y"). A unit that is no alliance
// ends the list; a first one that is none gives nothing.
func (c *clauses) memberGroups(x *extractor, at int) []arg {
	var out []arg
	for {
		k := at
		for k < len(c.us) && c.us[k].Kind == 'M' {
			k++
		}
		if k >= len(c.us) || c.us[k].Kind != 'E' {
			return out
		}
		k = c.described(k)
		if c.ents[c.us[k].ent].poss {
			return out
		}
		// a list unit: its alliances ("of X and Y"; "of X, and A
		// helped found it" runs a company into the list)
		n := len(out)
		for _, a := range c.args(x, k) {
			if x.resolve(a, allianceTypes) != "" {
				out = append(out, a)
			}
		}
		if len(out) == n {
			return out
		}
		if k+2 < len(c.us) && c.us[k+1].Kind == 'O' && c.us[k+1].words == "and" && c.us[k+2].Kind == 'P' && (c.us[k+2].Lemma == "of" || c.us[k+2].Lemma == "to") {
			at = k + 3
			continue
		}
		return out
	}
}

// copulaAdverbs may stand between a copula and its predicate.
var copulaAdverbs = map[string]bool{"also": true, "all": true, "both": true, "still": true, "already": true, "now": true}

// memberNoun reports whether the noun unit u names members or founders
// with no other describing word than "founding": "founding members",
// "the founders" (with "among": "among the members"), never "board
// members" nor "the first members" of something else.
func memberNoun(u unit, among bool) bool {
	switch u.Lemma {
	case "member", "founder", "co-founder":
	default:
		return false
	}
	for _, m := range u.mods {
		switch m {
		case "founding", "co-founding", u.Lemma:
		case "the":
			if !among {
				return false // "are the members": a roster, left to the roster rules
			}
		default:
			return false
		}
	}
	return true
}

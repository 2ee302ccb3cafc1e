package extract

import (
	"slices"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file reads "the group" and "the group's" where no alliance is in
// reach (helper z24coref, round 20). groupRef (coref.go) gives up on "the
// group" after a company: it is that company's corporate group, which the
// gold of every writer links to the company itself ("Tim Hottges, who has
// run the group since 2014", "P, the group's managing director and CEO",
// "the group's largest shareholder", "Masayoshi Son chairs the group").
// The company is the first one its own sentence named before it ("Niel
// is the owner of Iliad; the group's chief executive is P", "CEO of BCE
// Inc. and of its Bell Canada subsidiary, ..., the group's chief
// executive": BCE's), else a company named in the last eight sentences
// whose name ends in Group (not one of an earlier paragraph when this
// paragraph has named another company: paraNamesOther), else the subject of the sentence before ("Qatar's Ooredoo
// went further ... P, the group's managing director"), else the one the
// passage is about (topicCompany). In apposition ("Meta holds a stake in
// J, the group's digital arm") it is J's owner: none of its sentence's
// companies. A company the article has stated as a joint venture
// (namedVenture) is no corporate group either. An alliance named within reach
// leaves the description to groupRef, resolved or not, and a group that
// "was formed", that its sentence or the one before founds ("Set up in
// 2023 by A and B, the group"; "A and B set up J. The group is a joint
// venture of the two") is no company's corporate group: it may be what
// was founded.

// corporateGroup resolves a bare "the group" opening at token i when no
// alliance is in reach; "" when one is, or no company is in focus. A unit
// named after its parent ("the CEO of Acme Digital, P, said the group's
// arm") gives the group to the parent (hq_desc_parent.go).
func (x *extractor) corporateGroup(toks []token, i int) string {
	s := x.corporateGroupOf(toks, i)
	if s == "" {
		return ""
	}
	return x.parentNamedIn(s, "group", x.knownNation(s))
}

// corporateGroupOf is corporateGroup before the parent is looked for.
func (x *extractor) corporateGroupOf(toks []token, i int) string {
	if i+1 >= len(toks) || toks[i].Key != "the" || toks[i+1].Key != "group" {
		return ""
	}
	if i+2 < len(toks) && (toks[i+2].Key == "of" || toks[i+2].Upper) {
		return "" // "the group of operators", "the group Acme"
	}
	if len(x.curGroups) > 0 {
		return ""
	}
	for s, last := range x.lastSeen {
		if x.typeOf(s) == schema.TypeAlliance && (x.sentIdx-last <= groupWindow || last >= x.paraStart) {
			return ""
		}
	}
	if v := i + 3; v < len(toks) && (toks[i+2].Key == "was" || toks[i+2].Key == "is" || toks[i+2].Key == "were") && foundingVerbs[toks[v].Key] {
		return "" // "The group was formed by the four operators"
	}
	if foundsSomething(toks[:i]) || x.lastSent != nil && foundsSomething(tokenize(x.lastSent.text)) {
		// "Set up in 2023 by A and B, the group ...", "A and B set up
		// J in May. The group is a joint venture of the two": the
		// group is what was founded
		return ""
	}
	appos := i > 0 && toks[i-1].Text == ","
	fits := func(s string) bool {
		return s != "" && x.typeOf(s) == schema.TypeCompany && !x.descExclude[s] && !(appos && slices.Contains(x.curOrgs, s)) && !x.namedVenture(s)
	}
	if sec, _ := x.sectionTopic(); fits(sec) && !slices.ContainsFunc(x.curOrgs, func(o string) bool { return o != sec && fits(o) && strings.HasSuffix(x.nameOf(o), " Group") }) {
		// "KDDI\n... the figures include ELYZA, the developer in which
		// the group took a majority stake": an item's group is its
		// heading's company, not a company its sentence named (round 33,
		// dev20)
		return sec
	}
	for _, s := range x.curOrgs {
		if fits(s) {
			return s
		}
	}
	if s := x.groupNamed(); fits(s) && !x.paraNamesOther(s, fits) {
		return s // "SoftBank Group and OpenAI set up J. ... Son chairs the group"
	}
	if fits(x.prevOpener) {
		return x.prevOpener // coref_opener.go
	}
	if fits(x.prevSubj) && !quoteOpens(x.lastSent) {
		return x.prevSubj
	}
	if s := x.topicCompany(); fits(s) {
		return s
	}
	return ""
}

// groupNamed is the company named last within eight sentences whose name
// ends in "Group" ("SoftBank Group", "Tata Group").
func (x *extractor) groupNamed() string {
	best, bestAt := "", -1
	for s, last := range x.lastSeen {
		if x.sentIdx-last > 8 || last < bestAt || last == bestAt && s > best || x.typeOf(s) != schema.TypeCompany {
			continue
		}
		if w := strings.Fields(x.nameOf(s)); len(w) > 1 && wordKey(w[len(w)-1]) == "group" {
			best, bestAt = s, last
		}
	}
	return best
}

// quoteOpens reports whether sentence s opens with a quotation mark.
func quoteOpens(s *sent) bool {
	return s != nil && strings.HasPrefix(strings.TrimSpace(s.text), "\"") || s != nil && strings.HasPrefix(strings.TrimSpace(s.text), "“")
}

// foundsSomething reports whether toks hold a founding verb ("set up",
// "founded", "formed", "created", "launched", "established").
func foundsSomething(toks []token) bool {
	for k, t := range toks {
		if foundingVerbs[t.Key] && (t.Key != "set" || k+1 < len(toks) && toks[k+1].Key == "up") {
			return true
		}
	}
	return false
}

// paraNamesOther reports whether a Group-named company s was last named
// before the current paragraph while the paragraph has named another
// company that fits: in a digest's next item ("3. Telenor. ... She
// succeeded P, who ran the group for nine years") "the group" is the
// item's company, not the SoftBank Group of the item before (issue 13,
// round 22, roles7 drill).
func (x *extractor) paraNamesOther(s string, fits func(string) bool) bool {
	if x.lastSeen[s] >= x.paraStart {
		return false
	}
	for o, last := range x.lastSeen {
		if o != s && last >= x.paraStart && fits(o) {
			return true
		}
	}
	return false
}

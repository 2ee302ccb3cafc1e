package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// Memberships stated in passing (issue 13, helper x13m10, drill members3).
// News rarely gives a member its own sentence: it names the membership in
// an apposition on the way to something else ("Telia, a member of the
// forum since 2021, said ..."; "A and B, both founding members of X,
// backed the plan") or extends a stated membership to more parties with an
// elliptic clause ("A is a member of X, as are B and C"; "A joined X in
// May, as did B"). Both are read on the skeleton.
//
// The apposition's noun decides the relation: "founding", "founder",
// "charter", "original", "inaugural" or "co-founding" members and
// "founders" are founding members; any other member noun a plain
// membership. Near misses: a member of a group's board, council or
// committee ("a member of X's board", "a member of the X board") is a
// person's seat, not the company's membership; "former members" and "not
// a member" state no current fact and are not read. The apposition's
// member must be named: a description resolved by coreference ("the
// chipmaker, a founding member of X") is too often resolved to the
// article's main company, and the apposition then misstates its
// membership.
var membersApposRules = []rule{
	{name: "X, a member of Y", keys: []string{"member", "founder"}, re: rx(rOrgs + `, (?:(?:both|all|each|also|itself|too|now|still|already|then) )?(?:(?:a|an|the|one of the|one of its|one of) )?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozen) )?((?:(?:key|leading|early|active|prominent|fellow|longtime|long-time|long-standing|current|existing|full|new|newest|latest|founding|founder|co-founding|charter|original|inaugural) )?)(members?|founders?|co-founders?) of (?:the )?` + rAll + `('s|(?: [a-z]+)?)`), fn: func(x *extractor, s *sent, m []string) {
		if appositionTail(m[5]) {
			return
		}
		var named []arg
		for _, a := range x.args(s, m[1]) {
			if a.m != nil && !a.m.Coref {
				named = append(named, a)
			}
		}
		x.membership(s, appositionRel(m[2], m[3]), named, m[4], "", 0.75)
	}},
	{name: "X is a member of Y, as are B", keys: []string{"as are", "as is", "as were", "as was", "as did", "as have", "as has", "as do"}, re: rx(`(?:\b(?:is|are|was|were|remains|remain|became|become|becomes) (?:(?:also|now|still|already) )?(?:(?:a|an|the|one of the|among the) )?((?:(?:new|full|founding|founder|charter|co-founding|original) )?)(members?|founders?|co-founders?) of|\b(?:joined|joins|signed up to|signed on to|co-founded|cofounded)) (?:the )?` + rAll + `([^<]{0,40}?), as (?:are|is|were|was|did|have|has|do|does) (?:(?:its|their|fellow|rivals?|compatriots?) )?` + rOrgs), fn: func(x *extractor, s *sent, m []string) {
		rel := appositionRel(m[1], m[2])
		if strings.Contains(m[0], "co-founded") || strings.Contains(m[0], "cofounded") {
			rel = schema.RelFoundingMember
		}
		if m[2] == "" && !strings.Contains(m[0], "founded") {
			rel = schema.RelMemberOf // "joined X, as did B"
		}
		x.membership(s, rel, x.args(s, m[5]), m[3], m[4], 0.75)
	}},
}

// appositionRel is the relation a member noun and its describing word
// state: founders and founding-type members found the group.
func appositionRel(mod, noun string) schema.Relation {
	switch strings.TrimSpace(mod) {
	case "founding", "founder", "co-founding", "charter", "original", "inaugural":
		return schema.RelFoundingMember
	}
	if strings.HasPrefix(noun, "founder") || strings.HasPrefix(noun, "co-founder") {
		return schema.RelFoundingMember
	}
	return schema.RelMemberOf
}

// groupBodyNouns are the bodies of a group whose members are people: "a member
// of the X board" is a seat, not a membership of X.
var groupBodyNouns = map[string]bool{
	"board": true, "council": true, "committee": true, "panel": true, "secretariat": true,
	"steering": true, "executive": true, "team": true, "management": true, "jury": true,
	"delegation": true, "working": true, "technical": true, "advisory": true, "governing": true,
}

// appositionTail reports whether what follows the group makes the member
// noun a seat in one of its bodies ("'s board", " board").
func appositionTail(t string) bool {
	return t == "'s" || groupBodyNouns[strings.TrimSpace(t)]
}

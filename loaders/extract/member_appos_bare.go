package extract

import (
	"github.com/telcograph/telcograph/schema"
)

// A membership in an apposition that leaves the group implicit (helper
// z19members, issue 13): "First, Google, a member since 2022, spent its
// keynote on Gemini", "Acme, one of the founders, hosted the event". The
// group is the one in focus (coref_focus.go) when the sentence itself
// names no group: then "a member" can only be the group's. A named member
// only, as in member_appos.go; a board or committee seat ("a board member")
// and "former" members are not read.
var membersApposBareRule = rule{name: "X, a member (of the group in focus)", keys: []string{"member", "founder"}, re: rx(rOrgs + `, (?:(?:also|itself|now|still|already|too) )?(?:a|an|one of the|one of its) ((?:(?:early|longtime|long-time|founding|founder|co-founding|charter|original|inaugural|full|fellow) )?)(members?|founders?|co-founders?)(?: since (?:(?:January|February|March|April|May|June|July|August|September|October|November|December) )?\d{4})?,`), fn: func(x *extractor, s *sent, m []string) {
	g := x.apposFocus(s)
	if g == "" {
		return
	}
	o := arg{slug: g, text: "(" + x.nameOf(g) + ")"}
	rel := appositionRel(m[2], m[3])
	for _, a := range x.args(s, m[1]) {
		if a.m == nil || a.m.Coref {
			continue
		}
		sm := x.resolve(a, []schema.EntityType{schema.TypeCompany, schema.TypeJointVenture})
		if sm == "" {
			continue
		}
		f := schema.Fact{Relation: rel, Subject: x.mention(a, sm), Object: x.mention(o, g)}
		if rel == schema.RelMemberOf {
			f.Since = x.dateOf(s)
		}
		x.emit(s, f, confOf(0.65, a))
	}
}}

// apposFocus is the group in focus for an apposition in sentence s that
// names no group itself, or "": the focus set in this paragraph (or by
// the heading line before it), or at any distance when it is also the
// group the article names most.
func (x *extractor) apposFocus(s *sent) string {
	for _, m := range s.ms {
		if m.Kind == 'A' {
			return ""
		}
	}
	if x.focus == "" || x.focusAt < x.paraStart-1 && x.focus != x.fstate.topic {
		return ""
	}
	return x.focus
}

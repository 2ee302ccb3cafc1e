package extract

import (
	"slices"

	"github.com/telcograph/telcograph/schema"
)

// "It" founded by organisations after a sentence that told a company
// joining the group in focus (helper z26mem, round 22): in "Amazon and Meta
// have joined the Frontier Model Forum. It was set up last July by
// Anthropic, Google, Microsoft and OpenAI." the pronoun's nearest company,
// Amazon (one of a coordinated subject, or the only one: "Samsung signed up
// to the O-RAN Alliance in 2019. It had been set up a year earlier by AT&T
// and Orange"), is the joiner; what organisations set up is the group it
// joined. Founders that are people ("It was founded in 1998 by P") leave
// the company, and a group among the founders, or a joining the sentence
// before did not state, leave the pronoun as it was.

// joinedGroupIt is what "it" at toks[i] stands for when candidate s is a
// company the sentence before made a member of the group in focus and "it"
// is the subject of a passive founding whose agents are organisations
// only: the group; ok is false otherwise.
func (x *extractor) joinedGroupIt(toks []token, i int, s string) (string, bool) {
	g := x.focus
	if s == "" || g == "" || x.lastSent == nil || x.focusAt != x.sentIdx-1 || x.typeOf(s) != schema.TypeCompany {
		return "", false
	}
	from, to, ok := x.passiveAgents(toks, i) // coref_found_by.go
	if !ok {
		return "", false
	}
	orgs := 0
	for _, mm := range x.curMs {
		if mm.Start < from || mm.End > to {
			continue
		}
		if mm.Kind == 'P' || mm.Slug == g {
			return "", false // "founded by P": the company's founder
		}
		if mm.Slug != "" && orgMention(&mm) {
			orgs++
		}
	}
	if orgs == 0 || !x.joinedBefore(s, g) {
		return "", false
	}
	return g, true
}

// joinedBefore reports whether the sentence before stated company s a
// member or founding member of group g.
func (x *extractor) joinedBefore(s, g string) bool {
	return slices.ContainsFunc(x.facts, func(e extracted) bool {
		return (e.Relation == schema.RelMemberOf || e.Relation == schema.RelFoundingMember) && e.Modality == "" &&
			e.Subject.ID == s && e.Object.ID == g && e.Evidence == x.lastSent.text
	})
}

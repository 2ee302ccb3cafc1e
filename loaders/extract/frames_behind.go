package extract

import (
	"regexp"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file reads membership told after the fact through "behind": "DeepSig
// was one of the eleven companies behind the AI-RAN Alliance when it
// started at MWC2024, alongside Nvidia, Ericsson and Nokia", "A and B are
// the operators behind X". The organisations before "behind" (the
// sentence's subject) and those added with "alongside", "along with" or
// "together with" are members of the group after it; a clause about the
// group's start ("when it started", "at launch", "from the outset") makes
// them founding members.

// behindRE is a plural organisation noun followed by "behind" at the end
// of the text before the group: "one of the eleven companies behind (the)".
var behindRE = regexp.MustCompile(`(?i)\b(?:companies|firms|operators|carriers|telcos|vendors|members|organi[sz]ations|groups|backers|players|names|founders)\s+behind\s+(?:the\s+)?$`)

// startRE is a clause about a group's start.
var startRE = regexp.MustCompile(`(?i)\bwhen (?:it|the \w+) (?:started|launched|began|was (?:founded|formed|set up|launched|created|established|unveiled))\b|\bat (?:its |the )?(?:launch|outset|inception|start)\b|\bfrom (?:the start|the outset|day one)\b|\bin its first (?:days|weeks|months)\b`)

// alongRE ends the text before a list of fellow members.
var alongRE = regexp.MustCompile(`(?i)\b(?:alongside|along with|together with)\s+(?:the\s+)?$`)

// famBehind states the members "behind" a group.
func (x *extractor) famBehind(c *clauses, toks []token) {
	s := c.s
	if !strings.Contains(strings.ToLower(s.text), "behind") {
		return
	}
	gi := -1
	for i := range s.ms {
		m := &s.ms[i]
		if m.Kind != 'A' || m.Slug == "" || m.Poss || !behindRE.MatchString(s.text[:m.Start]) {
			continue
		}
		if gi >= 0 {
			return // two groups behind which: the sentence does not say
		}
		gi = i
	}
	if gi < 0 {
		return
	}
	g := &s.ms[gi]
	slug := g.Slug
	if b := x.placeholder[slug]; b != "" {
		slug = b
	}
	if frameDenied(s.text) {
		return
	}
	rel := schema.RelMemberOf
	x.rule = "frame:member"
	if startRE.MatchString(s.text[g.End:]) {
		rel = schema.RelFoundingMember
		x.rule = "frame:founding"
	}
	var members []int
	for i := range s.ms {
		m := &s.ms[i]
		if m.Kind != 'C' && m.Kind != 'U' || m.Poss || modifierUse(toks, m) || m.Start > g.Start && !alongRE.MatchString(s.text[:m.Start]) {
			continue
		}
		members = append(members, i)
	}
	// The items listed after the first "alongside" name count too.
	listed := regionListed(s, members)
	for i := range s.ms {
		m := &s.ms[i]
		if m.Start <= g.Start || m.Kind != 'C' || m.Poss || listed[i] {
			continue
		}
		for _, j := range members {
			if s.ms[j].Start > g.Start && s.ms[j].Start < m.Start && frameListGapRE.MatchString(s.text[s.ms[j].PossEnd:m.Start]) {
				members = append(members, i)
				listed[i] = true
				break
			}
		}
	}
	stated := make(map[string]bool)
	for _, f := range x.facts {
		if f.Evidence == s.text && (f.Relation == schema.RelMemberOf || f.Relation == schema.RelFoundingMember) {
			stated[f.Subject.ID] = true
		}
	}
	group := arg{m: g, slug: slug, text: g.Text}
	for _, i := range members {
		m := &s.ms[i]
		if m.Kind == 'U' && m.Cue == "" && !listed[i] || affiliation(s, toks, i) {
			continue
		}
		for _, ar := range x.argOf(s, i) {
			if ar.slug == slug || ar.slug != "" && stated[ar.slug] {
				continue
			}
			x.emitFact(s, rel, ar, group, s.text, 0.65, schema.Fact{})
		}
	}
}

package extract

import (
	"regexp"
	"slices"
)

// "It" as what its own founders founded (helper z25found, round 21):
// "Acme hosted the Radio Forum's summit. It was set up by Acme, B and C in
// 2021" - the pronoun's nearest company, Acme, cannot be what Acme set up,
// so "it" is the group in focus (coref_focus.go) unless that group is
// among the founders too, and nothing when no group is in focus.

// passiveFoundRE opens the text after a subject "it" with a passive
// founding verb; its group ends where the clause does.
var passiveFoundRE = regexp.MustCompile(`^\s+(?:was|were|had been|has been|is)\s+(?:(?:jointly|originally|first|also|initially)\s+)?(?:co-?founded|founded|set up|formed|created|established|launched|started|incorporated)\b([^.;:?!]*)`)

// byFounderRE finds the agent phrase of such a verb.
var byFounderRE = regexp.MustCompile(`\bby\s`)

// foundedBySelf is what "it" at toks[i] stands for when candidate s, the
// entity the pronoun rules chose, is among the agents of the passive
// founding "it" is the subject of: the group in focus, or "". ok is false
// when the clause is no such founding or s is not among its agents.
func (x *extractor) foundedBySelf(toks []token, i int, s string) (string, bool) {
	if s == "" {
		return "", false
	}
	from, to, ok := x.passiveAgents(toks, i)
	if !ok {
		return "", false
	}
	var agents []string
	for _, mm := range x.curMs {
		if mm.Start >= from && mm.End <= to && mm.Slug != "" {
			agents = append(agents, mm.Slug)
		}
	}
	if !slices.Contains(agents, s) {
		return "", false
	}
	if x.focus != "" && !slices.Contains(agents, x.focus) {
		return x.focus, true
	}
	return "", true
}

// passiveAgents is the byte span of the agent phrase ("by A, B and C") of
// the passive founding "it" at toks[i] is the subject of; ok is false when
// the clause is no such founding.
func (x *extractor) passiveAgents(toks []token, i int) (from, to int, ok bool) {
	at := toks[i].End
	m := passiveFoundRE.FindStringSubmatchIndex(x.curText[at:])
	if m == nil {
		return 0, 0, false
	}
	by := byFounderRE.FindStringIndex(x.curText[at+m[2] : at+m[3]])
	if by == nil {
		return 0, 0, false
	}
	return at + m[2] + by[1], at + m[3], true
}

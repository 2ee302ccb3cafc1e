package extract

import (
	"regexp"
	"strings"
)

// The venture a sentence names before "joint venture between A and B":
// "Skygard, a joint venture between Telenor and Hafslund, opened ...",
// "Skygard is a joint venture between A and B". Without it the fact named
// no venture, and the graph met its owners at a node of their own
// ("jv-a-b", facts.VentureOf) instead of at the venture the text names.
// Found probing real news (2026-12-05).

// ventureLinkRE splits the text before "joint venture" into what comes
// before the link and the link itself: an apposition's comma or a
// copula, an article, at most three modifiers ("the 60:40", "a
// Norwegian"). The rules read that text on a skeleton of the sentence
// (articles may be gone), so the article is optional.
var ventureLinkRE = regexp.MustCompile(`^(.*?)(?:,|\s+(?:is|was|has been|became|remains))` + ventureFormedAs + `\s*(?:(?:a|an|the)\s+)?(?:(?:<N\d+>|[\w:-]+)\s+){0,3}$`)

// ventureFormedAs is a founding participle, a time phrase and "as" or
// "under" between the link and the article (helper z22binv, from real
// news): "J was formed in 2010 as a joint venture between A and B", "J,
// set up in March 2019 as a joint venture of A and B", "J is promoted
// under a joint venture between A and B". Without it the time phrase
// took the place of the modifiers and the venture went unnamed.
const ventureFormedAs = `(?:\s+(?:formed|founded|established|created|set up|launched|incorporated|started|promoted)(?:\s+(?:in|on)(?:\s+[\w]+){1,3})?\s+(?:as|under))?`

// ventureTokRE is an organisation's token at the end of the text before
// the link (the rules read mentions as tokens, "<V0>").
var ventureTokRE = regexp.MustCompile(`(<[CAVUG]\d+>)$`)

// ventureBefore returns the organisation named right before the link in
// prefix, the text before "joint venture"; nil when there is none.
func (x *extractor) ventureBefore(s *sent, prefix string) *arg {
	m := ventureLinkRE.FindStringSubmatch(prefix)
	if m == nil {
		return nil
	}
	t := ventureTokRE.FindString(strings.TrimSpace(m[1]))
	if t == "" {
		return nil
	}
	a, ok := x.one(s, t)
	if !ok {
		return nil
	}
	return &a
}

// rDescBefore is a description before the first partner after "joint
// venture between" (the committer's whole-page probe, round 19): "a joint
// venture between British giant A and B", "between telecom operator A and
// B": a nationality token and up to three words. Before it, the rule
// needed the name right after "between", and the structural rule stated
// the partners with no venture.
const rDescBefore = `((?:<N\d+> )?(?:[a-z][\w-]* ){0,3})`

// ventureBetween states the venture of "joint venture between A and B"
// (m: the text before, the description rDescBefore matched, the partners)
// when the description has no function word ("of its own with A and B"
// names no partners of the venture).
func (x *extractor) ventureBetween(s *sent, m []string) {
	for _, w := range strings.Fields(strings.ToLower(m[2])) {
		if _, ok := closedClass[w]; ok && w != "the" {
			return
		}
	}
	x.jointVentureOf(s, x.ventureBefore(s, m[1]), x.args(s, m[3]), m[1], "", "", "", 0.8)
}

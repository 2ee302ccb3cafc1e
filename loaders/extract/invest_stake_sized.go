package extract

import (
	"regexp"
	"slices"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// sizedStake reports whether p, the first phrase after a stake noun, gives
// the stake's size rather than its company: "built a stake of about 10% in
// Telefonica", "took a stake of 4.9 percent in". The company is then the
// phrase after it (round 28, dev2: "The state holding company SEPI built a
// stake of about 10%"; famStake read only the first phrase).
func (c *clauses) sizedStake(p pp) bool {
	if p.prep != "of" || c.us[p.at].Kind != 'N' {
		return false
	}
	w := c.us[p.at].words
	return strings.Contains(w, "%") || strings.Contains(w, "percent") || strings.Contains(w, "per cent")
}

// boughtShare reports whether a purchase verb's object, unit n, is a
// share of a company: "after STC bought roughly 9.9% in 2023", "acquired
// 24.5 percent last year" (round 28, dev2); not "took 60%", which may be
// of a vote or a market, nor "bought 30% more chips".
func (c *clauses) boughtShare(lemma string, n int) bool {
	if lemma == "take" && !c.paidFor(n+1) {
		return false // "took 60%" of a vote or a market; "took 1.85% for $90 million" bought it (round 42)
	}
	if lemma != "buy" && lemma != "acquire" && lemma != "purchase" && lemma != "take" {
		return false
	}
	w := c.us[n].words
	if strings.Contains(w, "more") || strings.Contains(w, "less") || strings.Contains(w, "fewer") {
		return false
	}
	if n+1 < len(c.us) && !c.boundary(n+1) && c.us[n+1].Kind != 'P' && !c.isPunct(n+1, ",") && !c.isPunct(n+1, "and") && !c.isPunct(n+1, ";") {
		return false // "bought 30% more chips": the share qualifies a noun
	}
	return strings.Contains(w, "%") || strings.Contains(w, "percent") || strings.Contains(w, "per cent")
}

// topicInvestee is the company an article is about, when money talk with
// no company in focus follows it: the company the article has named most,
// at least three times and at least twice as often as any other, named in the last
// focusReach sentences and none of the clause's investors ("Q: Why does
// the government have so much say? A: Because of the shareholder
// register. The state holding company SEPI built a stake of about 10%" in
// an interview about Telefonica; round 28, dev2), or "".
func (x *extractor) topicInvestee(investors []string) string {
	best, bestN, second := "", 0, 0
	for s, n := range x.counts {
		if x.typeOf(s) != schema.TypeCompany {
			continue
		}
		switch {
		case n > bestN || n == bestN && s < best:
			if best != "" {
				second = max(second, bestN)
			}
			best, bestN = s, n
		case n > second:
			second = n
		}
	}
	if best == "" || bestN < 3 || bestN < 2*second || slices.Contains(investors, best) {
		return ""
	}
	if at, ok := x.lastSeen[best]; !ok || x.sentIdx-at > focusReach {
		return ""
	}
	return best
}

// topicArg is the topic company (topicInvestee) as the investee of a
// stake the clause names no company for, the holders as: not when the
// article's last investment went to another company, now out of the focus
// model's reach, nor when the sentence names the topic company itself.
func (x *extractor) topicArg(s *sent, as []arg) (arg, bool) {
	var inv []string
	for _, a := range as {
		inv = append(inv, x.resolve(a, orgTypesAll))
	}
	t := x.topicInvestee(inv)
	if t == "" {
		return arg{}, false
	}
	if l := x.lastInvesteeOf(s); l != "" && l != t {
		return arg{}, false // the money talk was about another company, now out of reach
	}
	for _, m := range s.ms {
		if m.Slug == t {
			// "The venture will be 51% owned by A, with B holding the
			// remaining 49%": a sentence that names the topic company
			// and still leaves the stake's company unnamed means
			// another one.
			return arg{}, false
		}
	}
	return arg{slug: t, text: "(" + x.nameOf(t) + ")"}, true
}

// paidForRE matches a price: "$90 million", "90.94 billion rupees", "€2bn".
var paidForRE = regexp.MustCompile(`[$€£¥]|\d\s*(?:million|billion|bn|m)\b|\b(?:million|billion)\b`)

// paidFor reports whether units k and k+1 are "for" and a price: "took
// 1.85% for 90.94 billion rupees".
func (c *clauses) paidFor(k int) bool {
	if k+1 >= len(c.us) || c.us[k].Kind != 'P' || c.us[k].Lemma != "for" {
		return false
	}
	if c.us[k+1].Kind == 'O' && paidForRE.MatchString(c.us[k+1].words) {
		return true // "for $" "90 million": the currency sign is a unit of its own
	}
	return c.us[k+1].Kind == 'N' && paidForRE.MatchString(c.us[k+1].words)
}

package extract

import "strings"

// A company named in an apposition that tells a person's past is where
// the person worked before, not where a bare title is held (helper
// z25hn, round 21; the hard negative "former roles where the text
// invites the present"): "Chief executive P, a former Qualcomm
// executive, said ...", "Chairman P, the former head of Nokia's research
// arm, ...", "CEO P, formerly of Vodafone, ...". A bare title takes the
// one company in reach (roles_newly.go); such a company is out of reach.

// formerEmployer reports whether argument a stands in a stretch, opened
// by the comma before it, that tells a past ("a former", "formerly of",
// "previously at", "ex-").
func formerEmployer(s *sent, a arg) bool {
	if a.m == nil || a.m.Start > len(s.text) {
		return false
	}
	before := s.text[:a.m.Start]
	i := strings.LastIndexAny(before, ",(")
	if i < 0 {
		return false
	}
	return pastRE.MatchString(before[i:])
}

// formerOnly reports whether the sentence names company slug only where
// it tells a past: "Chief executive P, a former Nokia engineer, said"
// gives P no title at Nokia, however much the article is about Nokia.
func formerOnly(s *sent, slug string) bool {
	seen := false
	for i := range s.ms {
		m := &s.ms[i]
		if m.Slug != slug {
			continue
		}
		if !formerEmployer(s, arg{m: m}) {
			return false
		}
		seen = true
	}
	return seen
}

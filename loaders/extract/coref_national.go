package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// nationalCompany resolves "The German incumbent": a recent company the
// text gave that nationality, else the most recent company of an earlier
// sentence whose nationality is not known to differ.
func (x *extractor) nationalCompany(country string, reporting, initial, poss bool) string {
	fits := func(s string) bool {
		c := x.knownNation(s) // coref_nation.go, priors.go
		// not a company this sentence gave another country (coref_nation_here.go)
		return (c == "" || c == country) && x.typeOf(s) == schema.TypeCompany && !x.descExclude[s] && !x.onlyPronoun(s) && !x.nationHere(s, country) && x.kindFits(s, x.descKind)
	}
	// In a section a heading names a company ("3. Pivotal Commware"), the
	// description is that company unless it is placed elsewhere.
	if t, _ := x.sectionTopic(); t != "" && fits(t) {
		return t
	}
	// A company the text gave that very nationality in the last five
	// sentences ("Saudi Telecom Company ... The Saudi group's"), or whose
	// name or descriptor places there (coref_nation.go), or that is
	// well known to be there (priors.go).
	if best := x.evidentNational(country); best != "" {
		return best
	}
	// "The American chip company": the one company in reach known to be
	// of that country and of the kind asked for outranks a nearer one of
	// which neither is known (coref_country_poss.go).
	// Two such companies and nothing to tell them apart: neither, and no
	// guess at a nearer one of unknown kind either.
	if x.descKind != "young" {
		if s, several := x.onlyNationalKind(country, x.descKind, kindReach); s != "" || several {
			return s
		}
	}
	// "The Japanese start-up counts ...": opening a sentence, the
	// description continues the previous sentence's subject; inside one,
	// it is the sentence's own subject ("Vodafone has struck a deal with
	// Microsoft under which the British operator ..."), unless a person
	// comes first.
	if initial && x.prevSubj != "" && fits(x.prevSubj) {
		return x.prevSubj
	}
	if !initial && !poss && x.curLead && len(x.curOrgs) > 0 && fits(x.curOrgs[0]) {
		return x.curOrgs[0]
	}
	// "X did this ..., the German company said": the reporting clause
	// names the sentence's subject.
	if reporting && len(x.curOrgs) > 0 && fits(x.curOrgs[0]) {
		return x.curOrgs[0]
	}
	if poss && !initial {
		// "..., making the UAE group the British operator's largest
		// shareholder": the nearest company the sentence named.
		for i := len(x.curOrgs) - 1; i >= 0; i-- {
			if fits(x.curOrgs[i]) {
				return x.curOrgs[i]
			}
		}
	}
	for i := len(x.prevOrgs) - 1; i >= 0; i-- {
		if fits(x.prevOrgs[i]) {
			if i > 0 && fits(x.prevOrgs[i-1]) && x.coordinatedBefore(x.prevOrgs[i-1], x.prevOrgs[i]) {
				return "" // "A and B said ... the British operator": either (round 25)
			}
			return x.prevOrgs[i]
		}
	}
	// "... with NVIDIA to bring the US chipmaker's platform": the nearest
	// company before it in the same sentence.
	for i := len(x.curOrgs) - 1; i >= 0; i-- {
		if fits(x.curOrgs[i]) {
			return x.curOrgs[i]
		}
	}
	if len(x.prevOrgs) == 0 && len(x.curOrgs) == 0 {
		if s := x.nationalBefore(fits); s != "" {
			return s // coref_nation.go
		}
	}
	return x.onlyArticleNational(country)
}

// onlyArticleNational is the one company the article has named in a main
// clause, at any distance, that it or a prior places in country and that may be of the
// kind asked for, or "" when none or several are: in an interview about
// T-Mobile US that has since turned to its vendors and its German parent,
// "the American company's board" is T-Mobile US (round 32, dev19).
func (x *extractor) onlyArticleNational(country string) string {
	found := ""
	for s, last := range x.lastSeen {
		if x.typeOf(s) != schema.TypeCompany || x.descExclude[s] || x.knownNation(s) != country || !x.kindFits(s, x.descKind) {
			continue
		}
		if x.isBackground(s, last) {
			continue // a name dropped in passing ("which once courted X") is no topic (focus_subordinate.go)
		}
		if found != "" {
			return ""
		}
		found = s
	}
	return found
}

// coordinatedBefore reports whether the previous sentence named companies
// a and b joined by "and" or a comma ("Borealis Telecom and Kite Mobile
// said they would merge ..."): a nationality description after it may be
// either, and nothing tells which.
func (x *extractor) coordinatedBefore(a, b string) bool {
	s := x.lastSent
	if s == nil {
		return false
	}
	for _, m := range s.ms {
		if m.Slug != a || m.Coref {
			continue
		}
		for _, n := range s.ms {
			if n.Slug == b && !n.Coref && n.Start >= m.End {
				j := strings.TrimSpace(s.text[m.End:n.Start])
				return j == "and" || j == "," || j == "&"
			}
		}
	}
	return false
}

package extract

import (
	"regexp"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file keeps the investee of an article in focus (helper x13v2,
// issue 13): a descriptive noun phrase referring back as the investee
// ("NTT Docomo put money into the company") is the company the article
// has told investments in, not a company it has told only as an investor
// ("KDDI has taken a stake in Sakana AI. KDDI is not the first telco on
// the register. NTT Docomo put money into the company").

// companyRefRE are the descriptions that refer back to a company.
var companyRefRE = regexp.MustCompile(`^(?:the|this) (?:company|start-up|startup|firm|developer|business)$`)

// investeeInFocus is the entity a referring investee b of sentence s
// stands for: a description such as "the chipmaker" or "the unit" is the
// investee focus when the focus model decides one (invest_implicit.go);
// otherwise sb, unless the article has told sb only as an investor and
// has told investments in exactly one other company, which is then meant.
func (x *extractor) investeeInFocus(s *sent, b arg, sb, investor string) string {
	if b.m == nil || !b.m.Coref {
		return sb
	}
	if describedInvestee(strings.ToLower(b.text)) && (sb == investor || !namedIn(s, sb) || x.investorIn(s, sb)) {
		// a company the sentence names is what its description refers
		// to ("Y is a member of X, and A put $5m into the company"),
		// unless it is one of the sentence's investors ("A and B had
		// been the largest investors in the company")
		if f := x.investeeFocus(s, []string{investor}); f != "" {
			return f
		}
	}
	if !companyRefRE.MatchString(strings.ToLower(strings.TrimSpace(b.text))) {
		return sb
	}
	investorOnly, other := false, ""
	for _, f := range x.facts {
		if f.Relation != schema.RelInvestedIn || f.Modality != "" {
			continue
		}
		if f.Object.ID == sb {
			return sb // told as an investee already
		}
		if f.Subject.ID == sb {
			investorOnly = true
		}
		if o := f.Object.ID; o != sb && o != investor {
			if other != "" && other != o {
				return sb // two investees: no focus
			}
			other = o
		}
	}
	if !investorOnly || other == "" {
		return sb
	}
	return other
}

// famAlsoStake: "A and B also hold small stakes.": a stake with no
// in-phrase, told with "also" after an investment, is in the company the
// investment before was in.
func (x *extractor) famAlsoStake(c *clauses) {
	for v, u := range c.us {
		if u.Kind != 'V' || u.Passive || u.Neg || (u.Lemma != "hold" && u.Lemma != "own" && u.Lemma != "have" && u.Lemma != "take") {
			continue
		}
		also := strings.Contains(u.words, "also ")
		if !also && v > 0 && c.us[v-1].Kind == 'O' && c.us[v-1].words == "also" {
			also = true
		}
		n := v + 1
		if !also || n >= len(c.us) || c.us[n].Kind != 'N' || c.us[n].Lemma != "stake" || !c.boundary(n+1) {
			continue
		}
		subj := c.subject(v)
		if subj < 0 || c.us[subj].Kind != 'E' {
			continue
		}
		owned := x.lastInvestee()
		if at, ok := x.lastSeen[owned]; owned == "" || !ok || x.sentIdx-at > 3 {
			continue // the investment told too far back to be meant
		}
		x.rule = "invest.also-stake"
		b := arg{slug: owned, text: "(" + x.nameOf(owned) + ")"}
		for _, a := range c.args(x, subj) {
			x.emitFact(c.s, schema.RelInvestedIn, a, b, c.modText(subj, v), 0.65, schema.Fact{})
		}
	}
}

// lastInvestee is the investee of the last investment told as done.
func (x *extractor) lastInvestee() string {
	for i := len(x.facts) - 1; i >= 0; i-- {
		if f := x.facts[i]; f.Relation == schema.RelInvestedIn && f.Modality == "" {
			return f.Object.ID
		}
	}
	return ""
}

// namedIn reports whether sentence s names slug by name, not by a
// description or pronoun.
func namedIn(s *sent, slug string) bool {
	for _, m := range s.ms {
		if m.Slug == slug && !m.Coref {
			return true
		}
	}
	return false
}

// investorIn reports whether sentence s has been read to state an
// investment by slug.
func (x *extractor) investorIn(s *sent, slug string) bool {
	for _, f := range x.facts {
		if f.Relation == schema.RelInvestedIn && f.Subject.ID == slug && f.Evidence == s.text {
			return true
		}
	}
	return false
}

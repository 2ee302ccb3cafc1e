package extract

import (
	"regexp"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// Precision guards on investments (helper z19inv, issue 13): pairs news
// names together that the blind writers' gold does not relate as investedIn.
// They apply to every investment rule, at emit time, and only when the
// sentence names the investee: every mention of it must be one of these
// shapes for the fact to be dropped.
//   - a product, not the company: "invested $100 million in Ericsson
//     equipment", "bought Nvidia chips" (the name modifies a product noun);
//   - a holding of the company, not the company: "in Singtel's regional
//     data centre unit", "in Vodafone's venture fund" (holdingNouns, over
//     four words and funds);
//   - the investor's own unit: "BT Group invested in Openreach, its network
//     unit", "Y, a wholly owned subsidiary of A";
//   - money lent or granted, not equity: "secured a $1 billion loan from
//     A", "$750 million in debt financing from A", "a credit facility from
//     A", "a grant from A" (unless the same stretch names equity too);
//   - a fund raised by its manager: "Brookfield raised $10 billion for its
//     AI infrastructure fund, with Temasek among the backers" (the backers
//     put money in the fund, not in the manager).

// productNouns are things a company makes or sells; a name right before
// one ("Ericsson equipment", "Nvidia H100 chips") modifies it.
var productNouns = map[string]bool{
	"equipment": true, "gear": true, "kit": true, "radio": true, "radios": true, "chip": true, "chips": true,
	"gpu": true, "gpus": true, "processors": true, "servers": true, "hardware": true, "software": true,
	"products": true, "devices": true, "handsets": true, "phones": true, "systems": true, "bonds": true,
	"licences": true, "licenses": true,
}

// guardHoldingNouns are holdingNouns plus funds: "Vodafone's venture fund".
func guardHolding(w string) bool { return holdingNouns[w] || w == "fund" || w == "funds" }

// ownUnitRE is an apposition making the name before it the investor's own
// unit: ", its network unit", ", its own data centre arm" ("the group's
// digital services arm" may be another owner's: "Meta has been a
// shareholder of Jio Platforms, the group's digital services arm").
var ownUnitRE = regexp.MustCompile(`^,\s+(?:its|their)\s+(?:(?:own|wholly[- ]owned|[\w-]+)\s+){0,3}?(?:unit|subsidiary|arm|division|business)\b`)

// subsidiaryOfRE is ", a (wholly owned) subsidiary of" before the owner.
var subsidiaryOfRE = regexp.MustCompile(`^,\s+(?:an?|the)\s+(?:(?:wholly[- ]owned|[\w-]+)\s+){0,2}?(?:subsidiary|unit|division|arm)\s+of\s+(?:the\s+)?$`)

// debtRE names money lent or granted; equityRE names equity, which keeps
// the investment ("raised $2 billion in debt and equity from A").
var (
	debtRE   = regexp.MustCompile(`(?i)\b(?:loans?|debt|credit\s+(?:facility|facilities|line|lines)|lines?\s+of\s+credit|bonds|borrow(?:ed|ing|ings)?|lent|lends?|lending|lenders?|grants?|subsid(?:y|ies))\b`)
	equityRE = regexp.MustCompile(`(?i)\b(?:equity|shares?|stakes?|series\s+[a-h]|seed|round|convertible|invest\w*|back(?:ed|ing))\b`)
)

// notAnInvestment reports whether investment fact f, stated in s, relates
// a pair the sentence shows to be something else (see above).
func notAnInvestment(s *sent, f schema.Fact) bool {
	if f.Relation != schema.RelInvestedIn {
		return false
	}
	var ees, ors []*mention
	for i := range s.ms {
		switch s.ms[i].Slug {
		case f.Object.ID:
			ees = append(ees, &s.ms[i])
		case f.Subject.ID:
			ors = append(ors, &s.ms[i])
		}
	}
	if deniedByNeither(s, f) {
		return true // "Neither A nor B invested in Y" (invest_neither.go)
	}
	if len(ees) == 0 {
		return false
	}
	if debtBetween(s, ors, ees) || fundRaised(s, ees) {
		return true
	}
	for _, m := range ees {
		if !productOf(s, m) && !holdingOf(s, m) && !ownUnitOf(s, m, f.Subject.ID) {
			return false
		}
	}
	return true
}

// debtBetween reports whether every stretch between an investor's and an
// investee's mention names a loan, debt or grant and no equity ("lent Y
// money and took a stake in Y" keeps its stake).
func debtBetween(s *sent, ors, ees []*mention) bool {
	seen := false
	for _, a := range ors {
		for _, b := range ees {
			lo, hi := a.End, b.Start
			if b.Start < a.Start {
				lo, hi = b.End, a.Start
			}
			if lo >= hi || hi > len(s.text) {
				continue
			}
			span := s.text[lo:hi]
			if !debtRE.MatchString(span) || equityRE.MatchString(span) {
				return false
			}
			seen = true
		}
	}
	return seen
}

// productOf reports whether mention m modifies a product noun within its
// next three words ("Ericsson equipment", "Nvidia H100 chips").
func productOf(s *sent, m *mention) bool {
	if m.Poss || m.Coref || m.End > len(s.text) {
		return false
	}
	toks := tokenize(s.text[m.End:])
	for i := 0; i < len(toks) && i < 3; i++ {
		if !toks[i].Word {
			return false
		}
		if productNouns[toks[i].Key] {
			return true
		}
		if !toks[i].Upper {
			return false // "Nokia last year", "Nokia radios": only a model or tag may stand between
		}
	}
	return false
}

// holdingOf reports whether m, in the possessive, owns the holding named in
// its next four words ("Singtel's regional data centre unit").
func holdingOf(s *sent, m *mention) bool {
	toks := possTokens(s, arg{m: m})
	for i := 0; i < len(toks) && i < 4; i++ {
		if !toks[i].Word {
			return false
		}
		if guardHolding(toks[i].Key) {
			return true
		}
	}
	return false
}

// ownUnitOf reports whether m is described, right after it, as the
// investor's own unit: ", its network unit" or ", a subsidiary of A".
func ownUnitOf(s *sent, m *mention, investor string) bool {
	if m.End > len(s.text) {
		return false
	}
	rest := s.text[m.End:]
	if loc := ownUnitRE.FindStringIndex(rest); loc != nil && !otherOwnersUnit(s, m, investor, m.End+loc[1]) {
		return true
	}
	for i := range s.ms {
		o := &s.ms[i]
		if o.Slug != investor || o.Start <= m.End {
			continue
		}
		if subsidiaryOfRE.MatchString(s.text[m.End:o.Start]) {
			return true
		}
		if o.Poss && strings.TrimSpace(s.text[m.End:o.Start]) == "," && holdingOf(s, o) {
			return true // "Openreach, BT Group's network unit"
		}
	}
	return false
}

// fundRaiseRE is money raised for a fund ("raised $10 billion for its AI
// infrastructure fund", "closed its third fund at").
var fundRaiseRE = regexp.MustCompile(`(?i)\b(?:raised|raises|raising|closed|closes)\b[^.;]{0,60}?\b(?:for|of)\s+(?:its|their|the|an?)\s+(?:(?:new|[\w-]+)\s+){0,4}?fund\b|\bclosed\s+(?:its|their|an?)\s+(?:[\w-]+\s+){0,4}?fund\b`)

// fundRaised reports whether the investee is the manager raising a fund
// in the sentence: its mention stands before the raise.
func fundRaised(s *sent, ees []*mention) bool {
	loc := fundRaiseRE.FindStringIndex(s.text)
	if loc == nil {
		return false
	}
	for _, m := range ees {
		if m.End > loc[0] {
			return false
		}
	}
	return true
}

// otherOwnersUnit reports whether the "its" of ", its mast business"
// after m (up to end) is another company's than the investor's: the
// pronoun resolves to another company, or the investor is named only
// after it ("A sold 51 percent of Y, its mast business, to B": the
// unit is A's, and B's stake in it is an investment; round 43, dev27).
func otherOwnersUnit(s *sent, m *mention, investor string, end int) bool {
	for i := range s.ms {
		o := &s.ms[i]
		if o.Start >= m.End && o.End <= end && o.Slug != "" {
			return o.Slug != investor
		}
	}
	for i := range s.ms {
		if s.ms[i].Slug == investor && s.ms[i].End <= m.Start {
			return false
		}
	}
	return true
}

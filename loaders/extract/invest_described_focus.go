package extract

import (
	"slices"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file fills an investee told by a description from the discourse
// focus (helper z17inv, issue 13). On every split most investedIn misses
// name an investee no mention links: writers refer back to the company
// the paragraph is about by what it does ("put $15 million into the
// chipmaker", "owns about 60% of the Arm-based server chip designer",
// "wrote a cheque into the model maker", "put $100 million into the maker
// of the Claude models", "each put 100 million euros into the project"),
// and the mention layer either leaves such a description unresolved or
// resolves it to a company the text has just told as an investor ("Arm
// ... came in as a new strategic investor ... put $15 million into the
// chipmaker").
//
// The investee-focus model (invest_implicit.go) decides only among the
// companies money talk has put in focus (the round's, the last
// investee's, the venture's). A description is more informative than a
// bare gap, so when that model has no candidate in reach it may also name
// the company the last sentences are about: the most recently named
// company (or joint venture), provided that
//   - it is none of the clause's investors and the article has not told it
//     as an investor only (an investor is what the money comes from, never
//     what it goes into),
//   - its kind fits the description's head ("the chipmaker" is no
//     operator; priors.go kindFits),
//   - it was named within focusReach sentences and no other company
//     fitting the description was last named in the same sentence (a tie
//     decides nothing), and
//   - the sentence itself names no other company that fits (the
//     description may then be that one's; the mention layer decides).
// A candidate of the model that does not fit the description's kind
// decides nothing either. Denied, considered and planned stakes keep the
// modality the clause gives them (modalityOf), so the hard negatives stay
// out as they do for named investees.

// describedHeads head a definite description that may stand for the
// company an investment goes into. Investor-like heads ("the fund", "the
// bank", "the group", "the investor") and relational ones ("the rival",
// "the parent") are left out: they are what the money comes from or
// another party.
var describedHeads = map[string]bool{
	"company": true, "firm": true, "maker": true, "designer": true, "developer": true, "provider": true,
	"vendor": true, "startup": true, "start-up": true, "chipmaker": true, "chip-maker": true, "supplier": true,
	"specialist": true, "business": true, "lab": true, "laboratory": true, "manufacturer": true, "outfit": true,
	"unit": true, "project": true, "venture": true, "jv": true, "entity": true, "vehicle": true, "upstart": true,
	"operator": true, "carrier": true, "telco": true, "platform": true, "integrator": true, "newcomer": true,
	// heads that name a company by what it builds or runs (helper z24binv:
	// "the British AI cloud builder", "the photo-editing app", "the answer
	// engine", "the convenience-store chain")
	"builder": true, "app": true, "engine": true, "chain": true,
}

// thingCompounds are descriptions with a company head that name a thing,
// not a company.
var thingCompounds = map[string]bool{"supply chain": true, "value chain": true, "food chain": true, "growth engine": true}

// describedInvesteeKind reports whether words are a definite description
// that may stand for an investee ("the chipmaker", "the Arm-based server
// chip designer", "the maker of the Claude models") and the kind of
// company its head asks for ("" for any kind).
func describedInvesteeKind(words string) (string, bool) {
	w := strings.TrimSpace(strings.ToLower(words))
	if describedInvestee(w) {
		return "", true
	}
	if !strings.HasPrefix(w, "the ") && !strings.HasPrefix(w, "this ") || strings.Contains(w, "joint venture") {
		return "", false // the owners of "the joint venture" are its partners (venture rules)
	}
	if i := strings.Index(w, " of "); i > 0 {
		w = w[:i] // "the maker of the Claude models": the head is before "of"
	}
	fs := strings.Fields(w)
	if len(fs) < 2 {
		return "", false
	}
	head, mod := fs[len(fs)-1], ""
	if len(fs) >= 3 {
		mod = fs[len(fs)-2]
	}
	if !describedHeads[head] || thingCompounds[mod+" "+head] {
		return "", false // "the supply chain" is no company
	}
	for _, f := range fs[1:] {
		if f == "same" || f == "other" || f == "former" || f == "parent" || f == "rival" || f == "investment" {
			return "", false // "the same company" is told by name nearby; "the other operator" is another
		}
	}
	return headKind(mod, head), true
}

// describedFocus is the company a description asking for kind, in
// investee position of a clause whose investors are investors, stands
// for, or "" when the focus decides nothing.
func (x *extractor) describedFocus(s *sent, investors []string, words, kind string) string {
	if f := x.investeeFocus(s, investors); f != "" {
		if x.kindFits(f, kind) && x.ventureFits(f, words) {
			return f
		}
		return ""
	}
	return x.recentFocus(s, investors, words, kind)
}

// ventureFits reports whether a description (words) may stand for slug
// as far as joint ventures go: "the venture" and "the JV" stand for a
// joint venture only, and a joint venture is told as "the venture", "the
// company", "the business", not as "the Chicago company" or "the
// chipmaker", which describe a company of its own.
func (x *extractor) ventureFits(slug, words string) bool {
	w := strings.TrimSpace(strings.ToLower(words))
	jv := x.typeOf(slug) == schema.TypeJointVenture
	if strings.HasSuffix(w, " venture") || strings.HasSuffix(w, " jv") {
		return jv
	}
	return !jv || describedInvestee(w)
}

// recentFocus is the company named most recently within focusReach
// sentences that a description asking for kind may stand for (see the
// file comment), or "".
func (x *extractor) recentFocus(s *sent, investors []string, words, kind string) string {
	fits := func(slug string) bool {
		if slug == "" {
			return false
		}
		if t := x.typeOf(slug); t != schema.TypeCompany && t != schema.TypeJointVenture {
			return false
		}
		for _, inv := range investors {
			if inv == slug {
				return false
			}
		}
		return x.kindFits(slug, kind) && x.ventureFits(slug, words) && !x.investorOnly(slug) && !x.fundLike(slug)
	}
	here := ""
	for _, m := range s.ms {
		if !fits(m.Slug) {
			continue
		}
		if !m.Coref || here != "" && here != m.Slug {
			return "" // the sentence names a company that fits: the description may be its
		}
		here = m.Slug
	}
	if here != "" {
		return here // "The round ... valued the company at $3.5 billion": what this sentence refers back to
	}
	return x.latestSeen(focusReach, fits)
}

// latestSeen is the entity mentioned most recently in the reach sentences
// before this one that ok accepts, or "" on a tie or none: two entities
// last mentioned in the same sentence leave the reader nothing to choose
// by.
func (x *extractor) latestSeen(reach int, ok func(string) bool) string {
	best, bestAt, tie := "", -1, false
	for slug, at := range x.lastSeen {
		if at >= x.sentIdx || x.sentIdx-at > reach || !ok(slug) {
			continue
		}
		switch {
		case at > bestAt:
			best, bestAt, tie = slug, at, false
		case at == bestAt && slug != best:
			tie = true
		}
	}
	if tie {
		return ""
	}
	return best
}

// investorOnly reports whether the article has told slug as an investor
// and never as an investee (an investment inside a description of a
// party, "Arm, controlled by SoftBank", tells no money talk about it).
func (x *extractor) investorOnly(slug string) bool {
	investor := false
	for _, f := range x.facts {
		if f.Relation != schema.RelInvestedIn || f.Modality != "" {
			continue
		}
		if f.Object.ID == slug && !describingRules[f.Rule] {
			return false
		}
		if f.Subject.ID == slug {
			investor = true
		}
	}
	return investor
}

// fundHeads end the names of investing firms ("The Rise Fund", "Lux
// Capital", "Khosla Ventures").
var fundHeads = map[string]bool{"capital": true, "ventures": true, "partners": true, "fund": true, "investments": true,
	"management": true, "equity": true, "advisors": true, "advisers": true, "trust": true}

// fundLike reports whether slug is an investing firm by what the priors
// know of it or by its name: what money comes from, never the company a
// description of an investee stands for.
func (x *extractor) fundLike(slug string) bool {
	e, ok := x.lx.ents[slug]
	if !ok {
		return false
	}
	if priorLookup(priorKind, e.Name, e.Aliases) == "inv" {
		return true
	}
	w := strings.Fields(strings.ToLower(e.Name))
	return len(w) > 0 && fundHeads[w[len(w)-1]]
}

// otherNamedBefore reports whether the clause names, before the
// description at unit k, a company that is none of its investors: "since
// Rakuten Group owns most of it, NEC took a stake in the open RAN unit"
// may well be about the company that sentence is about, not the focus.
func (x *extractor) otherNamedBefore(c *clauses, k int, investors []string) bool {
	for j := 0; j < k; j++ {
		if c.us[j].Kind != 'E' {
			continue
		}
		for _, a := range c.args(x, j) {
			if a.m == nil || a.m.Coref {
				continue
			}
			if sb := x.resolve(a, companyTypes); sb != "" && !slices.Contains(investors, sb) {
				return true
			}
		}
	}
	return false
}

// restricted reports whether a relative clause with no comma before it
// restricts the description at unit k: "the lab that shows the best
// results" is whichever lab does, not the one in focus ("the model
// maker, which has counted ..." is).
func (c *clauses) restricted(k int) bool {
	w := c.us[k].words
	if strings.HasSuffix(w, " that") || strings.HasSuffix(w, " which") || strings.HasSuffix(w, " who") {
		return true
	}
	if k+1 >= len(c.us) {
		return false
	}
	switch c.us[k+1].words {
	case "that", "which", "who", "whose", "where":
		return true
	}
	return false
}

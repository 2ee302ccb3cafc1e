package extract

import (
	"slices"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file widens the funding round that names no company (helper
// z17inv, issue 13; rounds_focus.go opens it). Writers tell the lead of
// such a round in front of it or in a passive relative clause after it:
// "Led by A, a $262 million Series C gave it a valuation above $1
// billion", "a $30 million seed round, which was led by A and B"; the
// backers who "also took part in the round" or "joined that earlier
// round" a sentence later then put money into the company the round is
// for. That company is the investee focus's (invest_implicit.go); when
// the focus model has no money talk in reach, it is the company the last
// sentences are about (recentFocus, invest_described_focus.go: named
// within three sentences, no investor, no fund, no tie): a round is
// always some company's, and the company the story has just introduced
// is the one a reader takes it for. "The round" with no round open is
// the raise a clause in reach told ("Vultr raised $333 million"), else
// the company the sentence before named (alone), unless that sentence
// told money that was no raise ("won a $25 million contract"). A round
// whose owner a relative names ("Y, whose Series D was led by A") is
// invest_whose.go's.

// frontedRoundLead is the lead of "Led by A, a $262 million Series C
// ...": the entity after a sentence-opening passive lead verb and "by",
// with only a comma between it and the round at unit j (its article and
// amount aside), or -1.
func (c *clauses) frontedRoundLead(j int) int {
	i := c.beforeAmount(j)
	if i != 3 || !c.isPunct(i, ",") || c.us[2].Kind != 'E' || c.us[1].Kind != 'P' || c.us[1].Lemma != "by" {
		return -1
	}
	if v := c.us[0]; v.Kind != 'V' || !leadRoundLemmas[v.Lemma] || v.Neg {
		return -1
	}
	return 2
}

// roundPassiveRelative reports whether a passive lead verb follows the
// round at unit j in a relative clause: "a seed round, which was led by
// A", "the Series B that was co-led by B".
func (c *clauses) roundPassiveRelative(j int) bool {
	k := j + 1
	if c.isPunct(k, ",") {
		k++
	}
	if k < len(c.us) && c.us[k].Kind == 'O' && (c.us[k].words == "which" || c.us[k].words == "that") {
		k++
	} else if k == j+1 {
		return false // "the round led by A" is roundTaken's own
	}
	return k < len(c.us) && c.us[k].Kind == 'V' && c.us[k].Passive && !c.us[k].Neg && leadRoundLemmas[c.us[k].Lemma]
}

// unnamedRoundFocus is the company a round that names none is for: the
// investee focus, else the company the last sentences are about.
// investors are all the sentence's mentions, named its names only: a
// company the sentence refers back to ("valued the company at $3.5
// billion") is the round's, not an investor.
func (x *extractor) unnamedRoundFocus(c *clauses, j int, investors, named []string) string {
	s := c.s
	if f := x.investeeFocus(s, investors); f != "" {
		return f
	}
	if r := x.round; r != nil && x.sentIdx-r.sent <= roundReach {
		return "" // a round open in reach is the one meant ("joined the round")
	}
	if c.definiteRound(j) {
		// "the round" with none open is the raise a clause in reach told
		// ("Y raised $333 million ... The round was co-led by A"); with
		// none, it is none the text told ("won a $25 million contract")
		if x.raiser != "" && (x.sentIdx-x.raiserAt <= roundReach || x.onlyRaiser() == x.raiser) && !slices.Contains(named, x.raiser) {
			return x.raiser
		}
		if x.otherMoneyAt > 0 && x.sentIdx+1-x.otherMoneyAt <= 1 {
			return "" // "Y won a $25 million contract. The round ...": Y's money was no raise
		}
		// else the company the sentence before named, if one only: "the
		// round" follows what introduced its company
		return x.latestSeen(1, func(slug string) bool {
			return slices.Contains(companyTypes, x.typeOf(slug)) && !slices.Contains(named, slug) && !x.fundLike(slug) && !x.investorOnly(slug)
		})
	}
	return x.recentFocus(s, named, "", "")
}

// namedSlugs are the entities the sentence names by name.
func (c *clauses) namedSlugs() []string {
	var out []string
	for _, m := range c.s.ms {
		if m.Slug != "" && !m.Coref {
			out = append(out, m.Slug)
		}
	}
	return out
}

// whoseRound reports whether "whose" opens the round at unit j ("Y, whose
// US$500 million Series D round last year was led by A"): the round is
// the owner's, read by invest_whose.go.
func (c *clauses) whoseRound(j int) bool {
	if strings.Contains(c.us[j].words, "whose ") {
		return true
	}
	for i := j - 1; i >= 0 && i >= j-4; i-- {
		if c.us[i].words == "whose" {
			return true
		}
	}
	return false
}

// definiteRound reports whether the round at unit j is told as one known
// already ("the round", "that earlier round", "the $40 million Series
// B"), not introduced ("a $262 million Series C").
func (c *clauses) definiteRound(j int) bool {
	for _, d := range []string{"the ", "that ", "this ", "those "} {
		if strings.HasPrefix(c.us[j].words, d) {
			return true
		}
	}
	i := j - 1
	for i >= 0 && (c.isPunct(i, "$") || c.isPunct(i, "€") || c.isPunct(i, "£") || c.us[i].Kind == 'O' && approxWords[c.us[i].words]) {
		i--
	}
	return i >= 0 && (c.us[i].words == "the" || c.us[i].words == "that" || c.us[i].words == "this")
}

// noteRaiser remembers the company a clause of c tells raising money as
// its subject: "Vultr raised $333 million", "Y has secured fresh
// funding" (not a negated or planned raise: "plans to raise" opens no
// round anyone took part in).
func (x *extractor) noteRaiser(c *clauses) {
	for v, u := range c.us {
		if u.Kind == 'V' && moneyRaisers[u.Lemma] && !u.Passive && c.amountAt(c.skipApprox(c.skipArticle(v+1))) && !c.moneyAmountAt(v) && !c.roundWithin(v+1, 4) {
			x.otherMoneyAt = x.sentIdx + 1 // "won a $25 million contract": money, but no raise (0: none yet)
		}
		if u.Kind != 'V' || u.Neg || u.Passive || !amountRaisers[u.Lemma] {
			continue
		}
		if mod, drop := modalityOf(c.modText(-1, v)); drop || mod != "" {
			continue
		}
		subj := c.subject(v)
		if subj >= 0 && c.us[subj].Kind != 'E' {
			x.noteRaisedBy(unknownRaiser) // "The British cloud builder raised $X": whose, the topic cannot tell (rounds_topic.go)
		}
		if subj < 0 || c.us[subj].Kind != 'E' {
			continue
		}
		// a known company only: resolving would discover an unknown
		// name ("People close to it ...") as a company as a side effect
		if as := c.args(x, subj); len(as) == 1 && as[0].m != nil && as[0].m.Slug != "" {
			if sb := as[0].m.Slug; x.typeOf(sb) == schema.TypeCompany && !x.fundLike(sb) {
				x.raiser, x.raiserAt = sb, x.sentIdx
				x.noteRaisedBy(sb) // rounds_topic.go
				continue
			}
		}
		x.noteRaisedBy(unknownRaiser)
	}
}

// skipArticle is the unit after an article at unit i, or i.
func (c *clauses) skipArticle(i int) int {
	if i < len(c.us) && c.us[i].Kind == 'N' && (c.us[i].words == "a" || c.us[i].words == "an" || c.us[i].words == "the") {
		return i + 1
	}
	return i
}

// roundWithin reports whether a round noun is among the n units from
// unit i: "closed a $125 million Series B" raised money.
func (c *clauses) roundWithin(i, n int) bool {
	for j := i; j < len(c.us) && j < i+n; j++ {
		if roundNoun(c.us[j]) {
			return true
		}
	}
	return false
}

// skipRoundDeterminers is the first unit from i past the words that
// point back at a round told before ("joined that earlier round", "the
// previous round"): a determiner or adverb read as a unit of its own.
func (c *clauses) skipRoundDeterminers(i int) int {
	for i < len(c.us)-1 && c.us[i].Kind != 'E' && c.us[i].Kind != 'V' && !roundNoun(c.us[i]) && roundPointers[c.us[i].words] {
		i++
	}
	return i
}

// roundPointers point back at a round told before.
var roundPointers = map[string]bool{"that": true, "this": true, "the": true, "earlier": true, "previous": true, "prior": true,
	"that earlier": true, "the earlier": true, "the previous": true, "that previous": true, "the prior": true}

package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file reads money committed (helper x13z5, issue 13): "the carrier
// committed $10 million to Perplexity" gives investedIn(A, Y) with the
// amount (and "pledged $X for Y", round 29); "Y got an
// investment of $1.2 billion from M, while A committed $750 million"
// gives investedIn(A, Y) for the company the same sentence has already
// told an investment in (the investee-focus model of invest_implicit.go,
// held to the sentence itself). A commitment with no amount ("committed
// to building"), to what is no company ("$5 billion to capex"), negated
// or with no investment told in its sentence states nothing.

// commitLemmas are the verbs of committing money (rounds3.go reads
// "commit" inside a round).
var commitLemmas = map[string]bool{"commit": true, "pledge": true}

// famCommit reads "A committed $X to Y" and "..., while A committed $X".
func (x *extractor) famCommit(c *clauses) {
	for v, u := range c.us {
		upTo := (strings.HasSuffix(u.Lemma, " up") || strings.HasSuffix(u.words, " up")) && v+1 < len(c.us) && c.us[v+1].Kind == 'P' && c.us[v+1].Lemma == "to"
		if u.Kind != 'V' || !commitLemmas[u.Lemma] && !(upTo && commitLemmas[strings.TrimSuffix(u.Lemma, " up")]) || u.Passive || u.Neg {
			continue // "committed up to $10 million": the chunker's particle is the amount's (round 29)
		}
		subj := c.subject(v)
		if subj < 0 || c.us[subj].Kind != 'E' {
			continue
		}
		// the amount: up to the end of the clause or a "to"
		end := v + 1
		to := func(k int) bool {
			return c.us[k].Kind == 'P' && (c.us[k].Lemma == "to" || strings.HasPrefix(u.Lemma, "pledge") && c.us[k].Lemma == "for") // "pledged up to $100 billion for OpenAI" (round 29)
		}
		for end < len(c.us) && !c.boundary(end) && !(to(end) && !(upTo && end == v+1)) && c.us[end].Kind != 'V' {
			end++
		}
		if end == v+1 || !c.moneyAt(v+1, end-1) {
			continue
		}
		amt := amountRE.FindString(c.text(v+1, end-1))
		investors := c.args(x, subj)
		f := schema.Fact{Amount: amt, Date: x.dateOf(c.s)}
		if end < len(c.us) && to(end) {
			y := end + 1
			for y < len(c.us) && c.us[y].Kind == 'M' {
				y++
			}
			if y >= len(c.us) || c.us[y].Kind != 'E' || c.isCountry(y) || c.ents[c.us[y].ent].poss {
				continue // "to capex", "to Norway", "to Y's expansion"
			}
			x.rule = "invest.commit"
			investees := c.args(x, y)
			var gapped *arg
			if len(investees) > 1 && c.gappedAmountAt(y+1) {
				// "committed $5 billion to Y and B up to $10 billion": B
				// is the second clause's investor, its verb gapped
				// (round 31, dev18)
				gapped = &investees[len(investees)-1]
				investees = investees[:len(investees)-1]
			}
			for _, a := range investors {
				for _, b := range investees {
					x.emitFact(c.s, schema.RelInvestedIn, a, b, c.modText(subj, v), 0.75, f)
				}
			}
			if gapped == nil && y+2 < len(c.us) && c.isPunct(y+1, "and") && c.us[y+2].Kind == 'E' && c.gappedAmountAt(y+3) {
				if as := c.args(x, y+2); len(as) == 1 {
					gapped = &as[0] // "to the start-up and B up to $10 billion"
				}
			}
			if gapped != nil {
				for _, b := range investees {
					x.emitFact(c.s, schema.RelInvestedIn, *gapped, b, c.modText(subj, v), 0.7, schema.Fact{Date: f.Date})
				}
			}
			continue
		}
		if end < len(c.us) && !c.boundary(end) {
			continue // something else follows the amount
		}
		var slugs []string
		for _, a := range investors {
			slugs = append(slugs, x.resolve(a, companyTypes))
		}
		focus := x.investeeFocus(c.s, slugs)
		if focus == "" || !x.investedInSentence(c.s, focus) {
			continue
		}
		x.rule = "invest.commit-focus"
		for _, a := range investors {
			x.emitFact(c.s, schema.RelInvestedIn, a, arg{slug: focus, text: "(" + x.nameOf(focus) + ")"}, c.modText(subj, v), 0.7, f)
		}
	}
}

// investedInSentence reports whether sentence s has already told an
// investment in slug.
func (x *extractor) investedInSentence(s *sent, slug string) bool {
	for _, f := range x.facts {
		if f.Relation == schema.RelInvestedIn && f.Evidence == s.text && f.Object.ID == slug {
			return true
		}
	}
	return false
}

// gappedAmountAt reports whether an amount opens at unit k, over an
// approximation ("up to $10 billion", "about $2 billion"), and closes the
// clause: the amount of a gapped clause whose verb is the one before.
func (c *clauses) gappedAmountAt(k int) bool {
	if k+1 < len(c.us) && c.us[k].words == "up" && c.us[k+1].Kind == 'P' && c.us[k+1].Lemma == "to" {
		k += 2
	}
	k = c.skipApprox(k)
	if k >= len(c.us) || !c.amountAt(k) && !(c.us[k].Kind == 'O' && currencySigns[c.us[k].words]) {
		return false
	}
	for j := k; j < len(c.us); j++ {
		if c.boundary(j) || c.isPunct(j, ",") {
			return true
		}
		if c.us[j].Kind == 'V' || c.us[j].Kind == 'E' || c.us[j].Kind == 'P' {
			return false
		}
	}
	return true
}

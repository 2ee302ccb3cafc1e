package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file reads money put in with no recipient named (helper x13i10,
// issue 13, on the drill testdata/drills/invest3): "A also invested $10
// million", "B put in a further $50 million on its own account", "C is
// investing $30 million for 2 percent", "D and E are putting money too".
// Such a clause is a share of the investment the text is about, so its
// investee is the investee-focus model's (invest_implicit.go: the open
// round's company, the investee of the last investment told or the
// venture under discussion, within three sentences). Before, only the
// intransitive "also invested" and "paid/committed $X" in an open round
// were read (rounds3.go). A clause that names where the money went ("in
// Y", "into its network", "to Z", "in AI"), or what it paid for other
// than a share ("for a licence"), states nothing here; negations and
// passives neither.

// amountOnlyVerbs take the amount as their object: "invested $10 million".
// "Committed $X" stays invest_commit.go's (held to its own sentence) and
// rounds3.go's (inside a round), as does "contributed".
var amountOnlyVerbs = map[string]bool{"invest": true, "co-invest": true, "inject": true}

// amountInVerbs take "in" before the amount: "put in $10 million".
var amountInVerbs = map[string]bool{"put": true, "pour": true, "plough": true, "plow": true, "pump": true, "chip": true}

// famAmountOnly: "A invested $10 million", "B put in $50 million".
func (x *extractor) famAmountOnly(c *clauses) {
	for v, u := range c.us {
		if u.Kind != 'V' || u.Neg || u.Passive {
			continue
		}
		n := v + 1
		switch {
		case amountOnlyVerbs[u.Lemma]:
		case amountInVerbs[u.Lemma] && u.Particle == "in":
		case amountInVerbs[u.Lemma] && n < len(c.us) && c.us[n].Kind == 'P' && c.us[n].Lemma == "in":
			n++
		case strings.HasSuffix(u.Lemma, " in") && amountInVerbs[strings.TrimSuffix(u.Lemma, " in")]:
		default:
			continue
		}
		n = c.skipApprox(n)
		if n+1 < len(c.us) && c.us[n].Kind == 'N' && amountLeads[c.us[n].words] {
			n++ // "a further $50 million"
		}
		if !c.amountAt(n) && !(n < len(c.us) && c.us[n].Kind == 'N' && moneyNoun(c.us[n])) {
			continue
		}
		if !c.noRecipient(v, n) {
			continue
		}
		if subj := c.floatingSubject(v); subj >= 0 && c.us[subj].Kind == 'E' {
			x.amountToFocus(c, subj, v, amountRE.FindString(c.text(n, min(n+1, len(c.us)-1))))
		}
	}
}

// amountToFocus states the subject subj of verb v an investor of amt in
// the investee in focus.
func (x *extractor) amountToFocus(c *clauses, subj, v int, amt string) {
	holders := c.args(x, subj)
	if focus, ok := x.focusArg(c.s, holders); ok {
		x.rule = "invest.amount-only"
		for _, a := range holders {
			x.emitFact(c.s, schema.RelInvestedIn, a, focus, c.modText(subj, v), 0.65, schema.Fact{Amount: amt, Date: x.dateOf(c.s)})
		}
	}
}

// amountLeads are the words the tagger reads as a noun before an amount
// of money added to an earlier one.
var amountLeads = map[string]bool{"a further": true, "another": true, "an additional": true, "an extra": true, "a fresh": true, "a total of": true}

// moneyNoun reports whether noun phrase u is money with no amount: "money",
// "fresh capital", "cash", "fresh equity", "funds".
func moneyNoun(u unit) bool {
	return u.Lemma == "money" || u.Lemma == "capital" || u.Lemma == "cash" || u.Lemma == "equity" || u.Lemma == "fund" && strings.HasSuffix(u.words, "funds")
}

// noRecipient reports whether the clause of verb v, from its amount at
// unit n on, names no recipient of the money: no "in", "into", "to", "on"
// or "towards" but before a time ("in 2023", "in March") or "its own
// account", no "for" but
// for a share of no named company, and no name but a co-investor's
// ("alongside B", "with C").
func (c *clauses) noRecipient(v, n int) bool {
	for k := n + 1; k < len(c.us) && !c.boundary(k) && !c.relative(k); k++ {
		u := c.us[k]
		switch {
		case u.Kind == 'V':
			return true // the clause ends with the next verb
		case u.Kind == 'P' && (u.Lemma == "in" || u.Lemma == "into" || u.Lemma == "to" || u.Lemma == "on" || u.Lemma == "towards" || u.Lemma == "toward"):
			if k+1 < len(c.us) && c.us[k+1].Kind == 'N' && (timeWordRE.MatchString(c.us[k+1].words) || strings.HasPrefix(c.us[k+1].words, "its own") || strings.HasPrefix(c.us[k+1].words, "their own")) {
				// "in 2023", "on its own account"
				k++
				continue
			}
			return false
		case u.Kind == 'P' && u.Lemma == "for":
			if k+1 >= len(c.us) || c.us[k+1].Kind != 'N' || !(partShare(c.us[k+1].words) || c.us[k+1].Lemma == "stake" || c.us[k+1].Lemma == "share") || c.partOf(k+1) >= 0 {
				return false
			}
			k++
		case u.Kind == 'E':
			if k == 0 || !(c.us[k-1].Kind == 'P' && (c.us[k-1].Lemma == "alongside" || c.us[k-1].Lemma == "with")) {
				return false
			}
		}
	}
	return true
}

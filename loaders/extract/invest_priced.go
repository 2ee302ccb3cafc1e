package extract

import "strings"

// This file reads a stake or a round whose price stands inside its noun
// phrase (helper z15inv, issue 13, from dev3 misses): "agreed to take a $5
// billion stake in Y", "joined the $320 million Series C round of Y". The
// chunker reads a currency sign as punctuation, so such a phrase comes out
// as three units ("a", "$", "5 billion stake") and every family that looks
// for the stake or the round right after its verb found only the
// determiner. pricedNoun lets those families look past the determiner and
// the sign, to the noun phrase the amount belongs to.

// pricedNoun is the noun phrase at or after unit n once a determiner and a
// currency sign split off it are skipped ("a" "$" "5 billion stake"), or n
// itself when unit n does not open such a split phrase.
func (c *clauses) pricedNoun(n int) int {
	k := n
	if k < len(c.us) && (c.us[k].Kind == 'N' || c.us[k].Kind == 'M' || c.us[k].Kind == 'O') && (determinerWords[c.us[k].words] ||
		c.us[k].tag == posAdj && determinerWords[strings.SplitN(c.us[k].words, " ", 2)[0]]) {
		k++ // "a $5 billion stake", "a sizeable $5 billion stake" (helper z21pinv)
	}
	if !c.currencyAt(k) {
		return n
	}
	if k+1 < len(c.us) && c.us[k+1].Kind == 'N' {
		return k + 1
	}
	return n
}

// determinerWords are the determiners a currency sign splits from their
// noun phrase.
var determinerWords = map[string]bool{"a": true, "an": true, "the": true, "its": true, "their": true, "that": true}

// currencyAt reports whether unit k is a currency sign (invest_holders.go).
func (c *clauses) currencyAt(k int) bool {
	return k >= 0 && k < len(c.us) && c.us[k].Kind == 'O' && currencySigns[c.us[k].words]
}

package extract

import "strings"

// This file joins a share split by its slash back into one noun phrase
// (helper x13v2, issue 13): the tagger reads "a 50/50 joint venture" as
// "a 50" "/" "50 joint venture", which hides the venture noun from the
// words before it ("set up J, a 50/50 joint venture", "formed a 50/50
// venture, J").

// joinShares merges noun phrase, "/" or ":", noun phrase into one noun
// phrase when the mark stands between two numbers with no space around
// it ("a 50:50 venture" splits the same way: helper x14jv).
func (c *clauses) joinShares() {
	for k := 1; k+1 < len(c.us); k++ {
		a, b := c.us[k-1], c.us[k+1]
		if !c.isPunct(k, "/") && !c.isPunct(k, ":") || a.Kind != 'N' || b.Kind != 'N' || a.End != c.us[k].Start || c.us[k].End != b.Start ||
			!endsInDigit(a.words) || !startsWithDigit(b.words) {
			continue
		}
		m := b
		m.From, m.Start = a.From, a.Start
		m.words = strings.ToLower(c.s.text[m.Start:m.End])
		m.mods = append(append([]string(nil), a.mods...), b.mods...)
		c.us = append(append(c.us[:k-1:k-1], m), c.us[k+2:]...)
	}
}

func endsInDigit(w string) bool {
	return w != "" && w[len(w)-1] >= '0' && w[len(w)-1] <= '9'
}

func startsWithDigit(w string) bool {
	return w != "" && w[0] >= '0' && w[0] <= '9'
}

// joinPerCent merges a number, "per" and "cent" back into one noun phrase
// (issue 13, helper z20part): the tagger reads British "66 per cent" as
// "66" + the preposition "per" + "cent", which hides the share from the
// rules that read "66%" and "66 percent" ("in which A holds 66 per cent",
// "each hold 50 per cent of J"). The phrase heads on "percent" unless a
// noun follows "cent" ("a 5 per cent stake" heads on the stake).
func (c *clauses) joinPerCent() {
	for k := 1; k+1 < len(c.us); k++ {
		a, p, b := c.us[k-1], c.us[k], c.us[k+1]
		if a.Kind != 'N' || p.Kind != 'P' || p.words != "per" || b.Kind != 'N' || !endsInDigit(a.words) || b.words != "cent" && !strings.HasPrefix(b.words, "cent ") {
			continue
		}
		m := b
		m.From, m.Start = a.From, a.Start
		m.words = strings.ToLower(c.s.text[m.Start:m.End])
		m.mods = append(append(append([]string(nil), a.mods...), "percent"), b.mods[1:]...)
		if b.words == "cent" {
			m.Lemma = "percent"
		}
		c.us = append(append(c.us[:k-1:k-1], m), c.us[k+2:]...)
	}
}

package extract

import (
	"strings"
	"unicode"
)

// coordDescriptorEnd returns the name after a descriptor whose modifiers
// are coordinated, starting at unit k after a preposition: "with Thai
// power and infrastructure company B", "with networking and software
// firm B". The run may open with a nationality and holds single nouns,
// "and" (at least once) and the descriptor right before the name; it
// returns k when the units there are no such run.
func (c *clauses) coordDescriptorEnd(k int) int {
	and := false
	for j := k; j < len(c.us) && j < k+6; j++ {
		u := c.us[j]
		switch {
		case u.Kind == 'E' && j == k && c.isCountry(j) && !c.ents[u.ent].poss:
		case u.Kind == 'E':
			if and && j > k && c.us[j-1].Kind == 'M' && c.namedUnit(j) {
				return j
			}
			return k
		case u.Kind == 'N' && (u.tag == posNum || strings.IndexFunc(u.words, unicode.IsDigit) >= 0):
			return k // "an investment in 2024 and distributes our models"
		case u.Kind == 'O' && u.words == "and":
			and = true
		case u.Kind == 'M', u.Kind == 'N' && u.To-u.From == 1:
		default:
			return k
		}
	}
	return k
}

// namedUnit reports whether entity unit u names its entities rather than
// pointing back to them ("our", "them").
func (c *clauses) namedUnit(u int) bool {
	for _, m := range c.ents[c.us[u].ent].ms {
		if c.s.ms[m].Coref {
			return false
		}
	}
	return true
}

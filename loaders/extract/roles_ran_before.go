package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// A company a person ran before, told in a people-moves column (issue 13,
// round 30, from dev17): "until last year she ran SpareBank 1 SR-Bank",
// "he previously ran X", "He ran PayPal from 2014 to 2023" (a tenure's
// start, as "since" and "for" are; roles_run_company.go), and "She
// replaced Q at BT after four years running Sweden's Telia". The past
// tense with an adverb or a clause that dates the running ("previously",
// "once", "formerly", a fronted "until") or a gerund after a stretch of
// years is a tenure ended, as "who ran X" is in a relative: the person
// was X's chief executive. "P ran X's trials" (a possessive) and "P ran
// X in Europe" (a part) stay unread as before.

// ranAdverbs date a past running as a tenure before now.
var ranAdverbs = map[string]bool{"previously": true, "once": true, "formerly": true, "earlier": true}

// ranBefore reports whether the running verb at v, past tense, with its
// company object at o, is dated as a tenure by an adverb in its verb
// group or by a fronted "until" that opens its sentence.
func ranBefore(c *clauses, v, o int) bool {
	u := c.us[v]
	if c.ts[u.Head].Form != formPast || strings.Contains(u.words, "has ") || strings.Contains(u.words, "have ") {
		return false
	}
	for _, w := range strings.Fields(u.words) {
		if ranAdverbs[w] {
			return true
		}
	}
	if v > 0 && c.us[v-1].Kind == 'O' && ranAdverbs[c.us[v-1].words] {
		return true
	}
	t := strings.ToLower(c.s.text[c.us[0].Start:c.us[v].Start])
	return strings.HasPrefix(t, "until ") || strings.Contains(t, ": until ") || strings.Contains(t, "; until ")
}

// famRanYears: "after four years running X", "after a decade running X":
// a gerund of running after a stretch of time, whose person is the
// subject of the clause's finite verb, makes that person X's former chief
// executive.
func (x *extractor) famRanYears(c *clauses) {
	for v := 2; v+1 < len(c.us); v++ {
		u := c.us[v]
		if u.Kind != 'V' || u.Lemma != "run" || u.Neg || c.ts[u.Head].Form != formIng || c.us[v-1].Kind != 'N' || !stretchOfTime(c.us[v-1].words) {
			continue
		}
		o := v + 1
		if c.us[o].Kind != 'E' || c.isPerson(x, o) || c.isCountry(o) || !x.runsCompany(c, v, o, -1) {
			continue
		}
		p := -1
		for k := v - 2; k >= 0 && !c.boundary(k); k-- {
			if c.us[k].Kind == 'V' && c.ts[c.us[k].Head].Form != formIng {
				p = c.person(x, c.subject(k))
				break
			}
		}
		if p < 0 {
			continue
		}
		x.rule = "title.ran-years"
		for _, pa := range c.args(x, p) {
			x.emitFact(c.s, schema.RelCEOOf, pa, c.args(x, o)[0], "former", 0.65, schema.Fact{})
		}
	}
}

// stretchOfTime reports whether a noun phrase is a stretch of years or
// months ("four years", "a decade", "six months").
func stretchOfTime(words string) bool {
	for _, w := range strings.Fields(words) {
		switch w {
		case "year", "years", "month", "months", "decade", "decades", "weeks", "anniversary":
			return true
		}
	}
	return false
}

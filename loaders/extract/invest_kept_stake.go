package extract

import (
	"regexp"

	"github.com/telcograph/telcograph/schema"
)

// This file (round 42, dev26) reads a stake its holder keeps in the
// company the same sentence says it set up, spun off or sold: "Intel set
// up Articul8 as an independent company on January 3 and will remain a
// shareholder", "A spun off Y in 2024 and kept a 20% stake", "A set up Y
// and remains its largest shareholder", "A sold Y but remains a
// shareholder". The verb of keeping names no company; the company is the
// object of the earlier verb its subject shares. Without such a verb in
// the sentence ("A will remain a shareholder") the focus model
// (invest_implicit.go) decides, as before.

// keptStakeSources are the verbs whose object a kept stake is in.
var keptStakeSources = map[string]bool{
	"set up": true, "found": true, "co-found": true, "create": true, "launch": true, "establish": true,
	"spin off": true, "spin out": true, "carve out": true, "sell": true, "list": true, "float": true,
}

// holderNounRE matches a holder named without its company: "a
// shareholder", "its largest shareholder", "a minority investor".
var holderNounRE = regexp.MustCompile(`^(?:a|an|its|the)(?: [\w-]+){0,2} (?:shareholder|investor|owner|stakeholder)$`)

// famKeptStake reads the kept stakes above.
func (x *extractor) famKeptStake(c *clauses) {
	for v, u := range c.us {
		if u.Kind != 'V' || u.Neg || u.Passive || v+1 >= len(c.us) {
			continue
		}
		n := v + 1
		switch {
		case (u.Lemma == "remain" || u.Lemma == "stay") && c.us[n].Kind == 'N' && holderNounRE.MatchString(c.us[n].words):
		case (u.Lemma == "keep" || u.Lemma == "retain") && stakeUnit(c.us[n]):
		default:
			continue
		}
		if _, ok := c.unnamedStakeEnd(n); !ok {
			continue
		}
		src := -1
		for k := v - 1; k >= 0; k-- {
			if c.boundary(k) {
				break
			}
			if c.us[k].Kind == 'V' && keptStakeSources[c.us[k].Lemma] && !c.us[k].Passive && !c.us[k].Neg {
				src = k
				break
			}
		}
		if src < 0 {
			continue
		}
		obj := c.object(src)
		subj := c.subject(src)
		if obj < 0 || subj < 0 || obj >= v || c.us[subj].Kind != 'E' || c.isPerson(x, subj) || c.isPerson(x, obj) || c.isCountry(obj) {
			continue
		}
		if own := c.subject(v); own >= 0 && own != subj {
			continue // "A set up Y, and B remains a shareholder": another holder
		}
		ys := c.args(x, obj)
		if len(ys) != 1 || x.resolve(ys[0], companyTypes) == "" {
			continue
		}
		x.rule = "invest.kept-stake"
		mt := c.modText(v-1, v)
		for _, a := range c.args(x, subj) {
			if x.resolve(a, orgTypesAll) == x.resolve(ys[0], orgTypesAll) {
				continue
			}
			x.emitFact(c.s, schema.RelInvestedIn, a, ys[0], mt, 0.65, schema.Fact{})
		}
	}
}

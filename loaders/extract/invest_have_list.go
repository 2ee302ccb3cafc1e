package extract

import "github.com/telcograph/telcograph/schema"

// A company's backers listed after a colon (issue 13, helper z15list):
// "Acme AI has four backers: Ion Cloud, Granite Labs and Polar Compute",
// "Acme AI, run by Jane Park, has the longest list of backers:\n- Ion
// Cloud\n- Granite Labs", "Acme AI counts these investors: ...". The
// subject of have/count/boast/number is the investee and every listed
// name an investor, as "has four members: A, B" lists a group's members
// (famHaveMembers). Former, would-be or rumoured backers, and a
// negated verb ("has no backers") state nothing.

// backerNouns are the nouns of a company's investors.
var backerNouns = map[string]bool{
	"backer": true, "investor": true, "shareholder": true, "funder": true,
}

// listNouns stand before "of" a noun they list: "the longest list of
// backers", "a roster of investors".
var listNouns = map[string]bool{"list": true, "roster": true, "line-up": true, "lineup": true, "string": true, "slate": true}

// famHaveBackers reads "X has N backers: A, B".
func (x *extractor) famHaveBackers(c *clauses, v int) {
	n := v + 1
	for n < len(c.us) && c.us[n].Kind == 'O' && c.us[n].tag == posAdv {
		n++
	}
	if n+2 < len(c.us) && c.us[n].Kind == 'N' && listNouns[c.us[n].Lemma] && c.us[n+1].Kind == 'P' && c.us[n+1].Lemma == "of" {
		n += 2
	}
	if n >= len(c.us) || c.us[n].Kind != 'N' || !backerNouns[c.us[n].Lemma] || c.us[n].hasMod(notYetMods...) || c.us[v].Neg {
		return
	}
	list := c.afterColon(n)
	subj := c.subject(v)
	if subj < 0 {
		subj = c.frontedSubject(v)
	}
	if list < 0 || subj < 0 {
		return
	}
	as := c.args(x, subj)
	if len(as) != 1 || x.resolve(as[0], companyTypes) == "" {
		return
	}
	x.rule = "invest.have-backers"
	for _, a := range c.args(x, list) {
		x.emitFact(c.s, schema.RelInvestedIn, a, as[0], c.modText(subj, v), 0.7, schema.Fact{})
	}
}

// frontedSubject is the name that opens the sentence when a long
// apposition stands between it and the verb v: "Acme AI, a 2019 spin-off
// from Oslo University run by Jane Park, has": the name, a comma, words
// with no verb but a participle before "by", a comma, the verb. It
// returns -1 otherwise.
func (c *clauses) frontedSubject(v int) int {
	if v < 3 || c.us[0].Kind != 'E' || !c.isPunct(1, ",") || !c.isPunct(v-1, ",") {
		return -1
	}
	for k := 2; k < v-1; k++ {
		if c.us[k].Kind == 'V' && !(k+1 < v && c.us[k+1].Kind == 'P' && c.us[k+1].Lemma == "by") || c.isPunct(k, ",") {
			return -1
		}
	}
	return 0
}

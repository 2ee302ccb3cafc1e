package extract

import "github.com/telcograph/telcograph/schema"

// A sentence opened by a description of the name after its comma (helper
// z18hq, issue 13, the orgfacts3 drill): "A British GPU cloud provider
// launched in 2024, Nscale builds ...", "A German company, X sells ...".
// The description's nationality is the name's country, and a founding
// participle in it ("founded in 2019", "set up in 2021", "launched in
// 2024") is the name's founding; the description must open the sentence
// with "A"/"An", end with a company noun or such a participle's clause,
// hold no other name ("A unit of Y, X ..." describes X by Y) and stand
// before one name, not a list.

const rFrontedDesc = `^(?:An?|One) (?:(?:[a-z][\w-]*|[A-Z]{2,}) )?` + rNat + ` (?:(?:[a-z][\w-]*|[A-Z]{2,}) ){0,3}?` + rCompanyHead +
	`( (?:founded|co-founded|set up|launched|created|formed|established|started) (?:in|on|last|this|earlier)\b[^,<]*)?, (<[CAVU]\d+>) ([a-z]+)`

var frontedDescRules = []rule{
	{name: "A N provider, X", flat: true, re: rx(rFrontedDesc), fn: func(x *extractor, s *sent, m []string) {
		if m[4] == "and" || m[4] == "or" || x.corefArg(s, m[3]) {
			// "A Chinese company, ZTE and Nokia compete": not told of one
			return
		}
		x.nationAdj(s, m[3], m[1], 0.75)
		if m[2] == "" {
			return
		}
		if co, ok := x.one(s, m[3]); ok && co.m != nil && x.resolve(co, companyOnly) != "" {
			x.rule = "found.fronted-description"
			x.emitFact(s, schema.RelFounded, co, arg{}, m[0], 0.7, schema.Fact{Date: x.dateOf(s)})
		}
	}},
}

func init() { rules = append(rules, frontedDescRules...) }

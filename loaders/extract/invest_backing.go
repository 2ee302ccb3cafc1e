package extract

// Investors told by what the company has or was set up with: "Y has the
// backing of three investors: A, B and C", "Y has the financial backing
// of A and B", "Y was set up in 2019 with A, B and C as minority
// investors". The dev split's misses showed both (2026-12-04, eval
// --shapes: four investors after "has the backing of ...:", three after
// "with ... as minority investors").
var backingRules = []rule{
	{name: "Y has the backing of A", keys: []string{"backing of"}, re: rx(rOrg + `(?:, [^;]*?,)? (?:has|had|have|enjoys|enjoyed|won|secured|gained|got|gets) (?:the )?(?:financial |strong |full )?backing of (?:[^<:;]{0,40}: )?` + rOrgs), fn: func(x *extractor, s *sent, m []string) {
		x.investEach(&clauses{s: s}, x.args(s, m[2]), x.args(s, m[1]), "", 0.75) // rounds2.go
	}},
	{name: "Y was set up with A as investors", keys: []string{" as "}, re: rx(rOrg + `(?:, [^;]*?,)? (?:was|were) (?:[a-z]+ ){0,2}?(?:set up|founded|launched|created|formed|established)\b[^;<]*? with ` + rOrgs + ` as (?:[a-z-]+ ){0,2}?(?:investors|shareholders|backers|owners)\b`), fn: func(x *extractor, s *sent, m []string) {
		x.investEach(&clauses{s: s}, x.args(s, m[2]), x.args(s, m[1]), "", 0.75) // rounds2.go
	}},
}

func init() { rules = append(rules, backingRules...) }

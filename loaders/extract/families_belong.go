package extract

import "github.com/telcograph/telcograph/schema"

// belongRules read membership told with "belong to" (writer m, issue 13:
// "All four carriers belong to the GSMA"). Only a group can be belonged to
// this way: membership resolves its object to an alliance, so "Sprint
// belongs to SoftBank" (ownership) states nothing.
var belongRules = []rule{
	{name: "X belongs to Y", keys: []string{"belong"}, re: rx(rOrgs + `((?:,? [a-z']+){0,3}?) (belong|belongs|belonged|belonging) to (?:the )?` + rAll), fn: func(x *extractor, s *sent, m []string) {
		x.membership(s, schema.RelMemberOf, x.args(s, m[1]), m[4], m[2]+" "+m[3], 0.8)
	}},
}

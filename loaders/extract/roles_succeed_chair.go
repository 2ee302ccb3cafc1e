package extract

import "github.com/telcograph/telcograph/schema"

// A chair passed on (round 17, real-news probes): "P will succeed Q as
// Chair of the Board of X", "P replaced Q as chairman of X", "P takes over
// from Q as chair at X". The successor holds the chair from then on (a
// future verb makes it planned); the predecessor's past tenure is told by
// the rules that read his own title.

var succeedChairRules = []rule{
	{name: "Z succeeded W as chair of X", keys: []string{"succeed", "replace", "took over", "takes over", "take over"}, flat: true, re: rx(`(?i)` + rPer + ` ((?:[a-z']+ ){0,2}?)(?:succeeded|succeeds|succeed|replaced|replaces|replace|took over from|takes over from|take over from) (?:dr\.? |mr\.? |ms\.? |mrs\.? )?` + rPer + ` as (?:the )?(?:new )?(?:chair|chairman|chairwoman|chairperson)(?: of the (?:supervisory )?board)? (?:of|at) (?:the )?` + rOrg), fn: func(x *extractor, s *sent, m []string) {
		x.personRoleSince(s, schema.RelChairmanOf, m[1], m[4], m[2], x.dateAfter(s, s.flat, m[0]), 0.8)
	}},
}

func init() { rules = append(rules, succeedChairRules...) }

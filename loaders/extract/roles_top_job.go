package extract

import "github.com/telcograph/telcograph/schema"

// A person taking "the top job" at an organisation is its chief executive
// (round 16, helper z20roles; dev3's unseen writer and the roles6 drill):
// "P, until now chief executive of A, takes the top job at Y", "P took
// the top job at Y in July", "P will take the top job at Y in June" (a
// plan). "The top job" is the chief executive's post, as when a company
// hands it to someone (roles_bare.go); an apposition may stand between
// the person and the verb, and a past title in it is the title rules'.
var topJobRules = []rule{
	{name: "P takes the top job at X", keys: []string{"top job"}, re: rx(rPer + `(?:, (?:[^,<]|<[NXCAVU]\d+>){1,80},)? ((?:will |is to |is set to |is due to |is expected to |has |had )?(?:takes?|took|taken|taking|lands?|landed|landing) (?:over )?)the top job (?:at|of) ` + rOrg), fn: func(x *extractor, s *sent, m []string) {
		x.binary(s, schema.RelCEOOf, m[1], m[3], m[2], 0.75)
	}},
}

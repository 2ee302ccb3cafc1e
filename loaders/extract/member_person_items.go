package extract

import (
	"regexp"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// A member list whose items are people with their organisations names
// the organisations as members (issue 13's "lists that contain 'Name,
// Title of Org' items", round 43): "Its founding members are P, chief
// executive of A, and Q, chairman of B", "Members include P of A and Q
// of B", "The founders are P, A's chief executive; Q of B; and C". The
// organisation lists the other rules read hold no person, so a list like
// this gave no member at all. A plain organisation among the items is a
// member too; an item that is a person with no organisation is no member.

var memberPersonItemsRules = []rule{
	{name: "members are P of A and Q of B", keys: []string{"member", "founder", "participant", "signator"}, flat: true, re: rx(`(?i)\b(founding members|founding partners|founder members|founders|members|participants|signatories)(?: include| included| including| are| were)?:? ((?:the )?<P\d+>[^.]*)`), fn: func(x *extractor, s *sent, m []string) {
		if at := strings.Index(s.flat, m[0]); at >= 0 && boardBeforeRE.MatchString(s.flat[max(0, at-24):at+len(m[1])]) {
			return // "its board members are P of A and Q of B": seats on a board are roles (annotation guide)
		}
		orgs, people := personItems(m[2])
		if people == 0 || len(orgs) == 0 {
			return
		}
		rel := schema.RelMemberOf
		if strings.Contains(strings.ToLower(m[1]), "found") {
			rel = schema.RelFoundingMember
		}
		var as []arg
		for _, o := range orgs {
			as = append(as, x.args(s, o)...)
		}
		x.membership(s, rel, as, x.allianceBefore(s, m[0]), "", 0.75)
	}},
}

func init() { rules = append(rules, memberPersonItemsRules...) }

var (
	// personItemRE is a person with the organisation named after the
	// name: "P, chief executive of A", "P of A", "P, A's chief executive".
	personItemRE = regexp.MustCompile(`^(?:the )?<P\d+>(?:,? (?:the |a |an )?(?:[\w-]+ ){0,5}?(?:of|at|from) (?:the )?(<[CAVU]\d+>)|, (<[CAVU]\d+>)'s (?:[\w-]+ ){1,4}?(?:officer|executive|chairman|chairwoman|chair|president|founder|director|head|chief))`)
	// orgItemRE is an organisation item.
	orgItemRE = regexp.MustCompile(`^(?:the )?(<[CAVU]\d+>)`)
	// boardBeforeRE is a board or committee the members sit on.
	boardBeforeRE = regexp.MustCompile(`(?i)\b(?:board|steering|committee|council|panel)\b`)
	// itemSepRE separates two items.
	itemSepRE = regexp.MustCompile(`^(?:,|;)? ?(?:and |as well as )?`)
)

// personItems reads the items of a member list that opens text: the
// organisations they name, and how many were people with an
// organisation. It stops at the first item of another kind.
func personItems(text string) (orgs []string, people int) {
	rest := text
	for rest != "" {
		if g := personItemRE.FindStringSubmatch(rest); g != nil {
			orgs = append(orgs, g[1]+g[2])
			people++
			rest = rest[len(g[0]):]
		} else if g := orgItemRE.FindStringSubmatch(rest); g != nil {
			orgs = append(orgs, g[1])
			rest = rest[len(g[0]):]
		} else {
			break
		}
		sep := itemSepRE.FindString(rest)
		if sep == "" {
			break
		}
		rest = rest[len(sep):]
	}
	return orgs, people
}

// semicolonList reports whether the list at entity unit u joins its items
// with semicolons: "P, chairman of A; and B" is no title at B.
func semicolonList(c *clauses, u int) bool {
	e := c.ents[c.us[u].ent]
	return len(e.ms) > 1 && strings.Contains(c.s.text[e.start:e.end], ";")
}

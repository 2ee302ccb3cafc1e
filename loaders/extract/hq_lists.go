package extract

import (
	"strconv"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// singularTail narrows an apposition's target to the list's last item when
// the description is singular: in "BT Group; Deutsche Telekom; SK Telecom,
// South Korea's largest carrier" the carrier is SK Telecom alone, while "A
// and B, Japan's largest carriers" describes both. tok is the skeleton
// marker before the comma and match the text the rule matched; it returns
// the marker to read, or "" with the one argument to read instead.
func (x *extractor) singularTail(s *sent, tok, match string) (string, []arg) {
	if !strings.HasPrefix(tok, "<L") || strings.HasSuffix(strings.TrimRight(match, " ,."), "s") {
		return tok, nil
	}
	i, err := strconv.Atoi(strings.Trim(tok, "<L>"))
	if err != nil || i >= len(s.lists) || len(s.lists[i]) == 0 {
		return tok, nil
	}
	items := s.lists[i]
	return "", x.argOf(s, items[len(items)-1])
}

// possAppos reports whether a description at toks[i:] in apposition to a
// name ends in a possessive ("Deutsche Telekom Capital Partners, the German
// operator's investment firm"): it then describes the owner, not the name
// before the comma, and gives that name no nationality.
func possAppos(toks []token, i, j int, covered []bool) bool {
	return j < len(toks) && toks[j].Poss && i >= 2 && toks[i-1].Text == "," && covered[i-2]
}

// firstOrgLeads reports whether the sentence's first organisation comes
// before any person it names, so that it may be the sentence's subject:
// in "Dan Schulman, the former PayPal chief who joined Verizon's board,
// replaced P, who had run the US carrier" PayPal only qualifies a person.
func firstOrgLeads(ms []mention, before int) bool {
	for _, m := range ms {
		if m.Start >= before {
			continue
		}
		if m.Kind == 'P' {
			for _, o := range ms {
				if (o.Kind == 'C' || o.Kind == 'V') && o.Start < m.Start {
					return true
				}
			}
			return false
		}
	}
	return true
}

// headPossessive reports whether a description the skeleton matched ends
// in a possessive ("X, the Japanese operator's investment arm"): the
// nationality is then the owner's, not X's.
func headPossessive(sk, match string) bool {
	i := strings.Index(sk, match)
	if i < 0 {
		return false
	}
	rest := sk[i+len(match):]
	return strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") || strings.HasPrefix(rest, "' ") || strings.HasPrefix(rest, "’ ")
}

// possInside reports whether noun unit k has a possessive before its head
// ("the Japanese operator's investment arm"): its modifiers then describe
// the owner.
func (c *clauses) possInside(k int) bool {
	u := c.us[k]
	for t := u.From; t < u.To && t < len(c.ts); t++ {
		if c.ts[t].Poss && t != u.Head {
			return true
		}
	}
	return u.Head >= 0 && u.Head < len(c.ts) && c.ts[u.Head].Poss
}

// colonClause reports whether the description at toks[i] opens a clause
// after a colon or semicolon ("Cassava counts Google among its backers:
// the US search group put money into the company").
func colonClause(toks []token, i int) bool {
	return i > 0 && (toks[i-1].Text == ":" || toks[i-1].Text == ";")
}

// nearestCompany is the company the sentence named last before a
// description, if neither its nationality nor its kind is known to
// differ: after a colon the new clause continues with what the last one
// ended on, but "A second venture, with KKR, closed; the U.S. carrier
// owns half of it" is no investor called a carrier.
func (x *extractor) nearestCompany(country, kind string) string {
	if len(x.curOrgs) == 0 {
		return ""
	}
	s := x.curOrgs[len(x.curOrgs)-1]
	if c, ok := x.hq[s]; ok && c != country || x.typeOf(s) != schema.TypeCompany {
		return ""
	}
	if c := x.knownNation(s); c != "" && c != country || !x.kindFits(s, kind) {
		return ""
	}
	return s
}

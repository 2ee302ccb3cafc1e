package extract

// A list the chunker joins across ", and" can hold the object of one
// clause and the subject of the next ("Its customers include A and B, and
// C works with D"). The partner rules take a clause's subject list from
// subjectArgs (partner_roles.go), which asks objectListTail here whether
// only the list's last name is the subject.

import "strings"

// objectListTail: "Its customers include A and B, and C works with D".
// The chunker reads "A and B, and C" as one list, which stands as the
// subject of "works"; but a verb right before the list makes the list its
// object, and ", and" before the last name opens a new clause whose
// subject is that name alone. It returns the last name's mention index.
func (c *clauses) objectListTail(subj int) (int, bool) {
	if subj < 1 || c.us[subj-1].Kind != 'V' {
		return 0, false
	}
	ms := c.ents[c.us[subj].ent].ms
	if len(ms) < 2 {
		return 0, false
	}
	a, b := c.s.ms[ms[len(ms)-2]], c.s.ms[ms[len(ms)-1]]
	if a.End > b.Start || strings.Join(strings.Fields(c.s.text[a.End:b.Start]), " ") != ", and" {
		return 0, false
	}
	return ms[len(ms)-1], true
}

package extract

// An appointment made by the owner's own people: "X today announced that
// its members have elected P as chair of the board", "X said its
// shareholders had approved P as chairman" (issue 13, roles3 drill). The
// verb's subject is a noun, not the organisation, so famAppointObject
// found no owner; the members, shareholders or directors belong to the
// organisation that reports the appointment.

// electorNouns are the bodies that appoint on an organisation's behalf.
var electorNouns = map[string]bool{"member": true, "shareholder": true, "director": true, "board": true}

// electorsOwner is the organisation whose members (the noun right before
// verb v) appoint: the subject of a reporting verb earlier in the
// sentence ("X said", "X today announced that").
func (c *clauses) electorsOwner(x *extractor, v int) (arg, bool) {
	n := v - 1
	if n < 1 || c.us[n].Kind != 'N' || !electorNouns[c.us[n].Lemma] {
		return arg{}, false
	}
	for j := n - 1; j >= 0; j-- {
		if c.boundary(j) {
			return arg{}, false
		}
		if c.us[j].Kind != 'V' || !reportVerbs[c.us[j].Lemma] {
			continue
		}
		s := c.subject(j)
		if s < 0 || c.isPerson(x, s) || c.isCountry(s) {
			return arg{}, false
		}
		if as := c.args(x, s); len(as) == 1 && x.resolve(as[0], orgTypesAll) != "" {
			return as[0], true
		}
		return arg{}, false
	}
	return arg{}, false
}

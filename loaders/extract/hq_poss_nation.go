package extract

// This file reads headquarters from a nationality set after a possessive
// (round 22, helper z26org): a unit described by its owner, in an
// apposition ("Magenta Telekom, the group's Austrian subsidiary,", "Iliad
// Italia, its Italian arm,", "Telia Finland Oyj, our Finnish subsidiary,"),
// before the name ("its Australian arm Optus", "its Belgian neighbour
// Proximus") or after a copula ("Optus is Singtel's Australian
// subsidiary", "Fastweb is our Italian business"). The nationality stands
// after the possessive, so it describes the unit, not the owner; a
// nationality before the possessive ("X, the German operator's investment
// firm") is the owner's and is left to hq_lists.go.

// possHeadNouns are descriptions that name a company beside another in a
// possessive, on top of orgHeadNouns: "its Belgian neighbour".
var possHeadNouns = map[string]bool{"neighbour": true, "neighbor": true, "partner": true, "parent": true, "owner": true, "sister": true}

// possDeterminer reports whether unit k is a possessive that opens a noun
// phrase: "its", "our", "their", "Singtel's", "the group's".
func (c *clauses) possDeterminer(k int) bool {
	if k < 0 || k >= len(c.us) {
		return false
	}
	u := c.us[k]
	switch u.Kind {
	case 'M':
		switch u.words {
		case "its", "our", "their":
			return true
		}
	case 'E':
		return c.ents[u.ent].poss && !c.isCountry(k)
	case 'N':
		return u.Head >= 0 && u.Head < len(c.ts) && c.ts[u.Head].Poss && u.Head == u.To-1
	}
	return false
}

// possNationHead is, for a possessive at k followed by one nationality
// and a description of a company, the nationality's unit and the head's
// (-1, -1 if none).
func (c *clauses) possNationHead(x *extractor, k int) (int, int) {
	if !c.possDeterminer(k) || k+2 >= len(c.us) || c.us[k+1].Kind != 'E' || !c.isCountry(k+1) {
		return -1, -1
	}
	as := c.args(x, k+1)
	if len(as) != 1 || as[0].m == nil || !as[0].m.Demonym {
		return -1, -1
	}
	h := c.orgHeadAfter(k + 2) // hq_heads.go
	if h < 0 && (c.us[k+2].Kind == 'N' || c.us[k+2].Kind == 'M') && possHeadNouns[c.us[k+2].Lemma] && !c.possInside(k+2) {
		h = k + 2
	}
	if h < 0 {
		return -1, -1
	}
	if w := c.us[h].words; len(w) > 0 && w[len(w)-1] == 's' && w[len(w)-2:] != "ss" {
		return -1, -1 // "its French customers": plural, several
	}
	return k + 1, h
}

// closesPhrase reports whether unit j ends an apposition or a predicate:
// a comma, the sentence's end or a clause boundary.
func (c *clauses) closesPhrase(j int) bool {
	if j >= len(c.us) {
		return true
	}
	return c.isPunct(j, ",") || c.boundary(j) || c.isPunct(j, ":") || c.isPunct(j, ")")
}

// plainName reports whether unit j is a name that is neither a country
// nor a possessive.
func (c *clauses) plainName(j int) bool {
	return j >= 0 && j < len(c.us) && c.us[j].Kind == 'E' && !c.isCountry(j) && !c.ents[c.us[j].ent].poss
}

// famNationPossessive states headquarteredIn for a company described,
// after a possessive, by a nationality.
func (x *extractor) famNationPossessive(c *clauses) {
	for k := 1; k+2 < len(c.us); k++ {
		n, h := c.possNationHead(x, k)
		if n < 0 {
			continue
		}
		nat := c.args(x, n)[0]
		o := -1
		switch {
		case c.plainName(h + 1):
			o = h + 1 // "its Australian arm Optus"
		case !c.closesPhrase(h + 1):
		case c.isPunct(k-1, ",") && c.plainName(k-2):
			o = k - 2 // "Iliad Italia, its Italian arm,"
		case c.us[k-1].Kind == 'V' && c.us[k-1].Lemma == "be" && !c.us[k-1].Neg && !c.us[k-1].Passive && c.plainName(k-2):
			o = k - 2 // "Optus is Singtel's Australian subsidiary"
		}
		if o < 0 {
			continue
		}
		orgs := c.args(x, o)
		if len(orgs) != 1 {
			continue
		}
		x.rule = "hq.nationality-possessive"
		x.hqFact(c.s, orgs[0], nat, 0.75)
	}
}

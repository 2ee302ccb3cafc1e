package extract

// Founding told by a participle on a description in apposition (helper
// z24found, round 20): "X, the group formed last year by A with B and C",
// "X, the data-centre vehicle set up in 2024 by A, B and C". The
// participle describes the description, which coref.go resolved to X, as
// "X, formed last year by A, B and C" describes X (reducedRelative): the
// clause is a passive whose subject is the description. The passive
// reading takes the founders after "with" too, as the active voice does
// ("A formed X with B and C").

// describedParticiple reports whether verb unit v is a past participle
// right after a description in apposition ("X, the group formed by A"),
// with an organisation after "by".
func (c *clauses) describedParticiple(v int, ps []pp) bool {
	if v < 3 || c.us[v-1].Kind != 'E' || !c.isPunct(v-2, ",") || c.us[v-3].Kind != 'E' {
		return false
	}
	d := c.ents[c.us[v-1].ent]
	if d.poss || len(d.ms) != 1 || !c.s.ms[d.ms[0]].Coref || c.s.ms[d.ms[0]].Text == "it" {
		return false
	}
	return !c.us[v].Passive && c.participleByAgent(v, ps) // member_more.go
}

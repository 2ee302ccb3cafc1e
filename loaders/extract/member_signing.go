package extract

import (
	"regexp"

	"github.com/telcograph/telcograph/schema"
)

// This file (round 26, from probe set F) reads the signatories of a new
// group's charter told with the subject last: "The Trusted AI Roaming
// Group was launched at the show. Signing the charter on stage were A, B,
// C and D." Signing a group's charter at its launch founds it; the group
// is the one the sentence before founded, and no other.

// signingRE opens a sentence with the signing of a founding document.
var signingRE = regexp.MustCompile(`^(?:Signing|Putting their names to|Among those signing) (?:the |its )?(?:founding )?(?:charter|agreement|memorandum|declaration|pact|accord)\b[^.;]{0,60}? (?:were|was|are)\b`)

// famSigning states foundingMember for the signatories of a charter the
// sentence before founded.
func (x *extractor) famSigning(c *clauses) {
	loc := signingRE.FindStringIndex(c.s.text)
	if loc == nil || x.foundedHere == "" {
		return
	}
	for j, u := range c.us {
		if u.Kind != 'E' || u.Start < loc[1] {
			continue
		}
		g := arg{slug: x.foundedHere, text: "(" + x.nameOf(x.foundedHere) + ")"}
		x.rule = "member.signing"
		for _, a := range c.args(x, j) {
			x.emitFact(c.s, schema.RelFoundingMember, a, g, c.text(0, j), 0.7, schema.Fact{})
		}
		return
	}
}

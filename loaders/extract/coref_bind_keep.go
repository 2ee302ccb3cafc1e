package extract

import (
	"slices"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// A description the text bound away from a group it names beside it
// keeps that reading (helper z26bgrp, round 22; members7's captions):
// after "Nokia handed its code to the Linux Foundation, which hosts the
// foundation." or "The Eclipse Consortium hosts the consortium.", the
// writer has used "the foundation" for the group the host houses, with
// the host's name - which ends in the same noun - right beside it. A later
// "the foundation" is that group again, not the host, although both were
// last named in that sentence and the host came first (groupRef's tie)
// or was named in the main clause (focus_subordinate.go), until the text
// names the host again.

// descBind records that "the <noun>" was read as to in sentence at, where
// the group not, whose name ends in the noun, was named.
type descBind struct {
	to, not string
	at      int
}

// noteDescBind remembers, when the description "the <head>" at offset at
// was read as to, a group the sentence named before it whose name ends in
// head as well.
func (x *extractor) noteDescBind(head, to string, at int) {
	if to == "" || x.typeOf(to) != schema.TypeAlliance {
		return
	}
	for _, m := range x.curMs {
		if m.Coref || m.Slug == "" || m.Slug == to || m.End > at || x.typeOf(m.Slug) != schema.TypeAlliance || !headedBy(x.nameOf(m.Slug), head) {
			continue
		}
		if x.descBound == nil {
			x.descBound = map[string]descBind{}
		}
		x.descBound[head] = descBind{to: to, not: m.Slug, at: x.sentIdx}
	}
}

// keptBind is the group "the <head>" refers to when groupRef's answer s is
// the group an earlier sentence bound the noun away from and the text has
// not named that group since (nor in this sentence before the
// description): the group the noun was bound to. Otherwise s.
func (x *extractor) keptBind(head, s string) string {
	b, ok := x.descBound[head]
	if !ok || s != b.not || x.sentIdx == b.at || x.lastSeen[b.not] > b.at || slices.Contains(x.curGroups, b.not) {
		return s
	}
	return b.to
}

// relativeSubject reports whether the gap between a group's name and a
// description opens a relative clause whose pronoun, standing for the
// name, is the clause's subject, and at most four lower-case words of a
// verb group follow: ", which hosts | the foundation", ", which now
// oversees | the alliance".
func relativeSubject(gap string) bool {
	rest, ok := strings.CutPrefix(gap, ", which ")
	return ok && verbGroupGap(rest) // coref_bind_object.go
}

package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// Precision family (issue 13, helper x14prec): an entity a sentence
// names only inside a relative clause is background, not the new topic.
// In "Vodafone, which sits on the board of the O-RAN Alliance, has not
// joined" the alliance under discussion stays the one the article was
// about, so a later "the alliance" or "are both members" does not jump to
// the O-RAN Alliance. Centering in small: main-clause mentions move the
// focus, relative-clause mentions do not.

// relOpeners are the words that open a relative clause after a comma.
var relOpeners = []string{", which ", ", who ", ", whose ", ", where "}

// inRelative reports whether the span [start, end) of text sits inside a
// relative clause opened after a comma before it: no comma, semicolon or
// colon between the relative word and the span.
func inRelative(text string, start int) bool {
	if start <= 0 || start > len(text) {
		return false
	}
	before := text[:start]
	at := -1
	for _, r := range relOpeners {
		if i := strings.LastIndex(before, r); i > at {
			at = i + len(r)
		}
	}
	if at < 0 {
		return false
	}
	return !strings.ContainsAny(before[at:], ",;:()")
}

// noteBackground records the entities sentence s names only inside
// relative clauses; a main-clause mention clears the mark.
func (x *extractor) noteBackground(s *sent) {
	fg := map[string]bool{}
	var bg []string
	for i, m := range s.ms {
		if m.Slug == "" {
			continue
		}
		if inRelative(s.text, m.Start) || sideMention(s.text, m.Start) || careerMention(s, i) || pastPost(s, i) { // focus_side.go, focus_career.go, focus_post.go
			bg = append(bg, m.Slug)
		} else {
			fg[m.Slug] = true
		}
	}
	for s := range fg {
		delete(x.background, s)
	}
	for _, s := range bg {
		if !fg[s] {
			x.background[s] = x.sentIdx
		}
	}
}

// foregroundGroup reports whether an alliance whose name ends in head
// (those groupRef takes at any distance) was last named in a main clause:
// then "the <head>" skips the ones last named in a relative clause.
func (x *extractor) foregroundGroup(head string) bool {
	for s, last := range x.lastSeen {
		if x.typeOf(s) != schema.TypeAlliance || x.isBackground(s, last) {
			continue
		}
		if headedBy(x.nameOf(s), head) {
			return true
		}
	}
	return false
}

// isBackground reports whether sentence last named s only in a relative
// clause.
func (x *extractor) isBackground(s string, last int) bool {
	at, ok := x.background[s]
	return ok && at == last
}

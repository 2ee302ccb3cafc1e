package extract

import (
	"slices"
	"strings"
)

// A group description is not the group that governs it as the subject of
// its own clause (helper x13h9, issue 13, the orgfacts2 drill): in "The
// GSMA launched the initiative at MWC", "the initiative" is not the GSMA
// but the one other group in reach (the Open Telco AI initiative the
// sentence before named). Only a bare verb group stands between the
// subject and the description; an apposition ("joined the AI-RAN
// Alliance, the group that A and B launched") or any punctuation leaves
// the sentence's own group a candidate.

// groupRefBound resolves group noun head at offset at of sentence text
// like groupRef, leaving out the group that is the subject of the
// description's own clause.
func (x *extractor) groupRefBound(text, head string, initial bool, at int) string {
	s := x.keptBind(head, x.groupRef(head, initial)) // coref_bind_keep.go
	if s == "" || !x.clauseSubjectBefore(text, s, at) {
		x.noteDescBind(head, s, at) // coref_bind_keep.go
		return s
	}
	groups, last, had := x.curGroups, x.lastSeen[s], false
	if _, ok := x.lastSeen[s]; ok {
		had = true
		delete(x.lastSeen, s)
	}
	x.curGroups = slices.DeleteFunc(slices.Clone(groups), func(g string) bool { return g == s || x.placeholder[g] == s })
	other := x.groupRef(head, initial)
	x.curGroups = groups
	if had {
		x.lastSeen[s] = last
	}
	if other == s {
		return ""
	}
	x.noteDescBind(head, other, at)
	return other
}

// thatVerbs take a clause whose subject may be their own subject again:
// "The Radio Forum expects the alliance to grow".
var thatVerbs = map[string]bool{
	"expects": true, "expected": true, "hopes": true, "hoped": true, "believes": true, "believed": true, "noted": true,
	"wants": true, "wanted": true, "says": true, "thinks": true, "predicted": true, "predicts": true, "warned": true, "warns": true,
}

// clauseSubjectBefore reports whether group s is named earlier in the
// sentence with only lower-case words of a verb group (at most four, no
// punctuation, no conjunction or relative pronoun) between its name and
// offset at: "The GSMA launched | the initiative".
func (x *extractor) clauseSubjectBefore(text, s string, at int) bool {
	for k := len(x.curMs) - 1; k >= 0; k-- {
		m := x.curMs[k]
		if m.Slug != s && x.placeholder[m.Slug] != s || m.End > at {
			continue
		}
		if m.Poss || m.Coref {
			return false
		}
		gap := text[m.End:at]
		if relativeSubject(gap) {
			return true // "X, which hosts the foundation" (coref_bind_keep.go)
		}
		return verbGroupGap(gap)
	}
	return false
}

// verbGroupGap reports whether gap holds only one to four lower-case
// words of a verb group: no punctuation, conjunction, relative pronoun or
// verb of saying.
func verbGroupGap(gap string) bool {
	words := strings.Fields(gap)
	if len(words) < 1 || len(words) > 4 || strings.ContainsAny(gap, ",;:()[]\"“”–—") {
		return false
	}
	for _, w := range words {
		if w != strings.ToLower(w) || w == "and" || w == "or" || w == "of" || w == "with" || w == "that" || w == "which" ||
			reportingVerbs[w] || thatVerbs[w] {
			return false
		}
	}
	return true
}

package extract

import (
	"slices"
	"strings"
)

// This file places "it" by its role in its clause, before the nearest
// company is taken for it:
//   - "it" opening a clause coordinated after a comma ("Nokia agreed to buy
//     Infinera, and it has worked with Nvidia") continues the subject of
//     the clause before, not its object; a coordinated subject ("A and B
//     each own half, and it is run by P") is plural, so "it" is neither of
//     them but what the previous sentence was about;
//   - "it" after a preposition ("A and B will work with it") is none of its
//     own clause's organisations (a pronoun is not bound inside its clause:
//     that would be "itself"), but the nearest one named before the clause.

// itPreps are the prepositions after which "it" is an object.
var itPreps = map[string]bool{
	"with": true, "to": true, "in": true, "into": true, "of": true, "for": true, "from": true,
	"behind": true, "alongside": true, "on": true, "about": true, "through": true,
}

// itOrg reports whether m names (or describes) an organisation.
func itOrg(m mention) bool {
	return m.Slug != "" && (m.Kind == 'C' || m.Kind == 'V' || m.Kind == 'A')
}

// itByClause resolves "it" at toks[i] by its clause; near is what the
// nearest-company rule chose. ok false leaves that choice; ok true with ""
// leaves "it" unresolved.
func (x *extractor) itByClause(toks []token, i int, near string) (string, bool) {
	if i < 2 {
		return "", false
	}
	at := toks[i].Start
	var before []mention
	for _, m := range x.curMs {
		if m.Start < at && itOrg(m) {
			before = append(before, m)
		}
	}
	if len(before) == 0 {
		return "", false
	}
	if k := afterPlacePhrase(toks, afterTimePhrase(toks, afterPlacePhrase(toks, afterComparison(toks, i)))); k >= 2 && (toks[k-1].Key == "and" || toks[k-1].Key == "but") && toks[k-2].Text == "," {
		if s, ok := x.itCoordinated(toks, i, before); ok || near == "" || !passiveAgent(toks, k-2, before, near) {
			return s, ok // "..., and in September it" (partner_roles.go), "..., and like B it" (coref_it_like.go)
		}
		return "", true // "The investor was set up by B and C, and it" (coref_it_agent.go)
	}
	if itSubordinators[toks[i-1].Key] {
		if s, ok := x.itCoordinated(toks, i, before); ok { // "A and B have run the fund since it was launched" (coref_it_since.go)
			return s, ok
		}
	}
	if !itPreps[toks[i-1].Key] && !itVerbObject(toks, i) || near == "" { // coref_it_object.go
		return "", false
	}
	// The clause: back to the last comma, semicolon, colon or "that".
	start := 0
	for k := i - 2; k >= 0; k-- {
		if t := toks[k]; t.Text == "," || t.Text == ";" || t.Text == ":" || t.Key == "that" {
			start = toks[k].End
			if s, ok := x.itOutsideRelative(toks, k, before, near); ok {
				return s, true // "A and B, which backed it," (coref_it_relative.go)
			}
			break
		}
	}
	start = overApposition(toks, start, before) // "A and B, its former owners, became shareholders in it" (round 36)
	s0 := start
	start = earlierObjectIts(toks, i, start) // coref_it_chain.go
	var in []string
	for _, m := range before {
		if m.Start >= start && !(start < s0 && itAt(toks, m.Start)) {
			in = append(in, m.Slug)
		}
	}
	if g := ledGroupBefore(toks, i, before, start, in); g != "" {
		return g, true // "The group was set up by A, B and C; P chairs it" (coref_it_led.go)
	}
	if !slices.Contains(in, near) {
		return "", false
	}
	for k := len(before) - 1; k >= 0; k-- {
		if m := before[k]; m.Start < start && !slices.Contains(in, m.Slug) {
			return m.Slug, true
		}
	}
	// Nothing before the clause: as in a sentence that named no company,
	// the previous sentence's subject ("The venture sells capacity. A and
	// B each own half of it").
	for _, s := range []string{x.prevFirst, x.prevSubj} {
		if s != "" && !slices.Contains(in, s) {
			return s, true
		}
	}
	// None: the nearest choice stands, for the frames that read "it" as
	// the venture under discussion ("A holds half of it").
	return "", false
}

// itsCoordinated resolves "its" opening a clause after ", and" as
// itCoordinated resolves "it": "GTI was set up with China Mobile as its
// driving force, and its chairman, P, opened the session" is GTI's
// chairman, an alliance's as well as a company's.
func (x *extractor) itsCoordinated(toks []token, i int) (string, bool) {
	if i < 2 || toks[i-1].Key != "and" || toks[i-2].Text != "," {
		return "", false
	}
	var before []mention
	for _, m := range x.curMs {
		if m.Start < toks[i].Start && itOrg(m) {
			before = append(before, m)
		}
	}
	if len(before) == 0 {
		return "", false
	}
	if unnamedOpener(toks, before[0].Start, x.curMs) {
		return "", true // roles_scope.go
	}
	return x.itCoordinated(toks, i, before)
}

// itCoordinated resolves an "it" that opens a clause after ", and": the
// subject of the sentence's first clause when that is one organisation
// opening the sentence.
func (x *extractor) itCoordinated(toks []token, i int, before []mention) (string, bool) {
	first := before[0]
	if !x.curLead || first.Poss {
		return "", false
	}
	// The subject opens the sentence: at most a short time phrase before it.
	words := 0
	for k := 0; k < i && toks[k].Start < first.Start; k++ {
		if toks[k].Text == "," || toks[k].Key == "that" || reportingVerbs[toks[k].Key] {
			return "", false
		}
		words++
	}
	if words > 4 {
		return "", false
	}
	// Nothing reported in between ("A said B bought C, and it ...").
	subj := []string{first.Slug}
	k := 0
	for k < i && toks[k].Start < first.End {
		k++
	}
	for ; k < i; k++ {
		if reportingVerbs[toks[k].Key] || toks[k].Key == "that" && !(k > 0 && groupNouns[toks[k-1].Key]) {
			return "", false // a relative "that" ("among the companies that formed X") reports nothing
		}
	}
	// A coordinated subject: "A and B agreed ..., and it".
	for _, m := range before[1:] {
		gap := textBetween(toks, first.End, m.Start)
		if gap == "and" || gap == "," || gap == "&" {
			subj = append(subj, m.Slug)
			first = m
			continue
		}
		break
	}
	if len(subj) == 1 {
		return subj[0], true
	}
	// A plural subject: "it" is the one other organisation the sentence
	// named ("A and B each own half of Y, and it is run by P"), else, with
	// none, the previous sentence's subject.
	var others []string
	for _, m := range before {
		if !slices.Contains(subj, m.Slug) && !slices.Contains(others, m.Slug) {
			others = append(others, m.Slug)
		}
	}
	switch {
	case len(others) == 1:
		return others[0], true
	case len(others) == 0 && x.prevSubj != "" && !slices.Contains(subj, x.prevSubj):
		return x.prevSubj, true
	}
	return "", true
}

// textBetween is the words (lower-cased) and punctuation strictly between
// two offsets, joined by spaces.
func textBetween(toks []token, from, to int) string {
	var parts []string
	for _, t := range toks {
		if t.Start >= from && t.End <= to {
			if t.Word {
				parts = append(parts, t.Key)
			} else {
				parts = append(parts, t.Text)
			}
		}
	}
	return strings.Join(parts, " ")
}

// itAppositionOpeners open a short noun phrase set between commas after a
// subject: "A and B, its former owners, ...", "A, the carrier, ...".
var itAppositionOpeners = map[string]bool{"its": true, "their": true, "the": true, "a": true, "an": true}

// overApposition moves a clause start that follows an apposition's
// closing comma back to the start of the clause the apposition sits in:
// in "A and B, its former owners, became shareholders in it" the
// predicate's clause is "A and B ... became shareholders in it", whose
// subject "it" cannot take. start is the byte after the comma; the
// apposition is at most six tokens opened by a determiner, a possessive
// pronoun or a possessive name, and names no organisation of orgs by name (an
// apposition that does, "P, the chief executive of B, runs it", leaves B
// a candidate: TestRound32FormerEmployerAppos).
func overApposition(toks []token, start int, orgs []mention) int {
	c := -1 // the closing comma's token
	for k := range toks {
		if toks[k].End == start && toks[k].Text == "," {
			c = k
			break
		}
	}
	if c < 2 {
		return start
	}
	for k := c - 1; k >= 0 && k >= c-7; k-- {
		switch t := toks[k]; {
		case t.Text == ";" || t.Text == ":" || t.Key == "that":
			return start
		case t.Text == ",":
			if k+1 >= c || !itAppositionOpeners[toks[k+1].Key] && !(toks[k+1].Upper && slices.ContainsFunc(toks[k+1:c], func(t token) bool { return t.Poss })) {
				return start // "A, the carrier," and "A and B, Sapeon's former owners," are appositions
			}
			if slices.ContainsFunc(orgs, func(m mention) bool { return !m.Coref && m.Start >= toks[k].End && m.Start < toks[c].Start }) {
				return start
			}
			for j := k - 1; j >= 0; j-- {
				if t := toks[j]; t.Text == "," || t.Text == ";" || t.Text == ":" || t.Key == "that" {
					return toks[j].End
				}
			}
			return 0
		}
	}
	return start
}

// afterPlacePhrase is the index of "in" opening a place phrase of one to
// three capitalised words right before toks[i] ("..., and in Saudi
// Arabia it has built"), else i (round 42, dev26).
func afterPlacePhrase(toks []token, i int) int {
	k := i
	for k > 0 && i-k < 3 && toks[k-1].Word && toks[k-1].Upper {
		k--
	}
	if k == i || k < 1 || toks[k-1].Key != "in" {
		return i
	}
	return k - 1
}

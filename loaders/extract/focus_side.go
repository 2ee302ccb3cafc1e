package extract

// Precision family (issue 13, helper z19members): a group named only as a
// point of comparison or as what the group under discussion rests on is a
// side mention, not the new topic. In "The alliance complements the
// AI-RAN Alliance", "It builds on CAMARA", "Unlike the AI-RAN Alliance,
// it builds models", "Like LF AI & Data before it, the AI Alliance hosts
// working groups" or "Think of it as the American answer to Europe's 6G
// association", the article stays about the first group: a later "the
// group", an implied "Samsung, which joined in 2021" or "Since then A and
// B have signed up" go to it. Side mentions are background like those in
// a relative clause (focus_subordinate.go), do not move the group in
// focus (coref_focus.go) or the alliance under discussion, and are no
// sentence subject (frames_group.go).

// sideMarkRE ends with a comparison or dependency marker and at most four
// determiners, possessives or capitalised words before a mention.
var sideMarkRE = mustFiltered(`(?i:\b(?:like|unlike|complements?|complemented|complementing|builds? on|built on|building on|answer to|counterpart to|alternative to|similar to|modell?ed on|as with|in contrast to|compared (?:with|to)))\s+(?:(?:the|a|an|its|their|[A-Z][\w&.-]*(?:'s|’s)?)\s+){0,4}$`)

// sideMention reports whether the mention at start in text is a side
// mention: a comparison or dependency marker stands right before it, with
// no punctuation between.
func sideMention(text string, start int) bool {
	if start <= 0 || start > len(text) {
		return false
	}
	from := max(0, start-80)
	return sideMarkRE.MatchString(text[from:start])
}

// overBackground is the group a description whose only group in reach is
// s refers to: s, unless s was last named only in the background (a side
// mention or a relative clause) while another group is in focus ("Think of
// it as the answer to Europe's Y. ... The group has set up" is the focus).
func (x *extractor) overBackground(s string) string {
	if x.focus != "" && x.focus != s && len(x.curGroups) == 0 && x.isBackground(s, x.lastSeen[s]) {
		return x.focus
	}
	return s
}

// sectionFocus is the group in focus when a later-membership clause
// without a pronoun (skip: no such clause) leaves its group implicit and
// the focus was set in this paragraph or by
// the heading line just before it: the group the section is about
// outranks the group the article names most ("4. Y / ... the initiative
// ... Since then A and B have signed up" is Y's, not the first section's).
func (x *extractor) sectionFocus(skip bool) string {
	if skip || x.focus == "" || x.focusAt < x.paraStart-1 || x.focusAt < x.sentIdx-4 {
		return ""
	}
	return x.focus
}

// staleRoster reports whether the roster of group g, read in sentence at,
// is out of reach for a later-membership clause: it was read before this
// paragraph (and its heading line), and since then another group came into
// focus ("1. Y / A set up the forum. // 2. Z / ... the alliance ... Since
// then B has signed up" is Z's).
func (x *extractor) staleRoster(g string, at int, later bool) bool {
	return later && at < x.paraStart-1 && x.focus != "" && x.focus != g && x.focusAt > at
}

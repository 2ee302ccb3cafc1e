package extract

import "regexp"

// A short form given after a name with "or" (round 29, dev16): "The
// Bharat 6G Alliance, or B6GA, was launched on July 3", "the 6G Smart
// Networks and Services Industry Association, or 6G-IA, which ...". The
// short form is the name's alias, as "(B6GA)" is: the rules read the
// sentence without it ("The Bharat 6G Alliance was launched"), and later
// sentences that use it name the organisation.

// orAliasRE is ", or " and a short form in capitals (digits and hyphens
// allowed), then a comma.
var orAliasRE = regexp.MustCompile(`^, or ([A-Z0-9][A-Za-z0-9&-]{1,11}),`)

// orAlias returns where the ", or SHORT," after mention i ends (after its
// closing comma), or 0 when none follows it. The short form must be
// unnamed or name the same entity; an unnamed one is defined as the
// mention's alias.
func (x *extractor) orAlias(s *sent, i int) int {
	m := s.ms[i]
	if m.Poss || m.Slug == "" || !isOrgKind(m.Kind) || m.PossEnd > len(s.text) {
		return 0
	}
	loc := orAliasRE.FindStringSubmatchIndex(s.text[m.PossEnd:])
	if loc == nil {
		return 0
	}
	short := s.text[m.PossEnd+loc[2] : m.PossEnd+loc[3]]
	if !hasUpperRun(short) {
		return 0 // "or Nokia": a name in title case is another organisation
	}
	at := m.PossEnd + loc[2]
	for _, n := range s.ms {
		if n.Start == at && n.Slug != m.Slug {
			return 0 // "A, or B," names another organisation
		}
	}
	if x.lx.first[wordKey(short)] == nil {
		x.lx.define(short, m.Slug)
	}
	return m.PossEnd + loc[1]
}

// hasUpperRun reports whether w has two capitals in a row ("B6GA" has
// not, "6G-IA" has): a short form, not a word.
func hasUpperRun(w string) bool {
	caps := 0
	for _, r := range w {
		if r >= 'A' && r <= 'Z' {
			caps++
		}
	}
	return caps >= 2
}

// orAliasMentions adds the short form after ", or" that no mention covers
// as a mention of the organisation before it, and defines it for the
// sentences after.
func (x *extractor) orAliasMentions(text string, toks []token, ms []mention, cover func(a, b int)) []mention {
	n := len(ms)
	for i := 0; i < n; i++ {
		m := ms[i]
		if m.Poss || m.Slug == "" || !isOrgKind(m.Kind) || m.PossEnd > len(text) {
			continue
		}
		loc := orAliasRE.FindStringSubmatchIndex(text[m.PossEnd:])
		if loc == nil {
			continue
		}
		a, b := m.PossEnd+loc[2], m.PossEnd+loc[3]
		short := text[a:b]
		if !hasUpperRun(short) || x.lx.first[wordKey(short)] != nil {
			continue
		}
		k := -1
		for t := range toks {
			if toks[t].Start == a {
				k = t
			}
		}
		e := k
		for e >= 0 && e < len(toks) && toks[e].End <= b {
			e++
		}
		if k < 0 || e <= k || toks[e-1].End != b {
			continue
		}
		x.lx.define(short, m.Slug)
		ms = append(ms, mention{Start: a, End: b, PossEnd: b, Kind: m.Kind, Slug: m.Slug})
		cover(k, e)
	}
	return ms
}

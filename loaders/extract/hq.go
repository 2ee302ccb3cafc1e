package extract

import (
	"regexp"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file reads headquarters by cue and argument roles rather than by
// phrasing: an organisation, then only linking words (a comma or bracket,
// "which is", "has its", "with its", the organisation's possessive), one
// headquarters cue from hqCues, "in", an optional city and the country,
// with the article some country names take ("in the United Kingdom").
// Any other word between them (a product, "operations", "a lab") and the
// place is not where the organisation is headquartered. "Finland-based X"
// and "the Finland-headquartered X" name the country before the company.

// hqCues are the words news uses for where an organisation is based.
var hqCues = []string{
	"headquartered", "head-quartered", "headquarters", "head office", "head offices", "hq'd", "hqed", "hq",
	"based", "main office", "registered office", "home base", "base", "domiciled",
}

// hqGap matches what may stand between an organisation and "in <place>".
var hqGap = regexp.MustCompile(`^(?:'s?)? ?[,(]? ?(?:(?:is|was) an? [a-z][a-z -]{0,40}? )?(?:(?:which|that) )?` +
	`(?:(?:is|are|was|were|remains|has been|have been|will be|would be|is to be|is set to be) )?` +
	`(?:(?:has|have|had|with|keeps|keep|will keep|is to keep|would keep|will retain|retains) )?(?:(?:its|their) )?(?:(?:global|main|corporate|current|new|registered|company) )?` +
	`(` + strings.Join(quoteAll(hqCues), "|") + `) (?:(?:is|are|was|were|remains|sits) )?in ` +
	`(?:the (?:city|town) of )?(?:[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2}, )?(?:near [A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2}, )?` + rCompass + `(?:the )?$`)

func quoteAll(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = regexp.QuoteMeta(w)
	}
	return out
}

// orgMention reports whether a mention can be an organisation.
func orgMention(m *mention) bool {
	switch m.Kind {
	case 'C', 'A', 'V', 'U', 'G':
		return true
	}
	return false
}

// famHeadquarters states headquarteredIn(org, country) for each country
// named as where the organisation just before it is based.
func (x *extractor) famHeadquarters(s *sent) {
	x.rule = "headquarters.cue"
	for n := range s.ms {
		cm := &s.ms[n]
		if cm.Kind != 'N' || cm.Demonym {
			continue
		}
		if o := x.hqBracketPlace(s, n); o >= 0 { // hq_bracket_place.go
			x.rule = "hq.bracket-place"
			x.emitHQ(s, o, n, 0.75)
			x.rule = "headquarters.cue"
			continue
		}
		if o := x.hqAcrossInsert(s, n); o >= 0 { // hq_inserted.go
			x.emitHQ(s, o, n, 0.75)
			continue
		}
		if o := x.hqFronted(s, n); o >= 0 { // hq_inserted.go
			x.emitHQ(s, o, n, 0.75)
			continue
		}
		o := mentionBefore(s, cm.Start)
		if o < 0 {
			continue
		}
		m := x.hqCue(s, o, cm.Start)
		if m == nil && s.ms[o].Kind == 'U' && placeChainGap(s.text[s.ms[o].End:cm.Start]) { // hq_place_chain.go
			// "in Lakeside, Finland": the city is no organisation; the cue
			// leads to the place ("in Menlo Park, California, in the
			// United States": hq_place_chain.go)
			place := s.ms[o].Start
			if o = mentionBefore(s, place); o >= 0 {
				m = x.hqCue(s, o, place)
			}
		}
		if m == nil { // "in Holmdel, New Jersey, in the United States" (hq_place_chain.go)
			if o2, m2 := x.hqStateChain(s, cm.Start); m2 != nil {
				o, m = o2, m2
			}
		}
		if o < 0 {
			continue
		}
		if gap := s.text[s.ms[o].End:cm.Start]; m == nil && strings.HasPrefix(gap, " and ") {
			// "X was founded by A, B and C and is headquartered in N": the
			// coordinated verb's subject is the sentence's.
			if f := openingSubject(s, s.ms[o].Start); f >= 0 && f != o && hqGap.MatchString(strings.ToLower(gap[len(" and "):])) {
				if m = hqGap.FindStringSubmatch(strings.ToLower(gap[len(" and "):])); m[1] != "base" {
					x.emitHQ(s, f, n, 0.75)
				}
				continue
			}
		}
		if m == nil {
			if f := x.hqCoordSubject(s, n); f >= 0 && f != o { // hq_coord.go
				x.emitHQ(s, f, n, 0.75)
			}
			continue
		}
		gap := s.text[s.ms[o].End:cm.Start]
		if m[1] == "base" && !strings.Contains(strings.ToLower(gap), "its base") {
			continue // "a base in" is a site, "its base in" the seat
		}
		x.emitHQ(s, o, n, 0.8)
	}
	x.famHQMore(s) // hq_more.go
	x.rule = "headquarters.hyphen"
	for _, h := range hqHyphen.FindAllStringSubmatchIndex(s.text, -1) {
		code := countryCode(s.text[h[2]:h[3]])
		if code == "" {
			continue
		}
		// the organisation the compound describes: the next mention, over
		// describing words only ("Finland-based telecom operator X")
		if o := mentionAfter(s, h[1]); o >= 0 {
			om := &s.ms[o]
			between := s.text[h[1]:om.Start]
			if !orgMention(om) || strings.ContainsAny(between, ",;:()") || len(strings.Fields(between)) > 3 || headedGap(between) {
				continue
			}
			c := arg{slug: code, text: s.text[h[2]:h[3]]}
			for _, a := range x.argOf(s, o) {
				if so := x.resolve(a, orgTypesAll); so != "" && !strings.HasPrefix(so, "_new") {
					if _, known := x.hq[so]; !known {
						x.hq[so] = code
					}
					x.emit(s, schema.Fact{Relation: schema.RelHeadquarteredIn, Subject: x.mention(a, so), Object: x.mention(c, code)}, confOf(0.75, a))
				}
			}
		}
	}
}

// mentionBefore is the organisation mention that ends last before at, with
// no person or other name after it (-1 if none); countries between are a
// city the register lists.
func mentionBefore(s *sent, at int) int {
	best := -1
	for i := range s.ms {
		if s.ms[i].End <= at && (best < 0 || s.ms[i].End > s.ms[best].End) && s.ms[i].Kind != 'N' && s.ms[i].Kind != 'X' {
			best = i
		}
	}
	if best < 0 || !orgMention(&s.ms[best]) {
		return -1
	}
	return best
}

// mentionAfter is the mention that starts first at or after at, or -1.
func mentionAfter(s *sent, at int) int {
	best := -1
	for i := range s.ms {
		if s.ms[i].Start >= at && (best < 0 || s.ms[i].Start < s.ms[best].Start) {
			best = i
		}
	}
	return best
}

// hqHyphen is a place compounded with a headquarters participle.
var hqHyphen = mustFiltered(`\b([A-Z][\w.]*(?: [A-Z][\w.]*){0,2})-(?:based|headquartered|HQ'd)\b`)

// hqCue matches the words between mention o and a country at end
// against hqGap: the linking words lower case, a city as written.
func (x *extractor) hqCue(s *sent, o, end int) []string {
	if s.ms[o].End > end {
		return nil
	}
	gap := s.text[s.ms[o].End:end]
	i := strings.LastIndex(gap, " in ")
	if i < 0 {
		return nil
	}
	return hqGap.FindStringSubmatch(strings.ToLower(gap[:i+4]) + gap[i+4:])
}

// countryCode is the country a place names, by the lexicon of countries.
func countryCode(place string) string {
	for _, c := range countries {
		for _, name := range c.names {
			if strings.EqualFold(name, place) || strings.HasSuffix(place, " "+name) && strings.HasPrefix(place, "The ") {
				return c.code
			}
		}
	}
	return ""
}

func (x *extractor) emitHQ(s *sent, o, n int, base float64) {
	cs := x.argOf(s, n)
	if len(cs) != 1 {
		return
	}
	sc := x.resolve(cs[0], countryTypes)
	if sc == "" || hqPartOf(s, o) { // "the unit of Y", "Y Germany" (hq_part_of.go)
		return
	}
	for _, a := range x.argOf(s, o) {
		so := x.resolve(a, orgTypesAll)
		if so == "" || strings.HasPrefix(so, "_new") {
			continue
		}
		if _, known := x.hq[so]; !known {
			x.hq[so] = sc
		}
		x.emit(s, schema.Fact{Relation: schema.RelHeadquarteredIn, Subject: x.mention(a, so), Object: x.mention(cs[0], sc)}, confOf(base, a))
	}
}

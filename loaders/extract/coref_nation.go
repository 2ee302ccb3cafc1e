package extract

import (
	"slices"
	"strings"
	"sync"

	"github.com/telcograph/telcograph/schema"
)

// This file gives a nationality description ("the Singapore group", "The
// Emirati group") what the article already says of each company it could
// refer to (helper x13z6, issue 13). Besides a country the text stated
// (x.hq), a company's country shows in its own name ("Singapore
// Telecommunications", "Telekom Malaysia", "Deutsche Telekom") and in a
// place a descriptor gave it ("G42, the Abu Dhabi artificial intelligence
// group", "Espoo-based Nokia"). That evidence is no fact of its own: it
// only decides which company a description names, and rules out one the
// text places elsewhere ("the US chipmaker" is not Singtel).

// nativeDemonyms are nationality words in the language of a company's own
// name that the country table (lexicon.go) does not hold.
var nativeDemonyms = map[string]string{
	"deutsche": "DE", "deutscher": "DE", "deutsches": "DE", "nippon": "JP", "francaise": "FR", "française": "FR",
	"italiana": "IT", "espana": "ES", "españa": "ES", "suisse": "CH", "schweiz": "CH", "nederland": "NL",
	"norsk": "NO", "svenska": "SE", "suomi": "FI", "polska": "PL", "turk": "TR", "türk": "TR",
}

var (
	nameCountryOnce sync.Once
	nameCountry     map[string]string // lower-case country name or demonym -> code
)

// nationWords maps every country name and nationality word of the
// country table to its code, lower case. "America" is left out: "America
// Movil" is Mexican.
func nationWords() map[string]string {
	nameCountryOnce.Do(func() {
		nameCountry = map[string]string{}
		for _, c := range countries {
			for _, w := range append(append([]string(nil), c.names...), c.demonyms...) {
				if lw := strings.ToLower(w); lw != "america" && lw != "american" {
					nameCountry[lw] = c.code
				}
			}
		}
		for w, c := range nativeDemonyms {
			nameCountry[w] = c
		}
	})
	return nameCountry
}

// nameNation is the country a name spells out ("Singapore
// Telecommunications", "Bell Canada", "South Korea Telecom"), or "": one
// country, in words of one or two tokens; two countries tell nothing.
func nameNation(name string) string {
	ws := strings.FieldsFunc(strings.ToLower(name), func(r rune) bool {
		return r == ' ' || r == '-' || r == ',' || r == '(' || r == ')' || r == '"'
	})
	words := nationWords()
	found := ""
	for i := 0; i < len(ws); i++ {
		c := ""
		if i+1 < len(ws) {
			c = words[ws[i]+" "+ws[i+1]]
			if c != "" {
				i++
			}
		}
		if c == "" {
			c = words[strings.TrimSuffix(strings.TrimSuffix(ws[i], "'s"), "’s")]
		}
		if c == "" {
			continue
		}
		if found != "" && found != c {
			return ""
		}
		found = c
	}
	return found
}

// nationEvidence is the country the article gives slug: one it stated,
// else one its names spell out, else the country of a city a descriptor
// gave it; "" when it gives none.
func (x *extractor) nationEvidence(slug string) string {
	if c, ok := x.hq[slug]; ok {
		return c
	}
	if e, ok := x.lx.ents[slug]; ok {
		if c := nameNation(e.Name); c != "" {
			return c
		}
		for _, a := range e.Aliases {
			if c := nameNation(a); c != "" {
				return c
			}
		}
	}
	for _, e := range x.descs {
		if e.slug != slug {
			continue
		}
		for k, md := range e.mods {
			if k+1 < len(e.mods) {
				if c := cities[md+" "+e.mods[k+1]]; c != "" {
					return c // "the Abu Dhabi artificial intelligence group"
				}
			}
			if c := cities[md]; c != "" {
				return c
			}
		}
	}
	return ""
}

// evidentNational is the company of the last five sentences (this one's
// included) that the article places in country, the most recent first,
// or "". A country only its name or a descriptor gives counts in this
// sentence and the one before, or for a company named more than once: a
// name dropped once in passing ("BT, which explored a tie-up with Three
// UK") is no antecedent three sentences on.
func (x *extractor) evidentNational(country string) string {
	best, bestAt := "", -1
	see := func(s string, at int) {
		if x.descExclude[s] || x.typeOf(s) != schema.TypeCompany || x.knownNation(s) != country || !x.kindFits(s, x.descKind) {
			return
		}
		if _, stated := x.hq[s]; !stated && x.sentIdx-at > 1 && x.counts[s] < 2 {
			return
		}
		if at > bestAt || at == bestAt && s < best {
			best, bestAt = s, at
		}
	}
	for s, last := range x.lastSeen {
		if x.sentIdx-last <= 5 {
			see(s, last)
		}
	}
	for _, s := range x.curOrgs {
		see(s, x.sentIdx)
	}
	if k := x.kindedNational(country, best); k != "" {
		return k // coref_nation_kind.go
	}
	return best
}

// onlyPronoun reports whether this sentence named slug, before the
// description being resolved, by a pronoun alone ("It is not the first
// time the US social media group has ..."): the pronoun's own guess is
// no antecedent for the description. A company the previous sentence
// named is still one.
func (x *extractor) onlyPronoun(slug string) bool {
	if slices.Contains(x.prevOrgs, slug) {
		return false
	}
	pron := false
	for _, m := range x.curMs {
		if m.Slug != slug {
			continue
		}
		// a resolved pronoun's span is its one short word ("it", "its",
		// "we"); a description's is longer
		if !m.Coref || m.End-m.Start > 3 {
			return false
		}
		pron = true
	}
	return pron
}

// coordinatedRival reports whether the company s a nationality
// description before offset at was resolved to is one of two companies
// its sentence coordinated just before it ("a venture between Vodafone and
// CK Hutchison, with the British group holding the larger share") and
// nothing the article says places one of them in country: either may be
// meant, so the description states no country.
func (x *extractor) coordinatedRival(text string, at int, s, country string) bool {
	if s == "" || x.nationEvidence(s) == country {
		return false
	}
	var prev *mention
	for k := range x.curMs {
		m := &x.curMs[k]
		if m.Start >= at {
			break
		}
		if m.Slug == "" || m.Kind != 'C' && m.Kind != 'V' {
			prev = nil
			continue
		}
		if prev != nil && prev.Slug != m.Slug && (prev.Slug == s || m.Slug == s) && strings.TrimSpace(text[prev.PossEnd:m.Start]) == "and" {
			other := prev.Slug
			if other == s {
				other = m.Slug
			}
			c := x.nationEvidence(other)
			if x.typeOf(other) == schema.TypeCompany && (c == "" || c == country) {
				return true
			}
		}
		prev = m
	}
	return false
}

// nationalBefore is the one company of the sentence before the previous
// one that fits a nationality description when neither the previous
// sentence nor this one named a company ("... with KKR taking 14.1% and
// Singtel 4.2%. If warrants are exercised, the consortium will inject
// more. The partnership between the US investment firm and ..."), or ""
// when none or several fit.
func (x *extractor) nationalBefore(fits func(string) bool) string {
	found := ""
	for s, last := range x.lastSeen {
		if last != x.sentIdx-2 || !fits(s) {
			continue
		}
		if found != "" {
			return ""
		}
		found = s
	}
	return found
}

// memberGroup reports whether the text made group s a member of another
// group: "the association" after a roster that lists the International
// Data Spaces Association among Gaia-X's founders is Gaia-X, not the
// member whose name ends in the noun.
func (x *extractor) memberGroup(s string) bool {
	for g, ms := range x.members {
		if g != s && slices.Contains(ms, s) {
			return true
		}
	}
	return false
}

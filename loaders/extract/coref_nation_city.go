package extract

import "strings"

// This file reads a city before a description's head as the city's
// country (helper z24bnat, issue 13): "the Tokyo operator", "the Toronto
// company counts ...", "Last year the Abu Dhabi group invested" are read
// as "the Japanese operator", "the Canadian company", "the Emirati group"
// are, anywhere in a sentence (the descriptor memory's cityCompany reads
// only one opening a sentence with a company noun). A city alone states no country of its own (hq_city.go),
// so the mention carries no nationality.

// cityDesc reports a city description at "the" toks[i]: a city (cityAt)
// and, within three words, a company or kin noun as its head, as coref.go
// reads a nationality's. A description apposed to the name before it
// ("Mistral AI, the Paris model maker") is that name's own descriptor
// (coref_descriptor.go), not a back-reference. A possessive one ("Jane
// Moor, the Seoul start-up's chief executive") is left alone: before a
// title, a wrong guess among companies nothing places would state a wrong
// role, and no read set needs it. One opening a sentence with a company
// noun is left to the descriptor memory.
//
// A company a descriptor placed in another city ("Velora, a Munich chip
// designer" for "the Berlin company") is then excluded, as the
// descriptor memory's cityCompany excludes one.
func (x *extractor) cityDesc(toks []token, i int, covered []bool) (demonymMatch, bool) {
	nat, ok := cityAt(toks, i+1)
	if !ok {
		return demonymMatch{}, false
	}
	j := i + 1 + nat.n
	for j < len(toks) && j < i+4 && toks[j].Word && !companyNouns[toks[j].Key] && !kinNoun(toks, i, j, nat.n) && !toks[j].Upper {
		j++
	}
	if j >= len(toks) || !companyNouns[toks[j].Key] && !kinNoun(toks, i, j, nat.n) {
		return demonymMatch{}, false
	}
	if toks[j].Poss || i >= 2 && toks[i-1].Text == "," && covered[i-2] {
		return demonymMatch{}, false
	}
	if i == 0 && companyNouns[toks[j].Key] {
		return demonymMatch{}, false // the descriptor memory's (cityCompany)
	}
	if x.descExclude == nil {
		x.descExclude = map[string]bool{}
	}
	city := toks[i+1].Key
	if nat.n == 2 {
		city += " " + toks[i+2].Key
	}
	for _, e := range x.descs {
		if c := descCity(e.mods); c != "" && c != city {
			x.descExclude[e.slug] = true
		}
	}
	return nat, true
}

// descCity is the known city among a descriptor's modifiers ("Munich" of
// "a Munich chip designer", "Abu Dhabi" of "the Abu Dhabi AI group"), or "".
func descCity(mods []string) string {
	for k, md := range mods {
		if k+1 < len(mods) && cities[md+" "+mods[k+1]] != "" {
			return md + " " + mods[k+1]
		}
		if cities[md] != "" {
			return md
		}
	}
	return ""
}

// cityAt reports a known city of one or two words at toks[i] that a
// word follows ("the Abu Dhabi group"), as a demonymMatch of its
// country; a city joined to a suffix ("the Paris-based company") is
// coref.go's other reading.
func cityAt(toks []token, i int) (demonymMatch, bool) {
	if i >= len(toks) || !toks[i].Word || !toks[i].Upper || toks[i].Poss {
		return demonymMatch{}, false
	}
	for n := 2; n >= 1; n-- {
		if i+n >= len(toks) {
			continue
		}
		name := toks[i].Key
		if n == 2 {
			if !toks[i+1].Word || !toks[i+1].Upper || toks[i+1].Poss {
				continue
			}
			name += " " + toks[i+1].Key
		}
		c := cities[name]
		if c == "" {
			continue
		}
		next := toks[i+n]
		if !next.Word || strings.HasPrefix(next.Key, "-") {
			return demonymMatch{}, false
		}
		return demonymMatch{slug: c, n: n}, true
	}
	return demonymMatch{}, false
}

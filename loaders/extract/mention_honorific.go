package extract

import (
	"regexp"
	"slices"
)

// News from Asia and the Middle East puts titles of address before a
// person's name ("chief executive Datuk P", "Chairman Sheikh P", "H.E.
// P", "appointed Eng. P as CEO", "Tan Sri P"), and so do others ("Dr P").
// Real-news probes (round 18) found that each of them hid the fact: the
// title was an unknown name of its own ("Datuk", "Eng"), a company ("H.E."
// read as an acronym) or a person ("Tan Sri"), standing between the
// company's title and the person. honorificPrefixes lets the person's
// mention take the titles before it, so the rules see "chief executive P",
// and drops the mentions the titles made. The mention's text stays the
// name.

// honorificTailRE is a capitalised title of address ending the text
// before a name (with the spaces after it).
var honorificTailRE = regexp.MustCompile(`(?:^|[\s("“,])((?:Dr|Mr|Mrs|Ms|Prof|Engr|Hon)\.?|Eng\.|H\.\s?E\.|Sheikh|Sheikha|Datuk|Dato'?|Dato’|Datin|Tan Sri|Puan Sri|Toh Puan|Tun|Sir|Dame|Professor|His Excellency|Her Excellency|His Highness|Her Highness)\s+$`)

// honorificPrefixes extends each person mention over the titles of
// address right before it and drops the mentions inside them.
func honorificPrefixes(text string, ms []mention) []mention {
	drop := map[int]bool{}
	for i := range ms {
		m := &ms[i]
		if m.Kind != 'P' || m.Coref {
			continue
		}
		start := m.Start
		for n := 0; n < 3; n++ {
			loc := honorificTailRE.FindStringSubmatchIndex(text[:start])
			if loc == nil {
				break
			}
			start = loc[2]
		}
		if start == m.Start {
			continue
		}
		for j := range ms {
			if j != i && ms[j].Start >= start && ms[j].End <= m.Start {
				drop[j] = true
			}
		}
		m.Start = start
	}
	if len(drop) == 0 {
		return ms
	}
	out := slices.Clone(ms[:0:0])
	for i, m := range ms {
		if !drop[i] {
			out = append(out, m)
		}
	}
	return out
}

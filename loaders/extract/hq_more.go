package extract

import (
	"regexp"
	"strings"
)

// More ways news gives a company's country (helper x13h9, issue 13, the
// orgfacts2 drill), each read between an organisation's name and a
// country's:
//   - a possessive country heading a description before the name:
//     "Norway's largest operator, X, ..."; a plural one before a list:
//     "Japan's other big carriers, A and B, ...";
//   - a copula with one: "X is one of Norway's largest operators", "X is
//     Norway's biggest carrier";
//   - an apposition with a headquarters participle: "X, a company based in
//     Lyon, France,", "X, an operator headquartered in Norway";
//   - "X, whose headquarters are in Oslo, Norway," and a fronted "From its
//     headquarters in Oslo, Norway, X ...";
//   - a list "X and Y, both based in Norway".
// A city with no country, offices, markets and a country that is not the
// description's own ("Norway's largest operator's Swedish unit") state
// nothing.

var (
	// between a possessive country and the name it describes
	// (a comma or a dash: "Japan's three carriers – A, B and C –", round 36)
	hqPossBeforeRE = regexp.MustCompile(`^ ((?:[a-z][\w-]* ){0,4})([a-z][\w-]*)(?:, | ?[–—] ?| - )(?:the )?$`)
	// between the name and a possessive country after a copula
	hqPossCopulaRE = regexp.MustCompile(`^ (?:is|was|remains|has become|became) (?:now )?(?:one of |among )?$`)
	// after the possessive country of such a copula
	hqPossCopulaTailRE = regexp.MustCompile(`^ (?:[a-z][\w-]* ){0,3}([a-z][\w-]*)\b`)
	// between the name and the country of an apposition or relative clause
	hqApposRE = regexp.MustCompile(`^(?: (?:N\.V\.|S\.A\.|B\.V\.|S\.p\.A\.|AG|SA|NV|SE|Inc\.?|Ltd\.?|Corp\.?|Co\.?|PLC|plc|LLC|GmbH|Oyj|AB|ASA))?(?: \([^()]*\))?, (?:(?:a|an) (?:[\w-]+ ){0,4}(?:based|headquartered)|whose (?:headquarters|head office|main office|head offices) (?:are|is)(?: located)?|(?:both|all|each) (?:based|headquartered)) in (?:the )?(?:[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2}, )?(?:the )?$`)
	// a fronted "From its headquarters in City, "
	hqFromRE = regexp.MustCompile(`^From (?:its|their) (?:headquarters|head office|home base|base) in (?:the )?(?:[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2}, )?$`)
)

// famHQMore reads the shapes above in sentence s.
func (x *extractor) famHQMore(s *sent) {
	x.rule = "headquarters.more"
	for n := range s.ms {
		cm := &s.ms[n]
		if cm.Kind != 'N' || cm.Demonym || cm.Slug == "" {
			continue
		}
		if cm.Poss {
			x.hqPossCountry(s, n)
			continue
		}
		pre := s.text[:cm.Start]
		if hqFromRE.MatchString(pre) && strings.HasPrefix(s.text[cm.End:], ", ") {
			if o := mentionStartingAt(s, cm.End+2); o >= 0 {
				x.emitHQ(s, o, n, 0.7)
			}
			continue
		}
		if o := apposedOrgBefore(s, cm.Start); o >= 0 {
			x.emitHQ(s, o, n, 0.7)
			if gap := s.text[s.ms[o].End:cm.Start]; strings.HasPrefix(gap, ", both ") || strings.HasPrefix(gap, ", all ") || strings.HasPrefix(gap, ", each ") {
				for _, l := range s.lists { // "X and Y, both based in Norway"
					if l[len(l)-1] == o {
						for _, k := range l[:len(l)-1] {
							x.emitHQ(s, k, n, 0.7)
						}
					}
				}
			}
		}
	}
}

// hqPossCountry reads possessive country mention n: a description it heads
// before a name ("Norway's largest operator, X"), or the predicate of a
// copula after one ("X is one of Norway's largest operators").
func (x *extractor) hqPossCountry(s *sent, n int) {
	cm := &s.ms[n]
	if o := mentionAfterOrg(s, cm.PossEnd); o >= 0 {
		m := hqPossBeforeRE.FindStringSubmatch(s.text[cm.PossEnd:s.ms[o].Start])
		opens := cm.Start == 0 || strings.HasSuffix(s.text[:cm.Start], ", ") || strings.HasSuffix(s.text[:cm.Start], "(")
		if m != nil && companyNouns[m[2]] && opens {
			x.emitHQ(s, o, n, 0.7)
			return
		}
		if m != nil && strings.HasSuffix(m[2], "s") && companyNouns[strings.TrimSuffix(m[2], "s")] && opens {
			// "Japan's other big carriers, A and B," (round 32)
			for _, l := range s.lists {
				if l[0] == o {
					for _, k := range l {
						x.emitHQ(s, k, n, 0.7)
					}
					return
				}
			}
		}
	}
	o := mentionBefore(s, cm.Start)
	if o < 0 || s.ms[o].Poss || !hqPossCopulaRE.MatchString(s.text[s.ms[o].End:cm.Start]) {
		return
	}
	m := hqPossCopulaTailRE.FindStringSubmatch(s.text[cm.PossEnd:])
	if m == nil || !companyNouns[strings.TrimSuffix(m[1], "s")] {
		return
	}
	x.emitHQ(s, o, n, 0.7)
}

// mentionAfterOrg is the first mention starting at or after at, if it is
// an organisation; else -1.
func mentionAfterOrg(s *sent, at int) int {
	best := -1
	for i := range s.ms {
		if s.ms[i].Start >= at && (best < 0 || s.ms[i].Start < s.ms[best].Start) {
			best = i
		}
	}
	if best < 0 || !orgMention(&s.ms[best]) || s.ms[best].Kind == 'N' {
		return -1
	}
	return best
}

// apposedOrgBefore is the organisation mention before offset at whose
// gap to it is an apposition or relative clause of hqApposRE; a legal
// suffix and a bracket (a ticker) after the name may come between, and
// the names inside them are passed over.
func apposedOrgBefore(s *sent, at int) int {
	best := -1
	for i := range s.ms {
		m := &s.ms[i]
		if m.End > at || !orgMention(m) || m.Kind == 'N' || m.Kind == 'U' {
			continue
		}
		if best >= 0 && m.End <= s.ms[best].End {
			continue
		}
		if hqApposRE.MatchString(s.text[m.End:at]) {
			best = i
		}
	}
	return best
}

// mentionStartingAt is the mention that starts at offset at, or -1.
func mentionStartingAt(s *sent, at int) int {
	for i := range s.ms {
		if s.ms[i].Start == at && s.ms[i].Kind != 'N' {
			return i
		}
	}
	return -1
}

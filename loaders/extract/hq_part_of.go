package extract

import (
	"regexp"
)

// A part named for its whole (helper z22ppart, real-news probes): in "The
// Indian arm of Y is based in Mumbai, India" or "A subsidiary of Y, based
// in Munich, Germany," the seat is the arm's or the subsidiary's, and in
// "Y Germany, a unit of Y, is based in Dusseldorf, Germany" it is the
// national unit's whose name is the parent's name and a country. Neither
// the object of "N of" nor a registered name directly followed by a
// country states where that organisation is based.

// partOfRE is a noun and "of" ending the text before an organisation:
// "the unit of ", "a subsidiary of ", "The chief executive of ".
var partOfRE = regexp.MustCompile(`\b([a-z][a-z-]+) of (?:the )?$`)

// relAfter is a relative clause right after the name, which describes
// the name itself: "the chief executive of the combined company, which is
// headquartered in Malaysia".
var relAfter = regexp.MustCompile(`^\s*,?\s*(?:which|that)\b`)

// partOfWhole are the words before "of" that leave the organisation the
// one described: a quantity ("one of", "most of") or its seat.
var partOfWhole = map[string]bool{
	"one": true, "some": true, "all": true, "most": true, "each": true, "many": true,
	"none": true, "both": true, "any": true, "either": true, "neither": true,
	"headquarters": true, "home": true, "seat": true, "hq": true,
}

// hqPartOf reports whether organisation mention o stands for a part of it
// rather than itself: the object of "N of", or its name followed directly
// by a country's ("Y Germany").
func hqPartOf(s *sent, o int) bool {
	m := &s.ms[o]
	if p := partOfRE.FindStringSubmatch(s.text[:m.Start]); p != nil && !partOfWhole[p[1]] && !relAfter.MatchString(s.text[m.PossEnd:]) {
		return true
	}
	for i := range s.ms {
		if n := &s.ms[i]; n.Kind == 'N' && !n.Demonym && n.Start == m.End+1 && s.text[m.End] == ' ' {
			return true
		}
	}
	return false
}

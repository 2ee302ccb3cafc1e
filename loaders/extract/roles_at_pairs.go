package extract

import (
	"regexp"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// A list of people each placed "at" a company, then a plural title in
// apposition, gives each the title at their company (round 28, dev15:
// "Hans Vestberg at Verizon and John Stankey at AT&T, the two rival chief
// executives, are both pitching AI too"); so does the plural title before
// the list ("The chief executives, P at X and Q at Y, ..."). Each item
// must be a person at one organisation, the items joined by commas or
// "and", and the title one of chief executive(s), CEO(s), chairmen or
// chairs; "bosses" and "heads" are left alone (they name no one title).

// atPairItem is one "P at X" item.
const atPairItem = `<[PU]\d+> at <[CAVUG]\d+>`

// atPairsRE matches two to four items; group 1 is the run.
var atPairsRE = regexp.MustCompile(`(` + atPairItem + `(?:(?:, | and |, and )` + atPairItem + `){1,3})`)

// atPairItemRE finds each item of the run.
var atPairItemRE = regexp.MustCompile(`(<[PU]\d+>) at (<[CAVUG]\d+>)`)

// pluralTitleAfterRE is the plural title in apposition after the run,
// pluralTitleBeforeRE the one before it.
var pluralTitleAfterRE = regexp.MustCompile(`^, the (?:two |three |four )?(?:[a-z]+ )?(chief executives|ceos|chairmen|chairs|chairwomen)\b`)
var pluralTitleBeforeRE = regexp.MustCompile(`(?i)\b(?:the )?(?:two |three |four )?(?:[a-z]+ )?(chief executives|ceos|chairmen|chairs|chairwomen),? $`)

var atPairsRule = rule{name: "P at X and Q at Y, the chief executives (or chairmen)", keys: []string{" at "}, re: atPairsRE, fn: func(x *extractor, s *sent, m []string) {
	i := strings.Index(s.sk, m[0])
	if i < 0 {
		return
	}
	title := ""
	if t := pluralTitleAfterRE.FindStringSubmatch(s.sk[i+len(m[0]):]); t != nil {
		title = t[1]
	} else if t := pluralTitleBeforeRE.FindStringSubmatch(s.sk[:i]); t != nil {
		title = t[1]
	}
	rel := schema.RelCEOOf
	switch title {
	case "":
		return
	case "chairmen", "chairs", "chairwomen":
		rel = schema.RelChairmanOf
	}
	for _, it := range atPairItemRE.FindAllStringSubmatch(m[1], -1) {
		x.personRole(s, rel, it[1], it[2], "", 0.75)
	}
}}

func init() { rules = append(rules, atPairsRule) }

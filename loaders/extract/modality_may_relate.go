package extract

import (
	"regexp"

	"github.com/telcograph/telcograph/schema"
)

// mayRelateRE is a partnership, a stake or a venture only guessed at,
// the variant of mayJoinRE for the other relations between companies:
// "A could also partner with B", "A may team up with B", "A might take a
// stake in B", "A could invest in B", "A and B may form a joint venture".
// Every writer who uses it marks the pair as no partner or investor (a
// hard negative), never as a planned one; a plan the text commits to ("A
// will partner with B", "A would own 51%") is still read. Lower case
// only, so that the month ("in May") is no modal.
var mayRelateRE = regexp.MustCompile(`\b(?:may|might|could)(?: (?:also|eventually|later|yet|soon|still|well|one day|even))? (?:partner|team up|join forces|work together|collaborate|cooperate|invest|buy into|take (?:a|an) (?:[\w-]+ )?stake|buy (?:a|an) (?:[\w-]+ )?stake|form (?:a|an) (?:joint venture|partnership|venture)|set up (?:a|an) (?:joint venture|venture))\b`)

// speculativeRelation reports whether f is a partnership, an investment
// or a joint venture the sentence only guesses at.
func speculativeRelation(text string, f schema.Fact) bool {
	switch f.Relation {
	case schema.RelPartnerOf, schema.RelInvestedIn, schema.RelJointVenture:
	default:
		return false
	}
	if f.Modality == schema.Planned && f.Relation == schema.RelInvestedIn && talksToDealRE.MatchString(text) {
		return true
	}
	return f.Modality == schema.Planned && mayRelateRE.MatchString(text)
}

// talksToDealRE is a stake only talked about: "entered exclusive talks to
// sell half of Y to B", "was in talks to buy Y", "is in talks to invest
// at least $200 million". The writers of dev, dev2, dev17, dev18 and
// dev21 each mark such a stake as no investment (a hard negative), not
// as a planned one (round 43); a deal agreed ("agreed to sell") stays
// planned.
var talksToDealRE = regexp.MustCompile(`\btalks\b[^.;]{0,30}?\bto (?:buy|sell|invest|acquire|take|lead|join|back|fund)\b`)

package extract

import "regexp"

// dealVerbRE is a verb of a deal standing between a country's possessive
// and a name: in the headline "Turkey's fund buys Turk Telekom" the name is
// the object, not the thing "Turkey's" describes (writer l, issue 13). A
// hyphenated modifier ("state-backed", "KT-led") is no verb. A plural
// subject's verb counts too: "China's operators join Open Gateway" (round 43).
var dealVerbRE = regexp.MustCompile(`(?:^|\s)(?:buys|bought|sells|sold|takes|took|acquires|acquired|backs|invests|invested|joins|joined|join|sign|buy|sell|acquire|invest|agree|hire|quit|weigh|seal|clinch|leads|wins|won|picks|picked|signs|signed|agrees|agreed|plans|eyes|eyed|targets|targeted|hires|hired|names|named|launches|launched|merges|merged|bets|quits|exits|snaps|clinches|seals|sealed|wants|weighs)(?:\s|$)`)

// prepGapRE is a preposition or conjunction that closes the noun phrase
// "N's" opens before a name: in "pairing Japan's largest automaker with
// the mobile carrier" the carrier is no automaker, and "Korea's biggest
// operator and X" speaks of two. "of" and "in" stay inside a noun phrase
// ("Japan's biggest maker of robots X").
var prepGapRE = regexp.MustCompile(`(?:^|\s)(?:with|to|for|from|into|by|against|over|than|and|or|but|while)(?:\s|$)`)

// possVerbGap reports whether the words between "N's" and a name hold such
// a verb, or a preposition that closes the possessive's noun phrase.
func possVerbGap(skel string) bool {
	return dealVerbRE.MatchString(skel) || prepGapRE.MatchString(skel)
}

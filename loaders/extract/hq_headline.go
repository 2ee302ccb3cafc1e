package extract

import "regexp"

// dealVerbRE is a verb of a deal standing between a country's possessive
// and a name: in the headline "Turkey's fund buys Turk Telekom" the name is
// the object, not the thing "Turkey's" describes (writer l, issue 13). A
// hyphenated modifier ("state-backed", "KT-led") is no verb.
var dealVerbRE = regexp.MustCompile(`(?:^|\s)(?:buys|bought|sells|sold|takes|took|acquires|acquired|backs|invests|invested|joins|joined|leads|wins|won|picks|picked|signs|signed|agrees|agreed|plans|eyes|eyed|targets|targeted|hires|hired|names|named|launches|launched|merges|merged|bets|quits|exits|snaps|clinches|seals|sealed|wants|weighs)(?:\s|$)`)

// possVerbGap reports whether the words between "N's" and a name hold such
// a verb.
func possVerbGap(skel string) bool { return dealVerbRE.MatchString(skel) }

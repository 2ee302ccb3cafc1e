package extract

import (
	"regexp"
	"strings"
)

// teamedBeforeRE ends the text before a founding list that a partnering
// verb's with-phrase holds: "A teamed up with B and C to launch Y", "A
// joined forces with B to form Y". A is a founder as much as B and C.
var teamedBeforeRE = regexp.MustCompile(`(<[CVU]\d+>) (?:has |have |had |will |is to |plans to )?(?:teamed up|teams up|team up|partnered|partners|joined forces|joins forces|join forces|joined hands|linked up) with $`)

// teamedWith is the subject of a partnering verb whose with-phrase is
// the founding list that match (the text a founding rule matched in sk)
// opens with, or nothing.
func (x *extractor) teamedWith(s *sent, match string) []arg {
	at := strings.Index(s.sk, match)
	if at < 0 {
		return nil
	}
	if m := teamedBeforeRE.FindStringSubmatch(s.sk[:at]); m != nil {
		return x.args(s, m[1])
	}
	return nil
}

package extract

import "strings"

// A title between a country's possessive and a name makes the name a
// person holding an office, not a company of the country (round 43,
// dev27): "Indonesia's communications minister Budi Arie Setiadi said",
// "France's finance minister P", "Japan's prime minister P".
var officeNouns = map[string]bool{
	"minister": true, "secretary": true, "president": true, "governor": true, "ambassador": true,
	"chancellor": true, "premier": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"regulator's": true, "envoy": true, "mayor": true, "commissioner": true, "king": true, "prince": true,
}

// officeGap reports whether the words a "N's X" match holds between the
// possessive and the name end in an office noun.
func officeGap(match string) bool {
	i := strings.LastIndex(match, "'s ")
	if i < 0 {
		i = strings.LastIndex(match, "’s ")
	}
	if i < 0 {
		return false
	}
	w := strings.Fields(match[i:])
	return len(w) >= 3 && officeNouns[strings.ToLower(w[len(w)-2])]
}

package extract

// usDollarAt reports whether s holds "US$" at i, not inside a word: news
// writes "US$500 million" for "$500 million", and every family that reads
// an amount reads "$" (a "US" before it would be read as the country).
// The reader drops the "US"; the map back to the article keeps it in the
// evidence (round 27, dev15: "took part in OpenAI's US$6.6 billion funding
// round").
func usDollarAt(s string, i int) bool {
	if i+3 > len(s) || s[i:i+3] != "US$" {
		return false
	}
	if i > 0 {
		c := s[i-1]
		if c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			return false
		}
	}
	return true
}

package extract

import "regexp"

// Ticker asides (helper z22ppart, real-news probes). Press releases and wire
// copy put a stock ticker after a company's first name: "Acme Corp (NASDAQ:
// ACME) today announced", "with Beta Ltd (LSE: BETA; OTCQX: BTAL)". The
// rules read "A announced" and "with B", and the parenthesis stood between
// the subject and its verb, so "A (NYSE: X) signed an agreement with B"
// stated nothing. isTickerRef makes such a parenthesis an aside that
// photoAside drops (text_photo.go); the exchange inside it is no place and
// no organisation either.

// tickerRE is the inside of a ticker parenthesis: one or more exchange and
// symbol pairs, separated by ";" or ",", an exchange being an all-capital
// code or "Nasdaq", "Euronext", "Xetra".
var tickerRE = regexp.MustCompile(`^\s*(?:(?:[A-Z]{2,7}|Nasdaq|Euronext|Xetra)(?: [A-Z][a-z]+)?\s*:\s*[A-Z0-9][A-Z0-9.\-]{0,9}\s*(?:[;,]\s*|$))+$`)

// isTickerRef reports whether the inside of a parenthesis is a ticker.
func isTickerRef(in string) bool {
	return tickerRE.MatchString(in)
}

package extract

import "regexp"

// This file lets the raising and investing rules that test an object for
// money (moneyAt, invest_args.go) read an amount whose currency is a
// word after the number (helper z25inv): "raised 90 million euros from
// A", "has raised 15 billion yen from investors including B", as they
// read "$90 million" and "€90 million".

// wordMoneyRE is an amount whose currency is no symbol.
var wordMoneyRE = regexp.MustCompile(`(?:^|\s)(?:` + rAmtCode + `|\d[\d,.]* (?:billion|million|trillion) (?:won|yen|euros?|dollars|pounds|yuan|rupees|riyals|dirhams|francs))\b`)

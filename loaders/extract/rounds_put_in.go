package extract

import "regexp"

// putMoneyInRE is what follows "put" when a backer joins the round under
// discussion without naming its company (round 24, probed on news of our
// own): "Existing investors B and C also put money in", "D put in fresh
// cash too". A company after "in" or "into" ("put money into Y") is
// another rule's, and so is an amount.
var putMoneyInRE = regexp.MustCompile(`^ (?:in )?(?:(?:new|more|fresh|additional|some|extra) )?(?:money|cash|capital)(?: in)?(?:[,.;]|$| too\b| as well\b| again\b| alongside\b| this time\b)`)

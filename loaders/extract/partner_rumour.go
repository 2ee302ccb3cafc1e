package extract

// Partnerships only rumoured or reported (issue 13, helper x13p9, on the
// partners2 drill) state nothing: "KDDI, which had been rumoured to be
// partnering with OpenAI", "was reported to be working with B", and a
// denied report of one, however long the report's words ("denied a
// newspaper report that it was in talks to partner with xAI"), and
// speculation or rumours that two parties will team up or sign ("there is
// a lot of speculation that the two will sign a wider commercial deal").
// Talks told plainly ("is in talks to partner with B") keep their planned
// modality (partner_joint_test.go).
var partnerRumourRE = mustFiltered(`(?i)\b(?:rumou?red|reported|tipped|speculated)\s+to\s+(?:be\s+)?(?:partner(?:ing)?|team(?:ing)?\s+up|work(?:ing)?\s+(?:with|together)|collaborat\w*|cooperat\w*|ally(?:ing)?|tie\s+up|tying\s+up|join(?:ing)?\s+(?:forces|hands))\b` +
	`|\b(?:speculation|rumou?rs?|speculating|speculate|speculated)\s+that\b[^.;]{0,80}?\b(?:partner|team(?:ing)?\s+up|collaborat|cooperat|work(?:ing)?\s+(?:with|together)|ally|alliance|tie[ -]up|sign|strike|ink|seal)` +
	`|\b(?:denied|denies|deny|dismissed|rejected|refuted)\s+(?:(?:an?|the|local|media|press|newspaper|recent|earlier)\s+)*(?:reports?|speculation|rumou?rs?|claims?|suggestions?)\b[^.;]{0,80}?\b(?:partner|team(?:ing)?\s+up|collaborat|cooperat|work(?:ing)?\s+(?:with|together)|ally|alliance|tie[ -]up)`)

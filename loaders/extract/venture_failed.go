package extract

// ventureFailedRE finds the words by which news says a venture never came
// to be: "Talks on a joint venture between A and B were called off", "A
// proposed venture between A and B was never formed", "an earlier plan
// for a venture ... was not continued". The venture rules read the
// modality from the words before the venture noun ("talks", "proposed":
// planned), so a failure told after it escaped them; a planned venture
// that failed is a hard negative in every gold (helper x14jv, issue 13,
// the ventures drill).
var ventureFailedRE = mustFiltered(`(?i)\b(?:(?:was|were|has been|have been|had been) (?:called off|scrapped|abandoned|shelved|dropped|cancell?ed|not continued|never (?:formed|created|set up|launched|completed))|never (?:got off the ground|materiali[sz]ed|came to be|went ahead)|fell through|(?:talks|negotiations) (?:collapsed|stalled|broke down|ended without)|did not go ahead|no (?:joint )?venture (?:is|was) (?:planned|formed|created)|(?:talks|negotiations|discussions) (?:failed|foundered)|(?:considered|weighed|explored|mulled) (?:setting up|forming|creating|launching|establishing))\b`)

// ventureFailed reports whether sentence text says a venture failed.
func ventureFailed(text string) bool { return ventureFailedRE.MatchString(text) }

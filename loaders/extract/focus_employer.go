package extract

import "regexp"

// Precision family (issue 13, helper z20found): a group named only as a
// speaker's employer in a title ("said Jim Zemlin, executive director of
// the Linux Foundation", "a spokesperson for the GSMA said") is an
// attribution, not the new topic. While another group is in focus or
// under discussion, such a mention moves neither: "Block, one of the
// founders, said ..." after the quote still goes to the group the article
// is about, not to the speaker's employer. With no group in focus yet the
// mention counts as any other. A sentence that names two groups and
// founds one of them ("The Linux Foundation unveiled the Agentic AI
// Foundation, a body it will host") puts the founded one in focus.

// employerMarkRE ends with a title noun and "of", "at" or "for", and at
// most one determiner, before a mention.
var employerMarkRE = regexp.MustCompile(`(?i:\b(?:director|director[- ]general|general manager|managing director|secretary[- ]general|chief executive|chief executive officer|president|chair|chairman|chairwoman|chairperson|head|spokes(?:man|woman|person)|officer|vice[- ]president|manager|analyst|engineer|researcher|fellow|lead|CEO|CTO|CFO|COO))\s+(?:of|at|for)\s+(?:the\s+)?$`)

// employerMention reports whether the mention at start in text is named
// as the employer in a title.
func employerMention(text string, start int) bool {
	if start <= 0 || start > len(text) {
		return false
	}
	from := max(0, start-60)
	return employerMarkRE.MatchString(text[from:start])
}

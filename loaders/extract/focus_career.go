package extract

import "regexp"

// Precision family (helper z23link, issue 13): a group named only as a
// person's past post is background, like a side mention (focus_side.go)
// or a relative clause (focus_subordinate.go). In "The Open Edge Alliance
// has named P as its chair. P chaired the Spectrum Alliance from 2021 to
// 2023. The alliance was launched in March", the second sentence tells
// the chair's career, and "the alliance" stays the group the article is
// about. Only a sentence that opens with the person and goes straight on
// with a past verb of holding a post ("chaired", "led", "headed", "ran",
// "joined", "left", "served on", "was chair of") before the group counts;
// "P said the Spectrum Alliance would grow" moves the focus as before.

// careerRE is what stands between a sentence-opening person and a group
// that was one of the person's posts.
var careerRE = regexp.MustCompile(`^\s+(?:(?:previously|formerly|once|had|also|earlier)\s+)?(?:chaired|co-chaired|led|headed|ran|joined|left|served on|sat on|was (?:the )?(?:chair|chairman|chairwoman|president|head|chief executive|a board member) of|had been (?:the )?(?:chair|chairman|chairwoman|president|head) of)\s+(?:the\s+)?$`)

// careerMention reports whether mention i of s is a group the person the
// sentence opens with held a post in.
func careerMention(s *sent, i int) bool {
	if i == 0 || len(s.ms) < 2 || s.ms[0].Kind != 'P' || s.ms[0].Start != 0 || s.ms[i].Kind != 'A' {
		return false
	}
	if s.ms[0].End > s.ms[i].Start {
		return false
	}
	for k := 1; k < i; k++ {
		if s.ms[k].Start < s.ms[i].Start {
			return false // another name between: not the person's verb's object
		}
	}
	return careerRE.MatchString(s.text[s.ms[0].End:s.ms[i].Start])
}

package extract

import (
	"regexp"

	"github.com/telcograph/telcograph/schema"
)

// mayJoinRE is a membership only guessed at: "A, which may join next
// year", "B could sign up later", "C might become a member". Every blind
// writer marks such a company as no member (a hard negative), not as a
// planned one; a plan the text commits to ("will join") is still read.
// Lower case only, so that the month ("joined in May") is no modal.
var mayJoinRE = regexp.MustCompile(`\b(?:may|might|could)(?: (?:also|eventually|later|yet|soon|still|well))? (?:join|sign up|sign on|enlist|become (?:a |an )?(?:full )?members?)\b`)

// speculativeMembership reports whether f is a membership the sentence
// only guesses at.
func speculativeMembership(text string, f schema.Fact) bool {
	if f.Relation != schema.RelMemberOf && f.Relation != schema.RelFoundingMember {
		return false
	}
	return f.Modality == schema.Planned && mayJoinRE.MatchString(text)
}

package extract

import (
	"regexp"
	"strings"
)

// An organisation named inside an aside about the subject ("A, a unit of
// P, has joined X", "A, part of the P group, joined X", "A, owned by P,
// joins X") is the subject's owner, not a second party of the joining:
// "X joined Y" read "P, has joined X" and made P a member (round 18,
// probed on real news).

// asideObjectRE ends with the preposition of an aside opened by a comma
// that names an owner: ", a unit of ", ", part of ", ", owned by ", perhaps
// with a leader before the name ("part of <P>-led <C>").
var asideObjectRE = regexp.MustCompile(`,\s*(?:(?:a|an|the|now)\s+)?(?:[\w'’-]+\s+){0,2}(?:unit|subsidiary|division|part|arm|affiliate|spin-?off|spinout|owned|backed|controlled|acquired)\s+(?:of|by)\s+(?:the\s+)?(?:(?:<P\d+>|[^,<]{1,30})-led\s+)?$`)

// asideObject reports whether the organisation matched at byte at of the
// skeleton stands in such an aside: after the preposition, and closed by
// a comma (tail is what follows it).
func asideObject(sk string, at int, tail string) bool {
	return strings.HasPrefix(tail, ",") && asideObjectRE.MatchString(sk[:at])
}

// parentAside reports whether mention i of a frame stands in such an
// aside: the subject's owner, no member of the group.
func parentAside(s *sent, i int) bool {
	m := s.ms[i]
	return asideObject(s.text, m.Start, s.text[m.PossEnd:])
}

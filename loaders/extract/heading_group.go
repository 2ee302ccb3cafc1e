package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// A diary's or a roundup's item may be headed by a group's name alone
// ("AI-RAN Alliance\nEleven organisations put their names to a new
// industry group on Monday. Its founding members are A, B and C": round
// 33, dev20). The item's first sentences then describe that group as
// new: "a new industry group" there is the heading's group, not a group
// still to be named, so "Its founding members" are its founders. Further
// on, or after a heading that says more than the name, a new group stays
// a placeholder (coref.go).

// noteGroupHeading records a heading line that is one group's or one
// person's name and nothing else (after a list marker and "the").
func (x *extractor) noteGroupHeading(st sentence, s *sent) {
	text := strings.TrimSpace(st.Text)
	if !st.First || text == "" || strings.ContainsAny(text[len(text)-1:], ".!?\"'”:;,") {
		return
	}
	x.groupHead, x.personHead = "", ""
	if len(s.ms) != 1 || s.ms[0].Slug == "" || s.ms[0].Coref {
		return
	}
	m := s.ms[0]
	lead := strings.TrimSpace(listMarker.ReplaceAllString(st.Text[:m.Start], ""))
	if strings.TrimSpace(strings.TrimPrefix(lead, "the")) != "" || strings.TrimSpace(st.Text[m.End:]) != "" {
		return
	}
	switch x.typeOf(m.Slug) {
	case schema.TypeAlliance:
		x.groupHead, x.groupHeadSent = m.Slug, x.sentIdx
	case schema.TypePerson:
		// "6. Jensen Huang": a profile's item (roles_title_desc.go)
		x.personHead, x.personHeadSent = m.Slug, x.sentIdx
	}
}

// headedNewGroup is the group of the heading just above for "a new
// industry group" in the item's first sentence, or "".
func (x *extractor) headedNewGroup() string {
	if x.groupHead == "" || x.sentIdx != x.groupHeadSent+1 {
		return ""
	}
	return x.groupHead
}

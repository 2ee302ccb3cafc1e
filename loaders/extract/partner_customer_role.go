package extract

import (
	"slices"
	"strings"
)

// Customer and supplier roles are not partnerships. A with-phrase that
// names its entity's role right after it ("works with B as a supplier",
// "builds a campus with B as its anchor customer", "with B and C as
// clients") states a buying or selling tie, whichever rule read the
// with-phrase as a partnership, so partnerOf is not stated from it. The
// check is on the argument's mention (or the end of the list it closes),
// so every partner rule shares it.

// customerRoleNouns name a party that buys from or sells to the other.
var customerRoleNouns = map[string]bool{
	"customer": true, "customers": true, "client": true, "clients": true, "supplier": true, "suppliers": true,
	"vendor": true, "vendors": true, "tenant": true, "tenants": true, "buyer": true, "buyers": true,
	"offtaker": true, "offtakers": true,
}

// customerRoleAfter reports whether the mention of b, or the list it
// belongs to, is followed by "as" and, within three more words, a
// customer or supplier noun.
func customerRoleAfter(s *sent, b arg) bool {
	m := b.m
	if m == nil {
		m = groupMentionOf(s, b) // "both groups": its members carry no mention
	}
	if m == nil {
		return false
	}
	end := m.PossEnd
	if end < m.End {
		end = m.End
	}
	for _, l := range s.lists {
		if len(l) > 1 && l[len(l)-1] < len(s.ms) && containsMention(s, l, m) {
			if e := s.ms[l[len(l)-1]].End; e > end {
				end = e
			}
		}
	}
	if end > len(s.text) {
		return false
	}
	toks := tokenize(s.text[end:])
	if len(toks) < 2 || toks[0].Key != "as" {
		return false
	}
	det := false
	for i := 1; i < len(toks) && i <= 4; i++ {
		if !toks[i].Word {
			return false
		}
		k := toks[i].Key
		if customerRoleNouns[k] {
			// A bare singular noun is a modifier ("as customer demand
			// grows"); a role takes a determiner ("as a supplier", "as its
			// anchor customer") or is plural ("as clients").
			return det || strings.HasSuffix(k, "s")
		}
		det = det || appositionOpeners[k] || k == "their" || k == "our" || k == "his" || k == "her"
	}
	return false
}

// containsMention reports whether list l (mention indexes of s) holds m.
func containsMention(s *sent, l []int, m *mention) bool {
	for _, i := range l {
		if i >= 0 && i < len(s.ms) && s.ms[i].Start == m.Start && s.ms[i].End == m.End {
			return true
		}
	}
	return false
}

// groupMentionOf is the group mention ("both groups", "the two
// companies") whose members include b, or nil.
func groupMentionOf(s *sent, b arg) *mention {
	for i := range s.ms {
		m := &s.ms[i]
		if m.Kind == 'G' && m.Text == b.text && slices.Contains(m.Group, b.slug) {
			return m
		}
	}
	return nil
}

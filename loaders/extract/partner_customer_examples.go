package extract

import "regexp"

// Customers given as examples are not partners (round 21, helper z25part;
// writers z (dev2: "It works with companies such as Oracle, Dell and
// RBC", the start-up's customers) and the brief's wrong partnerOf group
// "the gold names both, relates neither"). A name, or the list it
// belongs to, that follows "customers/clients/buyers/subscribers/users
// such as|including|like" is a customer, whichever rule read it. After
// "works with companies/firms/businesses such as" it is one too: that
// clause is refused for every partnership rule at once by
// customerClassPartner (partner_customer_class.go, helper z25hn). A
// partnership verb or noun before generic examples ("partners with firms
// such as B") still states a partnership.

var customerExamplesRE = regexp.MustCompile(`(?i)\b(?:customers|clients|buyers|tenants|subscribers|users|shoppers)\s*,?\s+(?:such\s+as|including|like|among\s+them)\s+(?:the\s+)?$`)

// customerExampleBefore reports whether the mention of b, or the list it
// opens or belongs to, follows a customer-example cue.
func customerExampleBefore(s *sent, b arg) bool {
	m := b.m
	if m == nil {
		m = groupMentionOf(s, b)
	}
	if m == nil {
		return false
	}
	start := m.Start
	for _, l := range s.lists {
		if len(l) > 1 && l[0] >= 0 && l[0] < len(s.ms) && containsMention(s, l, m) && s.ms[l[0]].Start < start {
			start = s.ms[l[0]].Start
		}
	}
	if start > len(s.text) || start < 0 {
		return false
	}
	before := s.text[:start]
	return customerExamplesRE.MatchString(before)
}

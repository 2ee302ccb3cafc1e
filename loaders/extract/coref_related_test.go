package extract_test

import "testing"

// TestRelatedDescription: a national description that a relational noun
// ("a partner of the Swiss operator") or a "whose" clause relates to a
// named company is another company, the previous sentence's subject;
// near misses: a plain apposition describes its name, and a description
// whose country differs from the previous subject's.
func TestRelatedDescription(t *testing.T) {
	runNews(t, []newsCase{
		{"a partner of the national description",
			"Acme Telecom has signed up Polar Compute as a partner for a cloud. Cobalt Mobile, a long-standing partner of the Swiss operator, will supply radios.",
			[]string{"partnerOf(acme-telecom,polar-compute)", "partnerOf(acme-telecom,cobalt-mobile)", "headquarteredIn(acme-telecom,CH)"}},
		{"a rival of the national description",
			"Helix Wireless opened a shop in Bern. Ion Cloud, a rival of the Swiss carrier, cut prices.",
			[]string{"headquarteredIn(helix-wireless,CH)"}},
		{"whose clause subject",
			"Kestrel Telecom announced a new AI partnership. Its partner is Polar Compute, whose models the Belgian operator will host.",
			[]string{"partnerOf(kestrel-telecom,polar-compute)", "headquarteredIn(kestrel-telecom,BE)"}},
		{"near miss: plain apposition",
			"Helix Wireless opened a shop in Bern. Ion Cloud, the Swiss carrier, cut prices.",
			[]string{"headquarteredIn(ion-cloud,CH)"}},
		{"near miss: the previous subject is placed elsewhere",
			"Helix Wireless, the Danish operator, opened a shop. Ion Cloud, a rival of the Swiss carrier, cut prices.",
			[]string{"headquarteredIn(helix-wireless,DK)"}},
	})
}

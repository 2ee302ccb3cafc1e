package extract_test

import "testing"

// TestNewsCorefSentence resolves a generic description inside a sentence
// by the sentence's own names: never a company the same clause names as
// its subject or names after it, the one other company when there is one.
// The article date is 2025-06-12.
func TestNewsCorefSentence(t *testing.T) {
	runNews(t, []newsCase{
		{"the company: the first clause's subject, not the investor",
			"Kestrel Telecom opened a lab in Bergen. Granite Labs is based in Oslo, and Ion Cloud invested $40 million in the company in 2023.",
			[]string{"investedIn(ion-cloud,granite-labs) date=2023 amount=$40 million"}},
		{"who had chaired the company: the one company named",
			"Acme Telecom reported its results. Jane Park became chairman of Borealis Networks on Monday, replacing Omar Haddad, who had chaired the company since 2019.",
			[]string{"chairmanOf(jane-park,borealis-networks)", "chairmanOf(omar-haddad,borealis-networks) modality=past"}},
		{"a company in the subject's apposition is not the object",
			"Polar Compute has raised money twice. Ion Cloud, the cloud arm of Helix Wireless, later became a shareholder in the startup.",
			[]string{"investedIn(ion-cloud,polar-compute)"}},
		{"a coordinated subject: neither is the company",
			"Acme Telecom reported its results. Granite Labs and Ion Cloud have become the largest shareholders in the company.",
			[]string{"investedIn(granite-labs,acme-telecom)", "investedIn(ion-cloud,acme-telecom)"}},
		{"a nationality description is not a company named after it",
			"\"Borealis Networks is a partner, not a target,\" said the chairman of Acme Telecom. The Norwegian group's ties with Borealis Networks go back a decade.",
			[]string{"headquarteredIn(acme-telecom,NO)"}},
		{"a possessive after it may be the same company",
			"Borealis Networks, the Norwegian operator, met Acme Telecom. Ion Cloud signed a partnership with the Norwegian operator, and the deal uses Borealis Networks' radios.",
			[]string{"headquarteredIn(borealis-networks,NO)", "partnerOf(borealis-networks,ion-cloud)"}},
	})
}

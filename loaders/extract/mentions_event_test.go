package extract_test

import "testing"

// TestEventNames: a trade show or a conference is where a deal is signed,
// never a party to it.
func TestEventNames(t *testing.T) {
	runNews(t, []newsCase{
		{"at MWC Barcelona",
			"At MWC Barcelona, Acme Telecom signed a memorandum of understanding with Granite Labs to test AI radios.",
			[]string{"partnerOf(acme-telecom,granite-labs)"}},
		{"an event headed by an event noun",
			"On the sidelines of the Lisbon Network Summit, Borealis Networks agreed a partnership with Ion Cloud.",
			[]string{"partnerOf(borealis-networks,ion-cloud)"}},
		{"an organisation named like a partner stays one",
			"Acme Telecom signed a memorandum of understanding with Granite Labs and Summit Robotics.",
			[]string{"partnerOf(acme-telecom,granite-labs)", "partnerOf(acme-telecom,summit-robotics)"}},
	})
}

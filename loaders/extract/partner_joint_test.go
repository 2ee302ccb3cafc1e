package extract_test

import "testing"

// TestJointMaking: two parties that make, launch or run one thing
// together are partners; near misses: a plural object, "each" or
// "separately", three parties, a company as the object, work done for a
// customer, a negated verb.
func TestJointMaking(t *testing.T) {
	const ab = "partnerOf(acme-telecom,cobalt-mobile)"
	runNews(t, []newsCase{
		{"launched a named thing", "Acme Telecom and Cobalt Mobile today launched the Nordic Edge Cloud, a GPU service for factories.", []string{ab}},
		{"described pair building one thing", "Acme Telecom sells fibre and Cobalt Mobile sells airtime. The two companies are also building a speech model for call centres.",
			[]string{ab}},
		{"running one thing", "Granite Labs and Helix Wireless are running the core on servers in Lyon.",
			[]string{"partnerOf(granite-labs,helix-wireless)"}},
		{"will develop, planned", "Ion Cloud and Larch Networks will develop a routing chip in Oslo.",
			[]string{"partnerOf(ion-cloud,larch-networks) modality=planned"}},
		{"near miss: a plural object", "Acme Telecom and Cobalt Mobile launched 5G services in Oslo last year.", nil},
		{"near miss: each its own", "Acme Telecom and Cobalt Mobile each launched a budget plan in May.", nil},
		{"near miss: separately", "Acme Telecom and Cobalt Mobile separately unveiled a satellite phone.", nil},
		{"near miss: three parties", "Acme Telecom, Cobalt Mobile and Ion Cloud launched the Nordic Edge Cloud.", nil},
		{"near miss: for a customer", "Granite Labs and Helix Wireless will build the radio network for Larch Networks.", nil},
		{"near miss: not launched", "Acme Telecom and Cobalt Mobile have not launched the Nordic Edge Cloud.", nil},
	})
}

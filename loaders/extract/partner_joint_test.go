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
		{"near miss: run the risk", "Acme Telecom and Cobalt Mobile run the risk of losing the licence.", nil},
		{"near miss: launched a lawsuit", "Acme Telecom and Cobalt Mobile launched a lawsuit against the regulator.", nil},
		{"near miss: not launched", "Acme Telecom and Cobalt Mobile have not launched the Nordic Edge Cloud.", nil},
	})
}

// TestJointNoun: work that "joint" qualifies, with a with-phrase or a
// subject of two, and the nominal shapes beside it (a pair's possessive,
// a memorandum held, "working alongside", "a key partner for"); near
// misses: a joint venture or holding, a joint statement, a person as the
// subject, a judgement ("the obvious partner for"), a denial, talks.
func TestJointNoun(t *testing.T) {
	const ab = "partnerOf(acme-telecom,cobalt-mobile)"
	runNews(t, []newsCase{
		{"presented joint work with", "Acme Telecom presented joint work with Cobalt Mobile on radio chips.", []string{ab}},
		{"a pair published a joint paper", "Acme Telecom and Cobalt Mobile published a joint paper on spectrum sharing.", []string{ab}},
		{"a pair's possessive partnership", "Analysts praised Acme Telecom and Cobalt Mobile's partnership on Monday.", []string{ab}},
		{"has a memorandum of understanding with", "Acme Telecom has a memorandum of understanding with Cobalt Mobile.", []string{ab}},
		{"working alongside", "Acme Telecom is working alongside Cobalt Mobile on network slicing.", []string{ab}},
		{"a key partner for", "Acme Telecom is a key partner for Cobalt Mobile in Oslo.", []string{ab}},
		{"near miss: a joint venture with", "Acme Telecom formed a joint venture with Cobalt Mobile.",
			[]string{"jointVenture(acme-telecom,cobalt-mobile)"}},
		{"near miss: a joint statement with", "Acme Telecom issued a joint statement with Cobalt Mobile on the spectrum auction.", nil},
		{"near miss: joint ownership", "Acme Telecom and Cobalt Mobile share joint ownership of the tower firm.", nil},
		{"near miss: a person presents joint work", "Jane Park presented joint work with Cobalt Mobile on radio chips.", nil},
		{"near miss: the obvious partner for", "Ion Cloud is the obvious partner for Acme Telecom, analysts say.", nil},
		{"near miss: denied", "Acme Telecom denied it would partner with Cobalt Mobile.", nil},
		{"near miss: talks keep their modality", "Acme Telecom is in talks to partner with Cobalt Mobile.", []string{ab + " modality=planned"}},
	})
}

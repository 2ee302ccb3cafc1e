package extract_test

import (
	"testing"
)

// round35Register holds round 35's fictional companies, groups and people.
const round35Register = `entities:
  acme-telecom: {name: Acme Telecom, type: company}
  cobalt-mobile: {name: Cobalt Mobile, type: company}
  ion-cloud: {name: Ion Cloud, type: company}
  polar-compute: {name: Polar Compute, type: company}
  granite-labs: {name: Granite Labs, type: company}
  open-edge-alliance: {name: Open Edge Alliance, type: alliance}
  jane-park: {name: Jane Park, type: person}
`

// TestRound35OneOfHolders: "A is one of Y's largest shareholders" and "A
// is one of its largest shareholders" after a sentence about Y state A's
// stake, as "A is Y's largest shareholder" does (dev18, dev19). Near
// misses: one of Y's customers, one of its prospective investors.
func TestRound35OneOfHolders(t *testing.T) {
	reg := mustRegister(t, "round35.yaml", round35Register)
	runNewsWith(t, reg, []newsCase{
		{"one of a named company's holders", "Acme Telecom is one of Granite Labs' largest shareholders.",
			[]string{"investedIn(acme-telecom,granite-labs)"}},
		{"one of its holders", "Granite Labs raised $40 million in May. Acme Telecom is one of its largest shareholders.",
			[]string{"investedIn(acme-telecom,granite-labs)"}},
		{"near miss: one of its customers", "Granite Labs raised $40 million in May. Acme Telecom is one of its largest customers.",
			nil},
		{"near miss: one of its prospective investors", "Granite Labs raised $40 million in May. Acme Telecom was one of its prospective investors.",
			nil},
	})
}

// TestRound35ItsHolderSameSentence: "Y listed on Tuesday, and A remains
// its largest shareholder": "its" in the second clause is the first
// clause's subject, not A and not a company of the sentence before
// (dev19). Near misses: "its" that is the speaker's own ("A said its
// largest shareholder would sell") and a first clause that opens on no
// company.
func TestRound35ItsHolderSameSentence(t *testing.T) {
	reg := mustRegister(t, "round35.yaml", round35Register)
	runNewsWith(t, reg, []newsCase{
		{"the first clause's subject", "Cobalt Mobile said little. Granite Labs listed in Stockholm, and Acme Telecom remains its largest shareholder.",
			[]string{"investedIn(acme-telecom,granite-labs)"}},
		{"near miss: the speaker's own holder", "Granite Labs listed in Stockholm, and Acme Telecom said its largest shareholder would sell.",
			nil},
		{"no company opens the first clause: the sentence before's", "Granite Labs raised $40 million. Shares rose in Stockholm, and Acme Telecom remains its largest shareholder.",
			[]string{"investedIn(acme-telecom,granite-labs)"}},
	})
}

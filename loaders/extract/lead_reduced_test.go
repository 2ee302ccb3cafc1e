package extract_test

import "testing"

// TestLeadReducedRelative: a bare participle between a group's name and
// its by-phrase ("X, headed by A and B, is ...") states the lead or the
// chair like "X, which is headed by A and B"; a plain company led this
// way and a person with no title state nothing (lead_company.go).
func TestLeadReducedRelative(t *testing.T) {
	runNews(t, []newsCase{
		{"X, headed by A and B, verb", "The Radio Forum, headed by Acme Telecom and Cobalt Mobile, published two specifications.",
			[]string{"ledBy(radio-forum,acme-telecom)", "ledBy(radio-forum,cobalt-mobile)"}},
		{"X, run by A, verb", "The Open Edge Alliance, run by Acme Telecom, meets in Lyon.",
			[]string{"ledBy(open-edge-alliance,acme-telecom)"}},
		{"X, chaired by P, verb", "The Radio Forum, chaired by Jane Park, published two specifications.",
			[]string{"chairmanOf(jane-park,radio-forum)"}},
		{"near miss: a company led by a company", "Ion Cloud, led by Acme Telecom, opened an office in Lyon.", nil},
		{"near miss: a person with no title", "Ion Cloud, led by Jane Park, opened an office in Lyon.", nil},
	})
}

package extract_test

import "testing"

// TestReducedRelativeAppos: a participle describing an apposition's noun
// ("X, a Y unit established last year, will run ...") leaves X the main
// verb's subject; near misses: the apposition's own owner is no partner,
// and a negated main verb.
func TestReducedRelativeAppos(t *testing.T) {
	runNews(t, []newsCase{
		{"in cooperation with after the apposition", "Polar Compute, a Cobalt Mobile unit established last year, will run the platform in cooperation with Acme Telecom.",
			[]string{"founded(polar-compute) date=2024", "partnerOf(acme-telecom,polar-compute) modality=planned"}},
		{"partnered with after the apposition", "Polar Compute, a start-up founded in 2020, has partnered with Acme Telecom.",
			[]string{"founded(polar-compute) date=2020", "partnerOf(acme-telecom,polar-compute)"}},
		{"near miss: negated main verb", "Polar Compute, a start-up founded in 2020, has not partnered with Acme Telecom.",
			[]string{"founded(polar-compute) date=2020"}},
	})
}

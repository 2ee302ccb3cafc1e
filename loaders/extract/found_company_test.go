package extract_test

import "testing"

// TestFoundCompany: a company's founding by a verb of founding proper, in
// the active voice, through a relative pronoun or by a founding noun;
// near misses: launching, a description, a merger's result, a possessive
// and a negation. 2025-06-12 is the article date.
func TestFoundCompany(t *testing.T) {
	runNews(t, []newsCase{
		{"A and B set up Y, apposition", "Last March Acme Telecom and Cobalt Mobile set up Polar Compute, a fund for chip start-ups.",
			[]string{"founded(polar-compute) date=2025-03"}},
		{"Y, which A founded in", "Polar Compute, which Acme Telecom founded in Bergen in 2014, is now listed in Oslo.",
			[]string{"foundedBy(polar-compute,acme-telecom)", "founded(polar-compute) date=2014"}},
		{"P, who founded Y in", "Jane Park, who founded Polar Compute in 2019, left on Friday.",
			[]string{"founded(polar-compute) date=2019", "foundedBy(polar-compute,jane-park)"}},
		{"the formation of Y", "Ion Cloud and Granite Labs today announced the formation of Polar Compute, which will rent out GPUs.",
			[]string{"founded(polar-compute) date=2025-06-12"}},
		{"apposition 'a company created in Y by A'", "Polar Compute, a company created in 2021 by Acme Telecom together with Ion Cloud, sells GPU time.",
			[]string{"founded(polar-compute) date=2021"}},
		{"a group through 'which the A formed'", "The Radio Forum, which the Edge AI Partnership formed in 2020, meets in Oslo.",
			[]string{"founded(radio-forum) date=2020"}},
		{"near miss: apposition with an owning participle", "Polar Compute, a company owned by Acme Telecom, sells GPU time.", nil},
		{"a definite apposition (found_participle.go)", "Polar Compute, the lab set up by Acme Telecom in 2021, sells GPU time.",
			[]string{"founded(polar-compute) date=2021"}},
		{"near miss: launched a company name", "Acme Telecom launched Polar Compute in three new markets on Monday.", nil},
		{"near miss: a description", "Acme Telecom and Cobalt Mobile hope to establish the company next year.", nil},
		{"near miss: the result of a merger", "Ion Cloud completed its merger with Granite Labs, creating Polar Compute.", nil},
		{"near miss: a possessive", "Acme Telecom set up Polar Compute's new research lab in Oslo.", nil},
		{"near miss: negated", "Acme Telecom did not found Polar Compute, a spokesperson said.", nil},
	})
}

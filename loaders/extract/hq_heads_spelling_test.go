package extract_test

import "testing"

// TestNationalityHeadSpellings: every head noun of a company description
// after a nationality is one list (rCompanyHead), so spellings and heads
// the prenominal rule once lacked ("start-up", "subsidiary", "champion")
// state the seat too.
func TestNationalityHeadSpellings(t *testing.T) {
	runNews(t, []newsCase{
		{"a hyphenated start-up after a fronted date",
			"In March, Danish start-up Granite Labs raised fresh funds from its owners.",
			[]string{"headquarteredIn(granite-labs,DK)"}},
		{"a start-up inside an object",
			"Acme Telecom signed a supply deal with Finnish start-up Granite Labs last year.",
			[]string{"headquarteredIn(granite-labs,FI)"}},
		{"a national champion",
			"Estonian champion Ion Cloud opened a second data centre.",
			[]string{"headquarteredIn(ion-cloud,EE)"}},
		{"a subsidiary",
			"Norwegian subsidiary Ion Cloud will run the network.",
			[]string{"headquarteredIn(ion-cloud,NO)"}},
		{"a country's start-up in apposition",
			"Acme Telecom bought Granite Labs, Denmark's best-funded radio start-up, in May.",
			[]string{"headquarteredIn(granite-labs,DK)"}},
		{"an indefinite description with a hyphenated head",
			"Granite Labs, a Finnish radio start-up, raised fresh funds.",
			[]string{"headquarteredIn(granite-labs,FI)"}},
		{"a nationality right before a registered name",
			"On Monday the Danish Acme Telecom said it would build a sovereign model.",
			[]string{"headquarteredIn(acme-telecom,DK)"}},
		{"a nationality before a led alliance is the alliance's",
			"The Danish Acme Telecom-led group met in May.",
			nil},
		{"a nationality before an unknown name states nothing",
			"The Danish Radio Act was amended in May.",
			nil},
		{"a unit of another company",
			"Ion Cloud, the Estonian unit of Acme Telecom, did not comment.",
			[]string{"headquarteredIn(ion-cloud,EE)"}},
		{"a nationality with a plain noun that is no company head",
			"Danish design Granite Labs won a prize.",
			nil},
	})
}

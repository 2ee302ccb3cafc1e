package extract_test

import "testing"

// TestPersonInvestorNoSeat: "the Mexican investor P" describes a person,
// who has no headquarters; an investing firm after the same words does;
// and "no operator signed up at launch" founds nothing.
func TestPersonInvestorNoSeat(t *testing.T) {
	runNews(t, []newsCase{
		{"a person called an investor",
			"Omar Haddad met the Mexican investor Jorge Ramos in Oslo.",
			nil},
		{"a firm called an investor",
			"Omar Haddad met the Mexican investor Helix Capital in Oslo.",
			[]string{"headquarteredIn(helix-capital,MX)"}},
		{"no operator signed up",
			"The Radio Forum was unveiled in Oslo on Monday. Beyond Acme Telecom, no operator signed up at launch.",
			[]string{"founded(radio-forum) date=2025-06-09"}},
	})
}

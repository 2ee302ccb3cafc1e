package extract_test

import "testing"

// TestOperatesOutOf: "operates out of <country>" gives the seat
// (hq_operates.go).
func TestOperatesOutOf(t *testing.T) {
	runNewsWith(t, rolesRegister(t), []newsCase{
		{"relative clause",
			"Cobalt Mobile, which operates out of Denmark, is the exception.",
			[]string{"headquarteredIn(cobalt-mobile,DK)"}},
		{"runs its business out of",
			"Kestrel Network runs its business out of Finland.",
			[]string{"headquarteredIn(kestrel-network,FI)"}},
		{"near miss: operates networks in a country",
			"Cobalt Mobile operates networks in Denmark and Norway.",
			nil},
		{"near miss: a person",
			"Tomas Berg works out of Sweden.",
			nil},
		{"near miss: negated",
			"Acme Telecom no longer operates out of Norway.",
			nil},
		{"near miss: out of a city's offices",
			"Acme Telecom operates out of offices in Norway.",
			nil},
	})
}

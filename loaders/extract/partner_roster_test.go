package extract_test

import "testing"

// TestCountPartners: "X counts A and B among the partners that ..." and
// "among its partners"; near misses: someone else's partners, a negated
// count, customers.
func TestCountPartners(t *testing.T) {
	runNews(t, []newsCase{
		{"among the partners that", "Granite Labs counts Polar Compute and Cobalt Mobile among the partners that helped build its first plant.",
			[]string{"partnerOf(cobalt-mobile,granite-labs)", "partnerOf(granite-labs,polar-compute)"}},
		{"among its partners", "Helix Wireless counts Larch Networks among its earliest partners.",
			[]string{"partnerOf(helix-wireless,larch-networks)"}},
		{"near miss: customers", "Granite Labs counts Polar Compute and Cobalt Mobile among its customers.", nil},
		{"near miss: negated", "Granite Labs does not count Polar Compute among its partners.", nil},
	})
}

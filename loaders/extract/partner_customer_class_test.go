package extract_test

import "testing"

// TestCustomerClassPartner covers companies named as examples of a class
// of customers after "works with" (partner_customer_class.go), and the
// partnerships that stand.
func TestCustomerClassPartner(t *testing.T) {
	runNews(t, []newsCase{
		{"companies such as", "Acme Telecom works with companies such as Granite Labs, Ion Cloud and Polar Compute.", nil},
		{"customers like", "Borealis Networks works with customers like Cobalt Mobile and Kestrel Telecom.", nil},
		{"pronoun, banks including", "Helix Wireless sells inference servers. It works with banks including Granite Labs.", nil},
		{"worked with clients such as", "Borealis Networks has worked with clients such as Cobalt Mobile.", nil},

		// twins: a partnership told plainly stands
		{"works with on", "Acme Telecom works with Granite Labs on network automation.", []string{"partnerOf(acme-telecom,granite-labs)"}},
	})
}

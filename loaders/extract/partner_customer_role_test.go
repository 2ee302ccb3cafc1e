package extract_test

import "testing"

// TestPartnerCustomerRole: a with-phrase whose entity is named a
// customer or supplier right after it ("as a supplier", "as its anchor
// customer", "B and C as clients") is a buying tie, not a partnership;
// the same phrases with "as partners" or no role still state one.
func TestPartnerCustomerRole(t *testing.T) {
	const ab, ac = "partnerOf(acme-telecom,cobalt-mobile)", "partnerOf(acme-telecom,ion-cloud)"
	runNews(t, []newsCase{
		{"works with B as a supplier", "Acme Telecom said it would keep working with Cobalt Mobile as a supplier.", nil},
		{"teamed up with B as its anchor customer", "Acme Telecom teamed up with Cobalt Mobile as its anchor customer for the new cloud.", nil},
		{"partnered with B and C as clients", "Acme Telecom partnered with Cobalt Mobile and Ion Cloud as clients.", nil},
		{"still: teamed with B as customer demand grows", "Acme Telecom teamed up with Cobalt Mobile as customer demand for edge computing grows.", []string{ab}},
		{"still: works with B", "Acme Telecom is working with Cobalt Mobile on edge computing.", []string{ab}},
		{"still: B and C as partners", "Acme Telecom opened a test centre in Oslo with Cobalt Mobile and Ion Cloud as partners.", []string{ab, ac}},
	})
}

package extract_test

import "testing"

// TestServedAsTitle covers a post held for a time and told with "served"
// (round 18, real-news probes): a duration between the verb and "as",
// and a description of the company before its name ("of that country's
// largest carrier X"). Sentences written for the test.
func TestServedAsTitle(t *testing.T) {
	ceo := func(p, o string) string { return "ceoOf(" + p + "," + o + ") modality=past" }
	chair := func(p, o string) string { return "chairmanOf(" + p + "," + o + ") modality=past" }
	runNews(t, []newsCase{
		{"served for N years as CEO of a described X", "Omar Haddad, who was born in Oslo, served for eight years as chief executive of that country's largest carrier Kestrel Telecom before joining Ion Cloud.",
			[]string{ceo("omar-haddad", "kestrel-telecom")}},
		{"served for a decade as chairman of X", "Jane Park served for a decade as chairman of Granite Labs.",
			[]string{chair("jane-park", "granite-labs")}},
		{"served for two years as head of sales at X", "Lena Berg served for two years as head of sales at Polar Compute.", nil},
	})
}

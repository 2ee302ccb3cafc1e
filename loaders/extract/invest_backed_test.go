package extract_test

import "testing"

// TestBackedAfterDescription: a participle of backing after a description
// in apposition describes the name before the description; an agent that
// is one item of a semicolon list is no agent list.
func TestBackedAfterDescription(t *testing.T) {
	runNews(t, []newsCase{
		{"Y, the D backed by A,",
			"Granite Labs, the Oslo data-centre operator backed by Acme Telecom, ordered 2,000 GPUs.",
			[]string{"investedIn(acme-telecom,granite-labs)"}},
		{"an item of a semicolon list",
			"The round was led by three backers: Ion Cloud, an initiative funded by Helix Wireless; Cobalt Mobile; and Borealis Networks.",
			nil},
	})
}

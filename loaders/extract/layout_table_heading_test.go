package extract_test

import "testing"

// TestRosterTableHeading: a roster table whose roster is named by the
// heading above it and whose names are the rows' first cells
// (layout_table_heading.go), with or without a header row; the heading
// decides founding or later membership. Near misses: a heading that names
// no roster, and observers that the heading says are not members.
func TestRosterTableHeading(t *testing.T) {
	runNews(t, []newsCase{
		{"founders under a heading, header row", "The Open Edge Alliance was formed in 2022.\n\nFounding members\nCompany | Seat\nAcme Telecom | chair\nCobalt Mobile | board\nIon Cloud | board\n",
			[]string{"founded(open-edge-alliance) date=2022", "foundingMember(acme-telecom,open-edge-alliance)",
				"foundingMember(cobalt-mobile,open-edge-alliance)", "foundingMember(ion-cloud,open-edge-alliance)"}},
		{"later members under a heading, no header row", "The Radio Forum keeps growing.\n\nMembers added this year\nGranite Labs | joined in March\nPolar Compute | joined in June\n",
			[]string{"memberOf(granite-labs,radio-forum) since=2025", "memberOf(polar-compute,radio-forum) since=2025"}},
		{"near miss: a heading that names no roster", "The Radio Forum keeps growing.\n\nRevenue by company\nAcme Telecom | 4 billion\nIon Cloud | 2 billion\n", nil},
		{"near miss: observers, not members", "The Radio Forum keeps growing.\n\nObservers (not members)\nHelix Wireless | since 2024\n", nil},
	})
}

// TestRosterTableHeadingRuleOnly: a heading over nothing but a table rule
// reads as no table (and does not fail).
func TestRosterTableHeadingRuleOnly(t *testing.T) {
	runNews(t, []newsCase{
		{"a rule and no rows", "The Radio Forum keeps growing.\n\nMembers\n---|---\n", nil},
	})
}

// TestRosterTableHeadingColon: a roster heading that ends in a colon and
// says more than the roster ("Founding members, with their home
// countries:") over a table whose header row names the columns. Near
// miss: a colon heading that names no roster.
func TestRosterTableHeadingColon(t *testing.T) {
	runNews(t, []newsCase{
		{"founders, colon heading, header row", "The Open Edge Alliance was formed in 2022 by the firms below.\n\nFounding members, with their home countries:\n\n| Member | Country |\n| Acme Telecom | Norway |\n| Cobalt Mobile | Chile |\n| Ion Cloud | Japan |\n",
			[]string{"founded(open-edge-alliance) date=2022", "foundingMember(acme-telecom,open-edge-alliance)",
				"foundingMember(cobalt-mobile,open-edge-alliance)", "foundingMember(ion-cloud,open-edge-alliance)"}},
		{"near miss: a colon heading that names no roster", "The Open Edge Alliance was formed in 2022.\n\nRevenue by company, in billions:\n\n| Company | Revenue |\n| Acme Telecom | 4 |\n| Ion Cloud | 2 |\n", []string{"founded(open-edge-alliance) date=2022"}},
	})
}

package extract_test

import "testing"

// TestRosterTable: a roster set out as a table, plain or with a markdown
// rule; near misses: a table with no roster column, and a roster table no
// group is in reach of.
func TestRosterTable(t *testing.T) {
	runNews(t, []newsCase{
		{"plain bars", "The Open Edge Alliance opened its doors in May with 30 companies. Some of them, by sector:\n\nSector | Founding members\nOperators | Acme Telecom, Cobalt Mobile\nCloud | Ion Cloud\nChips | Granite Labs, Polar Compute\n\nMore will follow.",
			[]string{"foundingMember(acme-telecom,open-edge-alliance)", "foundingMember(cobalt-mobile,open-edge-alliance)",
				"foundingMember(granite-labs,open-edge-alliance)", "foundingMember(ion-cloud,open-edge-alliance)",
				"foundingMember(polar-compute,open-edge-alliance)"}},
		{"markdown with a rule, roster first", "The Radio Forum has grown this year.\n\n| Members | Since |\n|---|---|\n| Helix Wireless | March |\n| Larch Networks | April |\n",
			[]string{"memberOf(helix-wireless,radio-forum)", "memberOf(larch-networks,radio-forum)"}},
		{"near miss: no roster column", "The Radio Forum published its budget.\n\nCompany | Revenue\nAcme Telecom | 4 billion\nIon Cloud | 2 billion\n", nil},
		{"near miss: no group in reach", "Analysts ranked the vendors.\n\nRank | Vendors\n1 | Acme Telecom\n2 | Ion Cloud\n", nil},
	})
}

// TestRosterColon: a verbless roster after a membership noun and a colon;
// near misses: a noun that is no membership, a clause after the colon, no
// group in reach.
func TestRosterColon(t *testing.T) {
	runNews(t, []newsCase{
		{"members colon", "The Radio Forum has doubled in size. Members: Acme Telecom, Ion Cloud and Granite Labs.",
			[]string{"memberOf(acme-telecom,radio-forum)", "memberOf(granite-labs,radio-forum)", "memberOf(ion-cloud,radio-forum)"}},
		{"its founders colon", "The Open Edge Alliance will meet in Oslo. Its founders: Helix Wireless and Larch Networks.",
			[]string{"foundingMember(helix-wireless,open-edge-alliance)", "foundingMember(larch-networks,open-edge-alliance)"}},
		{"near miss: customers", "The Radio Forum has doubled in size. Customers: Acme Telecom and Ion Cloud.", nil},
		{"near miss: no group in reach", "Analysts met in Oslo. Members: Acme Telecom and Ion Cloud.", nil},
	})
}

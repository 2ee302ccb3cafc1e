package extract_test

import "testing"

// TestRosterLeadIns: roster lead-ins that name their group before the
// roster noun, with a note before the colon, or as a heading without one;
// items that give a title before the person; items that are clauses.
// Near misses: rosters of former members or non-members, a former title,
// a company's "members".
func TestRosterLeadIns(t *testing.T) {
	runNews(t, []newsCase{
		{"group, dash, noun and a dated note",
			"The Radio Forum met in Oslo. The Open Edge Alliance met in Bergen.\n\nOpen Edge Alliance - founding members (March 2025):\n- Acme Telecom\n- Ion Cloud\n",
			[]string{"foundingMember(acme-telecom,open-edge-alliance)", "foundingMember(ion-cloud,open-edge-alliance)"}},
		{"group before the noun, an as-of note",
			"The Open Edge Alliance met in Bergen. The Radio Forum met in Oslo.\n\nOpen Edge Alliance members, as of June 2025:\n- Helix Wireless\n- Larch Networks\n",
			[]string{"memberOf(helix-wireless,open-edge-alliance)", "memberOf(larch-networks,open-edge-alliance)"}},
		{"heading without a colon, a country in brackets",
			"Two groups met this week.\n\nRadio Forum founding members\n- Acme Telecom (Germany)\n- Cobalt Mobile\n",
			[]string{"foundingMember(acme-telecom,radio-forum)", "foundingMember(cobalt-mobile,radio-forum)", "headquarteredIn(acme-telecom,DE)"}},
		{"a row's title before its person",
			"The Radio Forum has grown.\n\nIts members:\n- Acme Telecom - chief executive Jane Park\n- Ion Cloud: chair Omar Haddad\n- Cobalt Mobile\n",
			[]string{"memberOf(acme-telecom,radio-forum)", "memberOf(cobalt-mobile,radio-forum)", "memberOf(ion-cloud,radio-forum)",
				"ceoOf(jane-park,acme-telecom)", "chairmanOf(omar-haddad,ion-cloud)"}},
		{"items that are clauses",
			"Ion Cloud has placed several bets:\n\n- Granite Labs, the chip designer run by Lena Berg, took $50 million from Ion Cloud in 2024;\n- Polar Compute, a start-up in Oslo, also counts Ion Cloud among its investors.\n",
			[]string{"ceoOf(lena-berg,granite-labs)", "investedIn(ion-cloud,granite-labs) date=2024 amount=$50 million", "investedIn(ion-cloud,polar-compute)"}},
		{"a roster page's group, not the group it is compared with",
			"The Open Edge Alliance was formed in May. The Open Edge Alliance will publish its first specification next year. Unlike the Radio Forum, it will not certify products.\n\nThe founding members, as of June 2025:\n- Acme Telecom\n- Ion Cloud\n",
			[]string{"founded(open-edge-alliance)", "foundingMember(acme-telecom,open-edge-alliance)", "foundingMember(ion-cloud,open-edge-alliance)"}},
		{"near miss: former members", "The Radio Forum has shrunk.\n\nFormer members of the Radio Forum:\n- Acme Telecom\n- Ion Cloud\n", nil},
		{"near miss: a heading of non-members", "The Radio Forum has grown.\n\nNot members\n- Acme Telecom\n- Ion Cloud\n", nil},
		{"near miss: a former title", "The Radio Forum has grown.\n\nIts members:\n- Acme Telecom - former chief executive Jane Park\n- Cobalt Mobile\n",
			[]string{"memberOf(acme-telecom,radio-forum)", "memberOf(cobalt-mobile,radio-forum)"}},
		{"near miss: a company's members", "The Radio Forum has grown.\n\nAcme Telecom members, as of June 2025:\n- Ion Cloud\n- Cobalt Mobile\n", nil},
	})
}

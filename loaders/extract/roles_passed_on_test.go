package extract_test

import "testing"

// TestPassedOn: a post handed on by its holder, or a holder succeeded in
// the passive, gives the successor the title the article gave the
// predecessor; a post the predecessor holds after the verb, or no title at
// all, gives nothing.
func TestPassedOn(t *testing.T) {
	runNews(t, []newsCase{
		{"handed the role to Q after a relative clause with the title",
			"Lena Berg, who had run Helix Wireless as chief executive since 2017, handed the role to Omar Haddad on Tuesday.",
			[]string{"ceoOf(lena-berg,helix-wireless)", "ceoOf(omar-haddad,helix-wireless)"}},
		{"will hand the reins to Q: planned",
			"Ion Cloud said its chairman, Jane Park, would hand the reins to Lena Berg after the annual meeting.",
			[]string{"chairmanOf(jane-park,ion-cloud)", "chairmanOf(lena-berg,ion-cloud) modality=planned"}},
		{"the title worded before the verb, not the one after",
			"Polar Compute posted its results. Jane Park, who had been chief executive since 2018, handed the baton to Omar Haddad in April and became chairman of the board.",
			[]string{"ceoOf(jane-park,polar-compute) since=2018", "chairmanOf(jane-park,polar-compute)", "ceoOf(omar-haddad,polar-compute)"}},
		{"succeeded in the passive, title in an apposition",
			"Omar Haddad, the chief executive of Larch Networks, was succeeded by Lena Berg in March.",
			[]string{"ceoOf(omar-haddad,larch-networks)", "ceoOf(lena-berg,larch-networks)"}},
		{"succeeded at X by Q, the title from the sentence before",
			"Jane Park ran Kestrel Telecom as chief executive from 2001 to 2009. She was succeeded at Kestrel Telecom by Omar Haddad.",
			[]string{"ceoOf(jane-park,kestrel-telecom)", "ceoOf(omar-haddad,kestrel-telecom)"}},
		{"will be replaced by Q: planned",
			"Meridian Mobile chairman Lena Berg will be replaced by Jane Park next year.",
			[]string{"chairmanOf(lena-berg,meridian-mobile)", "chairmanOf(jane-park,meridian-mobile) modality=planned"}},
		{"near miss: no title given to the predecessor",
			"Jane Park was succeeded at Acme Telecom by Omar Haddad in 2020.",
			nil},
		{"near miss: handed a contract, not a post",
			"Acme Telecom chief executive Jane Park handed the contract to Omar Haddad.",
			[]string{"ceoOf(jane-park,acme-telecom)"}},
	})
}

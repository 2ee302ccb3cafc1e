package extract_test

import "testing"

// TestTitleCaseHeadline: a headline in title case reads its verbs and
// small words in small letters ("Partner to", "Teams Up With"), so the
// deal it announces is read; its names keep their capitals.
func TestTitleCaseHeadline(t *testing.T) {
	runNews(t, []newsCase{
		{"A and B Partner to Build", "Acme Telecom and Borealis Networks Partner to Build Edge Cloud\n\nThe two companies will start in Lisbon next year.",
			[]string{"partnerOf(acme-telecom,borealis-networks)"}},
		{"A Teams Up With B On", "Cobalt Mobile Teams Up With Ion Cloud On Private 5G\n\nThe first sites open in March.",
			[]string{"partnerOf(cobalt-mobile,ion-cloud)"}},
		{"A Expands Partnership With B", "Helix Wireless Expands Partnership With Larch Networks\n\nThe work covers rural coverage.",
			[]string{"partnerOf(helix-wireless,larch-networks)"}},
		{"a word the body writes in small letters", "Meridian Mobile and Polar Compute Collaborate on Sovereign Compute\n\nThe sovereign compute platform opens in June.",
			[]string{"partnerOf(meridian-mobile,polar-compute)"}},
	})
}

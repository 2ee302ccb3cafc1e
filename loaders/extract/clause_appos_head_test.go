package extract_test

import "testing"

// TestApposHeadSubject: a relative clause on the name inside an
// apposition leaves the main verb with the apposition's head.
func TestApposHeadSubject(t *testing.T) {
	runNews(t, []newsCase{
		{"title of X, which ..., verb",
			"Lena Berg, chairman of Meridian Mobile, which owns 15% of Ion Cloud, chairs the Radio Forum.",
			[]string{"chairmanOf(lena-berg,meridian-mobile)", "chairmanOf(lena-berg,radio-forum)", "investedIn(meridian-mobile,ion-cloud)"}},
	})
}

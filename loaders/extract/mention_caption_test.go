package extract

import "testing"

// TestCaptionLabelIsNoName: a caption's label opening the sentence
// ("Photo 6:", "Caption 2 -", "Picture:") is no name; the same word inside
// a sentence, or with no colon or dash after it, is left to the other
// rules.
func TestCaptionLabelIsNoName(t *testing.T) {
	for _, tc := range []struct {
		text string
		a    int
		want bool
	}{
		{"Photo 6: Acme Telecom staff with Larch Networks engineers.", 0, true},
		{"Caption 2 - Larch Networks engineers at the stand.", 0, true},
		{"Picture: the Acme Telecom stand in Hall 3.", 0, true},
		{"Image 12: Larch Networks engineers on stage.", 0, true},
		{"Photo Networks signed with Acme Telecom.", 0, false},
		{"Acme Telecom sold Photo 6: a camera app.", 3, false},
	} {
		toks := tokenize(tc.text)
		if got := notAName(toks, tc.a, tc.a+1); got != tc.want {
			t.Errorf("%q: notAName(%s) = %v, want %v", tc.text, toks[tc.a].Text, got, tc.want)
		}
	}
}

package extract_test

import "testing"

// TestQuestionNationality: a question states no relation it asks about,
// but the nationalities it describes its companies by are still told.
func TestQuestionNationality(t *testing.T) {
	runNews(t, []newsCase{
		{"nationalities in a question",
			"So what are Swedish vendor Acme Telecom and its Finnish rival Helix Wireless doing in a US science program?",
			[]string{"headquarteredIn(acme-telecom,SE)", "headquarteredIn(helix-wireless,FI)"}},
		{"a question's membership is asked, not told",
			"Has Acme Telecom joined the Radio Forum?",
			nil},
	})
}

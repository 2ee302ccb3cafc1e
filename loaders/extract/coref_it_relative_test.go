package extract_test

import "testing"

// TestItOutsideRelative covers an object "it" inside a relative clause on
// a list of organisations (coref_it_relative.go): it is none of the names
// the relative pronoun stands for, so no backer of the list backs another
// of it. Sentences written for the test.
func TestItOutsideRelative(t *testing.T) {
	open := "Granite Labs raised $40 million on Monday. Acme Telecom led the round. "
	relatives := []struct{ name, clause string }{
		{"a listed antecedent that backed it", "Ion Cloud and Kestrel Telecom, which backed it in 2022, also invested."},
		{"who, and a perfect", "Ion Cloud and Kestrel Telecom, who have funded it since 2021, also invested."},
		{"a list joined by a comma", "Ion Cloud, Kestrel Telecom and Larch Networks, which backed it in 2022, also invested."},
	}
	var cases []newsCase
	for i, r := range relatives {
		want := []string{"investedIn(acme-telecom,granite-labs)", "investedIn(ion-cloud,granite-labs)", "investedIn(kestrel-telecom,granite-labs)"}
		if i == 2 {
			want = append(want, "investedIn(larch-networks,granite-labs)")
		}
		cases = append(cases, newsCase{r.name, open + r.clause, want})
	}
	runNews(t, cases)
}

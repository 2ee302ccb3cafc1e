package extract_test

import "testing"

// TestPublicBodyKind: a name the article calls an agency, a ministry or a
// regulator is a public body, never what "the startup" means two
// sentences on (priors.go headKind "gov", coref_kind_article.go).
func TestPublicBodyKind(t *testing.T) {
	runNews(t, []newsCase{
		{"the startup is not the agency the sentence before opened with",
			"Polar Compute raised $90 million from Ion Cloud.\n\nKestrel Telecom, the federal export credit agency, said it would lend more.\n\nThe startup was founded in 2016 by two chip designers.",
			[]string{"investedIn(ion-cloud,polar-compute) amount=$90 million"}},
	})
}

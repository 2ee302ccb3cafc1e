package extract_test

import "testing"

// TestBareRoles: "chairs the board", "the chief executive is P" and "handed
// the top job to P" name the company by the discourse; an organisation in
// the person's own relative clause is not it.
func TestBareRoles(t *testing.T) {
	runNews(t, []newsCase{
		{"chairs the board after its chief executive",
			"Acme Telecom sells phones. Omar Haddad is its chief executive and Jane Park chairs the board.",
			[]string{"ceoOf(omar-haddad,acme-telecom)", "chairmanOf(jane-park,acme-telecom)"}},
		{"chairs the board, the previous sentence's company",
			"Acme Telecom sells phones. Jane Park, a former minister, chairs the board.",
			[]string{"chairmanOf(jane-park,acme-telecom)"}},
		{"the chief executive is P, not the company P came from",
			"Acme Telecom makes phones. The chief executive is Jane Park, who came over from Polar Compute.",
			[]string{"ceoOf(jane-park,acme-telecom)"}},
		{"the top job",
			"Acme Telecom ousted Omar Haddad on October 6 and handed the top job to Jane Park.",
			// the one ousted held the post (the dev2 gold's convention; roles_handed.go)
			[]string{"ceoOf(jane-park,acme-telecom)", "ceoOf(omar-haddad,acme-telecom) modality=past"}},
		{"a board seat is no chair",
			"Acme Telecom sells phones. Jane Park sits on the board.",
			nil},
	})
}

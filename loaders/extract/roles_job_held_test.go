package extract_test

import "testing"

// TestJobHeld: "that job is held by Q" after a title names Q for the
// first title the sentence gave, at its company; a post noun with no
// title before it, or a negated holding, names nobody.
func TestJobHeld(t *testing.T) {
	runNews(t, []newsCase{
		{"X's chief executive is not P; that job is held by Q",
			"Contrary to several reports, Polar Compute's chief executive is not Lena Berg; that job is held by Omar Haddad.",
			[]string{"ceoOf(omar-haddad,polar-compute)"}},
		{"the chairman of X ... the post is held by Q, over a title that describes another",
			"The chairman of Larch Networks is not Jane Park, the chief executive of Ion Cloud; the post is held by Lena Berg.",
			[]string{"ceoOf(jane-park,ion-cloud)", "chairmanOf(lena-berg,larch-networks)"}},
		{"near miss: no title before the post noun",
			"Granite Labs is hiring for its data team; the role is held by Omar Haddad on an interim basis.",
			nil},
		{"near miss: not held",
			"Helix Wireless's chief executive post is vacant; the job is not held by Jane Park, despite the rumours.",
			nil},
	})
}

package extract_test

import "testing"

// TestJobBelongs: the active voice of "that job is held by Q" after a
// title ("that post belongs to Q", "the seat remains with Q") names Q for
// the title at its company; "the seat" is a post noun as "the post" is; a
// negated verb, or a verb of the family with no title before it, names
// nobody.
func TestJobBelongs(t *testing.T) {
	runNews(t, []newsCase{
		{"X's chief executive is not P; that post belongs to Q",
			"Contrary to several reports, Polar Compute's chief executive is not Lena Berg; that post belongs to Omar Haddad.",
			[]string{"ceoOf(omar-haddad,polar-compute)"}},
		{"P is not the chairman of X; the role belongs to Q",
			"Jane Park is not the chairman of Larch Networks; the role belongs to Lena Berg.",
			[]string{"chairmanOf(lena-berg,larch-networks)"}},
		{"that seat is held by Q",
			"Omar Haddad is not Ion Cloud's chairman; that seat is held by Jane Park.",
			[]string{"chairmanOf(jane-park,ion-cloud)"}},
		{"the position remains with Q, with a relative clause after",
			"Lena Berg is not Polar Compute's chief executive; the position remains with Omar Haddad, who has held it since 2021.",
			[]string{"ceoOf(omar-haddad,polar-compute)"}},
		{"near miss: negated",
			"Polar Compute's chief executive is not Lena Berg; that job does not belong to Omar Haddad either.",
			nil},
		{"near miss: no title before the post noun",
			"Granite Labs is hiring for its data team; the role belongs to Omar Haddad for now.",
			nil},
	})
}

package extract

import "testing"

// TestPhotoAside: which parentheses photoAside drops.
func TestPhotoAside(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Mira Lund (pictured), CEO of X, said.", "Mira Lund, CEO of X, said."},
		{"The two chiefs (above, L-R) signed.", "The two chiefs signed."},
		{"Tomas Berg (inset) and Mira Lund (centre) met.", "Tomas Berg and Mira Lund met."},
		{"Orbis Mobile (OM) and Kant Telecom (left) met.", "Orbis Mobile (OM) and Kant Telecom met."},
	} {
		got, ok := photoAside(c.in)
		if !ok || got != c.want {
			t.Errorf("photoAside(%q) = %q, %v; want %q", c.in, got, ok, c.want)
		}
	}
	for _, in := range []string{"Orbis Mobile (OM) grew.", "The deal (left unsigned in 2021) lapsed.", "Kant Telecom (from the back office) said."} {
		if got, ok := photoAside(in); ok {
			t.Errorf("photoAside(%q) = %q; want it left alone", in, got)
		}
	}
}

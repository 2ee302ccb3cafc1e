package extract

import "testing"

func TestDashAside(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Orbis Mobile — in which Kant Telecom holds 20% — cut its prices.", "Orbis Mobile, in which Kant Telecom holds 20%, cut its prices."},
		{"Vexa—the Danish operator—invested in Lumen.", "Vexa, the Danish operator, invested in Lumen."},
		{"Vexa – the Danish operator – invested in Lumen.", "Vexa, the Danish operator, invested in Lumen."},
		{"Vexa -- the Danish operator -- invested in Lumen.", "Vexa, the Danish operator, invested in Lumen."},
		{"Vexa--the Danish operator--invested in Lumen.", "Vexa, the Danish operator, invested in Lumen."},
		{"Orbis Mobile–in which Kant Telecom holds 20%–cut its prices.", "Orbis Mobile, in which Kant Telecom holds 20%, cut its prices."},
		{"Lumen raised money from Vexa — the Danish operator — last year.", "Lumen raised money from Vexa, the Danish operator, last year."},
		{"Lumen raised money from Vexa — the Danish operator —.", "Lumen raised money from Vexa, the Danish operator."},
	} {
		got, ok := dashAside(c.in)
		if !ok || got != c.want {
			t.Errorf("dashAside(%q) = %q, %v; want %q", c.in, got, ok, c.want)
		}
	}
	for _, in := range []string{
		"The Vexa–Nordtel deal and the Orbis–Kant talks went ahead.",                   // closed en dashes join names
		"The AI-RAN Alliance and T-Mobile signed in 2019–2024.",                        // hyphens and a range
		"They join the four founders - Vexa, Orbis, Kant and Lumen - which set it up.", // a list
		"Four members – Vexa, Orbis, Kant and Lumen.",                                  // one dash
		"Vexa said — and Orbis agreed. Then — nothing.",                                // sentence punctuation inside
		"- Vexa joins - Orbis leaves",                                                  // a bullet's marker
	} {
		if got, ok := dashAside(in); ok {
			t.Errorf("dashAside(%q) = %q; want it left alone", in, got)
		}
	}
}

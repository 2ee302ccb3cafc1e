package extract_test

import "testing"

// TestPredecessor: "his predecessor, P" held the post the text gave "him".
func TestPredecessor(t *testing.T) {
	runNewsWith(t, precisionRegister(t), []newsCase{
		{"his predecessor, P, after a new chief executive",
			"Anna Brückner took over as chief executive of Acme Telecom in May. His predecessor, Jürgen Kößler, will stay on as an adviser.",
			[]string{"ceoOf(anna-bruckner,acme-telecom)", "ceoOf(jurgen-kossler,acme-telecom) modality=past"}},
		{"P, her predecessor, after a chair",
			"Anna Brückner is chairman of Cobalt Mobile. Jürgen Kößler, her predecessor, now advises the board.",
			[]string{"chairmanOf(anna-bruckner,cobalt-mobile)", "chairmanOf(jurgen-kossler,cobalt-mobile) modality=past"}},
		{"near miss: he holds no title",
			"Anna Brückner joined Acme Telecom in May. Her predecessor, Jürgen Kößler, will stay on as an adviser.",
			nil},
	})
}

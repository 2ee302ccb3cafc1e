package extract_test

import (
	"testing"

	"github.com/telcograph/telcograph/loaders/facts"
)

// TestHandover: "takes over as the alliance's chairman from Q" and
// "replaces Q, the outgoing chairman" (roles_takeover.go), and a family
// name written first (names_order.go).
func TestHandover(t *testing.T) {
	runNewsWith(t, rolesRegister(t), []newsCase{
		{"takes over as the company's chairman from Q",
			"Acme Telecom held its annual meeting on Monday with Anna Brückner and Tomas Berg. Brückner, whose company is based in Norway, takes over as the company's chairman from Berg, who chaired the board for a year.",
			[]string{"chairmanOf(anna-bruckner,acme-telecom)", "chairmanOf(tomas-berg,acme-telecom) modality=past"}},
		{"replaces Q, the outgoing chairman",
			"Cobalt Mobile announced new leaders on Monday, naming Anna Brückner and Tomas Berg. Brückner replaces Berg, the outgoing chairman, who will remain a director.",
			[]string{"chairmanOf(anna-bruckner,cobalt-mobile)", "chairmanOf(tomas-berg,cobalt-mobile) modality=past"}},
		{"near miss: takes over as head of sales",
			"Acme Telecom held its annual meeting with Anna Brückner and Tomas Berg. Brückner takes over as the company's head of sales from Berg.",
			nil},
		{"near miss: replaces Q, the outgoing head of sales",
			"Cobalt Mobile announced new leaders, naming Anna Brückner and Tomas Berg. Brückner replaces Berg, the outgoing head of sales.",
			nil},
		{"near miss: not an outgoing title",
			"Cobalt Mobile announced new leaders, naming Anna Brückner and Tomas Berg. Brückner replaces Berg, the chairman's adviser.",
			nil},
		{"near miss: did not take over",
			"Acme Telecom held its annual meeting with Anna Brückner and Tomas Berg. Brückner did not take over as the company's chairman.",
			nil},
	})
}

// TestFamilyNameFirst: a later bare first word names a person whose name
// reads family name first (names_order.go).
func TestFamilyNameFirst(t *testing.T) {
	reg, err := facts.ReadRegister("order.yaml", []byte(`entities:
  lark-telecom: {name: Lark Telecom, type: company}
  wren-mobile: {name: Wren Mobile, type: company}
  sung-ha-jin: {name: Sung Ha Jin, type: person}
  park-min-joon: {name: Park Min-joon, type: person}
  anna-bruckner: {name: Anna Brückner, type: person}
`))
	if err != nil {
		t.Fatal(err)
	}
	runNewsWith(t, reg, []newsCase{
		{"three words: the first is the family name",
			"Lark Telecom chief executive Sung Ha Jin spoke first. Wren Mobile named Sung its chairman.",
			[]string{"ceoOf(sung-ha-jin,lark-telecom)", "chairmanOf(sung-ha-jin,wren-mobile)"}},
		{"a hyphenated given name",
			"Lark Telecom chief executive Park Min-joon spoke first. Wren Mobile named Park its chairman.",
			[]string{"ceoOf(park-min-joon,lark-telecom)", "chairmanOf(park-min-joon,wren-mobile)"}},
		{"near miss: a two-word western name keeps its surname only",
			"Lark Telecom chief executive Anna Brückner spoke first. Wren Mobile named Anna its chairman.",
			[]string{"ceoOf(anna-bruckner,lark-telecom)"}},
	})
}

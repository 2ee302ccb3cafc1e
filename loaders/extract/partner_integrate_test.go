package extract_test

import "testing"

// TestIntegrate: a partner's product built into one's own makes the two
// partners, also for a verb coordinated after a dash insert; near misses:
// hardware built in (a purchase), a negated or passive verb, no "into",
// a person as the subject.
func TestIntegrate(t *testing.T) {
	const ab = "partnerOf(acme-telecom,cobalt-mobile)"
	runNews(t, []newsCase{
		{"has built B's engine into its assistant", "Acme Telecom has built Cobalt Mobile's search engine into its assistant.", []string{ab}},
		{"will bring B's models into its apps", "Acme Telecom will bring Cobalt Mobile's language models into its business apps.", []string{ab + " modality=planned"}},
		{"coordinated after a dash insert", "Acme Telecom - as some reports spell it - is testing drones and has integrated Cobalt Mobile's maps into its app.", []string{ab}},
		{"near miss: hardware built in", "Acme Telecom has built Cobalt Mobile's modem chips into its routers.", nil},
		{"near miss: not built in", "Acme Telecom has not built Cobalt Mobile's search engine into its assistant.", nil},
		{"near miss: no into", "Acme Telecom has built Cobalt Mobile's new headquarters in Oslo.", nil},
		{"near miss: a person", "Jane Park has built Cobalt Mobile's search engine into her podcast app.", nil},
	})
}

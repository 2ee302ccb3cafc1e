package extract_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/loaders/extract"
	"github.com/telcograph/telcograph/loaders/facts"
	"github.com/telcograph/telcograph/schema"
)

// TestEvaluateMissShapes checks that Evaluate describes the sentence of a
// miss whose arguments were all linked by its structure only: the
// arguments as S and O, another linked entity as E, closed-class words as
// themselves, content words by part of speech, and a lemma only where
// misses of one relation share it across two sentences; and that a miss
// whose arguments were linked only in different sentences is counted
// apart.
func TestEvaluateMissShapes(t *testing.T) {
	text := "source: https://example.org/s1\ndate: 2025-03-03\n\n" +
		"Acme Telecom and Cobalt Mobile both sponsored the Oslo marathon. " +
		"Cobalt Mobile and Fjord Electronics both sponsored a regatta. " +
		"Acme Telecom builds radios. Fjord Electronics paints boats.\n"
	one := withEvidence(rel(schema.RelPartnerOf, "acme-telecom", "cobalt-mobile"),
		"Acme Telecom and Cobalt Mobile both sponsored the Oslo marathon.")
	two := withEvidence(rel(schema.RelPartnerOf, "cobalt-mobile", "fjord-electronics"),
		"Cobalt Mobile and Fjord Electronics both sponsored a regatta.")
	split := withEvidence(rel(schema.RelPartnerOf, "acme-telecom", "fjord-electronics"),
		"Acme Telecom builds radios. Fjord Electronics paints boats.")
	gold := &facts.File{Articles: []schema.Article{{ID: "s1", File: "s1.txt", Facts: []schema.Fact{one, two, split}}}}
	sc := evaluateText(t, gold, text)
	if sc.Micro.TP != 0 || sc.Micro.FN != 3 || len(sc.Unlinked) != 0 {
		t.Fatalf("tp %d fn %d unlinked %v, want 0, 3 and none (the test needs every fact missed, its names linked)", sc.Micro.TP, sc.Micro.FN, sc.Unlinked)
	}
	want := []extract.MissShape{
		{Relation: "partnerOf", Shape: "^ S and O adv:both verb:sponsor a", Count: 1},
		{Relation: "partnerOf", Shape: "^ S and O adv:both verb:sponsor the", Count: 1},
	}
	if diff := cmp.Diff(want, sc.MissShapes); diff != "" {
		t.Errorf("MissShapes (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(map[string]int{"partnerOf": 1}, sc.SplitMisses); diff != "" {
		t.Errorf("SplitMisses (-want +got):\n%s", diff)
	}
}

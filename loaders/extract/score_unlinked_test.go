package extract_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/loaders/extract"
	"github.com/telcograph/telcograph/loaders/facts"
	"github.com/telcograph/telcograph/schema"
)

// TestEvaluateUnlinked checks that Evaluate tells a miss whose evidence
// names an entity no mention there was linked to (a description the
// extractor cannot resolve) from a miss whose arguments were both linked
// there (a relation no rule reads).
func TestEvaluateUnlinked(t *testing.T) {
	text := "source: https://example.org/u1\ndate: 2025-03-03\n\n" +
		"Acme Telecom and Cobalt Mobile both sponsored the Oslo marathon. " +
		"Fjord Electronics builds radios. " +
		"Its sister firm in Bergen sits quietly on the Radio Forum's steering group.\n"
	partners := withEvidence(rel(schema.RelPartnerOf, "acme-telecom", "cobalt-mobile"),
		"Acme Telecom and Cobalt Mobile both sponsored the Oslo marathon.")
	member := withEvidence(rel(schema.RelMemberOf, "nordlys-us", "radio-forum"),
		"Its sister firm in Bergen sits quietly on the Radio Forum's steering group.")
	// Gold evidence may be a fragment of the sentence; its names were
	// linked in that sentence.
	fragment := withEvidence(rel(schema.RelInvestedIn, "acme-telecom", "cobalt-mobile"),
		"Acme Telecom and Cobalt Mobile both sponsored")
	gold := &facts.File{Articles: []schema.Article{{ID: "u1", File: "u1.txt", Facts: []schema.Fact{partners, member, fragment}}}}
	sc := evaluateText(t, gold, text)
	if sc.Micro.TP != 0 || sc.Micro.FN != 3 {
		t.Fatalf("tp %d fn %d, want 0 and 3 (the test needs all facts missed): misses %q", sc.Micro.TP, sc.Micro.FN, sc.Misses)
	}
	if diff := cmp.Diff(map[string]int{"memberOf": 1}, sc.Unlinked); diff != "" {
		t.Errorf("Unlinked (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"u1: memberOf(nordlys-us,radio-forum)"}, sc.UnlinkedMisses); diff != "" {
		t.Errorf("UnlinkedMisses (-want +got):\n%s", diff)
	}
	// ScoreArticle alone knows nothing of links.
	var plain extract.Score
	plain.ScoreArticle(gold.Articles[0], schema.Article{ID: "u1"})
	if plain.Micro.FN != 3 || plain.Unlinked != nil {
		t.Errorf("ScoreArticle: fn %d, unlinked %v; want 3 and none", plain.Micro.FN, plain.Unlinked)
	}
}

// evaluateText runs Evaluate on gold, whose every article reads text,
// with the test register.
func evaluateText(t *testing.T, gold *facts.File, text string) *extract.Score {
	t.Helper()
	read := func(string) ([]byte, error) { return []byte(text), nil }
	sc, err := extract.Evaluate(gold, read, extract.ExtractOptions{Register: testRegister(t)})
	if err != nil {
		t.Fatal(err)
	}
	return sc
}

// withEvidence is f with its evidence set to ev.
func withEvidence(f schema.Fact, ev string) schema.Fact { f.Evidence = ev; return f }

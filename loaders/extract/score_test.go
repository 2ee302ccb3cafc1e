package extract_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/loaders/extract"
	"github.com/telcograph/telcograph/schema"
)

func rel(r schema.Relation, a, b string) schema.Fact {
	return schema.Fact{Relation: r, Subject: schema.Mention{ID: a}, Object: schema.Mention{ID: b}}
}

func TestScoreArticle(t *testing.T) {
	gold := schema.Article{ID: "g",
		Facts: []schema.Fact{
			rel(schema.RelFoundingMember, "a", "x"),
			rel(schema.RelMemberOf, "b", "x"),
			rel(schema.RelPartnerOf, "a", "b"),
			{Relation: schema.RelJointVenture, Partners: []schema.Mention{{ID: "a"}, {ID: "b"}}},
		},
		HardNegatives: []schema.Fact{rel(schema.RelMemberOf, "c", "x"), rel(schema.RelFoundingMember, "b", "x")},
		Ambiguous:     []schema.Fact{rel(schema.RelLedBy, "x", "a")},
	}
	type result struct {
		Micro                  extract.Counts
		Hard, Wrong, Ambiguous int
	}
	tests := []struct {
		name string
		pred []schema.Fact
		want result
	}{
		{"memberOf for a gold foundingMember matches", []schema.Fact{rel(schema.RelMemberOf, "a", "x")},
			result{Micro: extract.Counts{TP: 1, FN: 3}}},
		{"memberOf and foundingMember of one pair count once", []schema.Fact{rel(schema.RelMemberOf, "a", "x"), rel(schema.RelFoundingMember, "a", "x")},
			result{Micro: extract.Counts{TP: 1, FN: 3}}},
		{"foundingMember for a gold memberOf: match, wrong specificity, hard negative", []schema.Fact{rel(schema.RelFoundingMember, "b", "x")},
			result{Micro: extract.Counts{TP: 1, FN: 3}, Wrong: 1, Hard: 1}},
		{"partnerOf order-free, JV partners as a set", []schema.Fact{rel(schema.RelPartnerOf, "b", "a"),
			{Relation: schema.RelJointVenture, Partners: []schema.Mention{{ID: "b"}, {ID: "a"}}}},
			result{Micro: extract.Counts{TP: 2, FN: 2}}},
		{"ambiguous neither rewards nor penalises", []schema.Fact{rel(schema.RelLedBy, "x", "a")},
			result{Micro: extract.Counts{FN: 4}, Ambiguous: 1}},
		{"hard negative is a false positive, also through foundingMember", []schema.Fact{rel(schema.RelFoundingMember, "c", "x")},
			result{Micro: extract.Counts{FP: 1, FN: 4}, Hard: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var sc extract.Score
			sc.ScoreArticle(gold, schema.Article{ID: "p", Facts: tt.pred})
			got := result{Micro: sc.Micro, Hard: sc.HardNegativesHit, Wrong: sc.WrongSpecificity, Ambiguous: sc.Ambiguous}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("score (-want +got):\n%s", diff)
			}
		})
	}
}

func TestScoreQualifiers(t *testing.T) {
	g := rel(schema.RelMemberOf, "a", "x")
	g.Since = schema.Date{Year: 2024, Month: 2, Precision: schema.PrecisionMonth}
	p := g
	p.Since = schema.Date{Year: 2024, Precision: schema.PrecisionYear}
	p.Modality = schema.Planned
	var sc extract.Score
	sc.ScoreArticle(schema.Article{Facts: []schema.Fact{g}}, schema.Article{Facts: []schema.Fact{p}})
	want := map[string]extract.QualifierCounts{
		"since": {Gold: 1, Predicted: 1}, "until": {}, "date": {}, "amount": {},
		"modality": {Gold: 1, Predicted: 1},
	}
	got := map[string]extract.QualifierCounts{}
	for k, v := range sc.Qualifiers {
		got[k] = *v
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("qualifiers (-want +got):\n%s", diff)
	}
}

// TestScoreGoldStatedTwice: a gold file that lists memberOf and
// foundingMember of one pair states one fact; a prediction of either
// finds it, and with none it is one miss.
func TestScoreGoldStatedTwice(t *testing.T) {
	gold := schema.Article{ID: "g", Facts: []schema.Fact{
		rel(schema.RelMemberOf, "a", "x"),
		rel(schema.RelFoundingMember, "a", "x"),
	}}
	for _, tt := range []struct {
		name string
		pred []schema.Fact
		want extract.Counts
	}{
		{"foundingMember predicted", []schema.Fact{rel(schema.RelFoundingMember, "a", "x")}, extract.Counts{TP: 1}},
		{"memberOf predicted", []schema.Fact{rel(schema.RelMemberOf, "a", "x")}, extract.Counts{TP: 1}},
		{"nothing predicted", nil, extract.Counts{FN: 1}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var sc extract.Score
			sc.ScoreArticle(gold, schema.Article{ID: "p", Facts: tt.pred})
			if diff := cmp.Diff(tt.want, sc.Micro); diff != "" {
				t.Errorf("score (-want +got):\n%s", diff)
			}
		})
	}
}

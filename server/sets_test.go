package server_test

import (
	"testing"

	"github.com/99designs/gqlgen/client"
	"github.com/google/go-cmp/cmp"
)

// TestSetQuestions asks the set questions of companies and
// commonAlliances on the bundled knowledge base, with their real answers.
func TestSetQuestions(t *testing.T) {
	c, _ := bundledClient(t)
	tests := []struct {
		name, query string
		want        []string
	}{
		{"in both GTAA and the K-AI Alliance: none (SK Telecom leads the K-AI Alliance, it is no member)",
			`{ x: companies(memberOfAll: ["gtaa", "k-ai-alliance"]) { totalCount edges { node { slug } } } }`, nil},
		{"in both GTAA and the O-RAN Alliance",
			`{ x: companies(memberOfAll: ["gtaa", "o-ran-alliance"]) { totalCount edges { node { slug } } } }`,
			[]string{"deutsche-telekom", "singtel", "sk-telecom"}},
		{"in GTAA or the K-AI Alliance",
			`{ x: companies(memberOfAny: ["gtaa", "k-ai-alliance"]) { totalCount edges { node { slug } } } }`,
			[]string{"bespin-global", "deutsche-telekom", "e-and", "konan-technology", "lablup", "moloco", "phantom-ai", "sapeon",
				"singtel", "sk-telecom", "softbank-corp", "softbank-group", "sweet-technologies", "tuat", "xl8"}},
		{"in GTAA and leading the K-AI Alliance",
			`{ x: companies(memberOfAll: ["gtaa"], ledAny: ["k-ai-alliance"]) { totalCount edges { node { slug } } } }`,
			[]string{"sk-telecom"}},
		{"with the older filters: in GTAA and Korean",
			`{ x: companies(memberOfAll: ["gtaa"], country: "KR") { totalCount edges { node { slug } } } }`,
			[]string{"sk-telecom"}},
		{"leading any of four alliances",
			`{ x: companies(ledAny: ["6g-next", "aina", "euro-3c", "hexa-x"]) { totalCount edges { node { slug } } } }`,
			[]string{"deutsche-telekom", "kt", "nokia", "telefonica"}},
		{"an empty list filters nothing",
			`{ x: companies(memberOf: "gtaa", memberOfAll: [], memberOfAny: []) { totalCount edges { node { slug } } } }`,
			[]string{"deutsche-telekom", "e-and", "singtel", "sk-telecom", "softbank-corp", "softbank-group"}},
		{"the alliances of two, as before",
			`{ x: commonAlliances(a: "sk-telecom", b: "deutsche-telekom") { totalCount edges { node { slug } } } }`,
			[]string{"gtaa", "open-telco-llm-benchmarks", "o-ran-alliance", "open-telco-ai"}},
		{"the alliances of three",
			`{ x: commonAlliances(slugs: ["sk-telecom", "deutsche-telekom", "singtel"]) { totalCount edges { node { slug } } } }`,
			[]string{"gtaa", "o-ran-alliance"}},
		{"the alliances of four, a and b with slugs",
			`{ x: commonAlliances(a: "sk-telecom", b: "deutsche-telekom", slugs: ["singtel", "softbank-corp"]) { totalCount edges { node { slug } } } }`,
			[]string{"gtaa"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var resp struct {
				X struct {
					TotalCount int
					Edges      []struct{ Node struct{ Slug string } }
				}
			}
			c.MustPost(tt.query, &resp)
			var got []string
			for _, e := range resp.X.Edges {
				got = append(got, e.Node.Slug)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if resp.X.TotalCount != len(tt.want) {
				t.Errorf("totalCount %d, want %d", resp.X.TotalCount, len(tt.want))
			}
		})
	}
}

// TestSetQuestionPages pages a set question four at a time: the pages
// join into the whole answer, each with the whole count.
func TestSetQuestionPages(t *testing.T) {
	c, _ := bundledClient(t)
	const q = `query($after: String) { companies(memberOfAny: ["gtaa", "k-ai-alliance"], first: 4, after: $after) {
		totalCount pageInfo { hasNextPage endCursor } edges { node { slug } } } }`
	var got []string
	var after *string
	for pages := 0; ; pages++ {
		var resp struct {
			Companies struct {
				TotalCount int
				PageInfo   struct {
					HasNextPage bool
					EndCursor   string
				}
				Edges []struct{ Node struct{ Slug string } }
			}
		}
		c.MustPost(q, &resp, client.Var("after", after))
		if resp.Companies.TotalCount != 15 || len(resp.Companies.Edges) > 4 {
			t.Fatalf("page %d: totalCount %d, %d edges; want 15 in all, at most 4 a page", pages, resp.Companies.TotalCount, len(resp.Companies.Edges))
		}
		for _, e := range resp.Companies.Edges {
			got = append(got, e.Node.Slug)
		}
		if !resp.Companies.PageInfo.HasNextPage {
			break
		}
		after = &resp.Companies.PageInfo.EndCursor
	}
	want := []string{"bespin-global", "deutsche-telekom", "e-and", "konan-technology", "lablup", "moloco", "phantom-ai", "sapeon",
		"singtel", "sk-telecom", "softbank-corp", "softbank-group", "sweet-technologies", "tuat", "xl8"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("pages joined (-want +got):\n%s", diff)
	}
}

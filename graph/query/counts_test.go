package query_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/graph/index"
	"github.com/telcograph/telcograph/graph/query"
	"github.com/telcograph/telcograph/loaders/facts"
	"github.com/telcograph/telcograph/schema"
)

// counted is an article that states a member count of Edge Forum, and
// that Acme is a member.
type counted struct {
	n               int    // the article's number, news.example/n
	published, date string // the article's date; the count's, "" for none
	count           int
}

// countsIndex is an index holding one source per article.
func countsIndex(t *testing.T, arts []counted) *index.Index {
	t.Helper()
	var b strings.Builder
	b.WriteString(`entities:
  acme: {name: Acme, type: company, surface_forms: [Acme]}
  edge-forum: {name: Edge Forum, type: alliance, surface_forms: [Edge Forum]}
articles:
`)
	for _, a := range arts {
		fmt.Fprintf(&b, `- id: a%d
  source: https://news.example/%d
  date: %s
  facts:
  - {id: a%d-01, rel: memberOf, member: {id: acme, text: Acme}, org: {id: edge-forum, text: Edge Forum}, evidence: "Acme is in Edge Forum."}
  - {id: a%d-02, rel: memberCount, org: {id: edge-forum, text: Edge Forum}, count: %d, evidence: "Edge Forum has %d members."`,
			a.n, a.n, a.published, a.n, a.n, a.count, a.count)
		if a.date != "" {
			fmt.Fprintf(&b, ", date: %s", a.date)
		}
		b.WriteString("}\n")
	}
	ff, err := facts.Read("counts.yaml", []byte(b.String()), facts.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	x := index.New()
	for _, a := range ff.Articles {
		replace(x, a.IRI(), facts.Quads(a, ff.Register))
	}
	return x
}

// TestStatedCounts orders the counts sources state, latest first, and
// groups those of one value and date.
func TestStatedCounts(t *testing.T) {
	tests := []struct {
		name string
		arts []counted
		want []string // value, date, source articles
	}{
		{"a later date first", []counted{{1, "2024-03-02", "2024-03", 12}, {2, "2025-01-10", "2025-01", 20}},
			[]string{"20 2025-01 [2]", "12 2024-03 [1]"}},
		{"the date stated, not the article's", []counted{{1, "2025-06-01", "2023", 12}, {2, "2024-01-10", "2024-01", 20}},
			[]string{"20 2024-01 [2]", "12 2023 [1]"}},
		{"a year ends after its months", []counted{{1, "2024-08-01", "2024-07", 12}, {2, "2025-01-10", "2024", 15}},
			[]string{"15 2024 [2]", "12 2024-07 [1]"}},
		{"an undated count is as of its article", []counted{{1, "2024-03-02", "2024-03", 12}, {2, "2023-05-01", "", 20}, {3, "2024-05-01", "", 14}},
			[]string{"14  [3]", "12 2024-03 [1]", "20  [2]"}},
		{"one value and date from two articles is one count", []counted{{1, "2024-03-02", "2024-03", 12}, {2, "2024-04-01", "2024-03", 12}},
			[]string{"12 2024-03 [1 2]"}},
		{"of one date, the one more articles state, then the larger", []counted{{1, "2024-03-02", "2024-03", 12}, {2, "2024-04-01", "2024-03", 12}, {3, "2024-04-02", "2024-03", 15}, {4, "2024-04-02", "2024-03", 11}},
			[]string{"12 2024-03 [1 2]", "15 2024-03 [3]", "11 2024-03 [4]"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := countsIndex(t, tt.arts)
			cs, err := query.StatedCounts(x, "edge-forum", schema.RelMemberCount)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, c := range cs {
				var urls []string
				for _, s := range c.Sources {
					urls = append(urls, strings.TrimPrefix(s.URL, "https://news.example/"))
				}
				got = append(got, fmt.Sprintf("%d %s %v", c.Value, c.Date, urls))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("stated counts (-want +got):\n%s", diff)
			}
			latest, ok, err := query.StatedMemberCount(x, "edge-forum")
			if err != nil || !ok || latest.Value != cs[0].Value || latest.Date != cs[0].Date {
				t.Errorf("StatedMemberCount = %d %s %v %v; want the first of StatedCounts", latest.Value, latest.Date, ok, err)
			}
		})
	}
}

// TestStatedCountsAreNoFacts: a stated count is neither a fact of Facts
// (by subject, by source or at all) nor an edge of its alliance.
func TestStatedCountsAreNoFacts(t *testing.T) {
	x := countsIndex(t, []counted{{1, "2024-03-02", "2024-03", 12}})
	for _, f := range []query.StatementFilter{{}, {Subject: "edge-forum"}, {Source: "https://news.example/1"}, {Object: "edge-forum"}} {
		p, err := query.Statements(x, f, whole)
		if err != nil {
			t.Fatal(err)
		}
		var rels []schema.Relation
		for _, s := range p.Items {
			rels = append(rels, s.Relation)
		}
		want := []schema.Relation{schema.RelMemberOf}
		if f.Subject == "edge-forum" {
			want = nil
		}
		if diff := cmp.Diff(want, rels); diff != "" {
			t.Errorf("facts %+v (-want +got):\n%s", f, diff)
		}
	}
	if ms := linksOf(t, x, "edge-forum", schema.RelMemberOf, query.In, schema.Date{}); len(ms) != 1 {
		t.Errorf("edge forum has %d members, want Acme alone", len(ms))
	}
}

func TestStatedCountsUnknown(t *testing.T) {
	x := countsIndex(t, []counted{{1, "2024-03-02", "2024-03", 12}})
	if _, err := query.StatedCounts(x, "no-such-alliance", schema.RelMemberCount); !errors.Is(err, schema.ErrNotFound) {
		t.Errorf("err = %v, want one wrapping schema.ErrNotFound", err)
	}
	if _, ok, err := query.StatedMemberCount(x, "acme"); ok || err != nil {
		t.Errorf("acme: ok %v, err %v; want no count and no error", ok, err)
	}
}

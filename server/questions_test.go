package server_test

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// TestResearchQuestions asks the questions researchers asked of the bundled
// graph (issue 18) and compares the answers with reviewed golden files.
func TestResearchQuestions(t *testing.T) {
	c, _ := bundledClient(t)
	tests := []struct{ name, query string }{
		{"stats_whole_graph", `{ stats { slug byRelation { relation count } byCountry { country { slug } count } byYear { year count } } }`},
		{"stats_foundings_by_year", `{ stats { byYear(relation: FOUNDED) { year count } } }`},
		{"stats_deutsche_telekom", `{ stats(slug: "deutsche-telekom") { slug byRelation { relation count } byCountry { country { slug } count } byYear(relation: PARTNER_OF) { year count } } }`},
		{"stats_unknown_slug", `{ stats(slug: "no-such-entity") { byRelation { count } } }`},
		{"people", `{ people(first: 5) { totalCount edges { node { slug name } degree } } }`},
		{"people_chairs", `{ people(relation: CHAIRMAN_OF, orderBy: DEGREE, first: 3) { totalCount edges { node { slug } degree } } }`},
		{"dt_partners_since_2023", `{ company(slug: "deutsche-telekom") { partners(from: "2023") { totalCount edges { node { slug } since start dateFrom sources { date } } } } }`},
		{"dt_partners_to_2022", `{ company(slug: "deutsche-telekom") { partners(to: "2022") { totalCount edges { node { slug } since start dateFrom } } } }`},
		{"dt_timeline_partners_to_2022", `{ timeline(slug: "deutsche-telekom", relations: [PARTNER_OF, FOUNDING_MEMBER], to: "2022") { totalCount edges { node { date kind relation from { slug } to { slug } } } } }`},
		{"gtaa_members_2023", `{ alliance(slug: "gtaa") { members(from: "2023-01", to: "2023-12") { totalCount edges { node { slug } since start dateFrom } } } }`},
		{"investments_to_2023", `{ facts(relation: INVESTED_IN, to: "2023") { totalCount edges { node { subject { slug } objects { slug } since date source { date } } } } }`},
		{"from_after_to", `{ company(slug: "deutsche-telekom") { partners(from: "2025", to: "2024") { totalCount } } }`},
		{"articles_text_softbank", `{ articles(text: "SoftBank", first: 5) { totalCount edges { score node { url title date } highlights { field fragment } } facets { publishers { value count } years { value count } relations { value count } } } }`},
		{"mentions_softbank_group", `{ mentions(slug: "softbank-group") { totalCount edges { via node { url title } } facets { years { value count } } } }`},
		{"articles_mentions_both_softbanks", `{ articles(mentions: ["softbank-group", "softbank-corp"]) { totalCount edges { via node { url title } } } }`},
		{"articles_published_2025", `{ articles(publishedFrom: "2025", publishedTo: "2025", first: 3) { totalCount edges { node { date title } } facets { years { value count } publishers { value count } } } }`},
		{"articles_phrase_ai_ran", `{ articles(text: "\"AI-RAN Alliance\"", first: 3) { totalCount edges { node { title } highlights { field fragment } } } }`},
		{"articles_prefix_tele", `{ articles(text: "tele*", first: 2) { totalCount edges { node { title } highlights { fragment } } } }`},
		{"articles_fullwidth_skt", `{ articles(text: "ＳＫＴ", first: 2) { totalCount edges { node { title } highlights { fragment } } } }`},
		{"articles_publisher", `{ articles(publisher: "KOREA JoongAng daily", first: 2) { totalCount edges { node { publisher title } } } }`},
		{"search_fullwidth_skt", `{ search(text: "ＳＫＴ", first: 1) { edges { node { slug } reason matched } } }`},
		{"mentions_unknown_slug", `{ mentions(slug: "no-such-entity") { totalCount } }`},
		{"articles_empty_text", `{ articles(text: " \" * ") { totalCount } }`},
		{"articles_too_many_words", `{ articles(text: "` + strings.Repeat("word ", 33) + `") { totalCount } }`},
		{"articles_too_many_mentions", `{ articles(mentions: [` + strings.Repeat(`"sk-telecom" `, 101) + `]) { totalCount } }`},
		{"countries", `{ countries(first: 100) { totalCount edges { node { slug name } } } }`},
		{"rapidus_founders", `{ company(slug: "rapidus") { founders { totalCount edges { node { slug name } date sources { publisher date } } } } person(slug: "david-ha") { companiesFounded { totalCount edges { node { slug } } } } stats { byRelation { relation count } } }`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, err := c.RawPost(tt.query)
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(resp, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden(t, filepath.Join("..", "testdata", "graphql", "questions", tt.name+".json"), string(got)+"\n")
		})
	}
}

// TestStatsAgreeWithLists checks the statistics against the lists they
// summarise: Deutsche Telekom's partnerships counted by relation and by year
// are its partners' totalCount (each dated, by since or by its articles),
// and the whole graph's countries sum to its HEADQUARTERED_IN links.
func TestStatsAgreeWithLists(t *testing.T) {
	c, _ := bundledClient(t)
	var resp struct {
		Company struct{ Partners struct{ TotalCount int } }
		Stats   struct {
			ByRelation []struct {
				Relation string
				Count    int
			}
			ByYear    []struct{ Count int }
			ByCountry []struct{ Count int }
		}
		All struct {
			ByRelation []struct {
				Relation string
				Count    int
			}
			ByCountry []struct{ Count int }
		}
	}
	c.MustPost(`{ company(slug: "deutsche-telekom") { partners { totalCount } }
		stats(slug: "deutsche-telekom") { byRelation { relation count } byYear(relation: PARTNER_OF) { count } }
		all: stats { byRelation { relation count } byCountry { count } } }`, &resp)
	count := func(rs []struct {
		Relation string
		Count    int
	}, rel string) int {
		for _, r := range rs {
			if r.Relation == rel {
				return r.Count
			}
		}
		return 0
	}
	sum := func(cs []struct{ Count int }) int {
		n := 0
		for _, c := range cs {
			n += c.Count
		}
		return n
	}
	partners := resp.Company.Partners.TotalCount
	if partners == 0 || count(resp.Stats.ByRelation, "PARTNER_OF") != partners || sum(resp.Stats.ByYear) != partners {
		t.Errorf("Deutsche Telekom: %d partners, stats %+v by year %+v", partners, resp.Stats.ByRelation, resp.Stats.ByYear)
	}
	if hq := count(resp.All.ByRelation, "HEADQUARTERED_IN"); hq == 0 || sum(resp.All.ByCountry) != hq {
		t.Errorf("countries sum to %d, want %d", sum(resp.All.ByCountry), hq)
	}
}

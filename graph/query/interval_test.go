package query_test

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/graph/query"
	"github.com/telcograph/telcograph/schema"
)

func date(t *testing.T, s string) schema.Date {
	t.Helper()
	if s == "" {
		return schema.Date{}
	}
	d, err := schema.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestStartAndHolds(t *testing.T) {
	tests := []struct {
		name                       string
		since, until, date, source string
		planned                    bool
		from, to                   string
		wantStart                  string
		wantFrom                   query.DateFrom
		wantHolds                  bool
	}{
		{name: "since inside", since: "2023-05", from: "2023", to: "2023", wantStart: "2023-05", wantFrom: query.FromSince, wantHolds: true},
		{name: "since after the interval", since: "2024-01", to: "2023", wantStart: "2024-01", wantFrom: query.FromSince},
		{name: "since in the last month", since: "2023-12", to: "2023-12-31", wantStart: "2023-12", wantFrom: query.FromSince, wantHolds: true},
		{name: "ended before", since: "2019", until: "2022", from: "2023", wantStart: "2019", wantFrom: query.FromSince},
		{name: "until the year holds through it", since: "2019", until: "2023", from: "2023-12", wantStart: "2019", wantFrom: query.FromSince, wantHolds: true},
		{name: "own date", date: "2024-03", source: "2025", to: "2024", wantStart: "2024-03", wantFrom: query.FromDate, wantHolds: true},
		{name: "source date when no since", source: "2025-02-01", to: "2024", wantStart: "2025-02-01", wantFrom: query.FromSource},
		{name: "source date inside", source: "2025-02-01", from: "2025", wantStart: "2025-02-01", wantFrom: query.FromSource, wantHolds: true},
		{name: "no date at all holds", from: "2020", to: "2021", wantFrom: query.FromNone, wantHolds: true},
		{name: "planned never holds", since: "2020", planned: true, from: "2020", wantStart: "2020", wantFrom: query.FromSince},
		{name: "open interval", since: "2030", wantStart: "2030", wantFrom: query.FromSince, wantHolds: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := schema.Link{Since: date(t, tt.since), Until: date(t, tt.until), Date: date(t, tt.date), Modality: schema.Asserted,
				Sources: []schema.Citation{{URL: "https://a.example/late", Date: date(t, "2026")}, {URL: "https://a.example/1", Date: date(t, tt.source)}}}
			if tt.planned {
				l.Modality = schema.Planned
			}
			if tt.source == "" {
				l.Sources = nil
			}
			start, from := query.Start(l)
			if start.String() != tt.wantStart || from != tt.wantFrom {
				t.Errorf("Start = %s, %d; want %s, %d", start, from, tt.wantStart, tt.wantFrom)
			}
			iv := query.Interval{From: date(t, tt.from), To: date(t, tt.to)}
			if got := iv.Holds(l); got != tt.wantHolds {
				t.Errorf("%+v.Holds = %v, want %v", iv, got, tt.wantHolds)
			}
		})
	}
}

func TestIntervalContains(t *testing.T) {
	tests := []struct {
		from, to, d string
		want        bool
	}{
		{"2025", "2025", "2025-06-01", true},
		{"2025", "", "2024-12", false},
		{"2025-01", "", "2025", true}, // the year overlaps January
		{"", "2024", "2025-01-01", false},
		{"", "", "", true},
		{"2024", "", "", false},
	}
	for _, tt := range tests {
		iv := query.Interval{From: date(t, tt.from), To: date(t, tt.to)}
		if got := iv.Contains(date(t, tt.d)); got != tt.want {
			t.Errorf("[%s, %s] contains %q = %v, want %v", tt.from, tt.to, tt.d, got, tt.want)
		}
	}
}

// TestStatsCorpus checks the tallies on the development corpus against
// counts made another way: every list's totalCount.
func TestStatsCorpus(t *testing.T) {
	x := corpusIndex(t)
	tally, err := query.Stats(context.Background(), x, "")
	if err != nil {
		t.Fatal(err)
	}
	// Every link counted by relation is one of the links some entity lists
	// (a symmetric link is listed at both its ends).
	want := map[schema.Relation]int{}
	for _, e := range query.Entities(x) {
		for _, spec := range schema.Relations() {
			if spec.Name == schema.RelFoundingMember || spec.Name == schema.RelFounded {
				continue
			}
			dir := query.Out
			for _, l := range linksOf(t, x, e.Slug, spec.Name, dir, schema.Date{}) {
				if l.Modality != schema.Planned {
					want[spec.Name]++
				}
			}
		}
		fs, _ := query.Founded(x, e.Slug)
		for _, f := range fs {
			if !f.Date.IsZero() {
				want[schema.RelFounded]++
			}
		}
	}
	want[schema.RelPartnerOf] /= 2
	got := map[schema.Relation]int{}
	for _, rc := range tally.ByRelation() {
		got[rc.Relation] = rc.Count
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("by relation (-want +got):\n%s", diff)
	}
	countries := 0
	for _, c := range tally.ByCountry() {
		countries += c.Count
	}
	if countries != got[schema.RelHeadquarteredIn] {
		t.Errorf("by country sums to %d, want the %d headquartered links", countries, got[schema.RelHeadquarteredIn])
	}
	if _, err := query.Stats(context.Background(), x, "no-such-entity"); err == nil {
		t.Error("stats of an unknown slug: no error")
	}
}

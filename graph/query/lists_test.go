package query_test

import (
	"context"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/graph/query"
	"github.com/telcograph/telcograph/schema"
)

func TestMembersAsOf(t *testing.T) {
	x := corpusIndex(t)
	day := func(y, m, d int) schema.Date {
		return schema.Date{Year: y, Month: m, Day: d, Precision: schema.PrecisionDay}
	}
	tests := []struct {
		asOf schema.Date
		want int
	}{
		{day(2023, 1, 31), 0},
		{day(2023, 2, 1), 7},
		{day(2024, 6, 30), 7},
		{day(2024, 7, 15), 9},
		{schema.Date{Year: 2024, Month: 7, Precision: schema.PrecisionMonth}, 9},
	}
	for _, tt := range tests {
		ms := linksOf(t, x, "k-ai-alliance", schema.RelMemberOf, query.In, tt.asOf)
		if len(ms) != tt.want {
			t.Errorf("as of %s: %d members, want %d", tt.asOf, len(ms), tt.want)
		}
	}
}

func TestTimelineAndCounts(t *testing.T) {
	x := corpusIndex(t)
	ctx := context.Background()
	ev, err := query.Timeline(x, "k-ai-alliance", whole)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range ev.Items {
		got = append(got, e.Date.String()+" "+e.Kind)
	}
	if len(got) < 3 || got[0] != "2023-02 founded" || got[len(got)-1] != "2024-07 start" {
		t.Errorf("timeline %v: want the founding first and the 2024-07 joins last", got)
	}
	counts, err := query.CountAll(ctx, x)
	if err != nil {
		t.Fatal(err)
	}
	list := func(opt query.ListOptions) []query.Ranked {
		t.Helper()
		p, err := query.List(ctx, x, counts, opt, whole)
		if err != nil {
			t.Fatal(err)
		}
		return p.Items
	}
	top := list(query.ListOptions{Types: []schema.EntityType{schema.TypeAlliance}, OrderBy: query.ByMembers})
	if top[0].Entity.Slug != "k-ai-alliance" || top[0].Members != 9 {
		t.Errorf("largest alliance %s with %d members, want k-ai-alliance with 9", top[0].Entity.Slug, top[0].Members)
	}
	if big := list(query.ListOptions{Types: []schema.EntityType{schema.TypeAlliance}, MinMembers: 5}); len(big) != 2 {
		t.Errorf("alliances with at least 5 members: %d, want 2 (K-AI, GTAA)", len(big))
	}
	common, err := query.CommonAlliances(x, counts, []string{"singtel", "deutsche-telekom"}, whole)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"gtaa"}, rankedSlugs(common.Items)); diff != "" {
		t.Errorf("common alliances (-want +got):\n%s", diff)
	}
	if common.Items[0].Members != counts["gtaa"].Members || common.Items[0].Members == 0 {
		t.Errorf("common alliance gtaa has %d members, want its count %d", common.Items[0].Members, counts["gtaa"].Members)
	}
	co, err := query.CoMembers(ctx, x, "singtel", whole)
	if err != nil {
		t.Fatal(err)
	}
	if co.Total != 4 {
		t.Errorf("singtel co-members: %d, want 4 (DT, e&, SKT, SoftBank Group)", co.Total)
	}
	if kr := list(query.ListOptions{Country: "KR", Types: []schema.EntityType{schema.TypeCompany}}); len(kr) != 5 {
		t.Errorf("companies attributed to KR: %d, want 5", len(kr))
	}
}

func rankedSlugs(rs []query.Ranked) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.Entity.Slug)
	}
	return out
}

// TestListSets asks List's set questions of the development corpus: GTAA
// has five members (SK Telecom, Deutsche Telekom, e&, Singtel, SoftBank
// Group) and SK Telecom leads it; the K-AI Alliance's nine members are
// Korean start-ups, and SK Telecom leads it too.
func TestListSets(t *testing.T) {
	x := corpusIndex(t)
	counts, err := query.CountAll(context.Background(), x)
	if err != nil {
		t.Fatal(err)
	}
	companies := []schema.EntityType{schema.TypeCompany}
	gtaa := []string{"deutsche-telekom", "e-and", "singtel", "sk-telecom", "softbank-group"}
	tests := []struct {
		name string
		opt  query.ListOptions
		want []string
	}{
		{"members of every one", query.ListOptions{MemberOfAll: []string{"gtaa", "k-ai-alliance"}}, nil},
		{"members of every one of one", query.ListOptions{MemberOfAll: []string{"gtaa"}}, gtaa},
		{"members of any", query.ListOptions{MemberOfAny: []string{"gtaa", "k-ai-alliance"}}, []string{
			"bespin-global", "deutsche-telekom", "e-and", "konan-technology", "lablup", "moloco", "phantom-ai", "sapeon", "singtel", "sk-telecom",
			"softbank-group", "sweet-technologies", "tuat", "xl8"}},
		{"leaders of any", query.ListOptions{LedAny: []string{"gtaa", "k-ai-alliance"}}, []string{"sk-telecom"}},
		{"leaders of an alliance without one", query.ListOptions{LedAny: []string{"ai-ran-alliance"}}, nil},
		{"every filter at once", query.ListOptions{MemberOfAll: []string{"gtaa"}, MemberOfAny: []string{"gtaa", "ai-ran-alliance"},
			LedAny: []string{"k-ai-alliance"}, Country: "KR"}, []string{"sk-telecom"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.opt.Types = companies
			p, err := query.List(context.Background(), x, counts, tt.opt, whole)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, rankedSlugs(p.Items)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
	for _, opt := range []query.ListOptions{{MemberOfAll: []string{"gtaa", "nope"}}, {MemberOfAny: []string{"nope"}}, {LedAny: []string{"nope"}}} {
		if _, err := query.List(context.Background(), x, counts, opt, whole); !errors.Is(err, schema.ErrNotFound) {
			t.Errorf("%+v: err %v, want one wrapping schema.ErrNotFound", opt, err)
		}
	}
	if _, err := query.CommonAlliances(x, counts, []string{"singtel", "nope"}, whole); !errors.Is(err, schema.ErrNotFound) {
		t.Errorf("common alliances with an unknown slug: err %v, want one wrapping schema.ErrNotFound", err)
	}
	three, err := query.CommonAlliances(x, counts, []string{"singtel", "deutsche-telekom", "sk-telecom"}, whole)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"gtaa"}, rankedSlugs(three.Items)); diff != "" {
		t.Errorf("common alliances of three (-want +got):\n%s", diff)
	}
}

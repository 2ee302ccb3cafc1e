package loadtest_test

import (
	"fmt"
	"testing"

	"github.com/telcograph/telcograph/loaders/synth"
	"github.com/telcograph/telcograph/schema"
)

// fixture is a graph small enough to know every answer by hand:
//
//	Open RAN Alliance (founded 2019): Nova Telecom (since 2020-03 in one
//	article, 2020 in the other), Sky Labs (founding, no date of its own).
//	Edge Forum: Astra Mobile (since 2021), Nova Telecom (since 2022-05-01).
//	Zeta AI partners Orbit Cloud and Astra Mobile; Anna Kim is Orbit
//	Cloud's CEO; Sky Labs and Orbit Cloud have a joint venture.
//
// So Nova Telecom's co-members are Astra Mobile and Sky Labs (one alliance
// each), and Nova Telecom is 4 hops from Orbit Cloud (through Edge Forum,
// Astra Mobile and Zeta AI, or Open RAN Alliance, Sky Labs and the venture).
func fixture(t *testing.T) *synth.Graph {
	t.Helper()
	reg := &schema.Register{}
	for _, e := range []schema.Entity{
		{Slug: "open-ran-alliance", Name: "Open RAN Alliance", Type: schema.TypeAlliance},
		{Slug: "edge-forum", Name: "Edge Forum", Type: schema.TypeAlliance},
		{Slug: "nova-telecom", Name: "Nova Telecom", Type: schema.TypeCompany, Aliases: []string{"Nova Telecom Inc."}},
		{Slug: "sky-labs", Name: "Sky Labs", Type: schema.TypeCompany},
		{Slug: "astra-mobile", Name: "Astra Mobile", Type: schema.TypeCompany},
		{Slug: "zeta-ai", Name: "Zeta AI", Type: schema.TypeCompany},
		{Slug: "orbit-cloud", Name: "Orbit Cloud", Type: schema.TypeCompany},
		{Slug: "anna-kim", Name: "Anna Kim", Type: schema.TypePerson},
	} {
		if err := reg.Add(e); err != nil {
			t.Fatal(err)
		}
	}
	fact := func(id string, rel schema.Relation, s, o, since, evidence string) schema.Fact {
		f := schema.Fact{ID: id, Relation: rel, Subject: schema.Mention{ID: s}, Object: schema.Mention{ID: o}, Evidence: evidence}
		if since != "" {
			f.Since = date(t, since)
		}
		return f
	}
	founded := fact("f3", schema.RelFounded, "open-ran-alliance", "", "", "The alliance was founded in 2019.")
	founded.Date = date(t, "2019")
	jv := schema.Fact{ID: "f5", Relation: schema.RelJointVenture, Partners: []schema.Mention{{ID: "sky-labs"}, {ID: "orbit-cloud"}},
		Evidence: "Sky Labs and Orbit Cloud set up a venture."}
	g := &synth.Graph{Register: reg, Articles: []schema.Article{
		{ID: "a1", URL: "https://news.example/1", Title: "One", Date: date(t, "2023-01-02"), Facts: []schema.Fact{
			fact("f1", schema.RelMemberOf, "nova-telecom", "open-ran-alliance", "2020-03", "Nova Telecom joined in March 2020."),
			fact("f2", schema.RelFoundingMember, "sky-labs", "open-ran-alliance", "", "Sky Labs founded the alliance."),
			founded,
			fact("f4", schema.RelMemberOf, "astra-mobile", "edge-forum", "2021", "Astra Mobile is in Edge Forum."),
			fact("f5", schema.RelMemberOf, "nova-telecom", "edge-forum", "2022-05-01", "Nova Telecom joined Edge Forum."),
		}},
		{ID: "a2", URL: "https://news.example/2", Title: "Two", Date: date(t, "2023-02"), Facts: []schema.Fact{
			fact("f1", schema.RelMemberOf, "nova-telecom", "open-ran-alliance", "2020", "Nova Telecom has been a member since 2020."),
			fact("f2", schema.RelPartnerOf, "zeta-ai", "orbit-cloud", "", "Zeta AI partners Orbit Cloud."),
			fact("f3", schema.RelCEOOf, "anna-kim", "orbit-cloud", "", "Anna Kim runs Orbit Cloud."),
			fact("f4", schema.RelPartnerOf, "astra-mobile", "zeta-ai", "", "Astra Mobile partners Zeta AI."),
			jv,
		}},
	}}
	g.Quads = len(g.QuadsOf())
	return g
}

func date(t *testing.T, s string) schema.Date {
	t.Helper()
	d, err := schema.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// schemaCompany is a company named by its slug.
func schemaCompany(slug string) schema.Entity {
	return schema.Entity{Slug: slug, Name: slug, Type: schema.TypeCompany}
}

// memberFact is the i-th fact of an article: member joined alliance.
func memberFact(i int, member, alliance string) schema.Fact {
	return schema.Fact{ID: fmt.Sprintf("f%d", i), Relation: schema.RelMemberOf, Subject: schema.Mention{ID: member},
		Object: schema.Mention{ID: alliance}, Evidence: member + " joined."}
}

package extract

import (
	"testing"

	"github.com/telcograph/telcograph/schema"
)

// TestSpuriousKind: a spurious prediction is told apart by what the gold
// says of its entities.
func TestSpuriousKind(t *testing.T) {
	f := func(r schema.Relation, a, b string) schema.Fact {
		return schema.Fact{Relation: r, Subject: schema.Mention{ID: a}, Object: schema.Mention{ID: b}}
	}
	gold := schema.Article{Facts: []schema.Fact{
		f(schema.RelInvestedIn, "acme", "bor"),
		f(schema.RelHeadquarteredIn, "acme", "FR"),
		f(schema.RelCEOOf, "zoe", "bor"),
		f(schema.RelMemberOf, "acme", "forum"),
		f(schema.RelHeadquarteredIn, "cyan", "DE"),
	}}
	for _, c := range []struct {
		p    schema.Fact
		want string
	}{
		{f(schema.RelPartnerOf, "bor", "acme"), SpurOtherRelation},
		{f(schema.RelInvestedIn, "bor", "acme"), SpurReversed},
		{f(schema.RelHeadquarteredIn, "acme", "DE"), SpurWrongObject},
		{f(schema.RelCEOOf, "yan", "bor"), SpurWrongSubject},
		{f(schema.RelPartnerOf, "acme", "cyan"), SpurUnrelatedPair},
		{f(schema.RelPartnerOf, "acme", "dune"), SpurUnknownEntity},
	} {
		if got := spuriousKind(c.p, gold); got != c.want {
			t.Errorf("spuriousKind(%s(%s,%s)) = %q, want %q", c.p.Relation, c.p.Subject.ID, c.p.Object.ID, got, c.want)
		}
	}
}

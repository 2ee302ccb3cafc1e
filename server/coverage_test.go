package server_test

import (
	"fmt"
	"os"
	"testing"

	"github.com/telcograph/telcograph/loaders/facts"
	"github.com/telcograph/telcograph/schema"
)

// TestSeedCoverage asks the GraphQL API, through the field a user would use,
// for every gold fact of article 00 (the seed story) and finds it with the
// gold evidence sentence among its sources.
func TestSeedCoverage(t *testing.T) {
	c, _ := newClient(t)
	b, err := os.ReadFile("../testdata/corpus/gold.yaml")
	if err != nil {
		t.Fatal(err)
	}
	ff, err := facts.Read("gold.yaml", b, facts.ReadOptions{Lenient: true})
	if err != nil {
		t.Fatal(err)
	}
	var seed schema.Article
	for _, a := range ff.Articles {
		if a.ID == "00" {
			seed = a
		}
	}
	if len(seed.Facts) != 25 {
		t.Fatalf("article 00 has %d gold facts, want 25", len(seed.Facts))
	}

	type edge struct {
		Relation, Role string
		Node           struct{ Slug string }
		Sources        []struct{ URL, Evidence string }
	}
	type conn struct{ Edges []edge }
	// find reports whether an edge to slug (with role, when given) has the
	// seed's evidence.
	find := func(c conn, slug, role string, evidence string) bool {
		for _, e := range c.Edges {
			if e.Node.Slug != slug || (role != "" && e.Role != role) {
				continue
			}
			for _, s := range e.Sources {
				if s.URL == seed.URL && s.Evidence == evidence {
					return true
				}
			}
		}
		return false
	}
	const edgeFields = `edges { relation role node { slug } sources { url evidence } }`

	for _, f := range seed.Facts {
		t.Run(f.ID, func(t *testing.T) {
			found := false
			switch f.Relation {
			case schema.RelMemberOf, schema.RelFoundingMember:
				var resp struct{ Alliance struct{ Members conn } }
				c.MustPost(fmt.Sprintf(`{ alliance(slug: %q) { members { %s } } }`, f.Object.ID, edgeFields), &resp)
				role := "MEMBER"
				if f.Relation == schema.RelFoundingMember {
					role = "FOUNDING_MEMBER"
				}
				found = find(resp.Alliance.Members, f.Subject.ID, role, f.Evidence)
			case schema.RelLedBy:
				var resp struct{ Alliance struct{ Leaders conn } }
				c.MustPost(fmt.Sprintf(`{ alliance(slug: %q) { leaders { %s } } }`, f.Subject.ID, edgeFields), &resp)
				found = find(resp.Alliance.Leaders, f.Object.ID, "", f.Evidence)
			case schema.RelHeadquarteredIn:
				var resp struct{ Country struct{ Organizations conn } }
				c.MustPost(fmt.Sprintf(`{ country(slug: %q) { organizations { %s } } }`, f.Object.ID, edgeFields), &resp)
				found = find(resp.Country.Organizations, f.Subject.ID, "", f.Evidence)
			case schema.RelCEOOf:
				var resp struct{ Company struct{ People conn } }
				c.MustPost(fmt.Sprintf(`{ company(slug: %q) { people { %s } } }`, f.Object.ID, edgeFields), &resp)
				found = find(resp.Company.People, f.Subject.ID, "", f.Evidence)
			case schema.RelFounded:
				var resp struct {
					Entity struct {
						Foundings []struct {
							Date    string
							Sources []struct{ URL, Evidence string }
						}
					}
				}
				c.MustPost(fmt.Sprintf(`{ entity(slug: %q) { ... on Alliance { foundings { date sources { url evidence } } } } }`, f.Subject.ID), &resp)
				for _, fd := range resp.Entity.Foundings {
					for _, s := range fd.Sources {
						found = found || (fd.Date == f.Date.String() && s.URL == seed.URL && s.Evidence == f.Evidence)
					}
				}
			case schema.RelJointVenture:
				// Every partner's jointVentures lists a venture whose
				// partners are all of the fact's partners.
				for _, p := range f.Partners {
					var resp struct {
						Company struct {
							JointVentures struct {
								Edges []struct {
									Node struct {
										Partners struct{ Edges []edge }
									}
									Sources []struct{ URL, Evidence string }
								}
							}
						}
					}
					c.MustPost(fmt.Sprintf(`{ company(slug: %q) { jointVentures { edges { sources { url evidence }
						node { ... on JointVenture { partners { edges { node { slug } } } } } } } } }`, p.ID), &resp)
					ok := false
					for _, jv := range resp.Company.JointVentures.Edges {
						partners := map[string]bool{}
						for _, e := range jv.Node.Partners.Edges {
							partners[e.Node.Slug] = true
						}
						all := len(partners) == len(f.Partners)
						for _, q := range f.Partners {
							all = all && partners[q.ID]
						}
						for _, s := range jv.Sources {
							ok = ok || (all && s.URL == seed.URL && s.Evidence == f.Evidence)
						}
					}
					if !ok {
						t.Errorf("partner %s: no joint venture with all %d partners and the evidence", p.ID, len(f.Partners))
					}
				}
				return
			default:
				t.Fatalf("no check for relation %s", f.Relation)
			}
			if !found {
				t.Errorf("%s %v not found with evidence %q", f.Relation, f, f.Evidence)
			}
		})
	}
}

// Package synth generates synthetic article facts for benchmarks and load
// tests: companies, alliances with power-law sizes, people, partnerships,
// joint ventures, investments and dated memberships, spread over articles of
// about twenty facts, deterministic for a seed. Names are built from
// realistic tokens, so name search meets near-misses ("Nova Telecom", "Nova
// Telecoms", "Novatel").
package synth

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/telcograph/telcograph/loaders/facts"
	"github.com/telcograph/telcograph/schema"
)

var (
	stems = []string{"Nova", "Tele", "Sky", "Blue", "Star", "Orbit", "Vertex", "Pulse", "Astra", "Hyper", "Quantum",
		"Zen", "Polar", "Delta", "Omni", "Terra", "Luma", "Apex", "Core", "Nexus", "Vega", "Iris", "Atlas", "Echo",
		"Sol", "Aero", "Cyan", "Opti", "Maxi", "Neo", "Ultra", "Prime", "Meta", "Giga", "Helio", "Kinet", "Lyra",
		"Mira", "Nimbus", "Onyx", "Pico", "Radi", "Sigma", "Tera", "Uni", "Volt", "Wave", "Xeno", "Yotta", "Zeta"}
	suffixes  = []string{"Telecom", "Telecoms", "Networks", "Mobile", "AI", "Labs", "Systems", "Group", "Communications", "Wireless", "Digital", "Cloud", "Robotics", "Data", "Semiconductor"}
	legal     = []string{"", "", "", " Inc.", " Corp.", " Co.", " AG", " SA", " Ltd."}
	allyWords = []string{"Open", "Global", "Telco", "AI", "Edge", "RAN", "6G", "Cloud", "Network", "Data", "Trust", "Green", "Mobile", "Future", "Sovereign"}
	allyKinds = []string{"Alliance", "Forum", "Consortium", "Initiative", "Foundation", "Coalition"}
	given     = []string{"Min-jun", "Ji-woo", "Hiroshi", "Yuki", "Anna", "Lukas", "Sofia", "Mateo", "Priya", "Arjun", "Chen", "Wei", "Fatima", "Omar", "Elena", "Marco", "Sarah", "David", "Ingrid", "Lars"}
	family    = []string{"Kim", "Lee", "Park", "Tanaka", "Sato", "Müller", "Schmidt", "García", "Rossi", "Sharma", "Patel", "Wang", "Zhang", "Haddad", "Novak", "Dubois", "Smith", "Jones", "Larsen", "Berg"}
	countries = []string{"KR", "JP", "DE", "FR", "US", "GB", "SG", "AE", "IN", "CN", "ES", "IT", "SE", "FI", "NL"}
)

// Graph is a generated knowledge graph: its entity register and articles.
type Graph struct {
	Register *schema.Register
	Articles []schema.Article
	Quads    int // quads the articles produce
}

// Options size the graph.
type Options struct {
	Quads int    // stop once the articles produce at least this many quads
	Seed  uint64 // same seed, same graph
}

// Generate builds a graph of about opt.Quads quads.
func Generate(opt Options) *Graph {
	rng := rand.New(rand.NewPCG(opt.Seed, opt.Seed^0x9e3779b97f4a7c15))
	g := &gen{rng: rng, reg: &schema.Register{}, used: map[string]bool{}, stated: map[[3]string]bool{}}
	for _, c := range countries {
		g.reg.Add(schema.Entity{Slug: c, Name: c, Type: schema.TypeCountry})
	}
	// Entities grow with the graph: about one company per 60 quads, one
	// alliance per 40 companies, one person per 3 companies.
	scale := max(opt.Quads/60, 20)
	for i := 0; i < scale; i++ {
		g.companies = append(g.companies, g.newCompany())
	}
	for i := 0; i < max(scale/40, 3); i++ {
		g.alliances = append(g.alliances, g.newAlliance())
	}
	for i := 0; i < max(scale/3, 5); i++ {
		g.people = append(g.people, g.newPerson())
	}
	out := &Graph{Register: g.reg}
	for n := 0; out.Quads < opt.Quads; n++ {
		a := g.article(n)
		out.Quads += len(facts.Quads(a, g.reg))
		out.Articles = append(out.Articles, a)
	}
	return out
}

// QuadsOf returns every quad of the graph, article by article.
func (g *Graph) QuadsOf() []quad.Quad {
	out := make([]quad.Quad, 0, g.Quads)
	for _, a := range g.Articles {
		out = append(out, facts.Quads(a, g.Register)...)
	}
	return out
}

type gen struct {
	rng                          *rand.Rand
	reg                          *schema.Register
	used                         map[string]bool
	companies, alliances, people []string
	stated                       map[[3]string]bool // facts already stated, by relation and ids
}

// unique registers e under a slug made unique by a numeric suffix.
func (g *gen) unique(e schema.Entity) string {
	base := facts.Slugify(e.Name)
	slug := base
	for i := 2; g.used[slug]; i++ {
		slug = fmt.Sprintf("%s-%d", base, i)
		e.Name = fmt.Sprintf("%s %d", strings.TrimSuffix(e.Name, "."), i)
	}
	g.used[slug] = true
	e.Slug = slug
	g.reg.Add(e)
	return slug
}

func (g *gen) pick(list []string) string { return list[g.rng.IntN(len(list))] }

func (g *gen) newCompany() string {
	name := g.pick(stems) + " " + g.pick(suffixes)
	if g.rng.IntN(4) == 0 {
		name = g.pick(stems) + strings.ToLower(g.pick(stems)) + " " + g.pick(suffixes)
	}
	e := schema.Entity{Name: name, Type: schema.TypeCompany}
	if l := g.pick(legal); l != "" {
		e.Aliases = append(e.Aliases, name+l)
	}
	if ws := strings.Fields(name); len(ws) > 1 && g.rng.IntN(3) == 0 {
		var acr strings.Builder
		for _, w := range ws {
			acr.WriteByte(w[0])
		}
		e.Aliases = append(e.Aliases, strings.ToUpper(acr.String()))
	}
	return g.unique(e)
}

func (g *gen) newAlliance() string {
	name := g.pick(allyWords) + " " + g.pick(allyWords) + " " + g.pick(allyKinds)
	return g.unique(schema.Entity{Name: name, Type: schema.TypeAlliance})
}

func (g *gen) newPerson() string {
	return g.unique(schema.Entity{Name: g.pick(given) + " " + g.pick(family), Type: schema.TypePerson})
}

// zipf picks an index in [0, n) with a power-law bias towards 0, so a few
// alliances are large and a few companies very connected.
func (g *gen) zipf(n int) int {
	return min(int(math.Floor(math.Pow(g.rng.Float64(), 2.5)*float64(n))), n-1)
}

func (g *gen) date() schema.Date {
	d := schema.Date{Year: 2015 + g.rng.IntN(11), Precision: schema.Precision(1 + g.rng.IntN(3))}
	if d.Precision >= schema.PrecisionMonth {
		d.Month = 1 + g.rng.IntN(12)
	}
	if d.Precision == schema.PrecisionDay {
		d.Day = 1 + g.rng.IntN(28)
	}
	return d
}

// article makes the n-th article: about twenty facts of mixed relations.
func (g *gen) article(n int) schema.Article {
	a := schema.Article{
		ID: fmt.Sprintf("s%06d", n), URL: fmt.Sprintf("https://news.example/%06d", n),
		Title: fmt.Sprintf("Synthetic story %d", n), Publisher: "Synthetic Wire", Date: g.date(),
	}
	for i := 0; i < 16+g.rng.IntN(9); i++ {
		a.Facts = append(a.Facts, g.fact(len(a.Facts)))
	}
	return a
}

func (g *gen) fact(i int) schema.Fact {
	c := g.companies[g.zipf(len(g.companies))]
	f := schema.Fact{ID: fmt.Sprintf("f%d", i), Subject: schema.Mention{ID: c}}
	switch r := g.rng.IntN(100); {
	case r < 45:
		f.Relation = schema.RelMemberOf
		f.Object = schema.Mention{ID: g.alliances[g.zipf(len(g.alliances))]}
		f.Since = g.date()
		if g.rng.IntN(5) == 0 {
			f.Relation = schema.RelFoundingMember
			f.Since = schema.Date{}
		}
	case r < 62:
		f.Relation = schema.RelPartnerOf
		f.Object = schema.Mention{ID: g.companies[g.rng.IntN(len(g.companies))]}
		f.Topic = "joint work on " + strings.ToLower(g.pick(allyWords)) + " networks"
	case r < 72:
		f.Relation = schema.RelInvestedIn
		f.Object = schema.Mention{ID: g.companies[g.rng.IntN(len(g.companies))]}
		f.Amount = fmt.Sprintf("$%d million", 5+g.rng.IntN(500))
		f.Date = g.date()
	case r < 80:
		f.Relation = schema.RelCEOOf
		f.Subject, f.Object = schema.Mention{ID: g.people[g.rng.IntN(len(g.people))]}, schema.Mention{ID: c}
	case r < 84:
		f.Relation = schema.RelChairmanOf
		f.Subject, f.Object = schema.Mention{ID: g.people[g.rng.IntN(len(g.people))]}, schema.Mention{ID: g.alliances[g.rng.IntN(len(g.alliances))]}
	case r < 88:
		f.Relation = schema.RelLedBy
		f.Subject, f.Object = schema.Mention{ID: g.alliances[g.rng.IntN(len(g.alliances))]}, schema.Mention{ID: c}
	case r < 92:
		f.Relation = schema.RelJointVenture
		f.Subject = schema.Mention{}
		f.Partners = []schema.Mention{{ID: c}, {ID: g.companies[g.rng.IntN(len(g.companies))]}}
		f.Purpose = "develop " + strings.ToLower(g.pick(allyWords)) + " services"
		if f.Partners[0].ID == f.Partners[1].ID {
			return g.fact(i)
		}
	case r < 96:
		f.Relation = schema.RelHeadquarteredIn
		f.Object = schema.Mention{ID: g.pick(countries)}
	default:
		f.Relation = schema.RelFounded
		f.Subject = schema.Mention{ID: g.alliances[g.rng.IntN(len(g.alliances))]}
		f.Date = g.date()
	}
	if f.Object.ID == f.Subject.ID && f.Object.ID != "" {
		return g.fact(i)
	}
	// Most facts are news once: a fact already stated gets a second source
	// only now and then, as in real coverage (1-3 sources an edge).
	key := [3]string{string(f.Relation), f.Subject.ID, f.Object.ID}
	if f.Relation == schema.RelJointVenture {
		key[1], key[2] = f.Partners[0].ID, f.Partners[1].ID
	}
	if g.stated[key] && g.rng.IntN(10) != 0 {
		return g.fact(i)
	}
	g.stated[key] = true
	f.Evidence = fmt.Sprintf("Synthetic sentence %d states that %s %s %s.", i, f.Subject.ID, f.Relation, f.Object.ID)
	f.Extractor, f.Confidence = "synth", 0.9
	return f
}

package server_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"
	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/data"
	"github.com/telcograph/telcograph/graph"
	"github.com/telcograph/telcograph/loaders/facts"
	"github.com/telcograph/telcograph/schema"
	"github.com/telcograph/telcograph/server"
)

// Articles of the bundled knowledge base the tests below name.
const (
	seedURL = "https://openkorea.org/feeds/sk-telecom-accelerates-ai-push-via-alliance-with-more-partners" // data/articles.yaml 00
	mecURL  = "https://m-en.yna.co.kr/view/AEN20200113008900320"                                           // data/kb/kb1.yaml kb1-01
	kaiURL  = "https://etnews.com/20230228000144"                                                          // data/kb/kb1.yaml kb1-06
)

// bundledClient is gqlgen's test client over a server holding the whole
// bundled knowledge base, as serve loads it.
func bundledClient(t *testing.T) (*client.Client, http.Handler) {
	t.Helper()
	c, h, _ := bundledServer(t)
	return c, h
}

// bundledServer is bundledClient with its store.
func bundledServer(t *testing.T) (*client.Client, http.Handler, *graph.Store) {
	t.Helper()
	st := bundledStore(t)
	h := server.New(st, server.Config{})
	c := client.New(h)
	c.SetCustomTarget("/graphql")
	return c, h, st
}

type kindOf struct{ URL, EvidenceKind string }

// TestSourceEvidenceKind asks for sources' evidence kinds: the bundled
// knowledge base paraphrases third-party articles (data/kb), and quotes the
// development corpus, whose texts it keeps (data/articles.yaml).
func TestSourceEvidenceKind(t *testing.T) {
	c, _ := bundledClient(t)
	tests := []struct {
		name, member, alliance string
		want                   []kindOf
	}{
		{"a kb fact paraphrases", "pccw-global", "global-mec-task-force", []kindOf{{mecURL, "PARAPHRASE"}, {"https://www.convergedigest.com/2020/01/sk-telecom-shares-5g-mec-insights.html", "PARAPHRASE"}}},
		{"a corpus fact quotes", "lablup", "k-ai-alliance", []kindOf{{seedURL, "QUOTE"}}},
		{"one edge, one source of each kind", "phantom-ai", "k-ai-alliance", []kindOf{{kaiURL, "PARAPHRASE"}, {seedURL, "QUOTE"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var resp struct {
				Alliance struct {
					Members struct {
						Edges []struct {
							Node    struct{ Slug string }
							Sources []kindOf
						}
					}
				}
			}
			c.MustPost(`query($a: String!) { alliance(slug: $a) { members { edges { node { slug } sources { url evidenceKind } } } } }`,
				&resp, client.Var("a", tt.alliance))
			var got []kindOf
			for _, e := range resp.Alliance.Members.Edges {
				if e.Node.Slug == tt.member {
					got = e.Sources
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("sources of %s in %s (-want +got):\n%s", tt.member, tt.alliance, diff)
			}
		})
	}
}

// bundledArticles reads every bundled article-facts file, each file's facts
// checked against the register and every file's entities.
func bundledArticles(t *testing.T) []schema.Article {
	t.Helper()
	regBytes, _ := data.FS.ReadFile(data.Register)
	reg, err := facts.ReadRegister(data.Register, regBytes)
	if err != nil {
		t.Fatal(err)
	}
	var out []schema.Article
	for _, name := range data.FactsFiles() {
		b, _ := data.FS.ReadFile(name)
		ff, err := facts.Read(name, b, facts.ReadOptions{Register: reg, Lenient: true})
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, ff.Articles...)
	}
	return out
}

// TestEvidenceIsQuotedOrParaphrased walks every bundled fact: its evidence
// is either found verbatim in the article's text, which the development
// corpus keeps (testdata/corpus/articles), or marked a paraphrase. Then it
// walks every fact the API serves and finds it with the same evidence and
// kind as its file gives.
func TestEvidenceIsQuotedOrParaphrased(t *testing.T) {
	type key struct{ url, fact string }
	type said struct{ Evidence, EvidenceKind string }
	files := map[key]said{}
	quotes, paraphrases := 0, 0
	for _, a := range bundledArticles(t) {
		var text string
		if a.File != "" {
			b, err := os.ReadFile(filepath.Join("..", "testdata", "corpus", a.File))
			if err != nil {
				t.Fatalf("article %s: %v", a.ID, err)
			}
			text = string(b)
		}
		for _, f := range a.Facts {
			kind := "QUOTE"
			if f.EvidenceKind == schema.Paraphrase {
				kind = "PARAPHRASE"
				paraphrases++
			} else {
				quotes++
				if text == "" || !strings.Contains(text, f.Evidence) {
					t.Errorf("article %s fact %s: the evidence is not in the article's text and not marked a paraphrase: %q", a.ID, f.ID, f.Evidence)
				}
			}
			if f.Relation != schema.RelMemberCount {
				files[key{a.URL, f.ID}] = said{f.Evidence, kind}
			}
		}
	}
	if quotes == 0 || paraphrases == 0 {
		t.Fatalf("%d quotes and %d paraphrases; the bundled data has both", quotes, paraphrases)
	}

	c, _ := bundledClient(t)
	var after *string
	served := 0
	for {
		var resp struct {
			Facts struct {
				PageInfo struct {
					HasNextPage bool
					EndCursor   string
				}
				Edges []struct {
					Node struct {
						Source struct {
							URL, FactID, Evidence, EvidenceKind string
						}
					}
				}
			}
		}
		c.MustPost(`query($after: String) { facts(first: 100, after: $after) { pageInfo { hasNextPage endCursor }
			edges { node { source { url factId evidence evidenceKind } } } } }`, &resp, client.Var("after", after))
		for _, e := range resp.Facts.Edges {
			s := e.Node.Source
			want, ok := files[key{s.URL, s.FactID}]
			if !ok {
				t.Errorf("fact %s of %s is served but in no bundled file", s.FactID, s.URL)
				continue
			}
			if diff := cmp.Diff(want, said{s.Evidence, s.EvidenceKind}); diff != "" {
				t.Errorf("fact %s of %s (-file +API):\n%s", s.FactID, s.URL, diff)
			}
			served++
		}
		if !resp.Facts.PageInfo.HasNextPage {
			break
		}
		after = &resp.Facts.PageInfo.EndCursor
	}
	if served != len(files) {
		t.Errorf("the API serves %d facts, the files state %d (stated counts apart)", served, len(files))
	}
}

// TestExportEvidenceKind: the JSON-LD export of a paraphrasing article
// carries the statement's tg:evidenceKind (JSON-LD's compact IRI).
func TestExportEvidenceKind(t *testing.T) {
	_, h := bundledClient(t)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/export?format=jsonld&source="+url.QueryEscape(mecURL), nil))
	body := rec.Body.String()
	if rec.Code != http.StatusOK || !strings.Contains(body, `"tg:evidenceKind":"paraphrase"`) {
		t.Errorf("status %d; the export of %s does not carry tg:evidenceKind \"paraphrase\":\n%.400s", rec.Code, mecURL, body)
	}
}

// statedCount is Alliance.statedMemberCount as a test reads it.
type statedCount struct {
	Value   int
	Date    string
	Sources []struct{ URL string }
}

func counted(value int, date string, urls ...string) *statedCount {
	c := &statedCount{Value: value, Date: date}
	for _, u := range urls {
		c.Sources = append(c.Sources, struct{ URL string }{u})
	}
	return c
}

// TestStatedMemberCount asks for alliances' stated member counts beside the
// members the graph knows by name: the K-AI Alliance has 9 known of 18
// stated (article 00, 2024-07); an older count (7, 2023-02-28) stays behind
// it until article 00 is removed.
func TestStatedMemberCount(t *testing.T) {
	const (
		constellation = "https://www.constellationr.com/blog-news/insights/ibm-meta-form-ai-alliance-what-can-it-accomplish"
		webpronews    = "https://www.webpronews.com/ibm-and-meta-launch-alliance-to-level-ai-playing-field/"
	)
	type answer struct {
		Known  int
		Stated *statedCount
	}
	tests := []struct {
		name, alliance string
		remove         []string
		want           answer
	}{
		{"the latest count beside the known members", "k-ai-alliance", nil, answer{9, counted(18, "2024-07", seedURL)}},
		{"two articles, one count", "ai-alliance", nil, answer{-1, counted(50, "2023-12", constellation, webpronews)}},
		{"no article gives a count", "ai-ran-alliance", nil, answer{-1, nil}},
		{"removing the article removes its count", "k-ai-alliance", []string{seedURL}, answer{7, counted(7, "2023-02-28", kaiURL)}},
		{"removing every article that counts", "k-ai-alliance", []string{seedURL, kaiURL}, answer{-1, nil}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, _, st := bundledServer(t)
			for _, u := range tt.remove {
				if _, err := st.RemoveSource(context.Background(), quad.IRI(u)); err != nil {
					t.Fatal(err)
				}
			}
			var resp struct {
				Alliance struct {
					Members           struct{ TotalCount int }
					StatedMemberCount *statedCount
				}
			}
			c.MustPost(`query($a: String!) { alliance(slug: $a) { members { totalCount } statedMemberCount { value date sources { url } } } }`,
				&resp, client.Var("a", tt.alliance))
			got := answer{resp.Alliance.Members.TotalCount, resp.Alliance.StatedMemberCount}
			if tt.want.Known < 0 {
				got.Known = -1 // not asserted
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.alliance, diff)
			}
		})
	}
}

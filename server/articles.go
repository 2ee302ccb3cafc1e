package server

import (
	"context"
	"errors"

	"github.com/telcograph/telcograph/graph/text"
	"github.com/telcograph/telcograph/schema"
	"github.com/telcograph/telcograph/server/generated"
)

func (q queryResolver) Articles(ctx context.Context, textArg *string, mentions []string, publishedFrom *schema.Date, publishedTo *schema.Date, publisher *string, first *int, after *string, last *int, before *string) (*generated.ArticleConnection, error) {
	if len(mentions) > MaxPageSize {
		return nil, schema.Userf(schema.ErrLimit, nil, "mentions takes at most %d slugs at once, not %d", MaxPageSize, len(mentions))
	}
	iv, err := interval(publishedFrom, publishedTo)
	if err != nil {
		return nil, err
	}
	f := text.ArticleFilter{Text: deref(textArg), Mentions: mentions, Published: iv, Publisher: deref(publisher)}
	if textArg != nil {
		if _, err := text.Parse(*textArg); errors.Is(err, schema.ErrLimit) {
			return nil, schema.Userf(schema.ErrLimit, err, "the search text has more than %d words and phrases; ask for fewer", text.MaxClauses)
		} else if err != nil {
			return nil, schema.Userf(schema.ErrInvalid, err, "the search text %q has no word to look for", *textArg)
		}
	}
	return q.articles(ctx, f, page{first, last, after, before})
}

func (q queryResolver) Mentions(ctx context.Context, slug string, first *int, after *string) (*generated.ArticleConnection, error) {
	return q.articles(ctx, text.ArticleFilter{Mentions: []string{slug}}, page{first: first, after: after})
}

// articles pages the articles f selects, with their facets.
func (r *Resolver) articles(ctx context.Context, f text.ArticleFilter, pg page) (*generated.ArticleConnection, error) {
	pq, err := pg.pageQuery()
	if err != nil {
		return nil, err
	}
	p, facets, err := r.Store.SearchArticles(ctx, f, pq)
	if err != nil {
		return nil, r.explainSlugs(ctx, err, f.Mentions...)
	}
	return &generated.ArticleConnection{PageInfo: pageInfo(p.Window, p.Keys), TotalCount: p.Total, Facets: facetsOf(facets),
		Edges: edges(p, func(c string, h *text.ArticleHit) generated.ArticleEdge {
			e := generated.ArticleEdge{Cursor: c, Node: &h.Article, Highlights: []generated.Highlight{}, Via: []generated.MentionKind{}}
			if f.Text != "" {
				e.Score = &h.Score
			}
			for _, hl := range h.Highlights {
				e.Highlights = append(e.Highlights, generated.Highlight{Field: textFields[hl.Field], Fragment: hl.Fragment})
			}
			for _, v := range h.Via {
				e.Via = append(e.Via, mentionKinds[v])
			}
			return e
		})}, nil
}

var textFields = map[text.Field]generated.TextField{
	text.Headline: generated.TextFieldHeadline, text.Body: generated.TextFieldText, text.Evidence: generated.TextFieldEvidence,
}

var mentionKinds = map[string]generated.MentionKind{
	text.ViaFact: generated.MentionKindFact, text.Headline.String(): generated.MentionKindHeadline,
	text.Body.String(): generated.MentionKindText, text.Evidence.String(): generated.MentionKindEvidence,
}

// facetsOf converts facets; relations are named as the Relation enum.
func facetsOf(f text.Facets) *generated.ArticleFacets {
	conv := func(fs []text.Facet, name func(string) string) []generated.FacetValue {
		out := make([]generated.FacetValue, 0, len(fs))
		for _, v := range fs {
			out = append(out, generated.FacetValue{Value: name(v.Value), Count: v.Count})
		}
		return out
	}
	same := func(s string) string { return s }
	return &generated.ArticleFacets{Publishers: conv(f.Publishers, same), Years: conv(f.Years, same),
		Relations: conv(f.Relations, func(s string) string { return string(relationEnum(schema.Relation(s))) })}
}

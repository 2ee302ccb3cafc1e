package server

import (
	"encoding/base64"
	"fmt"

	"github.com/telcograph/telcograph/graph/query"
	"github.com/telcograph/telcograph/schema"
	"github.com/telcograph/telcograph/server/generated"
)

// MaxPageSize caps first and last; it is also the page size when neither is
// given.
const MaxPageSize = query.MaxPage

// page is a Relay paging request. Every list is paged in graph/query by one
// rule; here a request only becomes a query.PageQuery, and a page its
// cursors and page info.
type page struct {
	first, last   *int
	after, before *string
}

// cursor encodes a sort key; cursors name a position in the order, not an
// item, so they stay valid when items are added or removed.
func cursor(key string) string { return base64.RawURLEncoding.EncodeToString([]byte("k:" + key)) }

func decodeCursor(c string) (string, error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil || len(b) < 2 || string(b[:2]) != "k:" {
		return "", fmt.Errorf("malformed cursor %q: %w", c, schema.ErrInvalid)
	}
	return string(b[2:]), nil
}

// pageQuery decodes a page request for the store.
func (p page) pageQuery() (query.PageQuery, error) {
	q := query.PageQuery{First: -1, Last: -1}
	if p.first != nil {
		q.First = *p.first
	}
	if p.last != nil {
		q.Last = *p.last
	}
	for _, v := range []*int{p.first, p.last} {
		if v != nil && *v < 0 {
			return q, fmt.Errorf("page size %d is out of range 0..%d: %w", *v, MaxPageSize, schema.ErrLimit)
		}
	}
	var err error
	if p.after != nil {
		if q.After, err = decodeCursor(*p.after); err != nil {
			return q, err
		}
	}
	if p.before != nil {
		if q.Before, err = decodeCursor(*p.before); err != nil {
			return q, err
		}
	}
	return q, nil
}

// edges maps the items of a page, each with its cursor, to a connection's
// edges (never nil: an empty page has an empty list).
func edges[T, E any](p query.Page[T], edge func(cursor string, item *T) E) []E {
	out := make([]E, 0, len(p.Items))
	for i := range p.Items {
		out = append(out, edge(cursor(p.Keys[i]), &p.Items[i]))
	}
	return out
}

// pageInfo is the Relay page info of a window whose items have keys.
func pageInfo(w query.Window, keys []string) *generated.PageInfo {
	info := &generated.PageInfo{HasNextPage: w.HasNext, HasPreviousPage: w.HasPrev}
	if len(keys) > 0 {
		start, end := cursor(keys[0]), cursor(keys[len(keys)-1])
		info.StartCursor, info.EndCursor = &start, &end
	}
	return info
}

// tooMany is the error for a list argument longer than a page.
func tooMany(n int) error {
	return fmt.Errorf("%d ids asked for, at most %d at once: %w", n, MaxPageSize, schema.ErrLimit)
}

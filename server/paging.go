package server

import (
	"encoding/base64"
	"unsafe"

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
func cursor(key string) string {
	var stack [128]byte // "k:" and a key of most lists: no allocation but the result
	src := append(append(stack[:0], "k:"...), key...)
	dst := make([]byte, base64.RawURLEncoding.EncodedLen(len(src)))
	base64.RawURLEncoding.Encode(dst, src)
	return unsafe.String(unsafe.SliceData(dst), len(dst))
}

// decodeCursor reads the cursor c given as the argument arg.
func decodeCursor(arg, c string) (string, error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil || len(b) < 2 || string(b[:2]) != "k:" {
		return "", schema.Userf(schema.ErrInvalid, nil, "%s: %q is not a cursor; pass one from the pageInfo or the edges of an earlier answer", arg, c)
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
	for i, v := range []*int{p.first, p.last} {
		if v != nil && (*v < 0 || *v > MaxPageSize) {
			return q, outOfRange([]string{"first", "last"}[i], *v, 0, MaxPageSize)
		}
	}
	var err error
	if p.after != nil {
		if q.After, err = decodeCursor("after", *p.after); err != nil {
			return q, err
		}
	}
	if p.before != nil {
		if q.Before, err = decodeCursor("before", *p.before); err != nil {
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
	return schema.Userf(schema.ErrLimit, nil, "nodes takes at most %d ids at once, not %d", MaxPageSize, n)
}

package server

import (
	"encoding/base64"
	"sort"

	"github.com/telcograph/telcograph/graph"
	"github.com/telcograph/telcograph/schema"
	"github.com/telcograph/telcograph/server/generated"
)

// MaxPageSize caps first and last; it is also the page size when neither is
// given.
const MaxPageSize = graph.MaxPage

// page is a Relay paging request.
type page struct {
	first, last   *int
	after, before *string
}

// window is the slice of a sorted list that a page selects, with the keys of
// its items for their cursors.
type window struct {
	from, to int // items[from:to]
	total    int
	info     *generated.PageInfo
	keys     []string
}

// cursor encodes a sort key; cursors name a position in the order, not an
// item, so they stay valid when items are added or removed.
func cursor(key string) string { return base64.RawURLEncoding.EncodeToString([]byte("k:" + key)) }

// decodeCursor reads the cursor c given as the argument arg.
func decodeCursor(arg, c string) (string, error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil || len(b) < 2 || string(b[:2]) != "k:" {
		return "", schema.Userf(schema.ErrInvalid, nil, "%s: %q is not a cursor; pass one from the pageInfo or the edges of an earlier answer", arg, c)
	}
	return string(b[2:]), nil
}

// query decodes a page request for graph.Page.
func (p page) query() (graph.PageQuery, error) {
	q := graph.PageQuery{First: -1, Last: -1}
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

// paginate applies p to n items whose sort keys, in ascending order, key(i)
// gives (graph.Page does the selecting, for every list alike).
func paginate(n int, key func(int) string, p page) (window, error) {
	q, err := p.query()
	if err != nil {
		return window{}, err
	}
	w, err := graph.Page(n, key, q)
	if err != nil {
		return window{}, err
	}
	keys := make([]string, 0, w.To-w.From)
	for i := w.From; i < w.To; i++ {
		keys = append(keys, key(i))
	}
	return window{from: w.From, to: w.To, total: w.Total, info: pageInfo(w, keys), keys: keys}, nil
}

// pageInfo is the Relay page info of a window whose items have keys.
func pageInfo(w graph.Window, keys []string) *generated.PageInfo {
	info := &generated.PageInfo{HasNextPage: w.HasNext, HasPreviousPage: w.HasPrev}
	if len(keys) > 0 {
		start, end := cursor(keys[0]), cursor(keys[len(keys)-1])
		info.StartCursor, info.EndCursor = &start, &end
	}
	return info
}

// sortByKey sorts items by the keys key(i) gives, which paginate expects in
// ascending order.
func sortByKey[T any](items []T, key func(int) string) {
	keys := make([]string, len(items))
	for i := range items {
		keys[i] = key(i)
	}
	idx := make([]int, len(items))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return keys[idx[a]] < keys[idx[b]] })
	sorted := make([]T, len(items))
	for i, j := range idx {
		sorted[i] = items[j]
	}
	copy(items, sorted)
}

// tooMany is the error for a list argument longer than a page.
func tooMany(n int) error {
	return schema.Userf(schema.ErrLimit, nil, "nodes takes at most %d ids at once, not %d", MaxPageSize, n)
}

package server

import (
	"encoding/base64"
	"fmt"
	"sort"

	"github.com/telcograph/telcograph/schema"
	"github.com/telcograph/telcograph/server/generated"
)

// MaxPageSize caps first and last; it is also the page size when neither is
// given.
const MaxPageSize = 100

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

func decodeCursor(c string) (string, error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil || len(b) < 2 || string(b[:2]) != "k:" {
		return "", fmt.Errorf("malformed cursor %q: %w", c, schema.ErrInvalid)
	}
	return string(b[2:]), nil
}

// paginate applies p to n items whose sort keys, in ascending order, key(i)
// gives: after/before narrow by key, then first takes from the front or last
// from the back.
func paginate(n int, key func(int) string, p page) (window, error) {
	for _, v := range []*int{p.first, p.last} {
		if v != nil && (*v < 0 || *v > MaxPageSize) {
			return window{}, fmt.Errorf("page size %d is out of range 0..%d: %w", *v, MaxPageSize, schema.ErrLimit)
		}
	}
	from, to := 0, n
	if p.after != nil {
		k, err := decodeCursor(*p.after)
		if err != nil {
			return window{}, err
		}
		from = sort.Search(n, func(i int) bool { return key(i) > k })
	}
	if p.before != nil {
		k, err := decodeCursor(*p.before)
		if err != nil {
			return window{}, err
		}
		to = sort.Search(n, func(i int) bool { return key(i) >= k })
	}
	if to < from {
		to = from
	}
	lo, hi := from, to
	switch {
	case p.first != nil:
		hi = min(hi, lo+*p.first)
		if p.last != nil {
			lo = max(lo, hi-*p.last)
		}
	case p.last != nil:
		lo = max(lo, hi-*p.last)
	default:
		hi = min(hi, lo+MaxPageSize)
	}
	w := window{from: lo, to: hi, total: n, info: &generated.PageInfo{
		HasNextPage:     hi < n,
		HasPreviousPage: lo > 0,
	}}
	for i := lo; i < hi; i++ {
		w.keys = append(w.keys, key(i))
	}
	if len(w.keys) > 0 {
		start, end := cursor(w.keys[0]), cursor(w.keys[len(w.keys)-1])
		w.info.StartCursor, w.info.EndCursor = &start, &end
	}
	return w, nil
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
	return fmt.Errorf("%d ids asked for, at most %d at once: %w", n, MaxPageSize, schema.ErrLimit)
}

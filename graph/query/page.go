package query

import (
	"fmt"
	"sort"

	"github.com/telcograph/telcograph/schema"
)

// MaxPage caps First and Last of a page; it is also the page size when
// neither is given.
const MaxPage = 100

// PageQuery asks for a page of a list sorted by keys: the items after After
// and before Before (keys, "" for none), then the First of them from the
// front or the Last from the back (-1 for unset).
type PageQuery struct {
	After, Before string
	First, Last   int
	AsOf          schema.Date // for links: only those in force then
	Within        Interval    // for links: only those that held at some time in it (Interval.Holds)
}

// Window is the part of a sorted list a page selects: items[From:To] of
// Total.
type Window struct {
	From, To         int
	Total            int
	HasNext, HasPrev bool
}

// Page is one page of a list: its items, the sort key of each (what a
// cursor encodes: a position in the order, not an item, so it stays valid
// when items come and go), and where the page sits in the list.
type Page[T any] struct {
	Items []T
	Keys  []string
	Window
}

// pageWindow selects a page of n items whose ascending keys key(i) gives.
// First or Last outside 0..MaxPage is an error wrapping schema.ErrLimit.
func pageWindow(n int, key func(int) string, q PageQuery) (Window, error) {
	for _, v := range []int{q.First, q.Last} {
		if v > MaxPage || v < -1 {
			return Window{}, fmt.Errorf("page size %d is out of range 0..%d: %w", v, MaxPage, schema.ErrLimit)
		}
	}
	from, to := 0, n
	if q.After != "" {
		from = sort.Search(n, func(i int) bool { return key(i) > q.After })
	}
	if q.Before != "" {
		to = sort.Search(n, func(i int) bool { return key(i) >= q.Before })
	}
	to = max(to, from)
	lo, hi := from, to
	switch {
	case q.First >= 0:
		hi = min(hi, lo+q.First)
		if q.Last >= 0 {
			lo = max(lo, hi-q.Last)
		}
	case q.Last >= 0:
		lo = max(lo, hi-q.Last)
	default:
		hi = min(hi, lo+MaxPage)
	}
	return Window{From: lo, To: hi, Total: n, HasNext: hi < n, HasPrev: lo > 0}, nil
}

// pageOf cuts the page q asks for from items, whose ascending sort keys
// key(i) gives; only the page's keys are made.
func pageOf[T any](items []T, key func(int) string, q PageQuery) (Page[T], error) {
	w, err := pageWindow(len(items), key, q)
	if err != nil {
		return Page[T]{}, err
	}
	keys := make([]string, 0, w.To-w.From)
	for i := w.From; i < w.To; i++ {
		keys = append(keys, key(i))
	}
	return Page[T]{Items: items[w.From:w.To], Keys: keys, Window: w}, nil
}

// sortedPage sorts items by the key each has, then cuts the page q asks for.
func sortedPage[T any](items []T, key func(T) string, q PageQuery) (Page[T], error) {
	keys := make([]string, len(items))
	for i, it := range items {
		keys[i] = key(it)
	}
	sort.Stable(byKey[T]{items, keys})
	return pageOf(items, func(i int) string { return keys[i] }, q)
}

// byKey sorts items and their keys together.
type byKey[T any] struct {
	items []T
	keys  []string
}

func (b byKey[T]) Len() int           { return len(b.items) }
func (b byKey[T]) Less(i, j int) bool { return b.keys[i] < b.keys[j] }
func (b byKey[T]) Swap(i, j int) {
	b.items[i], b.items[j] = b.items[j], b.items[i]
	b.keys[i], b.keys[j] = b.keys[j], b.keys[i]
}

// rankedPage cuts a page from a list in an order of its own (rankings,
// search hits, timelines): an item's key is its rank, padded so that keys
// sort as numbers, then the slug slug(i) gives, if any.
func rankedPage[T any](items []T, slug func(int) string, q PageQuery) (Page[T], error) {
	return pageOf(items, func(i int) string { return rankKey(i, slug(i)) }, q)
}

func rankKey(i int, slug string) string {
	k := fmt.Sprintf("%010d", i)
	if slug != "" {
		k += "\x00" + slug
	}
	return k
}

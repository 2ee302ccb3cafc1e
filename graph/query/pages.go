package query

import "github.com/telcograph/telcograph/schema"

// The paging rule for lists made outside this package (the article search
// of graph/text): the same windows, keys and cursors as every list here.

// SortedPage sorts items by the key each has, then cuts the page q asks for.
func SortedPage[T any](items []T, key func(T) string, q PageQuery) (Page[T], error) {
	return sortedPage(items, key, q)
}

// PageOf cuts the page q asks for from items already in the ascending
// order of the keys key(i) gives; only the keys a page needs are made.
func PageOf[T any](items []T, key func(int) string, q PageQuery) (Page[T], error) {
	return pageOf(items, key, q)
}

// RankedPage cuts a page from items in an order of their own: an item's key
// is its rank, then the id id(i) gives.
func RankedPage[T any](items []T, id func(int) string, q PageQuery) (Page[T], error) {
	return rankedPage(items, id, q)
}

// ArticleKey is the key that orders articles newest first (undated last),
// then by URL, as Articles does.
func ArticleKey(a schema.Article) string { return articleKey(a) }

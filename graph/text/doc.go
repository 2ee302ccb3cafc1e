// Package text is the inverted index of the articles' words: headlines,
// article texts where the graph holds them (schema:articleBody) and the
// evidence of every fact, so that articles can be searched by what they say
// and listed by the entities they name. Entity names are indexed where
// search reads them, in graph/index's name index; both fold text the same
// way, with schema.Fold (Unicode NFKC, full case folding, diacritics and
// ligatures: "ＳＫＴ" is "skt", "Straße" is "strasse", "Ærø" is "aero").
//
// A document is built from the quads of one article's source alone
// (DocOf): every quad an article produced carries its IRI as label, so
// graph.Store re-indexes exactly the sources a write changed, under the
// same write lock as the serving index, and rebuilds the whole index when
// it opens a store (Build). Positions are kept per field and evidence
// sentence, so quoted phrases match words in order within one sentence;
// prefixes (tele*) expand over the sorted terms; Highlights marks the hits
// in fragments; Articles adds the filters (mentions, dates, publisher), the
// facets and paging the API serves.
//
// Why our own index rather than bleve: the index must change in the same
// call as the serving index, one source at a time, with no second copy of
// the texts on disk, and fold exactly as name search folds. An index of a
// few thousand short documents held in Go maps does that in a few hundred
// lines; bleve would add its own analysis chain (to be made to fold as
// schema.Fold does), its own storage and about forty modules to go.mod.
// Measured (README, "Searching articles"): a search with facets and
// highlights takes 1.06 ms (p50) at 10^6 quads on a shared 2-core machine,
// and loading runs at the same rate with the index as without it.
//
// An Index is not safe for concurrent writes; graph.Store writes it under
// its write lock and reads it under its read lock.
package text

// Package query answers the graph's reads over a serving index
// (graph/index): lookups of entities, articles and facts; pages of every
// list (links, articles, facts, rankings, co-members, timelines, search
// hits), all cut by one paging rule (page.go); shortest paths and
// neighbourhoods (paths.go, neighbourhood.go); counts, filters and orderings
// (lists.go); statistics by year, relation and country (stats.go), over
// when links began and held (interval.go); and name search (search.go).
//
// Every function reads the index it is given and nothing else. The index
// must stay still for the call: graph.Store calls these functions under its
// read lock. Errors wrap the sentinels of package schema: ErrNotFound for an
// unknown slug, URL or IRI, ErrInvalid for a bad argument, ErrLimit for a
// page, hop or edge budget out of range.
package query

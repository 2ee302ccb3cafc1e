// Package curate is the review queue and the history of the graph.
//
// Facts extracted from raw articles do not go straight into the served
// graph: they become candidates, quads in the same store under a label the
// project reserves (schema.CandidatesNS + a hash of the article's URL, one
// label per article holding every candidate of it and the article's text).
// A curator accepts or rejects each; the article's own source label then
// holds exactly its accepted facts, as ordinary statements whose nodes also
// say who accepted them and when (schema.ReviewedBy, schema.ReviewedAt).
// Both labels, and the history events of the change, are written in one
// call to graph.Store.ReplaceSources: one transaction on an embedded store;
// over PostgreSQL each label is its own transaction.
//
// A candidate's id is a hash of the article's URL, the relation, both
// arguments and the qualifiers, so extracting the same article again finds
// the same candidates: a rejected one stays rejected, an accepted one stays
// in the graph (once), a pending one gets the new evidence and confidence.
//
// Every source write and removal and every accept, reject and restore is an
// event, a label of its own under schema.EventNS, written with the change
// it records; a removal keeps the removed quads so an admin can restore
// them. The serving index and every export skip reserved labels, so no
// ordinary query reads them.
//
// A Queue is safe for concurrent use: changes to one store go one at a
// time within a process. Two processes sharing a PostgreSQL store that
// change the same article's candidates at the same moment: the later write
// wins for that article's label.
package curate

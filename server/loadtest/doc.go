// Package loadtest measures telcograph's HTTP server side by side with the
// servers a user would pick instead, on the same generated data in the same
// run: Cayley's own HTTP server (Gizmo at /api/v2/query) and Virtuoso
// (SPARQL at /sparql). It is what `tgbench` (cmd/tgbench) runs and what
// writes BENCHMARKS.md.
//
// It lives under server/ because what it measures is HTTP servers answering
// questions over loopback, the way a client of server/ sees them: W2 to W5
// are requests, timed client side. W1 (bulk load) is `telcograph load` of
// the same N-Quads file the peers load; LoadTelcograph, which writes a
// generated graph through graph.Store as `telcograph load` does, serves the
// tests.
//
// The parts:
//   - workload.go: the workloads W2 to W5, their questions (Truth.Inputs:
//     the largest alliance, 200 member companies, path pairs, search
//     texts), and each system's query for one question (Question,
//     Request): GraphQL for telcograph, the peers' best known formulations
//     in Gizmo and SPARQL;
//   - truth.go and check.go: the right answer to each question, computed
//     from the N-Quads file every system loaded (ReadTruth), and the check
//     of each system's answer (GraphQL JSON, Cayley's JSON, SPARQL JSON
//     results) against it, in that system's own order, with a diff;
//   - run.go: the load generator (Run) and its arithmetic (percentiles,
//     throughput);
//   - load.go and peers.go: generating the file and the W1 loads (`telcograph
//     gen`, `telcograph load`, `cayley load`, Virtuoso's bulk loader), the
//     server processes (telcograph, `cayley http`, virtuoso-t) on loopback
//     ports, and the memory each peer needs;
//   - suite.go: every workload at every size, one system at a time (Bench);
//   - report.go: the Markdown report (WriteReport), with NOTES.md appended.
//
// Answers are checked before any timing: Run asks every question of a
// workload once, one at a time, and compares each answer with the truth; a
// system that answers one wrong is not timed, and the run fails with the
// diff. The clients then ask the same questions in turn, so every question
// timed is one whose answer was checked. The measured phase counts a
// response that is not a 200, or a GraphQL answer with errors, as an error.
package loadtest

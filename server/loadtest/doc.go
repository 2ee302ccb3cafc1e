// Package loadtest measures telcograph's HTTP server side by side with the
// servers a user would pick instead, on the same generated data in the same
// run: Cayley's own HTTP server (Gizmo at /api/v2/query) and Virtuoso
// (SPARQL at /sparql). It is what `tgbench` (cmd/tgbench) runs and what
// writes BENCHMARKS.md.
//
// It lives under server/ because what it measures is HTTP servers answering
// questions over loopback, the way a client of server/ sees them: W2 to W5
// are requests, timed client side. Only W1 (bulk load) reaches below HTTP,
// and only as `telcograph load` does, through graph.Store.
//
// The parts:
//   - workload.go: the workloads W2 to W5, the inputs drawn from a generated
//     graph (NewInputs), and each system's query for one drawn question
//     (Draw, Request);
//   - truth.go and check.go: the right answer to each question, computed from
//     the generated facts that every system loaded, and the check of each
//     system's answer shape (GraphQL JSON, Cayley's JSON, SPARQL JSON results)
//     against it;
//   - run.go: the load generator (Run) and its arithmetic (percentiles,
//     throughput);
//   - load.go and peers.go: W1 loads and the server processes (telcograph,
//     `cayley http`, virtuoso-t) on loopback ports;
//   - suite.go: every workload at every size (Bench);
//   - report.go: the Markdown report (WriteReport), with NOTES.md appended.
//
// Answers are checked during the warm-up, which is not measured: every
// warm-up answer is compared with the truth, so a system that answers fast
// but wrong is caught, and checking costs the measured figures nothing. The
// measured phase counts a response that is not a 200, or a GraphQL answer
// with errors, as an error.
package loadtest

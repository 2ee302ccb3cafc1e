package extract

// predicateVerbs are the copula-like verbs whose complement is a noun
// phrase ("remains chairman", "stays anchor tenant and partner of B",
// "became sole owner"): a bare verb-looking word right after one of them,
// before a noun, modifies that noun ("anchor", "lead", "joint") instead of
// starting a second verb group (helper z23org).
var predicateVerbs = map[string]bool{"remain": true, "stay": true, "become": true}

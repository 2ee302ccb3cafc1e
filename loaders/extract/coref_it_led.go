package extract

import "slices"

// What a leading verb's object "it" stands for: "The group was set up by A,
// B and nine other companies; P chairs it" - a chair, a head or a leader
// leads a body, and the sentence's group (named or described: "The group"
// resolved to the alliance) is what P chairs, not C, the company named
// last before the clause, which the nearest-organisation rule of
// coref_it.go takes. When no group was named before the clause, that rule
// stands ("Nokia bought the unit's parent; P now runs it").

// leadVerbs are the verbs whose object is led: a group, when one is in the
// sentence before the clause.
var leadVerbs = map[string]bool{
	"chair": true, "co-chair": true, "lead": true, "head": true, "steer": true, "spearhead": true, "run": true,
	"drive": true, "front": true, // lead_driving_force.go
}

// ledGroupBefore is the nearest group named before the clause (start) of
// the "it" at toks[i] when "it" is the object of a leading verb, or "".
func ledGroupBefore(toks []token, i int, before []mention, start int, in []string) string {
	if i < 1 {
		return ""
	}
	base, _, ok := verbForm(toks[i-1].Key)
	if !ok || !leadVerbs[base] {
		return ""
	}
	for k := len(before) - 1; k >= 0; k-- {
		if m := before[k]; m.Start < start && m.Kind == 'A' && !slices.Contains(in, m.Slug) {
			return m.Slug
		}
	}
	return ""
}

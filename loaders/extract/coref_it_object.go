package extract

// "It" as the object of a verb (helper x13m10, issue 13, drill members3):
// "Acme is a founding member of the Radio Forum, and Cobalt chairs it".
// A pronoun object is not bound inside its own clause - "Cobalt chairs it"
// cannot mean Cobalt chairs Cobalt, which English would say with "itself"
// - so, as after a preposition (coref_it.go), "it" is none of its clause's
// organisations but the nearest one named before the clause. The
// nearest-company choice took the clause's own subject, so the chair was
// lost (chairmanOf and ledBy both check that their two ends differ).
//
// Only the object of a verb that takes an organisation reads this way -
// leading, joining, founding, owning one ("chairs it", "joined it", "set it
// up", "bought it"): the object "it" of most other verbs is a thing ("A
// and B won a contract. C lost it"). An "it" followed by a verb or an
// auxiliary is the subject of a clause of its own ("... found it had
// grown").

// itOrgVerbs are the verbs whose object "it" may be an organisation.
var itOrgVerbs = map[string]bool{
	"chair": true, "co-chair": true, "lead": true, "head": true, "run": true, "steer": true,
	"spearhead": true, "join": true, "rejoin": true, "found": true, "co-found": true, "form": true,
	"launch": true, "set": true, "create": true, "establish": true, "start": true, "own": true,
	"acquire": true, "buy": true, "back": true, "fund": true, "control": true, "leave": true,
	"quit": true, "support": true, "drive": true, "front": true, // a group driven or fronted (lead_driving_force.go)
}

// itVerbObject reports whether "it" at toks[i] is the plain object of the
// verb right before it.
func itVerbObject(toks []token, i int) bool {
	if i < 1 {
		return false
	}
	p := toks[i-1]
	if !p.Word || p.Upper || auxLemma[p.Key] != "" || modals[p.Key] {
		return false
	}
	base, _, ok := verbForm(p.Key)
	if !ok || !itOrgVerbs[base] {
		return false
	}
	if i+1 >= len(toks) {
		return true
	}
	n := toks[i+1]
	if !n.Word {
		return n.Text == "." || n.Text == "," || n.Text == ";" || n.Text == ":"
	}
	if auxLemma[n.Key] != "" || modals[n.Key] {
		return false // "... found it had grown": a clause of its own
	}
	if _, _, ok := verbForm(n.Key); ok && !itPreps[n.Key] {
		return false
	}
	return true
}

package extract

import "strings"

// A role renewed is a role held: "P was re-elected chair of X", "X
// re-appointed P as chief executive" and "P has been re-named to the
// post" state what the verb without its prefix states. Only the verbs that
// give a post are read through the prefix; "re-" before any other verb
// ("re-joined", "re-invested") is left as it was.

// reVerbs are the post-giving verbs a "re-" prefix may renew.
var reVerbs = map[string]bool{"elect": true, "appoint": true, "name": true, "nominate": true, "confirm": true}

// reElected reads w as "re-" (or "re") before a form of a post-giving
// verb: the base and form of that verb.
func reElected(w string) (string, form, bool) {
	rest, ok := strings.CutPrefix(w, "re-")
	if !ok || rest == "" {
		return "", formNone, false
	}
	b, f, ok := verbForm(rest)
	if !ok || !reVerbs[b] {
		return "", formNone, false
	}
	return b, f, true
}

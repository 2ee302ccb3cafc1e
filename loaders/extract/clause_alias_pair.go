package extract

import "strings"

// Press-release openings (issue 13, helper z15rel, from dev3's misses):
// "KDDI Corporation ("KDDI") and ELYZA, Inc. ("ELYZA") today announced a
// capital and business alliance." Two pieces of structure:
//   - a legal suffix set off by a comma ("ELYZA, Inc.", "Acme, LLC")
//     belongs to the name, as "ELYZA Inc." does, when no other name
//     follows it ("Orange, AB InBev and Nokia" keeps AB InBev whole);
//   - a quoted alias in brackets ("KDDI Corporation ("KDDI")") is one
//     mention with its name, as an unquoted one is (definitions,
//     discourse.go), so "A ("A") and B ("B") announced" is the list "A
//     and B" every rule reads.
// Near misses (clause_alias_pair_test.go): a bracket that holds no alias
// of the name before it ("A (Norway) and B") joins nothing.

// commaSuffixes are the legal suffixes news sets off by a comma; "SE" or
// "SA" after a comma may be a place or a person's initials (helper z15hq).
var commaSuffixes = map[string]bool{"inc": true, "ltd": true, "llc": true, "plc": true, "corp": true}

// commaSuffix extends a company name ending before toks[j] over ", Inc."
// and the like; it returns the new end. A possessive name ("ELYZA's,
// Inc.") takes nothing. Helpers z15rel and z15hq both found it in dev3's
// misses ("ELYZA, Inc. was founded in 2018" had founded a company "Inc").
func commaSuffix(toks []token, j int) int {
	if j < 1 || j+1 >= len(toks) || toks[j-1].Poss || toks[j].Text != "," || !toks[j+1].Word || !toks[j+1].Upper || !commaSuffixes[toks[j+1].Key] {
		return j
	}
	k := j + 2
	if k < len(toks) && toks[k].Text == "." && toks[k].Start == toks[j+1].End {
		k++
	}
	if k < len(toks) && toks[k].Word && toks[k].Upper {
		return j // "Orange, AB InBev": the suffix word opens another name
	}
	return j + 2
}

// quotedAlias is the offset of the closing bracket when the alias after a
// name is quoted inside its brackets: gap is the text between the name and
// the alias ("(\"" or "(“"), end the alias's end. It returns -1 otherwise.
func quotedAlias(text, gap string, end int) int {
	if gap != "(\"" && gap != "(“" {
		return -1
	}
	rest := text[end:]
	for _, q := range []string{"\")", "”)"} {
		if strings.HasPrefix(rest, q) {
			return end + len(q) - 1
		}
	}
	return -1
}

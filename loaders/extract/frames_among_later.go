package extract

import "strings"

// A counted subject whose names follow in a clause of their own (helper
// z23link, issue 13): "About twenty operators signed up at the start;
// among them were A, B and C", "A dozen carriers joined in the first
// month - among them A and B". The part after the semicolon or dash names
// some of the counted subject: it is read with the clause before it, as
// "a dozen newcomers, among them A and B, joined" is (coref_focus.go), and
// "them" is the counted noun's, not a group's members. Only a clause that
// opens with a counted plural ("twenty operators", "more than 30
// carriers") counts; "The forum grew; among them are A and B" and "The
// forum's members met; among them were A and B" are read as before.

// amongLater reports whether tokens i ("; " or a dash) and on open
// "among them" after a clause from tokens from on that opens with a
// counted plural noun.
func amongLater(ts []tagged, from, i int) bool {
	if i+2 >= len(ts) || ts[i+1].Key != "among" && ts[i+1].Key != "amongst" || ts[i+2].Key != "them" {
		return false
	}
	if k := ts[i].Key; k != ";" && k != "-" && k != "–" && k != "—" {
		return false
	}
	return countedOpening(ts, from, i)
}

// countedOpening reports whether tokens [from, to) open with a counted
// plural noun: "twenty operators", "about 20 carriers", "more than 30
// telcos", "a dozen companies".
func countedOpening(ts []tagged, from, to int) bool {
	j := from
	for j < to && (ts[j].Key == "about" || ts[j].Key == "some" || ts[j].Key == "nearly" || ts[j].Key == "around" ||
		ts[j].Key == "almost" || ts[j].Key == "roughly" || ts[j].Key == "over" || ts[j].Key == "more" || ts[j].Key == "than" || ts[j].Key == "a") {
		j++
	}
	if j+1 >= to || countOf(ts[j].Key) <= 1 && !tensWords[ts[j].Key] && !allDigits(ts[j].Key) {
		return false
	}
	n := j + 1
	for n+1 < to && ts[n].Pos == posAdj {
		n++ // "twenty European operators"
	}
	return ts[n].Pos == posNoun && strings.HasSuffix(ts[n].Key, "s") && !nonRosterNouns[ts[n].Key]
}

// amongLaterAny reports whether the sentence holds such a clause pair.
func amongLaterAny(ts []tagged) bool {
	from := 0
	for i := range ts {
		if amongLater(ts, from, i) {
			return true
		}
		if ts[i].Key == ";" || ts[i].Key == "." {
			from = i + 1
		}
	}
	return false
}

// tensWords are counts numberWords leaves out.
var tensWords = map[string]bool{
	"dozen": true, "twenty": true, "thirty": true, "forty": true, "fifty": true, "sixty": true, "seventy": true,
	"eighty": true, "ninety": true, "hundred": true,
}

// allDigits reports whether k is a number written in digits.
func allDigits(k string) bool {
	return k != "" && strings.Trim(k, "0123456789") == ""
}

package extract

import (
	"regexp"
	"strings"
)

// A venture named in apposition after its partners is no partner (issue
// 13, helper x13p9): "The joint venture between A and B, J, builds fibre",
// "Orange's joint venture with Capgemini, Bleu, sells cloud services". A
// list read as the partners "A and B, J" whose last item follows a bare
// comma (no "and") after a list that already closed with "and", and is
// followed by a comma, is the venture's name.

// A former or later name set between commas after a partner ("e&, then
// still called Etisalat, and G42 agreed to fold ...") is that partner's
// other name, no partner of its own.

// otherNameRE is the text between a partner and its other name.
var otherNameRE = regexp.MustCompile(`(?i)^,\s*(?:then|formerly|previously|once|now|at the time|later)\s+(?:still\s+|also\s+)?(?:called|known as|named|branded)\s+$`)

// ventureAppositive drops such a last item from parts and, when no name
// was given, names the venture after it.
func ventureAppositive(s *sent, parts []arg, name string) ([]arg, string) {
	parts = dropOtherNames(s, parts)
	n := len(parts)
	if n < 3 {
		return parts, name
	}
	last, prev := parts[n-1].m, parts[n-2].m
	if last == nil || prev == nil || prev.End >= last.Start || last.End >= len(s.text) || prev.PossEnd > last.Start {
		return parts, name
	}
	if gap := s.text[max(prev.End, prev.PossEnd):last.Start]; gap != ", " && gap != "," {
		return parts, name
	}
	if s.text[last.End] != ',' {
		return parts, name
	}
	// the list before the last item closed with "and": "A and B, J,"
	if p2 := parts[n-3].m; p2 == nil || p2.End >= prev.Start || !andGap(s.text[p2.End:prev.Start]) {
		return parts, name
	}
	if name == "" {
		name = "named " + s.text[last.Start:last.End]
	}
	return parts[:n-1], name
}

// andGap reports whether the text between two list items ends the list:
// " and ", ", and ", " & ", "'s joint venture with ".
func andGap(g string) bool {
	return g == " & " || strings.HasSuffix(g, " and ") || strings.HasSuffix(g, " with ")
}

// dropOtherNames drops the partners that are another partner's former or
// later name.
func dropOtherNames(s *sent, parts []arg) []arg {
	var out []arg
	for i, p := range parts {
		if i > 0 && p.m != nil && parts[i-1].m != nil && parts[i-1].m.End < p.m.Start && p.m.Start <= len(s.text) &&
			otherNameRE.MatchString(s.text[max(parts[i-1].m.End, parts[i-1].m.PossEnd):p.m.Start]) {
			continue
		}
		out = append(out, p)
	}
	return out
}

package extract

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Page layouts (issue 13): news pages set rosters out as lists, not only
// as prose. A lead-in ("The founding members are:", or "Founding members
// include" on a line of its own) followed by list items, with blank lines
// before and between them, is read as one sentence. Each item's marker (-,
// *, •, ·, –, "1." "1)" "(1)" "a)") becomes a dash and its description
// after the name ("Nokia, the Finnish vendor", "NEC (Japan)", "Ericsson:
// leads the RAN work group", "KDDI — chair") is blanked, so that the rules
// see the list they already read: "are: - Nokia - NEC - Ericsson". The
// masked text keeps every byte offset of the original, so a fact's
// evidence is the original text at the same offsets. The list ends at the
// first line that is not an item.

// itemRE matches a list item's marker and the space after it.
var itemRE = regexp.MustCompile(`^\s*(?:[-*•–—·]|\d{1,2}[.)]|\(\d{1,2}\)|[a-h][.)]|\([a-h]\))\s+`)

// leadInWords end a lead-in line that has no colon: "Founding members
// include", "The partners are".
var leadInWords = map[string]bool{
	"include": true, "includes": true, "included": true, "including": true, "are": true, "were": true,
	"comprise": true, "comprises": true, "following": true, "follows": true,
}

// itemTitleRE finds a title's organisation in an item's description ("CEO
// of Vodafone Group", "head of AI at KDDI"): such an item is kept whole.
var itemTitleRE = regexp.MustCompile(`\b(?:of|at)\s+\p{Lu}`)

// descStarts open an item's description after its name.
var descStarts = []string{", ", " (", ": ", " — ", " – ", " - ", " -- ", "; "}

// listLead reports whether line introduces a list.
func listLead(line string) bool {
	t := strings.TrimSpace(line)
	if strings.HasSuffix(t, ":") {
		return true
	}
	if t == "" || strings.ContainsAny(t[len(t)-1:], ".!?;,") {
		return false
	}
	i := strings.LastIndexByte(t, ' ')
	return leadInWords[strings.ToLower(t[i+1:])] || rosterHeading(t)
}

// listBlock reads the list that follows the lead-in lines[li]. It returns
// the index after the list's last item and the block's text with markers
// and descriptions masked; ok is false when no list of names follows.
// Items that read as prose (a long name part or a full stop inside) are
// left to the sentence splitter: a listicle's numbered points are prose.
func listBlock(lines []string, li int) (end int, masked string, ok bool) {
	if !listLead(lines[li]) {
		return 0, "", false
	}
	var items []int
	prev := 0 // the last item's number, 0 when unnumbered
	for k := li + 1; k < len(lines); k++ {
		if strings.TrimSpace(lines[k]) == "" {
			continue
		}
		if !itemRE.MatchString(lines[k]) || !nextItem(lines[k], &prev, len(items) == 0) {
			break
		}
		items = append(items, k)
	}
	if len(items) == 0 {
		items = dashItems(lines, li) // layout_dash_items.go
	}
	if len(items) == 0 {
		return 0, "", false
	}
	parts := make([]string, 0, items[len(items)-1]-li+1)
	parts = append(parts, lines[li])
	for k := li + 1; k <= items[len(items)-1]; k++ {
		if strings.TrimSpace(lines[k]) == "" {
			parts = append(parts, strings.Repeat(" ", len(lines[k])))
			continue
		}
		var m string
		var ok bool
		if itemRE.MatchString(lines[k]) {
			m, ok = maskItem(lines[k])
		} else {
			m, ok = maskDashItem(lines[k]) // layout_dash_items.go
		}
		if !ok {
			return 0, "", false
		}
		parts = append(parts, m)
	}
	masked = strings.Join(parts, "\n")
	if t := strings.TrimSpace(lines[li]); !strings.HasSuffix(t, ":") && !leadInWords[strings.ToLower(t[strings.LastIndexByte(t, ' ')+1:])] {
		// a heading ("Edge Compute Forum founding members") is read as
		// a lead-in with its colon, in place of its line break:
		// roster_lead.go
		masked = masked[:len(lines[li])] + ":" + masked[len(lines[li])+1:]
	}
	return items[len(items)-1] + 1, masked, true
}

// maskItem makes one item line "- Name" followed by blanks, the same
// length in bytes. It fails on an item that reads as prose.
func maskItem(line string) (string, bool) {
	if itemClause(line) {
		return "", false // a fact of its own: layout_clause.go
	}
	loc := itemRE.FindStringIndex(line)
	rest := line[loc[1]:]
	cut := len(rest)
	for _, d := range descStarts {
		if i := strings.Index(rest, d); i > 0 && i < cut {
			cut = i
		}
	}
	if itemTitleRE.MatchString(rest[cut:]) {
		cut = len(rest) // "Sunil Bharti Mittal, Chairman of Bharti Enterprises": the description is the fact
	}
	name := strings.TrimRight(rest[:cut], " .;")
	if name == "" || strings.Count(name, " ") > 5 || strings.Contains(name, ". ") {
		return "", false
	}
	if r, _ := utf8.DecodeRuneInString(name); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return "", false
	}
	var b strings.Builder
	b.Grow(len(line))
	lead := loc[0] + strings.IndexFunc(line[loc[0]:], func(r rune) bool { return !unicode.IsSpace(r) })
	b.WriteString(line[:lead])
	b.WriteByte('-')
	b.WriteString(strings.Repeat(" ", loc[1]-lead-1))
	b.WriteString(name)
	b.WriteString(strings.Repeat(" ", len(line)-loc[1]-len(name)))
	return b.String(), true
}

// numberRE reads a numbered item's number.
var numberRE = regexp.MustCompile(`^\s*\(?(\d{1,2})[.)]`)

// nextItem reports whether line continues the list: a question or an
// exclamation is a listicle's next point, not an item ("3. Where will it
// sit?"), and a numbered item must carry the number after the last one
// (after "11. Scaleway", "3. Who runs it?" starts the article's next
// point). prev is the last number, updated.
func nextItem(line string, prev *int, first bool) bool {
	if t := strings.TrimSpace(line); strings.HasSuffix(t, "?") || strings.HasSuffix(t, "!") {
		return false
	}
	m := numberRE.FindStringSubmatch(line)
	if m == nil {
		return *prev == 0 || first
	}
	n, _ := strconv.Atoi(m[1])
	if !first && n != *prev+1 {
		return false
	}
	*prev = n
	return true
}

package extract

import "strings"

// Roster tables under a heading (issue 13, helper x13m10, drill members3):
// the roster's name stands on the line above the table, not in a header
// cell, and the names are the rows' first cells:
//
//	Steering members (founders, July 2023)
//	Company | Role on the steering committee
//	AMD | chair
//	Arista Networks | member
//
//	General members added in 2024
//	Nokia | joined March 2024
//
// is read as "Steering members (founders, July 2023): AMD, Arista
// Networks" and "General members added in 2024: Nokia", the heading kept
// as the lead-in (so "founders", "added in 2024" or "not members" in it
// decide what the rows are), a header row whose first cell is a column
// name ("Company", "Member", "Name") blanked, and the other columns and
// the bars blanked. Offsets are kept as in tableBlock. A heading may end
// in a colon and say more than the roster ("Founding members, with
// headquarters country:", helper z23found): its colon is the lead-in's.

// tableHeadingWords are the first cells of a header row that names the
// roster column rather than starting the roster.
var tableHeadingWords = map[string]bool{
	"company": true, "companies": true, "member": true, "members": true, "name": true, "organisation": true,
	"organization": true, "operator": true, "firm": true, "vendor": true, "participant": true, "signatory": true,
}

// headedTableBlock reads a roster table whose heading is lines[li]. It
// returns the index after its last row and the masked text; ok is false
// when lines[li] is no roster heading over a table.
func headedTableBlock(lines []string, li int) (end int, masked string, ok bool) {
	head := strings.TrimSpace(lines[li])
	colon := strings.HasSuffix(head, ":") // "Founding members, with their home countries:"
	head = strings.TrimSuffix(head, ":")
	if head == "" || strings.Contains(head, "|") || strings.ContainsAny(head[len(head)-1:], ".!?:;,") || li+1 >= len(lines) {
		return 0, "", false
	}
	roster := false
	for _, w := range strings.FieldsFunc(strings.ToLower(head), func(r rune) bool { return r == ' ' || r == '(' || r == ')' || r == ',' }) {
		roster = roster || tableRosterHeads[w]
	}
	if !roster || len(strings.Fields(head)) > 8 {
		return 0, "", false
	}
	k := li + 1
	for k+1 < len(lines) && blank(lines[k]) {
		k++
	}
	n := len(tableCells(lines[k]))
	if n < 2 {
		return 0, "", false
	}
	var rows []int
	for ; k < len(lines); k++ {
		if blank(lines[k]) {
			if nx := spacedRow(lines, k, n); nx > k {
				k = nx - 1
				continue
			}
			break
		}
		if tableRule(lines[k]) {
			continue
		}
		if len(tableCells(lines[k])) != n {
			break
		}
		rows = append(rows, k)
	}
	if len(rows) == 0 {
		return 0, "", false
	}
	first := func(line string) (int, int) {
		c := tableCells(line)[0]
		return c[0], c[1]
	}
	if a, b := first(lines[rows[0]]); tableHeadingWords[strings.ToLower(strings.TrimSpace(lines[rows[0]][a:b]))] {
		rows = rows[1:]
	}
	if len(rows) == 0 {
		return 0, "", false
	}
	var out []byte
	out = append(out, lines[li]...)
	for j := li + 1; j < k; j++ {
		sep := byte(',')
		if j == li+1 {
			sep = ':' // the heading's line break
			if colon {
				sep = ' '
			}
		}
		b := []byte(strings.Repeat(" ", len(lines[j])))
		if blank(lines[j]) {
			if j != li+1 {
				sep = ' '
			}
		} else if j >= rows[0] && !tableRule(lines[j]) {
			a, e := first(lines[j])
			copy(b[a:e], lines[j][a:e])
		} else if j < rows[0] {
			sep = ' '
			if j == li+1 && !colon {
				sep = ':'
			}
		}
		if j == rows[0] && rows[0] != li+1 {
			sep = ' ' // the header row already took the colon
		}
		out = append(out, sep)
		out = append(out, b...)
	}
	return k, string(out), true
}

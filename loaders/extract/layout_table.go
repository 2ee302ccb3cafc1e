package extract

import "strings"

// Rosters set out as a table (issue 13): a header row whose cells are cut
// by "|" and one of whose columns is a roster ("Founding members",
// "Members", "Signatories", "Partners"), then rows of the same shape:
//
//	Category | Founding members
//	Hardware and chips | AMD, Intel
//	Research | CERN, NASA
//
// is read as one sentence, "Founding members: AMD, Intel, CERN, NASA", the
// other columns and the bars blanked, the header's line break a colon and
// each row's a comma, so that the list rules read it as they read prose.
// Every byte keeps its offset, so the evidence is the table's text.

// tableRosterHeads are the last words of a header cell that heads a roster.
var tableRosterHeads = map[string]bool{
	"members": true, "founders": true, "signatories": true, "partners": true, "participants": true,
}

// tableCells splits a table line into its cells' byte spans, or nil when it
// has no bar. Bars at the line's ends ("| a | b |") open and close no cell.
func tableCells(line string) [][2]int {
	if !strings.Contains(line, "|") {
		return nil
	}
	var out [][2]int
	start := 0
	for i := 0; i <= len(line); i++ {
		if i < len(line) && line[i] != '|' {
			continue
		}
		if strings.TrimSpace(line[start:i]) != "" || (start > 0 && i < len(line)) {
			out = append(out, [2]int{start, i})
		}
		start = i + 1
	}
	return out
}

// tableRule reports whether a line only draws a table's rule ("---|:--").
func tableRule(line string) bool {
	t := strings.TrimSpace(line)
	return t != "" && strings.Trim(t, "|-:+ ") == ""
}

// tableBlock reads a roster table whose header is lines[li]. It returns
// the index after its last row and the masked text; ok is false when
// lines[li] heads no roster table.
func tableBlock(lines []string, li int) (end int, masked string, ok bool) {
	head := tableCells(lines[li])
	if len(head) < 2 {
		return 0, "", false
	}
	col := -1
	for i, c := range head {
		ws := strings.Fields(strings.ToLower(lines[li][c[0]:c[1]]))
		if len(ws) > 0 && len(ws) <= 3 && tableRosterHeads[ws[len(ws)-1]] {
			col = i
			break
		}
	}
	if col < 0 {
		return 0, "", false
	}
	var rows []int
	k := li + 1
	for ; k < len(lines); k++ {
		if blank(lines[k]) {
			if nx := spacedRow(lines, k, len(head)); nx > k {
				k = nx - 1
				continue
			}
			break
		}
		if tableRule(lines[k]) && len(rows) == 0 {
			continue
		}
		if len(tableCells(lines[k])) != len(head) {
			break
		}
		rows = append(rows, k)
	}
	if len(rows) == 0 {
		return 0, "", false
	}
	keep := func(line string) []byte {
		b := []byte(strings.Repeat(" ", len(line)))
		if cs := tableCells(line); len(cs) == len(head) {
			c := cs[col]
			copy(b[c[0]:c[1]], line[c[0]:c[1]])
		}
		return b
	}
	var out []byte
	out = append(out, keep(lines[li])...)
	for j := li + 1; j < k; j++ {
		sep := byte(' ')
		switch {
		case j == li+1:
			sep = ':' // the header's line break
		case j > rows[0] && !tableRule(lines[j]) && !blank(lines[j]):
			sep = ','
		}
		out = append(out, sep)
		if tableRule(lines[j]) || blank(lines[j]) {
			out = append(out, strings.Repeat(" ", len(lines[j]))...)
			continue
		}
		out = append(out, keep(lines[j])...)
	}
	return k, string(out), true
}

// blank reports whether a line holds only white space.
func blank(line string) bool { return strings.TrimSpace(line) == "" }

// spacedRow returns the index of the first line after the blank lines from
// lines[k] on when it goes on with a table of n cells (a row or a rule),
// else k. A table copied from a page that sets each row apart as a
// paragraph, or from an article whose every line is followed by a blank
// one (testdata/blind/layout.py: sentence-lines, spaced-lines), is one
// table.
func spacedRow(lines []string, k, n int) int {
	nx := k
	for nx < len(lines) && blank(lines[nx]) {
		nx++
	}
	if nx == k || nx >= len(lines) || !tableRule(lines[nx]) && len(tableCells(lines[nx])) != n {
		return k
	}
	return nx
}

package extract

import (
	"regexp"
	"strings"
)

// A roster set out as "Name - role" lines with no bullet (round 34,
// dev21): "The company gave its line-up of investors as follows:\n\nNew
// Enterprise Associates - co-lead\nNvidia - strategic investor\nKDDI -
// corporate investor, follow-on". After a lead-in that ends with a colon,
// two or more such lines in a row are the list's items, as bulleted lines
// are. The masked line puts a dash before the name, two bytes to the
// right, and blanks the role, so that the rules read "- Nvidia" as they
// read a bulleted item; the line keeps its length, so the block's
// evidence is the original text at the same offsets. A name of more than
// six words, or with a full stop inside, is prose; so is a line that
// ends a sentence.

// dashItemRE is an unmarked item: a capitalised name, a spaced dash, and
// a role.
var dashItemRE = regexp.MustCompile(`^(\p{Lu}[^\n]{0,70}?) [-–—] \S[^\n]*$`)

// dashName is the name part of an unmarked item line, or "".
func dashName(line string) string {
	m := dashItemRE.FindStringSubmatch(strings.TrimRight(line, " \t"))
	if m == nil || strings.HasSuffix(strings.TrimSpace(line), ".") {
		return ""
	}
	name := m[1]
	if i := strings.Index(name, " ("); i > 0 {
		name = name[:i] // "Analysys Mason (consultancy) - 5%"
	}
	if strings.Count(name, " ") > 5 || strings.Contains(name, ". ") {
		return ""
	}
	return name
}

// dashItems returns the unmarked item lines after the colon lead-in
// lines[li], blank lines allowed between them, or nil when fewer than two
// follow.
func dashItems(lines []string, li int) []int {
	if !strings.HasSuffix(strings.TrimSpace(lines[li]), ":") {
		return nil
	}
	var items []int
	for k := li + 1; k < len(lines); k++ {
		if strings.TrimSpace(lines[k]) == "" {
			if len(items) > 0 {
				break // the list ends at its first blank line after an item
			}
			continue
		}
		if dashName(lines[k]) == "" {
			break
		}
		items = append(items, k)
	}
	if len(items) < 2 {
		return nil
	}
	return items
}

// maskDashItem masks an unmarked item line as "- Name" and blanks.
func maskDashItem(line string) (string, bool) {
	name := dashName(line)
	if name == "" || len(name)+2 > len(line) {
		return "", false
	}
	return "- " + name + strings.Repeat(" ", len(line)-len(name)-2), true
}

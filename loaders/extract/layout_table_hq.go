package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// Seats set out as a table (helper z23link, issue 13): a header row whose
// cells are cut by "|", one column naming the organisation and one naming
// where it is headquartered, then one row per organisation:
//
//	| Company | Business | Headquarters |
//	| Acme Telecom | Mobile operator | Norway |
//
// Each row's organisation is headquartered in the country (or a city the
// city table knows) of its seat column. The seat column's header must say
// so ("Headquarters", "HQ", "Head office", "Based in", "Home country",
// "Headquarters country"); a bare "Country" or "Market" column may be
// where a company sells, not its seat, and is read as nothing. Every row
// is a sentence of its own, read while rows of the header's width follow.

// seatTable is the header of a table of seats being read.
type seatTable struct {
	cols int // cells per row
	org  int // the column naming the organisation
	seat int // the column naming its seat
	sent int // the sentence of the header or of the last row read
}

// seatHeader reports whether a header cell names an organisation's seat.
func seatHeader(cell string) bool {
	c := strings.ToLower(strings.TrimSpace(cell))
	switch c {
	case "hq", "hq country", "head office", "based in", "base", "home country", "home market", "seat", "domicile":
		return true
	}
	return strings.HasPrefix(c, "headquarter")
}

// famSeatTable reads a header of a table of seats, or one of its rows.
func (x *extractor) famSeatTable(c *clauses) {
	cells := tableCells(c.s.text)
	if t := x.hqTable; t != nil && (x.sentIdx != t.sent+1 || len(cells) != t.cols) {
		x.hqTable = nil // the table ended
	}
	if len(cells) < 2 {
		return
	}
	cell := func(i int) string { return c.s.text[cells[i][0]:cells[i][1]] }
	if x.hqTable == nil {
		t := &seatTable{cols: len(cells), org: -1, seat: -1, sent: x.sentIdx}
		for i := range cells {
			if seatHeader(cell(i)) && t.seat < 0 {
				t.seat = i
			}
		}
		for i := range cells {
			h := strings.ToLower(strings.TrimSpace(cell(i)))
			if i != t.seat && (companyHeader(h) || tableHeadingWords[h]) {
				t.org = i
				break
			}
		}
		if t.org < 0 && t.seat > 0 {
			t.org = 0
		}
		if t.seat >= 0 && t.org >= 0 {
			x.hqTable = t
		}
		return
	}
	x.hqTable.sent = x.sentIdx
	org, place := seatRow(c.s, cells, x.hqTable)
	if org < 0 {
		return
	}
	x.rule = "headquarters.table"
	if place >= 0 {
		x.emitHQ(c.s, org, place, 0.75)
		return
	}
	city := strings.ToLower(strings.TrimSpace(cell(x.hqTable.seat)))
	if code, ok := cities[city]; ok {
		for _, a := range x.argOf(c.s, org) {
			if so := x.resolve(a, orgTypesAll); so != "" && !strings.HasPrefix(so, "_new") {
				x.emit(c.s, schema.Fact{Relation: schema.RelHeadquarteredIn, Subject: x.mention(a, so), Object: x.mention(arg{slug: code, text: cell(x.hqTable.seat)}, code)}, confOf(0.75, a))
			}
		}
	}
}

// rereadRows returns the index of the line the sentence splitter goes on
// after a roster table read as one sentence from lines[li] to lines[end]:
// end-1, or li when the table has a seat column (its header row is the
// first line holding bars from lines[from] on), so that each row is also
// read as a sentence of its own and famSeatTable reads its seat.
func rereadRows(lines []string, li, from, end int) int {
	for k := from; k < end; k++ {
		cs := tableCells(lines[k])
		if len(cs) == 0 {
			continue
		}
		for _, c := range cs {
			if seatHeader(lines[k][c[0]:c[1]]) {
				return li
			}
		}
		break
	}
	return end - 1
}

// seatRow returns the mention of a row's one organisation in t's
// organisation column and of the country in its seat column (-1: none);
// org is -1 when the organisation cell names two or the seat cell names
// something else than a country.
func seatRow(s *sent, cells [][2]int, t *seatTable) (org, place int) {
	org, place = -1, -1
	for i, m := range s.ms {
		inOrg := m.Start >= cells[t.org][0] && m.End <= cells[t.org][1]
		inSeat := m.Start >= cells[t.seat][0] && m.End <= cells[t.seat][1]
		switch {
		case inOrg && isOrgKind(m.Kind) && org >= 0:
			return -1, -1 // two organisations in one cell: whose seat is unclear
		case inOrg && isOrgKind(m.Kind):
			org = i
		case inSeat && m.Kind == 'N':
			place = i
		case inSeat:
			return -1, -1 // another name in the seat cell
		}
	}
	return org, place
}

package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file reads rounds set out as a table (helper x14inv, issue 13, on
// the drill testdata/drills/invest4): a header row whose cells are cut by
// "|", one column naming the company and one or more naming its backers,
// then one row per round:
//
//	Start-up | Amount | Led by | Also in the round
//	Acme | $15m Series A | Kestrel Capital | Ion Cloud, Larch Ventures
//
// Each row's backers invested in the company of its first column. The
// header must name backers ("led by", "lead investor(s)", "investors",
// "backers", "participants", "also in the round"); a table of customers,
// members or partners is layout_table.go's or nobody's. Every row is a
// sentence of its own, read while rows of the header's width follow it.

// fundingTable is the header of a table of rounds being read.
type fundingTable struct {
	cols    int   // cells per row
	company int   // the column naming the company
	backers []int // the columns naming its backers
	sent    int   // the sentence of the header or of the last row read
}

// backerHeader reports whether a header cell names a round's backers.
func backerHeader(cell string) bool {
	c := strings.ToLower(strings.TrimSpace(cell))
	return strings.HasPrefix(c, "led by") || strings.HasPrefix(c, "lead") || strings.Contains(c, "investor") ||
		strings.Contains(c, "backer") || strings.Contains(c, "participant") || strings.Contains(c, "in the round")
}

// companyHeader reports whether a header cell names the raising company.
func companyHeader(cell string) bool {
	switch strings.ToLower(strings.TrimSpace(cell)) {
	case "start-up", "startup", "company", "firm", "start-ups", "startups", "companies", "name", "investee", "raised by":
		return true
	}
	return false
}

// famFundingTable reads a header of a table of rounds, or one of its rows.
func (x *extractor) famFundingTable(c *clauses) {
	cells := tableCells(c.s.text)
	if t := x.fundTable; t != nil && (x.sentIdx != t.sent+1 || len(cells) != t.cols) {
		x.fundTable = nil // the table ended
	}
	if len(cells) < 3 {
		return
	}
	if x.fundTable == nil {
		t := &fundingTable{cols: len(cells), company: -1, sent: x.sentIdx}
		for i, cl := range cells {
			cell := c.s.text[cl[0]:cl[1]]
			switch {
			case companyHeader(cell) && t.company < 0:
				t.company = i
			case backerHeader(cell):
				t.backers = append(t.backers, i)
			}
		}
		if t.company >= 0 && len(t.backers) > 0 {
			x.fundTable = t
		}
		return
	}
	t := x.fundTable
	t.sent = x.sentIdx
	in := func(col, i int) bool {
		m := c.s.ms[i]
		return m.Start >= cells[col][0] && m.End <= cells[col][1] && isOrgKind(m.Kind)
	}
	var companies []arg
	for i := range c.s.ms {
		if in(t.company, i) {
			companies = append(companies, x.argOf(c.s, i)...)
		}
	}
	if len(companies) != 1 || x.resolve(companies[0], companyTypes) == "" {
		return
	}
	x.rule = "invest.table"
	for _, col := range t.backers {
		for i := range c.s.ms {
			if !in(col, i) {
				continue
			}
			for _, a := range x.argOf(c.s, i) {
				x.emitFact(c.s, schema.RelInvestedIn, a, companies[0], "", 0.7, schema.Fact{})
			}
		}
	}
}

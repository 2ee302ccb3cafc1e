package watch

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"

	"golang.org/x/net/html/charset"

	"github.com/telcograph/telcograph/schema"
)

// atomNS is the Atom 1.0 namespace (RFC 4287). It names a feed format,
// not a vocabulary term, so it is spelled here rather than in schema.
const atomNS = "http://www.w3.org/2005/Atom"

// entry is one item a feed lists: the page to fetch and what the feed
// says about it.
type entry struct {
	Link  string      // absolute http or https URL of the page
	Title string      // the item's title, "" when it has none
	Date  schema.Date // the item's publication day, zero when unknown
}

// parseFeed reads an RSS 2.0 or Atom document fetched from base. Links are
// resolved against base; items without an http or https link are left
// out, and counted in skipped. A document that is not well-formed XML, or
// not RSS or Atom, is an error wrapping schema.ErrInvalid.
func parseFeed(base *url.URL, data []byte) (entries []entry, skipped int, err error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.CharsetReader = charset.NewReaderLabel
	d.Entity = xml.HTMLEntity // &nbsp; and friends appear in real feeds
	var root xml.StartElement
	for {
		tok, err := d.Token()
		if err != nil {
			return nil, 0, xmlError(err)
		}
		if se, ok := tok.(xml.StartElement); ok {
			root = se
			break
		}
	}
	var raw []entry
	switch {
	case root.Name.Local == "rss" && root.Name.Space == "":
		var doc rssDoc
		if err := d.DecodeElement(&doc, &root); err != nil {
			return nil, 0, xmlError(err)
		}
		for _, it := range doc.Channel.Items {
			raw = append(raw, it.entry())
		}
	case root.Name.Local == "feed" && root.Name.Space == atomNS:
		var doc atomDoc
		if err := d.DecodeElement(&doc, &root); err != nil {
			return nil, 0, xmlError(err)
		}
		for _, e := range doc.Entries {
			raw = append(raw, e.entry())
		}
	default:
		name := root.Name.Local
		if root.Name.Space != "" {
			name = root.Name.Space + " " + name
		}
		return nil, 0, fmt.Errorf("not an RSS 2.0 or Atom feed: its root element is <%s>: %w", name, schema.ErrInvalid)
	}
	for _, e := range raw {
		ref, err := url.Parse(strings.TrimSpace(e.Link))
		if e.Link == "" || err != nil {
			skipped++
			continue
		}
		link, err := checkURL(base.ResolveReference(ref).String())
		if err != nil {
			skipped++
			continue
		}
		e.Link = link
		entries = append(entries, e)
	}
	return entries, skipped, nil
}

// xmlError says where a document stopped being XML.
func xmlError(err error) error {
	var se *xml.SyntaxError
	switch {
	case errors.As(err, &se):
		return fmt.Errorf("malformed XML at line %d: %s: %w", se.Line, se.Msg, schema.ErrInvalid)
	case errors.Is(err, io.EOF):
		return fmt.Errorf("malformed XML: no root element: %w", schema.ErrInvalid)
	}
	return fmt.Errorf("malformed XML: %v: %w", err, schema.ErrInvalid)
}

type rssDoc struct {
	Channel struct {
		Items []rssItem `xml:"item"`
	} `xml:"channel"`
}

type rssItem struct {
	Title string `xml:"title"`
	// Links collects every element named link, so that an atom:link
	// inside an item does not overwrite the RSS one.
	Links []struct {
		XMLName xml.Name
		Text    string `xml:",chardata"`
	} `xml:"link"`
	GUID struct {
		Text        string `xml:",chardata"`
		IsPermaLink string `xml:"isPermaLink,attr"`
	} `xml:"guid"`
	PubDate string `xml:"pubDate"`
}

func (it rssItem) entry() entry {
	e := entry{Title: oneLine(it.Title), Date: dayOf(it.PubDate, rssDates)}
	for _, l := range it.Links {
		if l.XMLName.Space == "" && strings.TrimSpace(l.Text) != "" {
			e.Link = strings.TrimSpace(l.Text)
			break
		}
	}
	// A guid is a permalink unless it says otherwise (RSS 2.0 spec).
	if e.Link == "" && it.GUID.IsPermaLink != "false" {
		e.Link = strings.TrimSpace(it.GUID.Text)
	}
	return e
}

type atomDoc struct {
	Entries []atomEntry `xml:"http://www.w3.org/2005/Atom entry"`
}

type atomEntry struct {
	Title string `xml:"http://www.w3.org/2005/Atom title"`
	Links []struct {
		Rel  string `xml:"rel,attr"`
		Type string `xml:"type,attr"`
		Href string `xml:"href,attr"`
	} `xml:"http://www.w3.org/2005/Atom link"`
	Published string `xml:"http://www.w3.org/2005/Atom published"`
	Updated   string `xml:"http://www.w3.org/2005/Atom updated"`
}

func (a atomEntry) entry() entry {
	e := entry{Title: oneLine(a.Title), Date: dayOf(a.Published, atomDates)}
	if e.Date.IsZero() {
		e.Date = dayOf(a.Updated, atomDates)
	}
	// The page is the alternate link (rel absent means alternate, RFC 4287
	// §4.2.7.2), preferring an HTML one.
	for _, l := range a.Links {
		if (l.Rel == "" || l.Rel == "alternate") && l.Href != "" {
			if e.Link == "" || strings.Contains(l.Type, "html") {
				e.Link = l.Href
			}
		}
	}
	return e
}

// rssDates are the pubDate layouts met in practice: RFC 822 as RSS 2.0
// asks, with or without the weekday and seconds, and ISO 8601.
var rssDates = []string{
	time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
	"2 Jan 2006 15:04:05 -0700", "2 Jan 2006 15:04:05 MST", "Mon, 2 Jan 2006 15:04 -0700",
	"Mon, 2 Jan 2006 15:04 MST", "Mon, 2 Jan 2006", "2 Jan 2006", time.RFC3339,
}

var atomDates = []string{time.RFC3339, "2006-01-02"}

// dayOf is the calendar day s names in its own time zone (the publisher's
// day), or the zero Date when no layout reads it.
func dayOf(s string, layouts []string) schema.Date {
	s = strings.TrimSpace(s)
	for _, l := range layouts {
		if t, err := time.Parse(l, s); err == nil && t.Year() >= 1000 && t.Year() <= 9999 {
			return schema.Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day(), Precision: schema.PrecisionDay}
		}
	}
	return schema.Date{}
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

package extract

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/telcograph/telcograph/schema"
)

// looksHTML reports whether data is an HTML page rather than plain text.
func looksHTML(data []byte) bool {
	head := bytes.ToLower(bytes.TrimSpace(data[:min(len(data), 1024)]))
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	return bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html")) ||
		(bytes.HasPrefix(head, []byte("<")) && (bytes.Contains(head, []byte("<p")) || bytes.Contains(head, []byte("<body")) ||
			bytes.Contains(head, []byte("<head")) || bytes.Contains(head, []byte("<article"))))
}

// dropped are elements whose text is page furniture, not the story.
var dropped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Nav: true, atom.Footer: true, atom.Header: true,
	atom.Aside: true, atom.Noscript: true, atom.Form: true, atom.Button: true, atom.Iframe: true,
	atom.Svg: true, atom.Template: true, atom.Select: true, atom.Figcaption: true,
}

// blocks are elements whose text makes one paragraph of the body.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Li: true, atom.Blockquote: true, atom.Pre: true, atom.Td: true, atom.Dd: true, atom.Dt: true,
}

// readHTML takes the title, the canonical URL, the publication date and the
// story text of a page: the paragraphs inside <article> (or <main>, or the
// whole body when neither exists), one line each, boilerplate dropped.
func readHTML(data []byte) rawArticle {
	var doc rawArticle
	root, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return doc
	}
	var article, mainEl *html.Node
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if depth > 512 {
			return
		}
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Title:
				if doc.title == "" {
					doc.title = strings.Join(strings.Fields(textOf(n)), " ")
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && doc.url == "" {
					doc.url = attr(n, "href")
				}
			case atom.Meta:
				key := strings.ToLower(attr(n, "property") + attr(n, "name") + attr(n, "itemprop"))
				v := strings.TrimSpace(attr(n, "content"))
				switch key {
				case "og:url":
					if doc.url == "" {
						doc.url = v
					}
				case "article:published_time", "date", "datepublished", "pubdate", "publish-date", "dc.date":
					if doc.date.IsZero() && len(v) >= 4 {
						doc.date = leadingDate(v)
					}
				}
			case atom.Time:
				if doc.date.IsZero() {
					doc.date = leadingDate(attr(n, "datetime"))
				}
			case atom.Article:
				if article == nil {
					article = n
				}
			case atom.Main:
				if mainEl == nil {
					mainEl = n
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(root, 0)
	scope := article
	if scope == nil {
		scope = mainEl
	}
	if scope == nil {
		scope = root
	}
	var paras []string
	var collect func(n *html.Node, depth int)
	collect = func(n *html.Node, depth int) {
		if depth > 512 || (n.Type == html.ElementNode && (dropped[n.DataAtom] || n.DataAtom == atom.Head)) {
			return
		}
		if n.Type == html.ElementNode && blocks[n.DataAtom] {
			if t := strings.Join(strings.Fields(textOf(n)), " "); t != "" {
				paras = append(paras, t)
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			collect(c, depth+1)
		}
	}
	collect(scope, 0)
	if len(paras) == 0 {
		// No paragraphs: take the scope's text as one.
		if t := strings.Join(strings.Fields(textOf(scope)), " "); t != "" {
			paras = append(paras, t)
		}
	}
	doc.body = strings.Join(paras, "\n")
	return doc
}

// textOf is the text under n, without dropped elements.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if depth > 512 {
			return
		}
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
		case html.ElementNode:
			if dropped[n.DataAtom] {
				return
			}
			if n.DataAtom == atom.Br {
				b.WriteByte(' ')
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	return b.String()
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// leadingDate reads the date at the start of an ISO timestamp
// ("2024-07-15T09:00:00Z"), keeping what precision it has.
func leadingDate(s string) schema.Date {
	s = strings.TrimSpace(s)
	for _, n := range []int{10, 7, 4} {
		if len(s) >= n {
			if d, err := schema.ParseDate(s[:n]); err == nil {
				return d
			}
		}
	}
	return schema.Date{}
}

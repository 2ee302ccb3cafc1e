package watch

import (
	"net/url"
	"strings"
	"testing"
)

// FuzzParseFeed runs the feed parser on arbitrary bytes: it must never
// panic, and every link it returns must be an absolute http or https URL.
func FuzzParseFeed(f *testing.F) {
	f.Add([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><item><title>A &amp; B&nbsp;</title>` +
		`<link>/news/a</link><pubDate>Mon, 08 Jul 2024 09:00:00 +0900</pubDate></item>` +
		`<item><guid>https://example.org/b</guid></item><item><guid isPermaLink="false">x</guid></item></channel></rss>`))
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>A</title><link href="a" type="text/html"/>` +
		`<link rel="self" href="/self"/><published>2024-07-08T09:00:00+09:00</published></entry></feed>`))
	f.Add([]byte(`<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><item><link>javascript:x</link></item></channel></rss>`))
	f.Add([]byte("<rss><channel><item>"))
	base, _ := url.Parse("https://news.example.org/feeds/rss.xml")
	f.Fuzz(func(t *testing.T, data []byte) {
		entries, _, err := parseFeed(base, data)
		if err != nil {
			return
		}
		for _, e := range entries {
			u, err := url.Parse(e.Link)
			if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || strings.Contains(e.Link, "#") {
				t.Fatalf("link %q is not an absolute http(s) URL without a fragment", e.Link)
			}
		}
	})
}

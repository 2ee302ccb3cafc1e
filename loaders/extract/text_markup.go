package extract

import (
	"html"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Markup must not change what an article says either. Text taken from a
// web page keeps some of the page's markup, and before this layer the
// rules read it as words (measured by rewriting the corpus, heldout, tune
// and dev articles, 2266 facts; TestTypographyGivesSameFacts):
//
//   - HTML character references left undecoded ("AT&amp;T", "Nokia&#39;s",
//     "&quot;the alliance&quot;"): 106 facts lost to "&amp;" and 306 to
//     "&#39;", with 42 and 56 wrong ones found;
//   - Markdown emphasis and links ("**Nokia** said", "[Orange](https://…)"),
//     as HTML-to-Markdown converters write them: 336 facts lost and 103
//     wrong ones found when each paragraph's first word was set in bold;
//   - Markdown headings ("## Members");
//   - HTML tags ("<p>", "<b>Nokia</b>", "<a href=…>"): 363 facts lost and
//     103 wrong ones found with each paragraph's first word in <b>.
//
// Nor must a page's interstitials: a "READ MORE: <another story's
// headline>" or "Advertisement" line between two paragraphs cut the
// paragraphs' thread (coreference, the group in focus) and read the other
// headline as news (66 facts lost and 15 wrong ones found with one after
// each paragraph). readLines reads such a line as a blank one.
//
// Nor must the encoding of a letter: text in Unicode's decomposed form
// (NFD, as macOS writes file names and some pages their text) spells
// "Telefónica" as "o" and a combining accent, a name no register entry
// matches (20 facts lost over the same articles); and a page's hyphens
// (U+2010, or the non-breaking U+2011 that keeps "AI-RAN" on one line)
// hid every hyphenated name (200 facts lost, 49 wrong ones found).
//
// The reading drops the markup and decodes the references; the offset
// map keeps a fact's evidence quoted as the article wrote it.

// charRef reads an HTML character reference at s[i] ("&amp;", "&#39;",
// "&#x2019;"): the character and the reference's length, or ok false.
func charRef(s string, i int) (r rune, n int, ok bool) {
	j := strings.IndexByte(s[i+1:min(len(s), i+12)], ';')
	if j < 1 {
		return 0, 0, false
	}
	ref := s[i : i+j+2]
	for _, c := range ref[1 : len(ref)-1] {
		if !(c == '#' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return 0, 0, false
		}
	}
	u := html.UnescapeString(ref)
	if u == ref || utf8.RuneCountInString(u) != 1 {
		return 0, 0, false
	}
	r, _ = utf8.DecodeRuneInString(u)
	return r, len(ref), true
}

// markupAt reports how many bytes of Markdown markup start at s[i]: an
// emphasis marker ("**", "__"), a heading's hashes at the start of a line
// (start), or a link's opening bracket; for a link, also where its
// "](url)" lies in s, to be skipped in turn (to 0: none).
func markupAt(s string, i int, start bool) (n, from, to int) {
	switch {
	case i+1 < len(s) && (s[i] == '*' && s[i+1] == '*' || s[i] == '_' && s[i+1] == '_'):
		n = 2
		for i+n < len(s) && s[i+n] == s[i] {
			n++ // "***"
		}
		return n, 0, 0
	case start && s[i] == '#':
		k := i
		for k < len(s) && s[k] == '#' {
			k++
		}
		if k-i <= 6 && k < len(s) && s[k] == ' ' {
			return k + 1 - i, 0, 0
		}
	case s[i] == '[':
		// [text](url): the text stays, the brackets and url go.
		end := strings.Index(s[i:], "](")
		if end < 2 || strings.ContainsAny(s[i+1:i+end], "[]") {
			return 0, 0, 0
		}
		from = i + end
		close := strings.IndexByte(s[from:], ')')
		if close < 0 {
			return 0, 0, 0
		}
		url := s[from+2 : from+close]
		if strings.ContainsAny(url, " \t") || !(strings.HasPrefix(url, "http") || strings.HasPrefix(url, "/") || strings.HasPrefix(url, "#") || strings.HasPrefix(url, "www.") || strings.HasPrefix(url, "mailto:")) {
			return 0, 0, 0
		}
		return 1, from, from + close + 1
	}
	return 0, 0, 0
}

// htmlTags are the tags of running text that an extraction from a web
// page may leave in it; block tags read as a space.
var htmlTags = map[string]bool{
	"p": true, "br": true, "div": true, "li": true, "ul": true, "ol": true, "span": false, "a": false,
	"b": false, "strong": false, "i": false, "em": false, "u": false, "small": false, "sup": false, "sub": false,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "blockquote": true, "figcaption": true,
	"td": true, "th": true, "tr": true, "table": true, "hr": true, "section": true, "article": true, "cite": false, "mark": false,
}

// tagAt reads an HTML tag of running text at s[i] ("<b>", "</p>",
// "<a href=\"…\">", "<br/>"): its length and whether it breaks the text
// like a space; n 0 when s[i] opens no such tag.
func tagAt(s string, i int) (n int, block bool) {
	j := strings.IndexByte(s[i:], '>')
	if j < 2 || strings.IndexByte(s[i+1:i+j], '<') >= 0 {
		return 0, false
	}
	name := strings.TrimPrefix(s[i+1:i+j], "/")
	name = strings.TrimSuffix(name, "/")
	if k := strings.IndexAny(name, " \t"); k >= 0 {
		name = name[:k]
	}
	block, ok := htmlTags[strings.ToLower(name)]
	if !ok {
		return 0, false
	}
	return j + 1, block
}

// combining reports whether s opens on a combining mark (an accent that
// NFD text writes after its letter).
func combining(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.Is(unicode.Mn, r)
}

// interstitialRE is a line a web page puts between paragraphs: a link to
// another story behind a label and a colon, dash or chevron, or a bare
// advertising or subscription label.
var interstitialRE = regexp.MustCompile(`^\s*(?:(?:READ MORE|Read [Mm]ore|RELATED|Related(?: [Ss]tor(?:y|ies)| [Aa]rticles?| [Cc]ontent| [Rr]eading)?|ALSO READ|Also [Rr]ead|SEE ALSO|See [Aa]lso|RECOMMENDED|Recommended(?: for you)?|MORE FROM [^:]{1,40}|More from [^:]{1,40}|WATCH|Watch|LISTEN|Listen|EDITOR'S PICK|Editor's [Pp]ick)\s*(?::|>>?|»|\||[-–—] )|(?:ADVERTISEMENT|Advertisement|SPONSORED|Sponsored(?: content)?|Story continues below(?: advertisement)?|Continue reading(?: below)?|Scroll to continue(?: with content)?|Subscribe(?: now)?|SUBSCRIBE)\.?\s*$)`)

// interstitial reports whether a line is a page's interstitial.
func interstitial(line string) bool {
	return len(line) < 200 && interstitialRE.MatchString(line)
}

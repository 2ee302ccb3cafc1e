package extract_test

import (
	"html"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/telcograph/telcograph/loaders/extract"
	"github.com/telcograph/telcograph/schema"
)

// The same article in another typography must give the same facts
// (text_lines.go): hard-wrapped at any usual width, with or without breaks
// after a compound's hyphen, with no-break spaces, with soft hyphens inside
// words, with CRLF line ends, with typographic quotation marks and
// apostrophes, and with the markup a web page leaves in its text (HTML
// character references and tags, Markdown emphasis, links and headings:
// text_markup.go). Before text_lines.go, wrapping the tune split
// at 72 columns took its F1 from 0.92 to 0.52, and no-break spaces after
// full stops took dev2's from 0.84 to 0.69.

// curlyQuotes sets ASCII quotation marks and apostrophes as a word
// processor does: an apostrophe or a quotation mark after a letter or
// digit closes, one after a space, a line start or a bracket opens.
func curlyQuotes(body string) string {
	var b strings.Builder
	prev := ' '
	for _, r := range body {
		open := unicode.IsSpace(prev) || strings.ContainsRune("([{-", prev)
		switch {
		case r == '"' && open:
			b.WriteRune('\u201C')
		case r == '"':
			b.WriteRune('\u201D')
		case r == '\'' && open:
			b.WriteRune('\u2018')
		case r == '\'':
			b.WriteRune('\u2019')
		default:
			b.WriteRune(r)
		}
		prev = r
	}
	return b.String()
}

// wrapText hard-wraps every line of body longer than width characters at
// spaces, as
// fmt(1) and e-mail clients do; with hyphens, also after a hyphen inside a
// word, as Python's textwrap does.
func wrapText(body string, width int, hyphens bool) string {
	var out []string
	for _, line := range strings.Split(body, "\n") {
		if utf8.RuneCountInString(line) <= width {
			out = append(out, line)
			continue
		}
		var words []string
		for _, w := range strings.Fields(line) {
			if !hyphens {
				words = append(words, w)
				continue
			}
			for {
				i := strings.Index(w, "-")
				if i <= 0 || i == len(w)-1 || !unicode.IsLetter(rune(w[i-1])) || !unicode.IsLetter(rune(w[i+1])) {
					break
				}
				words = append(words, w[:i+1]+"\x00") // NUL: glue to the next piece
				w = w[i+1:]
			}
			words = append(words, w)
		}
		cur := ""
		for _, w := range words {
			glue := strings.HasSuffix(cur, "\x00")
			piece := strings.TrimSuffix(w, "\x00")
			switch {
			case cur == "":
				cur = w
			case utf8.RuneCountInString(strings.ReplaceAll(cur, "\x00", ""))+1+utf8.RuneCountInString(piece) > width:
				out = append(out, strings.ReplaceAll(cur, "\x00", ""))
				cur = w
			case glue:
				cur = strings.TrimSuffix(cur, "\x00") + w
			default:
				cur += " " + w
			}
		}
		out = append(out, strings.ReplaceAll(cur, "\x00", ""))
	}
	return strings.Join(out, "\n")
}

// bodyOnly applies f to the text after the header lines ("source:",
// "date:") and the blank line that ends them.
func bodyOnly(text string, f func(string) string) string {
	if i := strings.Index(text, "\n\n"); i >= 0 && strings.HasPrefix(text, "source:") {
		return text[:i+2] + f(text[i+2:])
	}
	return f(text)
}

// softHyphenate puts a soft hyphen inside every capitalised word of eight
// letters or more, as CMS hyphenation does.
func softHyphenate(s string) string {
	var b strings.Builder
	for i, w := range strings.Split(s, " ") {
		if i > 0 {
			b.WriteByte(' ')
		}
		if len(w) >= 8 && unicode.IsUpper(rune(w[0])) && strings.IndexFunc(w[:6], func(r rune) bool { return !unicode.IsLetter(r) }) < 0 {
			w = w[:4] + "\u00ad" + w[4:]
		}
		b.WriteString(w)
	}
	return b.String()
}

// typographies are the variants of an article that must read the same.
var typographies = []struct {
	name string
	f    func(string) string
}{
	{"wrapped at 60", func(s string) string { return wrapText(s, 60, false) }},
	{"wrapped at 72", func(s string) string { return wrapText(s, 72, false) }},
	{"wrapped at 80 with hyphen breaks", func(s string) string { return wrapText(s, 80, true) }},
	{"wrapped at 100", func(s string) string { return wrapText(s, 100, false) }},
	{"no-break spaces", func(s string) string {
		return strings.NewReplacer(". ", ".\u00a0", " and ", "\u00a0and\u00a0", ", ", ",\u202f").Replace(s)
	}},
	{"soft hyphens", softHyphenate},
	{"CRLF", func(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }},
	{"typographic quotes", curlyQuotes},
	// Markup a web page leaves in its text (text_markup.go).
	{"HTML &amp;", func(s string) string { return strings.ReplaceAll(s, "&", "&amp;") }},
	{"HTML &#39;", func(s string) string { return strings.ReplaceAll(s, "'", "&#39;") }},
	{"HTML &quot; and &rsquo;", func(s string) string {
		return strings.NewReplacer(`"`, "&quot;", "s'", "s&rsquo;").Replace(s)
	}},
	{"HTML <b> and <br>", func(s string) string {
		return strings.ReplaceAll(firstWord.ReplaceAllString(s, "<b>$1</b>"), ". ", ".<br> ")
	}},
	{"Markdown bold", func(s string) string { return firstWord.ReplaceAllString(s, "**$1**") }},
	{"Markdown links", func(s string) string { return sentenceWord.ReplaceAllString(s, "$1[$2](https://example.com/a/b)") }},
	{"Markdown headings", func(s string) string { return shortLine.ReplaceAllString(s, "## $1") }},
	{"decomposed accents (NFD)", norm.NFD.String},
	{"non-breaking hyphens", func(s string) string { return strings.ReplaceAll(s, "-", "\u2011") }},
	{"interstitial lines", func(s string) string {
		return paraEnd.ReplaceAllString(s, "$1\nREAD MORE: Operators weigh network spending cuts\nAdvertisement")
	}},
}

var (
	firstWord    = regexp.MustCompile(`(?m)^([A-Z][a-z]+)`)
	sentenceWord = regexp.MustCompile(`(?m)(^|\. )([A-Z][a-z]+)`)
	paraEnd      = regexp.MustCompile(`(?m)^(.{80,}\.)$`)
	shortLine    = regexp.MustCompile(`(?m)^([A-Z][^.\n]{0,50})$`)
	markupRE     = regexp.MustCompile(`(?m)</?(?:b|br)>|\*\*|^## |\]\(https://example\.com/a/b\)|\[`)
)

// sansEvidence is what a fact says, with its evidence's spacing and soft
// hyphens dropped: the evidence quotes the article as written, so it
// differs between typographies only in those. Which rule found a fact,
// its confidence and the words that named an entity are how it was found,
// not what it says: when two rules find one fact, either may be kept.
func sansEvidence(fs []schema.Fact) []schema.Fact {
	out := make([]schema.Fact, len(fs))
	for i, f := range fs {
		f.Evidence = squash(f.Evidence)
		f.Rule, f.Confidence, f.Subject.Text, f.Object.Text = "", 0, "", ""
		f.Name, f.Purpose, f.Topic, f.Amount = squash(f.Name), squash(f.Purpose), squash(f.Topic), squash(f.Amount)
		f.Partners = append([]schema.Mention(nil), f.Partners...)
		for j := range f.Partners {
			f.Partners[j].Text = ""
		}
		out[i] = f
	}
	return out
}

// squash drops a text's spaces and soft hyphens and writes its quotation
// marks and apostrophes in ASCII.
func squash(s string) string {
	s = norm.NFC.String(html.UnescapeString(markupRE.ReplaceAllString(s, "")))
	s = strings.ReplaceAll(s, "\u2011", "-")
	s = strings.NewReplacer("\u00ad", "", "\u201C", `"`, "\u201D", `"`, "\u2018", "'", "\u2019", "'").Replace(s)
	return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), "")
}

func TestTypographyGivesSameFacts(t *testing.T) {
	if extract.RaceDetector {
		t.Skip("one goroutine's work over 170 articles, five times slower under -race; make unit runs it without")
	}
	type article struct {
		path string
		text []byte
		reg  *schema.Register
	}
	var all []article
	eachArticle(t, []articleSet{
		{"../../testdata/corpus/articles", "../../testdata/corpus/aliases.yaml"},
		{"../../testdata/heldout/articles", "../../testdata/heldout/aliases.yaml"},
		{"../../testdata/blind/tune/articles", "../../testdata/blind/tune/aliases.yaml"},
	}, 5, func(f string, text []byte, reg *schema.Register) {
		all = append(all, article{f, text, reg})
	})
	for _, a := range all {
		t.Run(filepath.Base(a.path), func(t *testing.T) {
			t.Parallel() // each article on its own: the sweep uses every core
			want, err := extract.ExtractArticle(a.path, a.text, extract.ExtractOptions{Register: a.reg})
			if err != nil {
				t.Fatal(err)
			}
			for _, ty := range typographies {
				got, err := extract.ExtractArticle(a.path, []byte(bodyOnly(string(a.text), ty.f)), extract.ExtractOptions{Register: a.reg})
				if err != nil {
					t.Fatalf("%s: %v", ty.name, err)
				}
				w, g := sansEvidence(want.Articles[0].Facts), sansEvidence(got.Articles[0].Facts)
				if !reflect.DeepEqual(w, g) {
					t.Errorf("%s: %d facts, want the %d of the article as written%s",
						ty.name, len(g), len(w), factDiff(w, g))
				}
			}
		})
	}
}

// factDiff lists the facts only one of two lists has.
func factDiff(want, got []schema.Fact) string {
	key := func(f schema.Fact) string {
		return string(f.Relation) + "(" + f.Subject.ID + "," + f.Object.ID + ") " + f.Evidence
	}
	in := func(fs []schema.Fact, k string) bool {
		for _, f := range fs {
			if key(f) == k {
				return true
			}
		}
		return false
	}
	var b strings.Builder
	for _, f := range want {
		if !in(got, key(f)) {
			b.WriteString("\n  lost:  " + key(f))
		}
	}
	for _, f := range got {
		if !in(want, key(f)) {
			b.WriteString("\n  added: " + key(f))
		}
	}
	return b.String()
}

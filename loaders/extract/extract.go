package extract

import (
	"bytes"
	"fmt"
	"net/url"
	"path"
	"runtime/debug"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/telcograph/telcograph/loaders/facts"
	"github.com/telcograph/telcograph/schema"
)

// ExtractorName is the extractor recorded on every fact ExtractArticle
// produces.
const ExtractorName = "telcograph-rules/1"

// ExtractOptions control ExtractArticle.
type ExtractOptions struct {
	// URL is the article's source URL; it overrides a "source:" header line
	// or an HTML canonical link. Without any, a file: URL of name is used.
	URL string
	// Date is the publication date that relative dates resolve against; it
	// overrides a "date:" header line or HTML metadata.
	Date schema.Date
	// Title overrides the <title> of an HTML page or a "title:" header.
	Title string
	// Register holds the known entities with their names and aliases. Nil
	// means none: every organisation is then discovered.
	Register *schema.Register
	// MinConfidence drops facts whose confidence is below it.
	MinConfidence float64

	collect *learnCollector // a training run: record the learned pass's pairs (learned_train.go)
}

// ExtractArticle reads one raw article and returns it as article facts. The
// input is plain text, optionally opening with header lines ("source: URL",
// "date: 2024-07", "title: ..." up to a blank line), or an HTML page, whose
// boilerplate (script, style, nav, header, footer, aside, forms) is dropped.
//
// Every fact carries its evidence (the sentence stating it, a verbatim
// substring of the body), a confidence and ExtractorName. The returned
// Register is opt.Register plus the entities the extractor discovered,
// which are also listed in Discovered. An input with no text is an error
// wrapping schema.ErrInvalid; anything else yields an article, possibly
// without facts. ExtractArticle is safe for concurrent use as long as the
// register is not written meanwhile.
//
// A rule that fails (a panic) fails only its article: the error is a
// *RuleError naming it, with the stack.
func ExtractArticle(name string, data []byte, opt ExtractOptions) (f *facts.File, err error) {
	defer func() {
		if r := recover(); r != nil {
			f, err = nil, &RuleError{Name: name, Value: r, Stack: debug.Stack()}
		}
	}()
	f, _, err = extractArticle(name, data, opt, false)
	return f, err
}

// extractArticle is ExtractArticle, also returning the extractor that read
// the article; with track, it records the entities each sentence's mentions
// were linked to (for Evaluate).
func extractArticle(name string, data []byte, opt ExtractOptions, track bool) (*facts.File, *extractor, error) {
	if panicHook != nil {
		panicHook(name)
	}
	if !utf8.Valid(data) {
		data = bytes.ToValidUTF8(data, []byte("\uFFFD"))
	}
	var doc rawArticle
	if looksHTML(data) {
		doc = readHTML(data)
	} else {
		doc = readPlain(string(data))
	}
	if opt.URL != "" {
		doc.url = opt.URL
	}
	if !opt.Date.IsZero() {
		doc.date = opt.Date
	}
	if opt.Title != "" {
		doc.title = opt.Title
	}
	if strings.TrimSpace(doc.body) == "" {
		return nil, nil, fmt.Errorf("extract %s: no article text: %w", name, schema.ErrInvalid)
	}
	if u, err := url.Parse(doc.url); doc.url == "" || err != nil || u.Scheme == "" || u.Host == "" {
		doc.url = "file:///" + strings.TrimPrefix(path.Clean("/"+strings.ReplaceAll(name, "\\", "/")), "/")
	}
	reg := &schema.Register{}
	if opt.Register != nil {
		if err := reg.Merge(opt.Register); err != nil {
			return nil, nil, err
		}
	}
	// reg is a copy of opt.Register: the lexicon comes from the cache of
	// opt.Register's (lexicon_cache.go).
	x := newExtractorLex(reg, lexiconFor(opt.Register), doc.date)
	x.track = track
	x.collect = opt.collect
	x.run(doc.body)

	a := schema.Article{
		ID:    articleID(name),
		File:  name,
		URL:   doc.url,
		Title: doc.title,
		Date:  doc.date,
	}
	if u, err := url.Parse(doc.url); err == nil && u.Host != "" {
		a.Publisher = strings.TrimPrefix(u.Host, "www.")
	}
	used := make(map[string]bool)
	var raws []float64
	for _, f := range x.result() {
		raw := f.Confidence
		f.Confidence = calibrated.of(raw)
		if f.Confidence < opt.MinConfidence {
			continue
		}
		for _, id := range facts.EntityIDs(f) {
			used[id] = true
		}
		a.Facts = append(a.Facts, f)
		raws = append(raws, raw)
	}
	for i := range a.Facts {
		a.Facts[i].ID = fmt.Sprintf("%s-%02d", a.ID, i+1)
		if track {
			if x.raw == nil {
				x.raw = make(map[string]float64)
			}
			x.raw[a.Facts[i].ID] = raws[i]
		}
	}
	out := &facts.File{Articles: []schema.Article{a}, Register: reg}
	slugs := make([]string, 0, len(x.discovered))
	for s := range x.discovered {
		if used[s] {
			slugs = append(slugs, s)
		}
	}
	// Built-in countries the facts use but the register lacks are listed
	// too, so the output reads back against the same register.
	for s := range used {
		if _, ok := reg.Lookup(s); ok || x.discovered[s] != nil {
			continue
		}
		if e, ok := x.lx.ents[s]; ok && e.Type == schema.TypeCountry {
			x.discovered[s] = &facts.Discovered{Entity: e, Cue: "built-in country list"}
			slugs = append(slugs, s)
		}
	}
	sort.Strings(slugs)
	for _, s := range slugs {
		d := x.discovered[s]
		if err := reg.Add(d.Entity); err != nil {
			continue
		}
		out.Discovered = append(out.Discovered, *d)
	}
	return out, x, nil
}

// articleID is a short id from a file name: its base name without
// extension, or "article".
func articleID(name string) string {
	b := path.Base(strings.ReplaceAll(name, "\\", "/"))
	if i := strings.IndexByte(b, '.'); i > 0 {
		b = b[:i]
	}
	if b == "" || b == "." || b == "/" {
		return "article"
	}
	return b
}

// rawArticle is an input split into its metadata and body text.
type rawArticle struct {
	url, title string
	date       schema.Date
	body       string
}

// readPlain splits the corpus's header lines from the body. Header lines
// are "key: value" lines (source, url, date, title, publisher) at the top,
// ended by a blank line; without them the whole input is the body.
func readPlain(s string) rawArticle {
	s = strings.TrimPrefix(s, "\uFEFF")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var doc rawArticle
	rest := s
	for {
		line, after, found := strings.Cut(rest, "\n")
		t := strings.TrimSpace(line)
		if t == "" {
			if doc != (rawArticle{}) || rest != s {
				rest = after
			}
			break
		}
		k, v, ok := strings.Cut(t, ":")
		k, v = strings.ToLower(strings.TrimSpace(k)), strings.TrimSpace(v)
		if !ok {
			break
		}
		switch k {
		case "source", "url":
			doc.url = v
		case "date":
			if d, err := schema.ParseDate(v); err == nil {
				doc.date = d
			}
		case "title":
			doc.title = v
		case "publisher":
		default:
			ok = false
		}
		if !ok {
			break
		}
		rest = after
		if !found {
			break
		}
	}
	if rest == s {
		doc = rawArticle{}
	}
	doc.body = rest
	return doc
}

package watch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/telcograph/telcograph/loaders/extract"
	"github.com/telcograph/telcograph/schema"
)

// errSink marks an error the sink returned: the article was fine, so it
// is fetched whole again next time.
var errSink = errors.New("sink")

// source is an article's origin and what its feed said about it.
type source struct {
	key   string      // History key of its URL: the page URL or the file: URL
	name  string      // the name given to the extractor
	feed  string      // "" for the drop folder
	title string      // the feed's title for it, if any
	date  schema.Date // the feed's date for it, if any
	file  bool        // from the drop folder: the article's own URL stands
}

// process extracts an article and hands it to the sink unless its URL or
// its text was processed before.
func (w *Watcher) process(ctx context.Context, p *poll, src source, data []byte) error {
	text := extract.Text(data)
	if strings.TrimSpace(text) == "" {
		return fmt.Errorf("no article text: %w", schema.ErrInvalid)
	}
	hash := HashKey(text)
	// A cheap check first: a known story is not extracted again.
	if seen, err := w.history.Has(ctx, hash); err != nil {
		return fmt.Errorf("history: %w", err)
	} else if seen {
		p.count(func(s *Stats) { s.Duplicates++ })
		if err := w.history.Add(ctx, src.key); err != nil {
			return fmt.Errorf("history: %w", err)
		}
		return nil
	}
	opt := w.extract
	if !src.file {
		opt.URL = src.key
	}
	opt.Title = src.title
	f, err := extract.ExtractArticle(src.name, data, opt)
	if err != nil {
		return err
	}
	if f.Articles[0].Date.IsZero() && !src.date.IsZero() {
		// The page gives no date; the feed's resolves relative dates.
		opt.Date = src.date
		if f, err = extract.ExtractArticle(src.name, data, opt); err != nil {
			return err
		}
	}
	a := &f.Articles[0]
	if !src.file {
		a.File = "" // a fetched page has no file
	}
	keys := []string{src.key, hash}
	if a.URL != src.key {
		keys = append(keys, a.URL) // a dropped file naming its source
	}

	w.commit.Lock()
	defer w.commit.Unlock()
	seen, err := w.history.Has(ctx, keys...)
	if err != nil {
		return fmt.Errorf("history: %w", err)
	}
	if seen {
		p.count(func(s *Stats) { s.Duplicates++ })
		if err := w.history.Add(ctx, keys...); err != nil {
			return fmt.Errorf("history: %w", err)
		}
		return nil
	}
	if err := w.sink(ctx, &Item{URL: src.key, Feed: src.feed, Hash: hash, Facts: f, Text: text}); err != nil {
		return fmt.Errorf("%w: %w", errSink, err)
	}
	p.count(func(s *Stats) { s.New++ })
	if err := w.history.Add(ctx, keys...); err != nil {
		return fmt.Errorf("history: %w", err)
	}
	return nil
}

// dropExts are the file name extensions read from the drop folder.
var dropExts = map[string]bool{".txt": true, ".html": true, ".htm": true}

// pollDir reads the files of the drop folder that were not processed
// yet: regular files ending in .txt, .html or .htm, not hidden (a name
// starting with '.'), not in subfolders. Writers should write a file under
// a hidden or other name and rename it when complete.
func (w *Watcher) pollDir(ctx context.Context, p *poll) {
	ents, err := os.ReadDir(w.dir)
	if err != nil {
		p.fail(fmt.Errorf("watch: folder: %w", err))
		return
	}
	for _, de := range ents {
		if ctx.Err() != nil {
			return
		}
		name := de.Name()
		if !de.Type().IsRegular() || strings.HasPrefix(name, ".") || !dropExts[strings.ToLower(filepath.Ext(name))] {
			continue
		}
		path, err := filepath.Abs(filepath.Join(w.dir, name))
		if err != nil {
			p.fail(fmt.Errorf("watch: file %s: %w", name, err))
			continue
		}
		key := (&url.URL{Scheme: "file", Path: filepath.ToSlash(path)}).String()
		if w.givenUp(key) {
			continue
		}
		seen, err := w.history.Has(ctx, key)
		if err != nil {
			p.fail(fmt.Errorf("watch: history: %w", err))
			return
		}
		if seen {
			continue
		}
		if err := w.readFile(ctx, p, key, path); err != nil {
			w.failed(key)
			p.fail(fmt.Errorf("watch: file %s: %w", path, err))
		}
	}
}

// readFile reads one dropped file, refusing one over the size limit, and
// processes it.
func (w *Watcher) readFile(ctx context.Context, p *poll, key, path string) error {
	fh, err := os.Open(path)
	if err != nil {
		return err
	}
	defer fh.Close()
	data, err := io.ReadAll(io.LimitReader(fh, w.maxBytes+1))
	if err != nil {
		return err
	}
	if int64(len(data)) > w.maxBytes {
		return fmt.Errorf("refused: over the limit of %d bytes: %w", w.maxBytes, schema.ErrLimit)
	}
	p.count(func(s *Stats) { s.Files++ })
	if err := w.process(ctx, p, source{key: key, name: path, file: true}, data); err != nil {
		return err
	}
	w.mu.Lock()
	delete(w.attempts, key)
	w.mu.Unlock()
	return nil
}

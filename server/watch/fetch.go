package watch

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"sync"
	"time"

	"golang.org/x/net/html/charset"

	"github.com/telcograph/telcograph/schema"
)

// Clock is the time the watcher paces itself by: the per-host rate and the
// interval between polls (request timeouts use the real clock). It must be
// safe for concurrent use.
type Clock interface {
	Now() time.Time
	// Sleep waits for d, or until ctx is done and then returns its error.
	Sleep(ctx context.Context, d time.Duration) error
}

// realClock is the wall clock.
type realClock struct{}

func (realClock) Now() time.Time { return time.Now() }

func (realClock) Sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// hostLimiter spaces the requests to each host (host:port, as in a URL)
// at least every apart, by handing out slots.
type hostLimiter struct {
	clock Clock
	every time.Duration
	mu    sync.Mutex
	next  map[string]time.Time // the earliest free slot per host
}

// wait claims the next slot for host and sleeps until it comes.
func (l *hostLimiter) wait(ctx context.Context, host string) error {
	l.mu.Lock()
	now := l.clock.Now()
	at := l.next[host]
	if at.Before(now) {
		at = now
	}
	l.next[host] = at.Add(l.every)
	if len(l.next) > 4096 { // forget hosts whose slots have passed
		for h, t := range l.next {
			if t.Before(now) {
				delete(l.next, h)
			}
		}
	}
	l.mu.Unlock()
	if d := at.Sub(now); d > 0 {
		return l.clock.Sleep(ctx, d)
	}
	return nil
}

// validators are what a server said identifies the version of a resource
// it sent, sent back on the next request so that it can answer 304.
type validators struct {
	ETag, LastModified string
}

// response is a fetched resource.
type response struct {
	Body        []byte
	ContentType string
	Validators  validators
	NotModified bool // the server answered 304: Body is empty
}

// Accept headers: what the watcher can read, best first.
const (
	acceptFeed = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1"
	acceptPage = "text/html, application/xhtml+xml, text/plain;q=0.9, */*;q=0.1"
)

// maxRedirects is how many redirects a fetch follows.
const maxRedirects = 5

// get fetches u once its host's rate allows: conditionally when v holds
// validators, within the timeout, refusing a body over the size limit.
// Errors do not name u; the caller does. A refused 200 comes with a
// response holding only its validators, so that the next try can be
// conditional.
func (w *Watcher) get(ctx context.Context, u, accept string, v validators) (*response, error) {
	pu, err := url.Parse(u)
	if err != nil {
		return nil, err
	}
	if err := w.limit.wait(ctx, pu.Host); err != nil {
		return nil, err
	}
	rctx, cancel := context.WithTimeout(ctx, w.timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(rctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", w.userAgent)
	req.Header.Set("Accept", accept)
	if v.ETag != "" {
		req.Header.Set("If-None-Match", v.ETag)
	}
	if v.LastModified != "" {
		req.Header.Set("If-Modified-Since", v.LastModified)
	}
	resp, err := w.client.Do(req)
	if err != nil {
		return nil, w.fetchError(ctx, err)
	}
	defer resp.Body.Close()
	got := validators{ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")}
	switch {
	case resp.StatusCode == http.StatusNotModified:
		if got == (validators{}) {
			got = v
		}
		return &response{NotModified: true, Validators: got}, nil
	case resp.StatusCode != http.StatusOK:
		return nil, fmt.Errorf("HTTP %s", resp.Status)
	case resp.ContentLength > w.maxBytes:
		return &response{Validators: got}, fmt.Errorf("refused: body of %d bytes is over the limit of %d: %w", resp.ContentLength, w.maxBytes, schema.ErrLimit)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, w.maxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("reading the body: %w", w.fetchError(ctx, err))
	}
	if int64(len(body)) > w.maxBytes {
		return &response{Validators: got}, fmt.Errorf("refused: body is over the limit of %d bytes: %w", w.maxBytes, schema.ErrLimit)
	}
	return &response{Body: body, ContentType: resp.Header.Get("Content-Type"), Validators: got}, nil
}

// fetchError says a request timed out in words, and drops the method and
// URL that net/http puts in front of its errors.
func (w *Watcher) fetchError(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("no answer within %s: %w", w.timeout, context.DeadlineExceeded)
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// checkRedirect paces redirects like first requests, since each goes to a
// host, and follows only http and https ones, at most maxRedirects.
func (w *Watcher) checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) >= maxRedirects {
		return fmt.Errorf("stopped after %d redirects", maxRedirects)
	}
	if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
		return fmt.Errorf("redirect to %q is not http or https", req.URL)
	}
	return w.limit.wait(req.Context(), req.URL.Host)
}

// pageText checks a page's media type and returns its body as UTF-8.
func pageText(r *response) ([]byte, error) {
	if r.ContentType != "" {
		mt, _, err := mime.ParseMediaType(r.ContentType)
		if err != nil {
			return nil, fmt.Errorf("content type %q: %w", r.ContentType, schema.ErrInvalid)
		}
		switch mt {
		case "text/html", "application/xhtml+xml", "text/plain":
		default:
			return nil, fmt.Errorf("content type %s is not an article (want HTML or plain text): %w", mt, schema.ErrInvalid)
		}
	}
	rd, err := charset.NewReader(bytes.NewReader(r.Body), r.ContentType)
	if err != nil {
		return r.Body, nil // unknown charset label: read as UTF-8, as the extractor does
	}
	return io.ReadAll(rd)
}

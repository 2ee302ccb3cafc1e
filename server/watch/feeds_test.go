package watch_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/schema"
	"github.com/telcograph/telcograph/server/watch"
)

func TestReadFeeds(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
		wantErr  string
	}{
		{"urls, comments and blank lines", "\uFEFF# telecom news\n\nhttps://www.example.org/rss.xml\n  http://news.example.net/atom#top  \n\t# more later\n",
			[]string{"https://www.example.org/rss.xml", "http://news.example.net/atom"}, ""},
		{"empty", "", nil, ""},
		{"every problem, each at its line", "https://a.example/feed\nftp://b.example/feed\nhttps://a.example/feed\nhttps://c.example/feed weekly\nhttps:///feed\n%zz\n",
			nil, `feeds.txt:2: "ftp://b.example/feed" is not an http or https URL
feeds.txt:3: feed https://a.example/feed is already listed on line 1
feeds.txt:4: want one feed URL per line, got 2 words (start a comment line with #)
feeds.txt:5: "https:///feed" has no host
feeds.txt:6: "%zz" is not a URL: parse "%zz": invalid URL escape "%zz"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := watch.ReadFeeds("feeds.txt", []byte(tt.in))
			if diff := cmp.Diff(tt.wantErr, errorText(err)); diff != "" {
				t.Errorf("error (-want +got):\n%s", diff)
			}
			if err != nil && !errors.Is(err, schema.ErrInvalid) {
				t.Errorf("error %v does not match schema.ErrInvalid", err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("feeds (-want +got):\n%s", diff)
			}
		})
	}
}

// FuzzReadFeeds: ReadFeeds never panics, and what it accepts New accepts.
func FuzzReadFeeds(f *testing.F) {
	f.Add([]byte("# news\nhttps://www.example.org/rss.xml\n\nhttp://news.example.net/atom#top\n"))
	f.Add([]byte("ftp://x\nhttps://a b\n%zz\nhttps:///x\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		feeds, err := watch.ReadFeeds("fuzz.txt", data)
		if err != nil || len(feeds) == 0 {
			return
		}
		if _, err := watch.New(watch.Options{Feeds: feeds, Sink: (&collector{}).sink}); err != nil {
			t.Fatalf("ReadFeeds accepted %q, New refuses it: %v", feeds, err)
		}
	})
}

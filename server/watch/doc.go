// Package watch finds new news articles and turns each into article facts
// once: a Watcher polls RSS 2.0 and Atom feeds and a drop folder of .txt
// and .html files, fetches every item it has not processed, strips the
// page's boilerplate and extracts its facts with loaders/extract, and hands
// the result to a Sink the caller gives. It never writes the graph: the
// caller decides what becomes of the facts (`serve --watch` and `telcograph
// watch --store` queue them as candidates for a reviewer, graph/curate;
// `telcograph watch` alone prints them or writes one facts file per
// article). It lives under
// server/ rather than loaders/ because it uses the network, and loaders is
// pure.
//
// Feeds file. ReadFeeds reads a plain list, one feed URL per line, with
// blank lines and '#' comment lines; every problem is reported as
// file:line: message. Plain lines rather than YAML because a feed needs no
// settings of its own yet; should it need some, a YAML form can be told
// apart by its first key.
//
// Once per article. Whether an article was processed is asked of a
// History, by its URL and by the SHA-256 of its stripped text (HashKey),
// so the same story at two URLs, or a dropped file of a page already
// fetched, reaches the sink once. The History is the caller's so that it
// can keep it durably in the store (curate.Watched, which serve --watch
// and watch --store use); MemoryHistory keeps it in memory, for tests and
// for `telcograph watch` without a store, which therefore sees every item
// as new after a restart. An item the sink accepted is
// recorded; one it refused is tried again on the next poll.
//
// Politeness. Requests to one host (host and port) are spaced to at most
// Options.HostRate per second, redirects included, and a host's requests
// are sent one after the other while up to Options.Workers hosts are
// fetched at once, so a slow host does not hold up the others. Each
// request has a timeout. Feeds are fetched conditionally: the ETag and
// Last-Modified of each feed URL are remembered and sent back, and a 304
// costs no body. A page is fetched once; one that failed after a 200 (too
// big, not HTML or text, no story text) is fetched conditionally when tried
// again, and a 304 then skips it. A page or file that fails on
// Options.MaxAttempts polls is left alone until the process restarts.
// Validators and attempt counts live in the Watcher's memory.
//
// Limits. A response or file over Options.MaxBytes (2 MiB by default) is
// refused whole, never truncated and used. A feed that is not well-formed
// XML, not RSS or Atom, unreachable or slow is an error naming it; the
// other feeds are still polled. Poll returns all of a poll's errors joined.
//
// The drop folder is read without recursion; hidden files (a name starting
// with '.') are skipped, so a writer should write under a hidden name and
// rename the file when it is complete. A dropped .txt file may open with
// "source:", "date:" and "title:" header lines, as `telcograph extract`
// reads them.
package watch

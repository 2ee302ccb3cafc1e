package extract

import (
	"bytes"
	"unicode/utf8"
)

// Text returns the story text ExtractArticle reads from a raw article: for
// an HTML page, the paragraphs of its <article> (or <main>, or the whole
// body) with the boilerplate dropped, one per line; for plain text, the
// body after any header lines. A caller that sees the same story under two
// URLs can recognise it by this text without extracting facts (server/watch
// hashes it).
func Text(data []byte) string {
	if !utf8.Valid(data) {
		data = bytes.ToValidUTF8(data, []byte("\uFFFD"))
	}
	if looksHTML(data) {
		return readHTML(data).body
	}
	return readPlain(string(data)).body
}

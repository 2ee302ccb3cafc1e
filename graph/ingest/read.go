package ingest

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/telcograph/telcograph/loaders/extract"
	"github.com/telcograph/telcograph/loaders/facts"
	"github.com/telcograph/telcograph/loaders/rdf"
	"github.com/telcograph/telcograph/schema"
)

// Input is one input, read and checked, ready for Write: either the
// articles of an article-facts file (curated, or extracted from a raw
// article) or the sources of an RDF file.
type Input struct {
	// Name is the input's name in messages: its file name, or what a
	// request calls it.
	Name string
	// Facts are the articles of an article-facts input, nil for RDF.
	Facts *facts.File
	// Sources are the sources of an RDF input, each with its quads.
	Sources []schema.Source
	// Raw is set for a raw article (.txt, .html): its facts are
	// extracted, so they belong in the review queue (curate.Queue.Ingest,
	// with Text), not straight in the graph.
	Raw bool
	// Text is a raw article's story text, as the review page shows it.
	Text string
}

// ReadOptions control Read.
type ReadOptions struct {
	// Register holds the entities facts may use (see facts.ReadOptions).
	Register *schema.Register
	// MinConfidence drops the facts extracted from a raw article below it.
	MinConfidence float64
	// Progress, when set, hears how far parsing got (Parsing).
	Progress Progress
}

// Kinds of input, by file name extension.
var (
	factsExts   = []string{".yaml", ".yml"}
	articleExts = []string{".txt", ".html", ".htm"}
)

// Readable reports whether Read knows the kind of input the file name
// says: article facts (.yaml, .yml), a raw article (.txt, .html, .htm) or
// RDF (.nq, .nquads, .jsonld).
func Readable(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return slices.Contains(factsExts, ext) || slices.Contains(articleExts, ext) || rdf.FormatOf(name) != ""
}

// Read reads one input, its kind told by the name's extension: article
// facts are validated against opt.Register, a raw article is extracted,
// RDF is parsed into its sources. Every problem is reported (a
// loaders.Problems); on any, nothing is returned.
func Read(name string, data []byte, opt ReadOptions) (Input, error) {
	in := Input{Name: name}
	var progress func(int)
	if opt.Progress != nil {
		progress = func(read int) { opt.Progress.Parsing(name, read, len(data)) }
	}
	ext := strings.ToLower(filepath.Ext(name))
	var err error
	switch {
	case slices.Contains(factsExts, ext):
		in.Facts, err = facts.Read(name, data, facts.ReadOptions{Register: opt.Register, Progress: progress})
	case slices.Contains(articleExts, ext):
		in.Facts, err = extract.ExtractArticle(name, data, extract.ExtractOptions{Register: opt.Register, MinConfidence: opt.MinConfidence})
		in.Raw, in.Text = true, extract.Text(data)
	case rdf.FormatOf(name) != "":
		in.Sources, err = rdf.Read(name, data, rdf.ReadOptions{Progress: progress})
	default:
		return in, fmt.Errorf("%s: unknown input type (want .yaml or .yml article facts, .txt or .html articles, .nq or .jsonld RDF): %w", name, schema.ErrInvalid)
	}
	if err != nil {
		return Input{}, err
	}
	if progress != nil {
		progress(len(data))
	}
	return in, nil
}

// ReadFile is Read of the named file's contents.
func ReadFile(name string, opt ReadOptions) (Input, error) {
	b, err := os.ReadFile(name)
	if err != nil {
		return Input{}, err
	}
	return Read(name, b, opt)
}

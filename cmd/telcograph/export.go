package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/telcograph/telcograph/graph"
	"github.com/telcograph/telcograph/graph/curate"
	"github.com/telcograph/telcograph/loaders/rdf"
)

func runExport(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("export", "export [--format nquads|jsonld|graphml|csv|csv-zip|history] [--table nodes|edges] [--source URL] [--out FILE|DIR] [--store URL]", stdout, stderr)
	format := fs.String("format", rdf.FormatNQuads, "output format: "+strings.Join(rdf.ExportFormats(), ", ")+
		", or "+curate.FormatHistory+" (the history of changes and reviews, JSON Lines)")
	table := fs.String("table", "", "with --format csv, write only this table as plain CSV: "+strings.Join(rdf.CSVTables(), ", "))
	source := fs.String("source", "", "export only the quads of this source (an article URL)")
	out := fs.String("out", "", "output file (default stdout); for csv a directory (existing, or ending in /) gets nodes.csv and edges.csv (or the --table one), a file gets a zip of both (or the --table one)")
	storeURL := fs.String("store", graph.DefaultURL, "store URL: memory://, bolt://PATH")
	noBundle := fs.Bool("no-bundled-data", false, "do not load the bundled knowledge base into an empty store (as serve does)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageErrorf("export takes no arguments, got %q", fs.Args())
	}
	if _, _, ok := rdf.ExportType(*format); !ok && *format != curate.FormatHistory {
		return usageErrorf("unknown format %q (want %s)", *format, strings.Join(append(rdf.ExportFormats(), curate.FormatHistory), ", "))
	}
	if *table != "" {
		if *format != rdf.FormatCSV {
			return usageErrorf("--table applies to --format csv only, not %q", *format)
		}
		if _, _, ok := rdf.CSVTableType(*table); !ok {
			return usageErrorf("unknown table %q (want %s)", *table, strings.Join(rdf.CSVTables(), ", "))
		}
	}

	store, err := graph.Open(ctx, *storeURL)
	if err != nil {
		return err
	}
	defer store.Close()
	// Like serve, so that export on a fresh store gives what the server serves.
	if st := store.Stats(); st.Quads == 0 && !*noBundle {
		if _, err := loadBundled(ctx, store); err != nil {
			return fmt.Errorf("load bundled data: %w", err)
		}
	}
	quads := store.Quads(ctx, quad.IRI(*source))
	if *source != "" && len(quads) == 0 && *format != curate.FormatHistory {
		return fmt.Errorf("no source %s in %s", *source, store.URL())
	}

	write := func(w io.Writer) error { return rdf.Export(w, *format, quads) }
	if *format == curate.FormatHistory {
		es, err := curate.History(ctx, store, curate.HistoryFilter{Source: *source})
		if err != nil {
			return err
		}
		write = func(w io.Writer) error { return curate.WriteHistory(w, es) }
	}
	if *table != "" {
		write = func(w io.Writer) error { return rdf.WriteCSVTable(w, *table, quads) }
	}
	if *format == rdf.FormatCSV && *out != "" && isDir(*out) {
		if *table != "" {
			if err := os.MkdirAll(*out, 0o755); err != nil {
				return err
			}
			_, name, _ := rdf.CSVTableType(*table)
			return writeFile(filepath.Join(*out, name), write)
		}
		return writeCSVDir(*out, quads)
	}
	if *out == "" {
		w := bufio.NewWriter(stdout)
		if err := write(w); err != nil {
			return err
		}
		return w.Flush()
	}
	return writeFile(*out, write)
}

// isDir reports whether path names a directory: an existing one, or one to
// create (the path ends in a separator).
func isDir(path string) bool {
	if strings.HasSuffix(path, "/") || strings.HasSuffix(path, string(filepath.Separator)) {
		return true
	}
	st, err := os.Stat(path)
	return err == nil && st.IsDir()
}

// writeCSVDir writes nodes.csv and edges.csv into dir, creating it.
func writeCSVDir(dir string, quads []quad.Quad) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	var nodes, edges strings.Builder
	if err := rdf.WriteCSV(&nodes, &edges, quads); err != nil {
		return err
	}
	for name, text := range map[string]string{rdf.NodesCSV: nodes.String(), rdf.EdgesCSV: edges.String()} {
		if err := writeFile(filepath.Join(dir, name), func(w io.Writer) error {
			_, err := io.WriteString(w, text)
			return err
		}); err != nil {
			return err
		}
	}
	return nil
}

// writeFile writes name through a temporary file renamed into place, so a
// failed export leaves no partial file behind.
func writeFile(name string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // fails harmlessly after the rename
	w := bufio.NewWriter(tmp)
	err = write(w)
	if err == nil {
		err = w.Flush()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o644)
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	return os.Rename(tmp.Name(), name)
}

// Command learn regenerates loaders/extract/learned_model.bin, the model
// of the extractor's learned pass (loaders/extract/learned.go): it trains
// on the sets whose gold is readable and chooses each relation's
// threshold on out-of-fold predictions. Run it with
// `go generate ./loaders/extract` from the repository; it runs before the
// calibration, which scores the extractor with the model.
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/telcograph/telcograph/loaders/extract"
)

func main() {
	// go generate runs in the package directory, loaders/extract.
	root := filepath.Join("..", "..")
	model, report, err := extract.LearnedModel(root)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if err := os.WriteFile("learned_model.bin", model, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Fprint(os.Stderr, report)
}

// Command calibrate regenerates the extractor's fitted files, run by
// `go generate ./loaders/extract` from the repository:
//
//   - with the argument "learned", loaders/extract/learned_model.bin, the
//     model of the learned pass (loaders/extract/learned.go), trained on
//     the sets whose gold is readable, with each relation's threshold
//     chosen on the calibration splits;
//   - without, loaders/extract/calibration_table.go: it scores the
//     extractor (with the model) on the calibration splits and fits the
//     table that maps each fact's own confidence to the rate at which such
//     facts were right (loaders/extract/calibrate.go).
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
	file, build := "calibration_table.go", extract.CalibrationTable
	if len(os.Args) > 1 && os.Args[1] == "learned" {
		file, build = "learned_model.bin", extract.LearnedModel
	}
	out, report, err := build(root)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if err := os.WriteFile(file, out, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Fprint(os.Stderr, report)
}

// Command calibrate regenerates loaders/extract/calibration_table.go: it
// scores the extractor on the calibration splits and fits the table that
// maps each fact's rule and own confidence to the rate at which such facts
// were right (loaders/extract/calibrate.go). Run it with
// `go generate ./loaders/extract` from the repository.
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
	src, report, err := extract.CalibrationTable(root)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if err := os.WriteFile("calibration_table.go", src, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Fprint(os.Stderr, report)
}

//go:build !race

package extract

// raceDetector is true in a build with the race detector
// (TestLearnedModelIsCurrent).
const raceDetector = false

// RaceDetector is raceDetector for the external test package: the
// whole-set sweeps that run one goroutine's work (typography, map order)
// skip under -race, where they cost five times as much and the detector
// has nothing to watch; `make unit` runs them without it, and
// TestExtractConcurrently gives the detector concurrent extraction to watch.
const RaceDetector = raceDetector

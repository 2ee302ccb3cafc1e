//go:build !race

package extract

// raceDetector is true in a build with the race detector
// (TestLearnedModelIsCurrent).
const raceDetector = false

package extract

import (
	"bytes"
	"math"
	"os"
	"testing"
)

// The generated curve is the fit of the rules as they are: a rule change
// that moves the calibration splits' own confidences must regenerate it.
func TestCalibrationIsCurrent(t *testing.T) {
	src, report, err := CalibrationTable("../..")
	if err != nil {
		t.Fatal(err)
	}
	have, err := os.ReadFile("calibration_table.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(src, have) {
		t.Errorf("calibration_table.go is stale; run `go generate ./loaders/extract`\nwant:\n%s\nfit: %s", src, report)
	}
}

// Outcomes drawn exactly from a known curve give that curve back.
func TestFitCalibrationRecoversCurve(t *testing.T) {
	const a, b = 6.0, -3.0
	var ps []ScoredPrediction
	for raw := 0.1; raw < 1; raw += 0.1 {
		q := 1 / (1 + math.Exp(-(a*raw + b)))
		right := int(math.Round(q * 1000))
		for i := range 1000 {
			ps = append(ps, ScoredPrediction{Raw: raw, Correct: i < right})
		}
	}
	c := fitCalibration(ps)
	if math.Abs(c.A-a) > 0.05 || math.Abs(c.B-b) > 0.05 {
		t.Errorf("fit A=%.3f B=%.3f, want %g %g", c.A, c.B, a, b)
	}
}

func TestMeasureCalibration(t *testing.T) {
	var ps []ScoredPrediction
	for i := range 10 {
		ps = append(ps, ScoredPrediction{Raw: 0.5, Confidence: 0.8, Correct: i < 8})
	}
	cal := measureCalibration(ps, func(p ScoredPrediction) float64 { return p.Confidence })
	own := measureCalibration(ps, func(p ScoredPrediction) float64 { return p.Raw })
	// 8 right at 0.8: (8*0.04 + 2*0.64)/10; no gap between 0.8 and 8 in 10.
	if math.Abs(cal.Brier-0.16) > 1e-9 || math.Abs(cal.ECE) > 1e-9 {
		t.Errorf("calibrated: %+v, want Brier 0.16, ECE 0", cal)
	}
	if math.Abs(own.Brier-0.25) > 1e-9 || math.Abs(own.ECE-0.3) > 1e-9 {
		t.Errorf("own: %+v, want Brier 0.25, ECE 0.3", own)
	}
}

// The curve keeps the rules' order: a fact the rules trust more is never
// calibrated below one they trust less, so a threshold keeps the same
// facts in the same order.
func TestCalibrationKeepsOrder(t *testing.T) {
	if calibrated == nil || calibrated.A <= 0 {
		t.Fatalf("calibration %+v does not rise with the rules' confidence", calibrated)
	}
	prev := -1.0
	for raw := 0.0; raw <= 1.0001; raw += 0.01 {
		c := calibrated.of(raw)
		if c < prev || c < 0 || c > 1 {
			t.Fatalf("of(%.2f) = %.2f after %.2f", raw, c, prev)
		}
		prev = c
	}
}

package loaders

import "io"

// ProgressReader is an io.Reader that tells Progress how many bytes have been
// read from R so far, so a reader that parses as it reads (YAML, JSON) can
// report how far it got in a big input. A nil Progress is never called.
type ProgressReader struct {
	R        io.Reader
	Progress func(read int)
	read     int
}

// Read reads from R and reports the running total.
func (r *ProgressReader) Read(b []byte) (int, error) {
	n, err := r.R.Read(b)
	if n > 0 && r.Progress != nil {
		r.read += n
		r.Progress(r.read)
	}
	return n, err
}

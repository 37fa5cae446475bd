package logscan

import (
	"encoding/json"
	"os"
	"time"
)

// A Manifest is the evidence of a run: what was scanned with what, every
// object with its identity and result, every object skipped and why.
type Manifest struct {
	Tool       string           `json:"tool"`
	Version    string           `json:"version"`
	KeyID      string           `json:"key_id"`
	PolicyHash string           `json:"policy_hash,omitempty"`
	Started    time.Time        `json:"started"`
	Finished   time.Time        `json:"finished"`
	Args       []string         `json:"args,omitempty"`
	Objects    []ManifestObject `json:"objects"`
}

// ManifestObject is one object of a run.
type ManifestObject struct {
	Object       string     `json:"object"`
	ETag         string     `json:"etag,omitempty"`
	VersionID    string     `json:"version_id,omitempty"`
	Size         int64      `json:"size"`
	LastModified *time.Time `json:"last_modified,omitempty"`
	StorageClass string     `json:"storage_class,omitempty"`
	// Result is "clean", "findings", "skipped" or "error".
	Result string `json:"result"`
	// Reason says why an object was skipped or failed.
	Reason   string   `json:"reason,omitempty"`
	Findings int64    `json:"findings"`
	Sources  []string `json:"sources,omitempty"`
	// RedactedTo is where the redacted copy went; Copy says why none was
	// written when one was asked for.
	RedactedTo string `json:"redacted_to,omitempty"`
	Copy       string `json:"copy,omitempty"`
	// Resumed marks an object taken from a checkpoint.
	Resumed bool `json:"resumed,omitempty"`
	// Chunks is the number of parallel chunks a large plain file was
	// scanned in, when more than one.
	Chunks int `json:"chunks,omitempty"`
}

// Results of ManifestObject.
const (
	ResultClean    = "clean"
	ResultFindings = "findings"
	ResultSkipped  = "skipped"
	ResultError    = "error"
)

// WriteFile writes m as indented JSON to a new file of mode 0600.
func (m *Manifest) WriteFile(path string) error {
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	return writeFile0600(path, append(b, '\n'))
}

// writeFile0600 writes a report-like file readable by its owner only: what
// logscan writes is about PHI even when it holds none.
func writeFile0600(path string, b []byte) error {
	f, err := create0600(path)
	if err != nil {
		return err
	}
	if _, err := f.Write(b); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// create0600 creates or truncates a file of mode 0600 (an existing file
// would otherwise keep its mode).
func create0600(path string) (*os.File, error) {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return nil, err
	}
	if err := f.Chmod(0o600); err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

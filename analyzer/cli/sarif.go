package cli

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"sort"

	"github.com/phiguard/phiguard/analyzer"
)

// SARIF 2.1.0, the subset code-scanning services read.
type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool    sarifTool     `json:"tool"`
	Results []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID               string       `json:"id"`
	ShortDescription sarifMessage `json:"shortDescription"`
	HelpURI          string       `json:"helpUri"`
}

type sarifMessage struct {
	Text string `json:"text"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	Level               string            `json:"level"`
	Message             sarifMessage      `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	RelatedLocations    []sarifLocation   `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
}

type sarifLocation struct {
	ID               int                   `json:"id,omitempty"`
	PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
	Message          *sarifMessage         `json:"message,omitempty"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           sarifRegion   `json:"region"`
}

type sarifArtifact struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn,omitempty"`
	EndLine     int `json:"endLine,omitempty"`
	EndColumn   int `json:"endColumn,omitempty"`
}

var ruleText = map[string]string{
	"log":     "PHI reaches a logger",
	"print":   "PHI reaches standard output or an HTTP response",
	"error":   "PHI reaches an error string",
	"tracker": "PHI reaches an error tracker",
	"test":    "PHI reaches a test log",
	"struct":  "a struct with PHI fields is printed whole",
	"call":    "PHI reaches a sink through a called function",
	"render":  "a String, Error or LogValue method returns PHI",
	"ignore":  "a phivet:ignore comment is malformed or unused",
}

func writeSARIFFile(name string, stdout io.Writer, ds []diag, wd string) error {
	if name == "-" {
		return writeSARIF(stdout, ds, wd)
	}
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	if err := writeSARIF(f, ds, wd); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// writeSARIF writes ds as a SARIF log. File URIs are relative to wd
// (the repository root in CI) when inside it. Related locations point
// at the PHI declaration.
func writeSARIF(w io.Writer, ds []diag, wd string) error {
	used := map[string]bool{}
	run := sarifRun{Results: []sarifResult{}}
	loc := func(file string, line, col, endLine, endCol int) sarifPhysicalLocation {
		a := sarifArtifact{URI: filepath.ToSlash(file)}
		if r, err := filepath.Rel(wd, file); err == nil && wd != "" && !filepath.IsAbs(r) && r[:min(2, len(r))] != ".." {
			a = sarifArtifact{URI: filepath.ToSlash(r), URIBaseID: "%SRCROOT%"}
		}
		return sarifPhysicalLocation{ArtifactLocation: a, Region: sarifRegion{StartLine: line, StartColumn: col, EndLine: endLine, EndColumn: endCol}}
	}
	for _, d := range ds {
		cat := d.Category
		if cat == "" {
			cat = "log"
		}
		id := "phivet/" + cat
		used[id] = true
		r := sarifResult{
			RuleID:    id,
			Level:     "error",
			Message:   sarifMessage{d.Message},
			Locations: []sarifLocation{{PhysicalLocation: loc(d.posn.Filename, d.posn.Line, d.posn.Column, d.end.Line, d.end.Column)}},
		}
		for i, rp := range d.related {
			if rp.posn.IsValid() {
				m := sarifMessage{rp.msg}
				r.RelatedLocations = append(r.RelatedLocations, sarifLocation{ID: i + 1, Message: &m,
					PhysicalLocation: loc(rp.posn.Filename, rp.posn.Line, rp.posn.Column, 0, 0)})
			}
		}
		// The fingerprint follows the baseline's matching: package and
		// message (which names the enclosing function), not the line.
		sum := sha256.Sum256([]byte(d.pkg + "\x00" + d.Message))
		r.PartialFingerprints = map[string]string{"phivet/v1": hex.EncodeToString(sum[:16])}
		run.Results = append(run.Results, r)
	}
	var ids []string
	for id := range used {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRule{ID: id, ShortDescription: sarifMessage{ruleText[id[len("phivet/"):]]}, HelpURI: analyzer.URL})
	}
	if run.Tool.Driver.Rules == nil {
		run.Tool.Driver.Rules = []sarifRule{}
	}
	run.Tool.Driver.Name = "phivet"
	run.Tool.Driver.InformationURI = analyzer.URL
	out := sarifLog{Schema: "https://json.schemastore.org/sarif-2.1.0.json", Version: "2.1.0", Runs: []sarifRun{run}}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

package logscan

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/phiguard/phiguard/detectors"
)

// maxTextSources is the number of sources WriteText details.
const maxTextSources = 25

// WriteText writes the report as a readable summary: totals, a table per
// category, one "source:line: ..." line per category of each source with
// findings (the 25 with the most), states, matches and problems.
func (r *Report) WriteText(w io.Writer) error {
	t := r.Totals
	ew := &errWriter{w: w}
	fmt.Fprintf(ew, "logscan %s: %d objects (%d with PHI), %d sources, %s, %d records, %d records with PHI, %d findings\n",
		r.Version, t.Objects, t.ObjectsPHI, t.Sources, humanBytes(t.Bytes), t.Records, t.RecordsPHI, t.Findings)
	fmt.Fprintf(ew, "estimated individuals: %d", t.Individuals)
	if r.Window != nil {
		fmt.Fprintf(ew, "; exposure window: %s .. %s", r.Window.First.Format(time.RFC3339), r.Window.Last.Format(time.RFC3339))
	}
	fmt.Fprintln(ew)
	var notes []string
	if t.Skipped > 0 {
		notes = append(notes, fmt.Sprintf("%d skipped", t.Skipped))
	}
	if t.Errors > 0 {
		notes = append(notes, fmt.Sprintf("%d errors", t.Errors))
	}
	if t.Warnings > 0 {
		notes = append(notes, fmt.Sprintf("%d warnings", t.Warnings))
	}
	if t.Excluded > 0 {
		notes = append(notes, fmt.Sprintf("%d objects excluded by filters or shard", t.Excluded))
	}
	if t.Resumed > 0 {
		notes = append(notes, fmt.Sprintf("%d objects from the checkpoint", t.Resumed))
	}
	if t.Baselined > 0 {
		notes = append(notes, fmt.Sprintf("%d findings in the baseline not reported", t.Baselined))
	}
	if t.RedactedCopies > 0 {
		notes = append(notes, fmt.Sprintf("%d redacted copies written", t.RedactedCopies))
	}
	if len(notes) > 0 {
		fmt.Fprintf(ew, "%s\n", strings.Join(notes, ", "))
	}
	if len(r.Categories) > 0 {
		fmt.Fprintln(ew)
		tw := tabwriter.NewWriter(ew, 0, 4, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(tw, "category\toccurrences\tdistinct\tsources\tlow\tmedium\thigh\t")
		for _, c := range r.Categories {
			fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%d\t\n", c.Category, c.Occurrences, c.Distinct, c.Sources,
				c.Confidence.Low, c.Confidence.Medium, c.Confidence.High)
		}
		tw.Flush()
	}
	if t.Findings > 0 {
		// The sources with the most findings; -format json has them all.
		srcs := make([]SourceSummary, 0, len(r.Sources))
		for _, s := range r.Sources {
			if s.Findings > 0 {
				srcs = append(srcs, s)
			}
		}
		slices.SortStableFunc(srcs, func(a, b SourceSummary) int { return cmp.Compare(b.Findings, a.Findings) })
		fmt.Fprintln(ew)
		for i, s := range srcs {
			if i == maxTextSources {
				fmt.Fprintf(ew, "... and %d more sources with findings (-format json lists all)\n", len(srcs)-i)
				break
			}
			for _, c := range s.Categories {
				fmt.Fprintf(ew, "%s:%d: %s: %d occurrences, %d distinct, lines %d-%d, max confidence %s\n",
					s.Source, c.FirstLine, c.Category, c.Occurrences, c.Distinct, c.FirstLine, c.LastLine, c.Confidence.Max())
			}
		}
	}
	if len(r.States) > 0 {
		fmt.Fprintln(ew)
		tw := tabwriter.NewWriter(ew, 0, 4, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(tw, "state\trecords\tindividuals\t")
		for _, s := range r.States {
			fmt.Fprintf(tw, "%s\t%d\t%d\t\n", s.State, s.Records, s.Individuals)
		}
		tw.Flush()
	}
	if len(r.Matches) > 0 {
		fmt.Fprintln(ew)
		for _, m := range r.Matches {
			fmt.Fprintf(ew, "%s:%d: identifier on line %d (%s): %d occurrences, lines %d-%d", m.Source, m.FirstLine, m.Identifier,
				m.Category, m.Occurrences, m.FirstLine, m.LastLine)
			if m.First != nil {
				fmt.Fprintf(ew, ", %s .. %s", m.First.Format(time.RFC3339), m.Last.Format(time.RFC3339))
			}
			fmt.Fprintln(ew)
		}
	}
	if len(r.Problems) > 0 {
		fmt.Fprintln(ew)
		for _, p := range r.Problems {
			if p.Line > 0 {
				fmt.Fprintf(ew, "%s:%d: %s: %s\n", p.Source, p.Line, p.Kind, p.Message)
			} else {
				fmt.Fprintf(ew, "%s: %s: %s\n", p.Source, p.Kind, p.Message)
			}
		}
	}
	return ew.err
}

// Write writes the report in format "text", "json" or "sarif".
func (r *Report) Write(w io.Writer, format string) error {
	switch format {
	case "text":
		return r.WriteText(w)
	case "json":
		return r.WriteJSON(w)
	case "sarif":
		return r.WriteSARIF(w)
	}
	return fmt.Errorf("unknown report format %q", format)
}

// WriteJSON writes the report as indented JSON.
func (r *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

// ReadReport reads a report written by WriteJSON.
func ReadReport(rd io.Reader) (*Report, error) {
	var r Report
	dec := json.NewDecoder(rd)
	if err := dec.Decode(&r); err != nil {
		return nil, err
	}
	if r.Tool != "logscan" {
		return nil, fmt.Errorf("not a logscan report")
	}
	return &r, nil
}

// WriteSARIF writes the report as SARIF 2.1.0, for code-scanning tools: one
// result per category per source, located at its first line, with counts
// and never a snippet of the value.
func (r *Report) WriteSARIF(w io.Writer) error {
	type msg struct {
		Text string `json:"text"`
	}
	type rule struct {
		ID               string         `json:"id"`
		Name             string         `json:"name"`
		ShortDescription msg            `json:"shortDescription"`
		HelpURI          string         `json:"helpUri,omitempty"`
		Properties       map[string]any `json:"properties,omitempty"`
	}
	type region struct {
		StartLine int64 `json:"startLine"`
	}
	type physical struct {
		ArtifactLocation struct {
			URI string `json:"uri"`
		} `json:"artifactLocation"`
		Region region `json:"region"`
	}
	type location struct {
		PhysicalLocation physical `json:"physicalLocation"`
	}
	type result struct {
		RuleID              string            `json:"ruleId"`
		Level               string            `json:"level"`
		Message             msg               `json:"message"`
		Locations           []location        `json:"locations"`
		PartialFingerprints map[string]string `json:"partialFingerprints"`
		Properties          map[string]any    `json:"properties"`
	}
	rules := []rule{}
	seen := map[string]bool{}
	results := []result{}
	for _, s := range r.Sources {
		for _, c := range s.Categories {
			id := "phi/" + c.Category
			if !seen[id] {
				seen[id] = true
				rules = append(rules, rule{ID: id, Name: "PHI" + c.Category,
					ShortDescription: msg{fmt.Sprintf("PHI of category %s (HIPAA Safe Harbor identifier) in a log", c.Category)},
					Properties:       map[string]any{"tags": []string{"phi", "hipaa", "security"}}})
			}
			level := "warning"
			switch c.Confidence.Max() {
			case "high":
				level = "error"
			case "low":
				level = "note"
			}
			var loc location
			loc.PhysicalLocation.ArtifactLocation.URI = sarifURI(s.Source)
			loc.PhysicalLocation.Region.StartLine = c.FirstLine
			results = append(results, result{RuleID: id, Level: level,
				Message: msg{fmt.Sprintf("%d occurrences of %s (%d distinct) in lines %d-%d, max confidence %s",
					c.Occurrences, c.Category, c.Distinct, c.FirstLine, c.LastLine, c.Confidence.Max())},
				Locations:           []location{loc},
				PartialFingerprints: map[string]string{"phiguard/v1": s.Source + "|" + c.Category},
				Properties: map[string]any{"occurrences": c.Occurrences, "distinct": c.Distinct, "lastLine": c.LastLine,
					"confidence": c.Confidence}})
		}
	}
	doc := map[string]any{
		"$schema": "https://json.schemastore.org/sarif-2.1.0.json",
		"version": "2.1.0",
		"runs": []any{map[string]any{
			"tool": map[string]any{"driver": map[string]any{
				"name": "logscan", "version": r.Version, "informationUri": "https://github.com/phiguard/phiguard",
				"rules": rules,
			}},
			"results": results,
			"invocations": []any{map[string]any{
				"executionSuccessful": r.Totals.Errors == 0,
				"toolExecutionNotifications": func() []any {
					ns := []any{}
					for _, p := range r.Problems {
						if p.Kind == KindError {
							ns = append(ns, map[string]any{"level": "error", "message": msg{p.Source + ": " + p.Message}})
						}
					}
					return ns
				}(),
			}},
		}},
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}

// sarifURI makes an absolute local path a file URI; relative paths and
// s3:// URLs are URIs already.
func sarifURI(s string) string {
	if strings.HasPrefix(s, "/") {
		return (&url.URL{Scheme: "file", Path: s}).String()
	}
	return s
}

// FailsAt reports whether the report has findings at or above min (0
// means never).
func (r *Report) FailsAt(min detectors.Confidence) bool {
	if min == 0 {
		return false
	}
	w := r.worst()
	return w != 0 && w >= min
}

type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(b []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(b)
	e.err = err
	return n, err
}

package analyzer_test

import (
	"strings"
	"testing"

	"github.com/phiguard/phiguard/analyzer"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

// TestTopics runs the topic packages of testdata/src, one per flow
// kind, in one load: direct arguments, local flow, whole structs,
// error strings, facts across packages, markers and directives,
// third-party loggers, suppression, settings, generated code and
// loggers built on slogphi.
func TestTopics(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.Analyzer,
		"direct", "flow", "structs", "errs", "crossa", "markers", "thirdparty",
		"suppress", "settings", "generated", "slogphilocal")
}

func TestSuggestedFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), analyzer.Analyzer, "fixes", "fiximport")
}

func TestDoc(t *testing.T) {
	a := analyzer.Analyzer
	if err := analysis.Validate([]*analysis.Analyzer{a}); err != nil {
		t.Fatal(err)
	}
	title, rest, _ := strings.Cut(a.Doc, "\n")
	summary, ok := strings.CutPrefix(title, "phivet: ")
	if !ok || summary == "" || strings.HasSuffix(summary, ".") || strings.ToLower(summary[:1]) != summary[:1] || len(summary) > 60 {
		t.Errorf("doc title %q: want \"phivet: \" and a lowercase summary of at most 60 letters without a period", title)
	}
	for _, section := range []string{"# Sources", "# Sinks", "# Suppression", "# Settings", "# Baselines", "# Exit codes"} {
		if !strings.Contains(rest, section) {
			t.Errorf("doc lacks section %q", section)
		}
	}
}

func TestNewAnalyzer(t *testing.T) {
	if _, err := analyzer.NewAnalyzer(&analyzer.Settings{Sinks: []analyzer.SinkRef{{Package: "p", Name: "F", Kind: "pager"}}}); err == nil || !strings.Contains(err.Error(), `sinks[0]: unknown kind "pager"`) {
		t.Errorf("bad sink kind: error %v", err)
	}
	a, err := analyzer.NewAnalyzer(nil)
	if err != nil || a.Name != "phivet" {
		t.Fatalf("NewAnalyzer(nil) = %v, %v", a, err)
	}
	// Fixed settings apply whatever file is found: names are sources.
	a, err = analyzer.NewAnalyzer(&analyzer.Settings{Sources: analyzer.Sources{Names: true}})
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), a, "names")
}

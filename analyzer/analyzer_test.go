package analyzer_test

import (
	"testing"

	"github.com/phiguard/phiguard/analyzer"
	"golang.org/x/tools/go/analysis/analysistest"
)

func TestDirect(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.Analyzer, "direct")
}

func TestTopics(t *testing.T) {
	for _, pkg := range []string{"flow", "structs", "errs", "crossa", "markers", "thirdparty", "suppress", "settings"} {
		t.Run(pkg, func(t *testing.T) {
			analysistest.Run(t, analysistest.TestData(), analyzer.Analyzer, pkg)
		})
	}
}

func TestSuggestedFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), analyzer.Analyzer, "fixes", "fiximport")
}

package analyzer_test

import (
	"testing"

	"github.com/phiguard/phiguard/analyzer"
	"golang.org/x/tools/go/analysis/analysistest"
)

func TestDirect(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.Analyzer, "direct")
}

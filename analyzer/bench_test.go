package analyzer_test

import (
	"testing"

	"github.com/phiguard/phiguard/analyzer"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// BenchmarkAnalyze runs phivet over the sample service and all its
// dependencies (the standard library is skipped by phivet itself), with
// packages loaded once: the analysis alone, as go vet runs it.
func BenchmarkAnalyze(b *testing.B) {
	cfg := &packages.Config{Mode: packages.LoadAllSyntax, Dir: "../testdata/sampleservice", Tests: true}
	pkgs, err := packages.Load(cfg, "./...")
	if err != nil {
		b.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		b.Fatal("sample service does not load")
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		g, err := checker.Analyze([]*analysis.Analyzer{analyzer.Analyzer}, pkgs, nil)
		if err != nil {
			b.Fatal(err)
		}
		n := 0
		for _, act := range g.Roots {
			n += len(act.Diagnostics)
		}
		if n != 10 {
			b.Fatalf("got %d diagnostics, want the sample's 10", n)
		}
	}
}

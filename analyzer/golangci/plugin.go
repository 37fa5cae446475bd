// Package golangci registers phivet as a golangci-lint v2 module plugin
// named "phivet". Settings under
// linters.settings.custom.phivet.settings in .golangci.yml use the
// schema of analyzer.Settings; without settings, phivet reads the
// nearest phivet.yaml or phiguard.yaml as the command does.
package golangci

import (
	"fmt"

	"github.com/golangci/plugin-module-register/register"
	"github.com/phiguard/phiguard/analyzer"
	"golang.org/x/tools/go/analysis"
)

func init() {
	register.Plugin("phivet", New)
}

// New builds the plugin from golangci-lint's raw settings. Without
// settings, phivet reads the nearest settings file above each package,
// as the command does. Unknown keys and invalid entries are errors.
func New(settings any) (register.LinterPlugin, error) {
	if m, ok := settings.(map[string]any); settings == nil || ok && len(m) == 0 {
		return &plugin{a: analyzer.Analyzer}, nil
	}
	s, err := register.DecodeSettings[analyzer.Settings](settings)
	if err != nil {
		return nil, fmt.Errorf("phivet: %w", err)
	}
	a, err := analyzer.NewAnalyzer(&s)
	if err != nil {
		return nil, fmt.Errorf("phivet: %w", err)
	}
	return &plugin{a: a}, nil
}

type plugin struct {
	a *analysis.Analyzer
}

// BuildAnalyzers returns the phivet analyzer. golangci-lint turns
// related information into issues of their own, so the plugin's
// diagnostics carry none: the message names the PHI source already.
func (p *plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	a := *p.a
	run := a.Run
	a.Run = func(pass *analysis.Pass) (any, error) {
		inner := *pass
		inner.Report = func(d analysis.Diagnostic) {
			d.Related = nil
			pass.Report(d)
		}
		return run(&inner)
	}
	return []*analysis.Analyzer{&a}, nil
}

// GetLoadMode asks for type information, which phivet needs for SSA
// and facts.
func (p *plugin) GetLoadMode() string {
	return register.LoadModeTypesInfo
}

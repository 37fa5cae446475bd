package golangci_test

import (
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	_ "github.com/phiguard/phiguard/analyzer/golangci"
)

func TestPlugin(t *testing.T) {
	newPlugin, err := register.GetPlugin("phivet")
	if err != nil {
		t.Fatal(err)
	}
	// Settings as golangci-lint hands them over: decoded YAML maps.
	p, err := newPlugin(map[string]any{
		"sources": map[string]any{
			"fields": []any{map[string]any{"package": "example.com/m", "type": "Visit", "field": "Notes", "category": "other_id"}},
			"names":  true,
		},
		"slogphi": map[string]any{"enabled": true},
	})
	if err != nil {
		t.Fatal(err)
	}
	as, err := p.BuildAnalyzers()
	if err != nil || len(as) != 1 || as[0].Name != "phivet" {
		t.Fatalf("BuildAnalyzers = %v, %v; want the phivet analyzer", as, err)
	}
	if p.GetLoadMode() != register.LoadModeTypesInfo {
		t.Errorf("GetLoadMode = %q, want %q", p.GetLoadMode(), register.LoadModeTypesInfo)
	}
	if _, err := newPlugin(nil); err != nil {
		t.Errorf("no settings: %v", err)
	}
	for _, bad := range []struct {
		settings map[string]any
		want     string
	}{
		{map[string]any{"sourcez": 1}, "unknown field"},
		{map[string]any{"sources": map[string]any{"types": []any{map[string]any{"package": "p", "name": "T", "category": "blood"}}}}, `unknown category "blood"`},
		{map[string]any{"sinks": []any{map[string]any{"name": "F"}}}, "sinks[0]: package is required"},
	} {
		if _, err := newPlugin(bad.settings); err == nil || !strings.Contains(err.Error(), bad.want) {
			t.Errorf("settings %v: error %v, want one containing %q", bad.settings, err, bad.want)
		}
	}
}

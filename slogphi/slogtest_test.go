package slogphi_test

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"testing"
	"testing/slogtest"

	"github.com/phiguard/phiguard/slogphi"
)

// TestSlogtest checks the handler against the slog.Handler contract, over
// the JSON and text handlers.
func TestSlogtest(t *testing.T) {
	var buf bytes.Buffer
	slogtest.Run(t, func(*testing.T) slog.Handler {
		buf.Reset()
		return slogphi.NewHandler(slog.NewJSONHandler(&buf, nil), nil)
	}, func(t *testing.T) map[string]any {
		var m map[string]any
		if err := json.Unmarshal(buf.Bytes(), &m); err != nil {
			t.Fatalf("record is not JSON: %v", err)
		}
		return m
	})
}

// TestSlogtestWrapped runs the contract over a handler wrapped twice, which
// must behave as once.
func TestSlogtestWrapped(t *testing.T) {
	var buf bytes.Buffer
	slogtest.Run(t, func(*testing.T) slog.Handler {
		buf.Reset()
		h := slogphi.NewHandler(slog.NewJSONHandler(&buf, nil), nil)
		return slogphi.NewHandler(h.WithGroup("").WithAttrs(nil), &slogphi.Options{MaxDepth: 4})
	}, func(t *testing.T) map[string]any {
		var m map[string]any
		if err := json.Unmarshal(buf.Bytes(), &m); err != nil {
			t.Fatalf("record is not JSON: %v", err)
		}
		return m
	})
}

package slogphi_test

import (
	"io"
	"log/slog"
	"testing"

	"github.com/phiguard/phiguard/slogphi"
)

// wantExtraAllocs checks that logging through slogphi allocates no more
// than logging through the bare handler does.
func wantExtraAllocs(t *testing.T, name string, bare, phi *slog.Logger, log func(*slog.Logger, int)) {
	t.Helper()
	i := 0
	var base, got float64
	// A collection during a run empties the pools and costs a walker:
	// an allocation that is ours comes back every time, so retry.
	for try := 0; try < 3; try++ {
		base = testing.AllocsPerRun(200, func() { log(bare, i); i++ })
		got = testing.AllocsPerRun(200, func() { log(phi, i); i++ })
		if got == base {
			return
		}
	}
	t.Errorf("%s: %v allocations through slogphi, %v without: want no extra", name, got, base)
}

// TestAllocs: records without PHI cost no allocation of slogphi's, nor do
// disabled levels.
func TestAllocs(t *testing.T) {
	if raceEnabled {
		t.Skip("allocation counts differ under the race detector")
	}
	bare := slog.New(slog.NewJSONHandler(io.Discard, nil))
	h := slogphi.NewHandler(slog.NewJSONHandler(io.Discard, nil), nil)
	l := slog.New(h)
	// Warm the caches, as a running service has.
	for i := 0; i < 100; i++ {
		logClean(l, i)
	}
	wantExtraAllocs(t, "clean record", bare, l, logClean)
	wantExtraAllocs(t, "clean record, WithGroup", bare.WithGroup("req"), l.WithGroup("req"), logClean)
	wantExtraAllocs(t, "clean record, With", bare.With("svc", "intake"), l.With("svc", "intake"), logClean)
	wantExtraAllocs(t, "unique text", bare, l, func(l *slog.Logger, i int) {
		l.LogAttrs(benchCtx, slog.LevelInfo, uniqueMsgs[i%len(uniqueMsgs)], slog.String("request_id", benchIDs[i]))
	})
	disabled := slog.New(slogphi.NewHandler(slog.NewJSONHandler(io.Discard, &slog.HandlerOptions{Level: slog.LevelWarn}), nil))
	if n := testing.AllocsPerRun(200, func() { logClean(disabled, 0) }); n != 0 {
		t.Errorf("disabled level: %v allocations", n)
	}
	if h.Stats().Redacted != 0 {
		t.Error("a clean record was redacted")
	}
}

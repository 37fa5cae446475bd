package main

import (
	"context"
	_ "embed"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/phiguard/phiguard/logscan"
)

//go:embed doc.go
var doc string

// usage is the manual of doc.go without the Go comment markers.
func usage() string {
	s := doc[strings.Index(doc, "/*")+2 : strings.LastIndex(doc, "*/")]
	return strings.TrimLeft(s, "\n")
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	args := os.Args[1:]
	if len(args) == 0 && logscan.InLambda() {
		args = []string{"lambda"}
	}
	fi, err := os.Stderr.Stat()
	tty := err == nil && fi.Mode()&os.ModeCharDevice != 0
	code := logscan.Main(ctx, args, logscan.IO{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, StderrIsTerminal: tty}, usage())
	stop()
	os.Exit(code)
}

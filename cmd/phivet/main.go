// Command phivet reports protected health information reaching logs,
// error strings and error trackers. Run it standalone (phivet ./...) or
// as go vet -vettool=$(which phivet) ./...; see package
// github.com/phiguard/phiguard/analyzer for what it checks, its
// settings and its exit codes.
package main

import (
	"os"

	"github.com/phiguard/phiguard/analyzer/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], os.Stdout, os.Stderr))
}

// Command logscan scans log archives for leaked PHI.
package main

import (
	"fmt"
	"os"

	"github.com/phiguard/phiguard/detectors"
	"github.com/phiguard/phiguard/logscan"
)

func main() {
	args := os.Args[1:]
	if len(args) > 1 && args[0] == "--format" {
		args = args[2:]
	}
	key := detectors.RandomKey()
	for _, p := range args {
		if err := logscan.ScanFileJSONL(os.Stdout, detectors.Default(), key, p); err != nil {
			fmt.Fprintln(os.Stderr, "logscan:", err)
		}
	}
}

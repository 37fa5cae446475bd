package detectors

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZKeys(t *testing.T) {
	if os.Getenv("ZK") == "" {
		t.Skip()
	}
	for _, k := range strings.Split(os.Getenv("ZK"), ",") {
		c, conf, ok := Default().KeyCategory(k)
		fmt.Printf("%-24s %v %v %v\n", k, c, conf, ok)
	}
}

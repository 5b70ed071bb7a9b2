package main

import (
	"os"
	"testing"
)

// TestMain lets a test run this test binary as pas itself (asPasEnv set):
// git runs it as the merge driver and textconv, the kill tests run it as
// "pas render" and kill it.
func TestMain(m *testing.M) {
	if os.Getenv(asPasEnv) != "" {
		os.Exit(run(os.Args[1:], newEnv()))
	}
	os.Exit(m.Run())
}

//go:build race

package slogphi_test

const raceEnabled = true

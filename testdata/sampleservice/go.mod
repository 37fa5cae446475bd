module example.com/sampleservice

go 1.26

require (
	github.com/rs/zerolog v1.33.0
	go.uber.org/zap v1.27.0
)

// Small API-compatible stand-ins, so that the sample builds offline.
replace (
	github.com/rs/zerolog => ./third_party/zerolog
	go.uber.org/zap => ./third_party/zap
)

#!/usr/bin/env bash
# P2 signing benchmarks: sign and verify with BouncyCastle and the native backend (Secp256k1.Net) side by side,
# verify with a decoded (cached) key, and canonical JSON. Each category's baseline is bare libsecp256k1 measured in
# the same run, so the Ratio column reads "times libsecp256k1". BenchmarkDotNet's short job keeps the run to a few
# minutes on a 2-core machine; figures go into docs/performance.md. Extra arguments pass through to BenchmarkDotNet,
# e.g. a ~30 s smoke run that proves the benchmark works (its figures are not for the record):
#   bench/run-signing.sh --inProcess --warmupCount 1 --iterationCount 3 --iterationTime 150
set -euo pipefail

cd "$(dirname "$0")/.."
dotnet run -c Release --project bench/Checkout.Bench -- --filter '*Signature*' --job short "$@"

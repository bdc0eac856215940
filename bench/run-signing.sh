#!/usr/bin/env bash
# Signing benchmarks (secp256k1 sign/verify, canonical JSON): BenchmarkDotNet's short job keeps the run to a few
# minutes on a 2-core machine. Figures go into docs/performance.md; extra arguments pass through to BenchmarkDotNet.
set -euo pipefail

cd "$(dirname "$0")/.."
dotnet run -c Release --project bench/Checkout.Bench -- --filter '*Signature*' --job short "$@"

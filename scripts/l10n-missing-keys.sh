#!/usr/bin/env bash
# Lists the resource keys src/ uses that SharedResource.resx or SharedResource.ar.resx lacks, and the entries no key
# uses any more, each as "key  (file:line)". Runs only the resource coverage tests; builds them first unless --no-build.
# Add missing keys to both files with scripts/l10n-add-keys.py (English: the key itself; Arabic: its translation).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet test tests/Unit/Checkout.UnitTests.csproj -c Release -nologo "$@" \
    --filter "FullyQualifiedName~OpenCharge.Checkout.UnitTests.Web.Localization.ResourceCoverageTests" \
    --logger "console;verbosity=normal" 2>&1 | grep -vE '^\s*(at |Stack Trace:|\[xUnit\.net|/.*\.cs\([0-9]+,[0-9]+\): at )'

#!/usr/bin/env node
// The built CLI (npm run build). Kept as a one-line shim so `npm link` / `npx conlab` work.
import '../out/main/cli.js'

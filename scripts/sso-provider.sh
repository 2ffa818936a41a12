#!/usr/bin/env bash
# A local OpenID Connect provider to try single sign-on with the demo
# (the same one the tests use: end2end/oidc-provider.mjs). In one terminal:
#   scripts/sso-provider.sh
# in another:
#   SSO=1 DEMO=1 make run
# then follow docs/single-sign-on.md, "Try it locally". Its sign-in page
# takes any e-mail address and any password: for trying, never for real use.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${SSO_PORT:-9400}
app=${MISTVINE_PUBLIC_URL:-http://127.0.0.1:3000}
if [ ! -f end2end/node_modules/oidc-provider/package.json ]; then
  echo "==> installing the provider (npm, from end2end/package-lock.json)"
  (cd end2end && npm ci --no-audit --no-fund && cp package-lock.json node_modules/.mistvine-lock)
fi
cat <<INFO
In Mistvine, Admin → Single sign-on:
  Provider's name:  Demo ID
  Issuer URL:       http://127.0.0.1:$port
  Client ID:        mistvine
  Client secret:    mistvine-test-secret
  E-mail domains:   example.test
Then log out; on the log-in page enter any address @example.test under
"Single sign-on", press "Sign in with Demo ID", and on the provider's page
type the same address and any password.
INFO
exec node end2end/oidc-provider.mjs "$port" "$app/sso/callback"

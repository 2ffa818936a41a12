// A real OpenID Connect provider on loopback (the `oidc-provider` package,
// installed from end2end/package-lock.json), for the tests and the demo.
//
//   node end2end/oidc-provider.mjs PORT REDIRECT_URI [POST_LOGOUT_URI]
//
// One confidential client: id `mistvine`, secret `mistvine-test-secret`,
// PKCE required. Its sign-in page (the package's development pages) takes
// any login and any password: the login is the person's e-mail address
// (`ada@example.test`); a login that starts with `unverified` gets
// `email_verified: false`, one without an @ gets `<login>@example.test`.
// Consent is given for it (a first-party client), so the person sees one
// page. Only ever for tests and local trials: it trusts whoever types.
import Provider from "oidc-provider";

const [port = "9400", redirect = "http://127.0.0.1:3000/sso/callback", postLogout] = process.argv.slice(2);
const issuer = `http://127.0.0.1:${port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: "mistvine",
      client_secret: "mistvine-test-secret",
      redirect_uris: [redirect],
      post_logout_redirect_uris: postLogout ? [postLogout] : [new URL("/", redirect).href],
      grant_types: ["authorization_code"],
      response_types: ["code"],
    },
  ],
  pkce: { required: () => true },
  scopes: ["openid", "email", "profile"],
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
  // The claims go into the ID token itself, which is all Mistvine reads.
  conformIdTokenClaims: false,
  features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
  cookies: { keys: ["mistvine-test-provider-only"] },
  async findAccount(_ctx, id) {
    const email = id.includes("@") ? id.toLowerCase() : `${id.toLowerCase()}@example.test`;
    const local = email.split("@")[0];
    return {
      accountId: id,
      async claims() {
        return {
          sub: id,
          email,
          email_verified: !local.startsWith("unverified"),
          name: local.charAt(0).toUpperCase() + local.slice(1),
        };
      },
    };
  },
  // A first-party client: the scopes it asks for are granted without a
  // consent page.
  async loadExistingGrant(ctx) {
    const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope("openid email profile");
    await grant.save();
    return grant;
  },
});

// The package warns that its development pages are not for production;
// these tests are exactly what they are for.
provider.on("server_error", (_ctx, err) => console.error("provider error:", err));
provider.listen(Number(port), "127.0.0.1", () => console.log(`OpenID Connect provider at ${issuer}`));

// A real OpenID Connect provider (the npm package oidc-provider) for the end-to-end sign-in tests. It is started by
// StatusDashboard.Tests/Infrastructure/OidcProviderFixture.cs on loopback over plain HTTP, with one confidential client
// (authorization code flow with PKCE) and a few test accounts whose groups claim drives the dashboard's roles.
// The provider's own development login form (devInteractions) is what the browser fills in: any password is accepted,
// only the accounts below exist. Settings come from the environment:
//   OIDC_PORT, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_REDIRECT_URI, OIDC_POST_LOGOUT_REDIRECT_URI
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

function required(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`error: the environment variable ${name} is not set`);
    process.exit(2);
  }
  return value;
}

const port = Number(required('OIDC_PORT'));
const issuer = `http://127.0.0.1:${port}`;

const accounts = new Map([
  ['operator@example.test', { name: 'Olive Operator', groups: ['/status-dashboard'] }],
  ['admin@example.test', { name: 'Ada Admin', groups: ['/status-dashboard', '/status-dashboard-admins'] }],
  ['viewer@example.test', { name: 'Vic Viewer', groups: ['/status-dashboard-readers'] }],
  ['outsider@example.test', { name: 'Otto Outsider', groups: [] }],
]);

const provider = new Provider(issuer, {
  clients: [{
    client_id: required('OIDC_CLIENT_ID'),
    client_secret: required('OIDC_CLIENT_SECRET'),
    token_endpoint_auth_method: 'client_secret_post',
    grant_types: ['authorization_code'],
    response_types: ['code'],
    redirect_uris: [required('OIDC_REDIRECT_URI')],
    post_logout_redirect_uris: [required('OIDC_POST_LOGOUT_REDIRECT_URI')],
  }],
  // The test run's keys are throwaway: nothing signed here outlives the process.
  cookies: { keys: ['statusdashboard-test-oidc-provider'] },
  claims: {
    openid: ['sub'],
    profile: ['name'],
    email: ['email'],
    groups: ['groups'],
  },
  features: {
    devInteractions: { enabled: true },
    rpInitiatedLogout: { enabled: true },
  },
  async findAccount(ctx, id) {
    const account = accounts.get(id);
    if (!account) {
      return undefined;
    }
    return {
      accountId: id,
      async claims() {
        return { sub: id, name: account.name, email: id, groups: account.groups };
      },
    };
  },
  // The dashboard is a first-party client: its sign-in asks for credentials, never for consent.
  async loadExistingGrant(ctx) {
    const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) {
      return ctx.oidc.provider.Grant.find(grantId);
    }
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid profile email groups');
    grant.addOIDCClaims(['name', 'email', 'groups']);
    await grant.save();
    return grant;
  },
});

// An unknown login name is refused by findAccount; the provider then shows its error page, which a test can read.
createServer(provider.callback()).listen(port, '127.0.0.1', () => {
  console.log(`oidc-provider listening on ${issuer}`);
});

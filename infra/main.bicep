// LeadsNotLikes on Azure Functions Flex Consumption: the .NET isolated worker function app, its storage and queues, Cosmos DB,
// monitoring, Key Vault for secrets, and one user-assigned identity holding exactly the roles the app uses.
// Deploy with `azd up`, or `az deployment sub create` (see README "Deploy").
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('Name of the environment (azd sets it); names the resource group and seeds resource names.')
param environmentName string

@minLength(1)
@description('Azure region for every resource.')
@metadata({
  azd: {
    type: 'location'
  }
})
param location string

@minLength(2)
@maxLength(8)
@description('Short lowercase prefix for resource names, e.g. "lnl".')
param namePrefix string = 'lnl'

@description('Object id of the person deploying; gets Key Vault Secrets Officer (to rotate secrets) and Cosmos DB read access. Optional.')
param principalId string = ''

@allowed([
  'User'
  'ServicePrincipal'
  'Group'
])
@description('Type of principalId: User for a person, ServicePrincipal when a CI identity deploys.')
param principalType string = 'User'

@description('SMTP relay host for digests, e.g. smtp.azurecomm.net (Azure Communication Services), smtp.office365.com, smtp.sendgrid.net.')
param smtpHost string

@description('SMTP port; 587 uses STARTTLS.')
param smtpPort string = '587'

@description('SMTP user name; empty for a relay without authentication.')
param smtpUserName string = ''

@secure()
@description('SMTP password; stored in Key Vault. Leave empty on later deployments to keep the stored one.')
param smtpPassword string = ''

@secure()
@description('Key of the signed mark-handled links in digests (32+ characters); stored in Key Vault. Leave empty on later deployments to keep the stored one.')
param digestLinkSecret string = ''

@minLength(3)
@description('Sender address of digest emails; must be allowed by the relay.')
param digestFrom string

@description('Display name of the digest sender.')
param digestFromName string = 'LeadsNotLikes'

@secure()
@description('Meta App Secret (signs webhook deliveries); stored in Key Vault. Leave empty on later deployments to keep the stored one.')
param metaAppSecret string = ''

@secure()
@description('Verify Token for the Meta webhook handshake; stored in Key Vault. Leave empty on later deployments to keep the stored one.')
param metaVerifyToken string = ''

@description('Platforms beyond Facebook to turn on, comma-separated: linkedin, instagram-login, x, trustpilot, webhook (Standard Webhooks), google. Each needs its secret (below, or already in Key Vault).')
param platforms string = ''

@secure()
@description('LinkedIn app Client Secret; stored in Key Vault. Leave empty to keep the stored one.')
param linkedInClientSecret string = ''

@description('Google Business Profile: the audience set on the Pub/Sub push subscription (empty: leadsnotlikes-<resource token>, see the GOOGLE_PUSH_AUDIENCE output).')
param googleAudience string = ''

@description('Google Business Profile: the service account the push subscription authenticates as.')
param googleServiceAccountEmail string = ''

@description('Google Business Profile: OAuth client id of the project with the Business Profile API.')
param googleClientId string = ''

@secure()
@description('Google OAuth client secret; stored in Key Vault. Leave empty to keep the stored one.')
param googleClientSecret string = ''

@secure()
@description('Refresh token of a location manager (scope business.manage); stored in Key Vault. Leave empty to keep the stored one.')
param googleRefreshToken string = ''

@secure()
@description('Instagram app secret, for an app on Instagram Login (platform instagram-login); stored in Key Vault. Leave empty to keep the stored one.')
param instagramAppSecret string = ''

@description('Instagram account ids (comma-separated) whose like counts the InstagramLikes timer polls. Store each account\'s access token in Key Vault as instagram-token-<id> first (README "Instagram likes").')
param instagramLikeAccounts string = ''

@description('Graph API host for the like polling: empty for https://graph.facebook.com/ (Facebook Login tokens); https://graph.instagram.com/ for Instagram Login tokens.')
param instagramGraphBaseUrl string = ''

@secure()
@description('X app API Key Secret (consumer secret); stored in Key Vault. Leave empty to keep the stored one.')
param xConsumerSecret string = ''

@secure()
@description('Key (32+ random characters) that Trustpilot URL tokens are derived from; stored in Key Vault. Leave empty to keep the stored one.')
param trustpilotEndpointKey string = ''

@secure()
@description('Key (32+ random characters) that Standard Webhooks whsec_ secrets are derived from; stored in Key Vault. Leave empty to keep the stored one.')
param standardWebhooksEndpointKey string = ''

@minValue(40)
@maxValue(1000)
@description('Most instances each function group may scale out to.')
param maximumInstanceCount int = 40

@allowed([
  512
  2048
  4096
])
@description('Memory per instance in MB.')
param instanceMemoryMB int = 2048

@minValue(0)
@description('Always-ready instances for the HTTP functions (webhooks answer without a cold start; billed while idle).')
param alwaysReadyHttpInstances int = 0

var abbrs = loadJsonContent('abbreviations.json')
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var googlePushAudience = empty(googleAudience) ? 'leadsnotlikes-${resourceToken}' : googleAudience
var tags = {
  'azd-env-name': environmentName
  app: 'leadsnotlikes'
}
var databaseName = 'leadsnotlikes'

resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: '${abbrs.resourceGroup}${environmentName}'
  location: location
  tags: tags
}

module identity 'app/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    name: '${abbrs.managedIdentity}${namePrefix}-${resourceToken}'
    location: location
    tags: tags
  }
}

module monitoring 'app/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: '${abbrs.logAnalytics}${namePrefix}-${resourceToken}'
    appInsightsName: '${abbrs.appInsights}${namePrefix}-${resourceToken}'
    location: location
    tags: tags
    principalId: identity.outputs.principalId
  }
}

module storage 'app/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: '${abbrs.storageAccount}${namePrefix}${resourceToken}'
    location: location
    tags: tags
    deploymentContainerName: 'app-package-${resourceToken}'
    principalId: identity.outputs.principalId
    adminPrincipalId: principalId
    adminPrincipalType: principalType
  }
}

module cosmos 'app/cosmos.bicep' = {
  name: 'cosmos'
  scope: rg
  params: {
    name: '${abbrs.cosmosAccount}${namePrefix}-${resourceToken}'
    location: location
    tags: tags
    databaseName: databaseName
    principalId: identity.outputs.principalId
    adminPrincipalId: principalId
  }
}

module keyVault 'app/keyvault.bicep' = {
  name: 'keyvault'
  scope: rg
  params: {
    name: '${abbrs.keyVault}${namePrefix}-${take(resourceToken, 10)}'
    location: location
    tags: tags
    principalId: identity.outputs.principalId
    adminPrincipalId: principalId
    adminPrincipalType: principalType
    metaAppSecret: metaAppSecret
    metaVerifyToken: metaVerifyToken
    platformSecrets: {
      'linkedin-client-secret': linkedInClientSecret
      'instagram-app-secret': instagramAppSecret
      'google-client-secret': googleClientSecret
      'google-refresh-token': googleRefreshToken
      'x-consumer-secret': xConsumerSecret
      'trustpilot-endpoint-key': trustpilotEndpointKey
      'standard-webhooks-endpoint-key': standardWebhooksEndpointKey
    }
    smtpPassword: smtpPassword
    digestLinkSecret: digestLinkSecret
  }
}

// Uses outputs of every module above, so it deploys after them: the identity holds its storage, Cosmos DB,
// Key Vault and monitoring roles before the host first starts.
module functionApp 'app/functionapp.bicep' = {
  name: 'functionapp'
  scope: rg
  params: {
    appName: '${abbrs.functionApp}${namePrefix}-${resourceToken}'
    planName: '${abbrs.plan}${namePrefix}-${resourceToken}'
    location: location
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    deploymentContainerUrl: storage.outputs.deploymentContainerUrl
    appInsightsConnectionString: monitoring.outputs.connectionString
    cosmosEndpoint: cosmos.outputs.endpoint
    cosmosDatabaseName: databaseName
    keyVaultUri: keyVault.outputs.uri
    smtpHost: smtpHost
    smtpPort: smtpPort
    smtpUserName: smtpUserName
    digestFrom: digestFrom
    digestFromName: digestFromName
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
    alwaysReadyHttpInstances: alwaysReadyHttpInstances
    platforms: empty(platforms) ? [] : split(toLower(replace(platforms, ' ', '')), ',')
    googleAudience: googlePushAudience
    googleServiceAccountEmail: googleServiceAccountEmail
    googleClientId: googleClientId
    instagramLikeAccounts: empty(instagramLikeAccounts) ? [] : split(replace(instagramLikeAccounts, ' ', ''), ',')
    instagramGraphBaseUrl: instagramGraphBaseUrl
  }
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output SERVICE_API_NAME string = functionApp.outputs.name
output COSMOS_ENDPOINT string = cosmos.outputs.endpoint
output KEY_VAULT_NAME string = keyVault.outputs.name
output STORAGE_ACCOUNT_NAME string = storage.outputs.name

@description('Paste into the Meta App Dashboard: Webhooks > Page > Callback URL (with the Verify Token you set in metaVerifyToken).')
output META_WEBHOOK_URL string = 'https://${functionApp.outputs.defaultHostName}/api/webhooks/meta'

@description('Set this audience on the Google Pub/Sub push subscription (with authentication on).')
output GOOGLE_PUSH_AUDIENCE string = googlePushAudience

@description('The other platforms\' webhook URLs (README "Platforms"); Trustpilot and Standard Webhooks URLs per account come from GET /api/manage/webhooks/{platform}/{account}.')
output PLATFORM_WEBHOOK_URLS object = {
  linkedin: 'https://${functionApp.outputs.defaultHostName}/api/webhooks/linkedin'
  instagram: 'https://${functionApp.outputs.defaultHostName}/api/webhooks/instagram'
  google: 'https://${functionApp.outputs.defaultHostName}/api/webhooks/google'
  x: 'https://${functionApp.outputs.defaultHostName}/api/webhooks/x'
  trustpilot: 'https://${functionApp.outputs.defaultHostName}/api/webhooks/trustpilot/{businessUnitId}/{token}'
  webhook: 'https://${functionApp.outputs.defaultHostName}/api/webhooks/standard/{account}'
}

@description('Base URL of the Manage API (teams, leads, digest preview, unrouted events); call it with a function key.')
output MANAGE_API_URL string = 'https://${functionApp.outputs.defaultHostName}/api/manage'

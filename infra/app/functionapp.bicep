// The Flex Consumption (FC1) plan and the function app: a .NET 10 isolated worker (runtime 'dotnet-isolated' 10.0).
// The platform provides the .NET runtime and starts the worker from the package's worker.config.json. Settings the platform
// sets or rejects on Flex (FUNCTIONS_WORKER_RUNTIME, FUNCTIONS_EXTENSION_VERSION, WEBSITE_RUN_FROM_PACKAGE,
// WEBSITE_TIME_ZONE, linuxFxVersion, alwaysOn, ftpsState) are deliberately absent.
param appName string
param planName string
param location string
param tags object
param identityId string
param identityClientId string
param storageAccountName string
param deploymentContainerUrl string
param appInsightsConnectionString string
param cosmosEndpoint string
param cosmosDatabaseName string
param keyVaultUri string
param smtpHost string
param smtpPort string
param smtpUserName string
param digestFrom string
param digestFromName string
@description('Platforms beyond Facebook whose webhooks are on: linkedin, instagram-login (an Instagram-Login app\'s own secret), x, trustpilot, webhook, google. Their secrets must be in Key Vault.')
param platforms array
@description('Google Business Profile (platform google): the push subscription\'s audience, its service account, and the OAuth client id.')
param googleAudience string = ''
param googleServiceAccountEmail string = ''
param googleClientId string = ''
@description('Instagram account ids whose like counts are polled. Each needs its access token in Key Vault as instagram-token-<id>.')
param instagramLikeAccounts array = []
@description('Graph API host for the like polling: empty for https://graph.facebook.com/ (Facebook Login tokens), https://graph.instagram.com/ for Instagram Login tokens.')
param instagramGraphBaseUrl string = ''
param maximumInstanceCount int
param instanceMemoryMB int
param alwaysReadyHttpInstances int

// Every setting the app reads (README "Configuration"); the contract test in tests/ keeps this list and the code in step.
var baseSettings = [
  // Host storage and the queue trigger, with the user-assigned identity; the app's queue client reads the same settings.
  {
    name: 'AzureWebJobsStorage__accountName'
    value: storageAccountName
  }
  {
    name: 'AzureWebJobsStorage__credential'
    value: 'managedidentity'
  }
  {
    name: 'AzureWebJobsStorage__clientId'
    value: identityClientId
  }
  // Read by the host (telemetry with the identity, local auth is off).
  {
    name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
    value: appInsightsConnectionString
  }
  {
    name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING'
    value: 'Authorization=AAD;ClientId=${identityClientId}'
  }
  // The identity the app uses for Cosmos DB.
  {
    name: 'AZURE_CLIENT_ID'
    value: identityClientId
  }
  {
    name: 'Cosmos__Endpoint'
    value: cosmosEndpoint
  }
  {
    name: 'Cosmos__Database'
    value: cosmosDatabaseName
  }
  {
    name: 'Meta__AppSecret'
    value: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/meta-app-secret/)'
  }
  {
    name: 'Meta__VerifyToken'
    value: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/meta-verify-token/)'
  }
  {
    name: 'Digest__LinkSecret'
    value: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/digest-link-secret/)'
  }
  {
    name: 'Smtp__Host'
    value: smtpHost
  }
  {
    name: 'Smtp__Port'
    value: smtpPort
  }
  {
    name: 'Smtp__EnableSsl'
    value: 'true'
  }
  {
    name: 'Smtp__From'
    value: digestFrom
  }
  {
    name: 'Smtp__FromName'
    value: digestFromName
  }
]

// Relay credentials only when the relay needs them.
var smtpCredentialSettings = empty(smtpUserName) ? [] : [
  {
    name: 'Smtp__UserName'
    value: smtpUserName
  }
  {
    name: 'Smtp__Password'
    value: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/smtp-password/)'
  }
]

// One Key Vault reference per enabled platform's secret; a platform that is off has no setting (and answers 404), so a
// secret that was never stored cannot stop the app at start as an unresolved reference.
var platformSettings = concat(
  contains(platforms, 'linkedin') ? [
    {
      name: 'LinkedIn__ClientSecret'
      value: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/linkedin-client-secret/)'
    }
  ] : [],
  contains(platforms, 'instagram-login') ? [
    {
      name: 'Instagram__AppSecret'
      value: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/instagram-app-secret/)'
    }
  ] : [],
  contains(platforms, 'x') ? [
    {
      name: 'X__ConsumerSecret'
      value: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/x-consumer-secret/)'
    }
  ] : [],
  contains(platforms, 'trustpilot') ? [
    {
      name: 'Trustpilot__EndpointKey'
      value: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/trustpilot-endpoint-key/)'
    }
  ] : [],
  contains(platforms, 'google') ? [
    {
      name: 'Google__Audience'
      value: googleAudience
    }
    {
      name: 'Google__ServiceAccountEmail'
      value: googleServiceAccountEmail
    }
    {
      name: 'Google__ClientId'
      value: googleClientId
    }
    {
      name: 'Google__ClientSecret'
      value: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/google-client-secret/)'
    }
    {
      name: 'Google__RefreshToken'
      value: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/google-refresh-token/)'
    }
  ] : [],
  contains(platforms, 'webhook') ? [
    {
      name: 'StandardWebhooks__EndpointKey'
      value: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/standard-webhooks-endpoint-key/)'
    }
  ] : []
)

// Instagram like polling: one Key Vault reference per polled account's token (Instagram__AccessTokens__{ig-user-id}).
var instagramTokenSettings = [for id in instagramLikeAccounts: {
  name: 'Instagram__AccessTokens__${id}'
  value: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/instagram-token-${id}/)'
}]

var instagramGraphSettings = empty(instagramGraphBaseUrl) ? [] : [
  {
    name: 'Instagram__GraphBaseUrl'
    value: instagramGraphBaseUrl
  }
]

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2025-03-01' = {
  name: appName
  location: location
  tags: union(tags, {
    'azd-service-name': 'api'
  })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      minTlsVersion: '1.2'
      appSettings: concat(baseSettings, smtpCredentialSettings, platformSettings, instagramTokenSettings, instagramGraphSettings)
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: deploymentContainerUrl
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
        alwaysReady: alwaysReadyHttpInstances > 0 ? [
          {
            name: 'http'
            instanceCount: alwaysReadyHttpInstances
          }
        ] : []
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

output name string = app.name
output defaultHostName string = app.properties.defaultHostName

// Key Vault (RBAC) for the platform and SMTP secrets. The app reads them through Key Vault references in its
// app settings, with its user-assigned identity (Key Vault Secrets User). A secret whose parameter is empty is not
// written, so later deployments do not overwrite a rotated secret.
param name string
param location string
param tags object

@description('Principal id of the app identity.')
param principalId string

@description('Principal id of the person deploying (optional): gets Key Vault Secrets Officer to set and rotate secrets.')
param adminPrincipalId string = ''

@description('Type of adminPrincipalId: User, ServicePrincipal or Group.')
param adminPrincipalType string = 'User'

@secure()
@description('Meta App Secret; skipped when empty.')
param metaAppSecret string

@secure()
@description('Meta webhook Verify Token; skipped when empty.')
param metaVerifyToken string

@secure()
@description('SMTP relay password; skipped when empty.')
param smtpPassword string

@secure()
@description('Key of the signed mark-handled links in digests (32+ characters); skipped when empty.')
param digestLinkSecret string = ''

@description('Platform secrets by Key Vault secret name (linkedin-client-secret, x-consumer-secret, trustpilot-endpoint-key, standard-webhooks-endpoint-key); empty values are skipped.')
param platformSecrets object = {}

var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'
var keyVaultSecretsOfficer = 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'

resource vault 'Microsoft.KeyVault/vaults@2025-05-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
    publicNetworkAccess: 'Enabled'
  }
}

resource metaAppSecretValue 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = if (!empty(metaAppSecret)) {
  parent: vault
  name: 'meta-app-secret'
  properties: {
    value: metaAppSecret
  }
}

resource metaVerifyTokenValue 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = if (!empty(metaVerifyToken)) {
  parent: vault
  name: 'meta-verify-token'
  properties: {
    value: metaVerifyToken
  }
}

resource smtpPasswordValue 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = if (!empty(smtpPassword)) {
  parent: vault
  name: 'smtp-password'
  properties: {
    value: smtpPassword
  }
}

resource digestLinkSecretValue 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = if (!empty(digestLinkSecret)) {
  parent: vault
  name: 'digest-link-secret'
  properties: {
    value: digestLinkSecret
  }
}

resource platformSecretValues 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = [for secret in items(platformSecrets): if (!empty(secret.value)) {
  parent: vault
  name: secret.key
  properties: {
    value: secret.value
  }
}]

// Key Vault Secrets User: the app resolves its Key Vault references.
resource appSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, principalId, keyVaultSecretsUser)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

// Key Vault Secrets Officer: the person deploying can set and rotate secrets.
resource adminSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(adminPrincipalId)) {
  name: guid(vault.id, adminPrincipalId, keyVaultSecretsOfficer)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsOfficer)
    principalId: adminPrincipalId
    principalType: adminPrincipalType
  }
}

output name string = vault.name
output uri string = vault.properties.vaultUri

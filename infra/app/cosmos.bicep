// Cosmos DB for NoSQL, serverless, keys disabled (Entra ID only). Data-plane RBAC cannot create databases or
// containers, so they are created here; the app only reads and writes items.
param name string
param location string
param tags object
param databaseName string

@description('Principal id of the app identity.')
param principalId string

@description('Principal id of the person deploying (optional): gets read access to the data.')
param adminPrincipalId string = ''

var builtInDataContributor = '00000000-0000-0000-0000-000000000002'
var builtInDataReader = '00000000-0000-0000-0000-000000000001'

resource account 'Microsoft.DocumentDB/databaseAccounts@2025-04-15' = {
  name: name
  location: location
  tags: tags
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    capabilities: [
      {
        name: 'EnableServerless'
      }
    ]
    locations: [
      {
        locationName: location
        failoverPriority: 0
        isZoneRedundant: false
      }
    ]
    consistencyPolicy: {
      defaultConsistencyLevel: 'Session'
    }
    disableLocalAuth: true
    disableKeyBasedMetadataWriteAccess: true
    minimalTlsVersion: 'Tls12'
    publicNetworkAccess: 'Enabled'
  }
}

resource database 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2025-04-15' = {
  parent: account
  name: databaseName
  properties: {
    resource: {
      id: databaseName
    }
  }
}

// Teams, account routes and markers of parked events. Point reads by id, and one query: SELECT * FROM c WHERE c.pk = @pk.
// TTL on, off by default: only the parked-event markers carry a ttl.
resource directory 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2025-04-15' = {
  parent: database
  name: 'directory'
  properties: {
    resource: {
      id: 'directory'
      defaultTtl: -1
      partitionKey: {
        paths: [
          '/pk'
        ]
        kind: 'Hash'
        version: 2
      }
      indexingPolicy: {
        indexingMode: 'consistent'
        automatic: true
        includedPaths: [
          {
            path: '/pk/?'
          }
        ]
        excludedPaths: [
          {
            path: '/*'
          }
        ]
      }
    }
  }
}

// Leads, per-post-per-day counters and digest records, partitioned by team so every digest query stays in one
// partition. The app's only queries filter on type, day and status (within teamId); nothing else is indexed, which
// keeps writes cheap (a counter's map of counted event ids and a lead's text are never indexed).
// TTL is on with no default: each document carries its own ttl (Cosmos__RetentionDays).
resource engagement 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2025-04-15' = {
  parent: database
  name: 'engagement'
  properties: {
    resource: {
      id: 'engagement'
      partitionKey: {
        paths: [
          '/teamId'
        ]
        kind: 'Hash'
        version: 2
      }
      defaultTtl: -1
      indexingPolicy: {
        indexingMode: 'consistent'
        automatic: true
        includedPaths: [
          {
            path: '/type/?'
          }
          {
            path: '/day/?'
          }
          {
            path: '/status/?'
          }
          {
            path: '/resolution/?'
          }
          {
            path: '/authorId/?'
          }
        ]
        excludedPaths: [
          {
            path: '/*'
          }
        ]
      }
    }
  }
}

// Cosmos DB Built-in Data Contributor (data plane) for the app, on its database only.
resource appData 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2025-04-15' = {
  parent: account
  name: guid(account.id, principalId, builtInDataContributor)
  properties: {
    roleDefinitionId: '${account.id}/sqlRoleDefinitions/${builtInDataContributor}'
    principalId: principalId
    scope: '${account.id}/dbs/${databaseName}'
  }
}

// Cosmos DB Built-in Data Reader (data plane) for the person deploying.
resource adminData 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2025-04-15' = if (!empty(adminPrincipalId)) {
  parent: account
  name: guid(account.id, adminPrincipalId, builtInDataReader)
  properties: {
    roleDefinitionId: '${account.id}/sqlRoleDefinitions/${builtInDataReader}'
    principalId: adminPrincipalId
    scope: account.id
  }
}

output endpoint string = account.properties.documentEndpoint
output name string = account.name

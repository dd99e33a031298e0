using System.Text.Json.Nodes;

namespace LeadsNotLikes.LocalHost.Demo;

/// <summary>What the demo observed: the day it simulated, how fast the first lead was stored, the leads, and the email.</summary>
public sealed record DemoResult(DateOnly Day, TimeSpan FirstLeadLatency, JsonArray Leads, JsonObject Email);

using System.Text.Json.Serialization;

namespace LeadsNotLikes.Cli;

[JsonSerializable(typeof(LabeledRow))]
internal sealed partial class CliJsonContext : JsonSerializerContext;

using System.ComponentModel;
using SchoolInfra.Core.Config;

namespace SchoolInfra.Core.Model.Filtering;

public sealed record GlobalSecureAccessBackend : ConfigRecord
{
    public bool Enabled { get; init; } = true;

    [Description("Log blocked requests with the user and device (FIL-12).")]
    public bool TrafficLogging { get; init; } = true;
}

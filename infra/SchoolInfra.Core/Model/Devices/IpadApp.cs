using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using SchoolInfra.Core.Config;

namespace SchoolInfra.Core.Model.Devices;

public sealed record IpadApp : ConfigRecord
{
    public required string Name { get; init; }

    [Description("App Store id (adamId).")]
    [Range(1, long.MaxValue)]
    public required long AdamId { get; init; }
}

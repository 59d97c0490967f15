using System.ComponentModel;
using SchoolInfra.Core.Config;

namespace SchoolInfra.Core.Model.School;

public sealed record ReviewChoices : ConfigRecord
{
    [Description("How often access rights are reviewed (REV-03). DfE expects termly.")]
    public ReviewFrequency AccessRights { get; init; } = ReviewFrequency.Termly;
}

using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using SchoolInfra.Core.Config;

namespace SchoolInfra.Core.Model.Filtering;

/// <summary>
/// A UK Safer Internet Centre category a staff or guest profile deliberately leaves open, with the reason: DfE FM1
/// asks leaders to write down what is allowed and why (FIL-05).
/// </summary>
public sealed record OpenCategory : ConfigRecord
{
    public required ContentCategory Category { get; init; }

    [Description("Why this group needs it, e.g. \"PSHE staff research gambling harms for lessons\".")]
    [StringLength(300, MinimumLength = 10)]
    public required string Reason { get; init; }
}

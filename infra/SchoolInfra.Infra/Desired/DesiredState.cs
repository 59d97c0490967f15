using System.Collections.Immutable;

namespace SchoolInfra.Infra.Desired;

/// <summary>Everything the school's config asks for, ready to emit.</summary>
public sealed record DesiredState(
    string StackName,
    ImmutableArray<DesiredVariable> Variables,
    ImmutableArray<DesiredResource> Resources,
    ImmutableArray<DesiredOutput> Outputs,
    ImmutableArray<DesiredNote> Notes)
{
    public DesiredResource? Find(string logicalName) => Resources.FirstOrDefault(r => r.LogicalName == logicalName);

    public IEnumerable<DesiredResource> OfType(string typeToken) => Resources.Where(r => r.Type == typeToken);
}

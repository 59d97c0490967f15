using System.Collections.Immutable;
using SchoolInfra.Infra.Desired;
using SchoolInfra.Infra.Types;

namespace SchoolInfra.Infra.Build;

/// <summary>
/// The school's Azure resource group (<c>school.resourceGroup</c>), emitted once when any domain puts Azure
/// resources in it: backup vaults, the audit-log workspace, Azure DNS filtering. Domains refer to it as
/// <c>${resourceGroup.name}</c> (<see cref="ResourceNames.ResourceGroup"/>). Protected, because deleting a
/// resource group deletes the vaults and logs inside it.
/// </summary>
public sealed class ResourceGroupBuilder : IDomainBuilder
{
    public void Build(BuildContext context)
    {
        var config = context.Config;
        var controls = ImmutableArray.CreateBuilder<string>();
        if (config.Backups is { Vaults.IsEmpty: false })
        {
            controls.Add("BAK-01");
        }

        if (config.Logging is not null)
        {
            controls.Add("LOG-02");
        }

        if (config.Filtering?.AzureDns is not null)
        {
            controls.Add("FIL-01");
        }

        if (controls.Count == 0)
        {
            return;
        }

        var school = config.School;
        context.Add(ResourceNames.ResourceGroup, AzureNativeTypes.ResourceGroup, PulumiValue.Map(
                ("resourceGroupName", PulumiValue.Text(school.ResourceGroup)),
                ("location", PulumiValue.Text(school.AzureLocation))),
            school.Span, "The school's Azure resource group that holds its backup vaults and audit logs.", controls.ToImmutable(),
            new ResourceOptions { Protect = true });
    }

    /// <summary><c>${resourceGroup.name}</c>: what every Azure resource's <c>resourceGroupName</c> is set to.</summary>
    public static PulumiValue NameRef() => PulumiValue.Ref(ResourceNames.ResourceGroup, "name");
}

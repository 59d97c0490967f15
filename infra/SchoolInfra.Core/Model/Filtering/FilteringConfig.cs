using System.Collections.Immutable;
using System.ComponentModel;
using SchoolInfra.Core.Config;

namespace SchoolInfra.Core.Model.Filtering;

public sealed record FilteringConfig : ConfigRecord
{
    [Description("byGroup: profiles by user group and age (DfE default); uniform: one profile for everyone, with a recorded decision.")]
    public Differentiation Differentiation { get; init; } = Differentiation.ByGroup;

    [Description("Required with differentiation: uniform. The senior leadership decision behind it.")]
    public FilteringDecision? Decision { get; init; }

    [Description("The DSL may also approve exceptions (besides the headteacher and second responsible person).")]
    public bool DslMayApprove { get; init; }

    [Description("The filter run by the local authority or broadband provider.")]
    public UpstreamFilter? Upstream { get; init; }

    [Description("Device-level web filtering that follows school devices anywhere (Entra Internet Access).")]
    public GlobalSecureAccessBackend? GlobalSecureAccess { get; init; }

    [Description("DNS security policy for the school's own Azure virtual networks.")]
    public AzureDnsBackend? AzureDns { get; init; }

    [Description("Every internet connection (main line, failover, 4G router) and how it is filtered (FIL-09).")]
    public ImmutableArray<InternetConnection> Connections { get; init; } = [];

    public required ImmutableArray<FilteringProfile> Profiles { get; init; }

    [Description("Sites unblocked for some groups for a while: each needs a reason, an approver and an end date (FIL-10, FIL-11).")]
    public ImmutableArray<FilteringException> Exceptions { get; init; } = [];
}

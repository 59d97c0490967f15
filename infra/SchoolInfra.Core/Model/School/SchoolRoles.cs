using System.ComponentModel;
using SchoolInfra.Core.Config;

namespace SchoolInfra.Core.Model.School;

/// <summary>Who holds each role (ROL-01..03). Empty roles are findings, not load errors.</summary>
public sealed record SchoolRoles : ConfigRecord
{
    public required RoleHolder Headteacher { get; init; }

    [Description("The second person who may approve changes (deputy head, co-head or a governor): ROL-03.")]
    public RoleHolder? SecondResponsiblePerson { get; init; }

    public RoleHolder? ChairOfGovernors { get; init; }

    [Description("The governor responsible for filtering and monitoring (DfE FM1).")]
    public RoleHolder? ResponsibleGovernor { get; init; }

    public RoleHolder? SafeguardingGovernor { get; init; }

    [Description("The senior leader responsible for filtering and monitoring (DfE FM1).")]
    public RoleHolder? FmSltLead { get; init; }

    [Description("Designated safeguarding lead.")]
    public RoleHolder? Dsl { get; init; }

    public RoleHolder? DeputyDsl { get; init; }

    [Description("Senior leader for digital technology (DfE digital leadership standard).")]
    public RoleHolder? SltDigitalLead { get; init; }

    public RoleHolder? BusinessManager { get; init; }

    public ItProviderRole? ItProvider { get; init; }

    [Description("Data protection officer (a person or a service).")]
    public RoleHolder? Dpo { get; init; }

    /// <summary>The person holding <paramref name="role"/>, or null when nobody is named (the IT provider is an organisation: see <see cref="ItProvider"/>).</summary>
    public RoleHolder? HolderOf(SchoolRole role) => role switch
    {
        SchoolRole.Headteacher => Headteacher,
        SchoolRole.SecondResponsiblePerson => SecondResponsiblePerson,
        SchoolRole.ChairOfGovernors => ChairOfGovernors,
        SchoolRole.ResponsibleGovernor => ResponsibleGovernor,
        SchoolRole.SafeguardingGovernor => SafeguardingGovernor,
        SchoolRole.FmSltLead => FmSltLead,
        SchoolRole.Dsl => Dsl,
        SchoolRole.DeputyDsl => DeputyDsl,
        SchoolRole.SltDigitalLead => SltDigitalLead,
        SchoolRole.BusinessManager => BusinessManager,
        SchoolRole.Dpo => Dpo,
        _ => null,
    };
}

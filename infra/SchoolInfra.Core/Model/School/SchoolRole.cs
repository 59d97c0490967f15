
namespace SchoolInfra.Core.Model.School;

/// <summary>The roles the standards name. Settings refer to roles, never to people.</summary>
public enum SchoolRole
{
    Headteacher,
    SecondResponsiblePerson,
    ChairOfGovernors,
    ResponsibleGovernor,
    SafeguardingGovernor,
    FmSltLead,
    Dsl,
    DeputyDsl,
    SltDigitalLead,
    BusinessManager,
    ItProvider,
    Dpo,
}

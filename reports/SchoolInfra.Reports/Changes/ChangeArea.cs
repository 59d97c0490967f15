namespace SchoolInfra.Reports.Changes;

/// <summary>The part of the school's settings a change is in, in the order change summaries list them.</summary>
public enum ChangeArea
{
    School,
    Identity,
    Filtering,
    Backups,
    Logging,
    Devices,
    Waivers,
}

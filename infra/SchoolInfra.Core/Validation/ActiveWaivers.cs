using System.Collections.Immutable;
using NodaTime;
using SchoolInfra.Core.Model.School;

namespace SchoolInfra.Core.Validation;

/// <summary>
/// The waivers in force on a given day (CHG-05): approved on or before it and not yet expired. A waiver that has
/// expired no longer excuses anything, so the setting it covered becomes an error again by itself.
/// </summary>
public sealed class ActiveWaivers(ImmutableArray<Waiver> waivers, LocalDate today)
{
    /// <summary>The waiver in force for <paramref name="control"/> that runs longest, or null.</summary>
    public Waiver? For(string control) => waivers
        .Where(w => w.Control == control && w.ApprovedOn <= today && today <= w.ExpiresOn)
        .OrderByDescending(w => w.ExpiresOn)
        .FirstOrDefault();
}

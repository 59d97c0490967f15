using System.Collections.Immutable;
using SchoolInfra.Core.Model;
using SchoolInfra.Reports.Changes.Describers;

namespace SchoolInfra.Reports.Changes;

/// <summary>
/// Compares two versions of a school's typed settings and says what changed, in plain English, with the controls
/// each change touches and what it weakens. Pure: the same two configs always give the same list, in the order of
/// <see cref="ChangeArea"/> and then of the settings file. Free text (reasons, purposes) is never repeated, and
/// secrets are only ever "set" or "removed".
/// </summary>
public static class ConfigChangeDescriber
{
    public static ImmutableArray<ConfigChange> Describe(SchoolConfig before, SchoolConfig after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new ChangeList();
        SchoolChangeDescriber.Describe(before, after, changes);
        IdentityChangeDescriber.Describe(before, after, changes);
        SignInChangeDescriber.Describe(before, after, changes);
        FilteringChangeDescriber.Describe(before, after, changes);
        BackupChangeDescriber.Describe(before, after, changes);
        LoggingChangeDescriber.Describe(before, after, changes);
        DeviceChangeDescriber.Describe(before, after, changes);
        return [.. changes.ToArray().OrderBy(c => c.Area)];
    }
}

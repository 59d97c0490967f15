using System.Collections.Immutable;
using NodaTime;
using SchoolInfra.Evidence.History;

namespace SchoolInfra.Reports.Changes;

/// <summary>One commit that changed a school's files, and what it changed in the settings.</summary>
/// <param name="Commit">The commit, with its approval trailers.</param>
/// <param name="Date">The UK date it was committed (merged).</param>
/// <param name="SettingsChanged">Whether it changed the stack file (otherwise only records or scripts).</param>
/// <param name="SettingsReadable">Whether both versions of the settings could be read, so <paramref name="Changes"/> is complete.</param>
/// <param name="Changes">What changed in the settings, as <see cref="ConfigChangeDescriber"/> says it.</param>
public sealed record CommittedChange(
    GitChange Commit,
    LocalDate Date,
    bool SettingsChanged,
    bool SettingsReadable,
    ImmutableArray<ConfigChange> Changes);

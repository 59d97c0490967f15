using System.Collections.Immutable;
using NodaTime;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Diagnostics;

namespace SchoolInfra.Core.Validation;

/// <summary>Types the config and runs every domain check, collecting all diagnostics in one pass.</summary>
public static class SchoolConfigValidator
{
    /// <summary>The domain checks, in the order their diagnostics are most useful to read.</summary>
    public static ImmutableArray<IConfigCheck> Checks { get; } =
    [
        new SchoolChecks(),
        new NameChecks(),
        new IdentityChecks(),
        new FilteringChecks(),
        new BackupChecks(),
        new DeviceChecks(),
        new ScriptChecks(),
    ];

    public static ValidatedConfig Validate(ConfigSource source, LocalDate today, SchoolFiles files, DiagnosticBag diagnostics, ValidationScope scope = ValidationScope.Full)
    {
        var config = ConfigBinder.BindSchool(source, diagnostics);

        // Domain checks assume names are unique and references resolve, so they run once the config binds
        // cleanly. Every binding problem (types, names, ranges, references) is still reported in one pass.
        if (config is not null && !diagnostics.HasErrors)
        {
            var context = new ValidationContext(config, today, diagnostics, files, scope);
            foreach (var check in Checks)
            {
                check.Check(context);
            }
        }

        return new ValidatedConfig(source.StackName, config, diagnostics.ToSortedArray());
    }
}

using System.Collections.Immutable;
using NodaTime;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Model;
using SchoolInfra.Infra.Build.Backup;
using SchoolInfra.Infra.Build.Devices;
using SchoolInfra.Infra.Build.Filtering;
using SchoolInfra.Infra.Build.Identity;
using SchoolInfra.Infra.Build.Logging;
using SchoolInfra.Infra.Desired;

namespace SchoolInfra.Infra.Build;

/// <summary>Runs every domain builder in order: identity first, since other domains refer to its groups.</summary>
public static class DesiredStateBuilder
{
    public static ImmutableArray<IDomainBuilder> Builders { get; } =
    [
        new IdentityBuilder(),
        new FilteringBuilder(),
        new ResourceGroupBuilder(),
        new BackupBuilder(),
        new LoggingBuilder(),
        new DevicesBuilder(),
    ];

    public static DesiredState Build(string stackName, SchoolConfig config, LocalDate today, DiagnosticBag diagnostics)
    {
        var context = new BuildContext(config, today, diagnostics);
        foreach (var builder in Builders)
        {
            builder.Build(context);
        }

        return context.ToState(stackName);
    }
}

using System.Globalization;
using System.Text;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Drift;

namespace SchoolInfra.Cli.Output;

/// <summary>
/// What <c>observe</c> prints on stdout after writing the snapshot: the snapshot compared with the stack file, one
/// block per drift item (severity, kind, name, controls, who acts, what the next deploy does, the plain-English note
/// and each property's declared and live values). Until <c>drift --observed</c> takes snapshots (issue 9 owns the
/// drift command), this is where tenant drift shows. Never prints a secret: values come from the snapshot, which holds none.
/// </summary>
public static class TenantDriftTextWriter
{
    public static string Write(DriftObservation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        var text = new StringBuilder();
        var at = observation.Source.ObservedAt.ToString("uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture);
        text.Append(CultureInfo.InvariantCulture,
            $"Tenant drift (read {at} UTC, {observation.Source.ResourcesRead} objects): {Plural(observation.Items.Length, "item")}.\n");
        foreach (var item in observation.Items)
        {
            var controls = item.Controls.IsEmpty ? "no control" : string.Join(", ", item.Controls);
            text.Append(CultureInfo.InvariantCulture,
                $"{Word(item.Severity),-6} {Word(item.Kind)}: {item.Resource.DisplayName} [{controls}]; {Who(item.WhoActs)} acts; {Word(item.NextDeploy)}.\n");
            if (item.Resource.Source.IsKnown)
            {
                text.Append(CultureInfo.InvariantCulture, $"       declared at {item.Resource.Source.File}:{item.Resource.Source.Line}\n");
            }

            if (item.Note.Length > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"       {item.Note}\n");
            }

            foreach (var property in item.Properties)
            {
                text.Append(CultureInfo.InvariantCulture, $"       {property.Path}: {property.Declared.Display} -> {property.Live.Display}\n");
            }
        }

        return text.ToString();
    }

    private static string Plural(int count, string word) => count == 1 ? $"1 {word}" : $"{count.ToString(CultureInfo.InvariantCulture)} {word}s";

    private static string Who(SchoolRole role) => role == SchoolRole.ItProvider ? "the IT provider" : ConfigNaming.EnumValue(role);

    private static string Word(DriftSeverity severity) => severity switch
    {
        DriftSeverity.High => "high",
        DriftSeverity.Medium => "medium",
        _ => "low",
    };

    private static string Word(DriftKind kind) => kind switch
    {
        DriftKind.ChangedOutsidePipeline => "changed outside the pipeline",
        DriftKind.DeletedOutsidePipeline => "deleted outside the pipeline",
        DriftKind.Unmanaged => "not in the stack file",
        _ => "could not be read",
    };

    private static string Word(NextDeploy next) => next switch
    {
        NextDeploy.PutsBack => "the next deploy puts it back",
        NextDeploy.CreatesAgain => "the next deploy creates it again",
        NextDeploy.Replaces => "the next deploy replaces it",
        NextDeploy.LeavesAlone => "the next deploy leaves it alone",
        _ => "what the next deploy does cannot be told",
    };
}

using System.Collections.Immutable;
using SchoolInfra.Core.Model.Devices;
using SchoolInfra.Infra.Desired;
using SchoolInfra.Infra.Types;

namespace SchoolInfra.Infra.Build.Devices;

/// <summary>
/// The school's PowerShell scripts as Intune resources: each detection script with its remediation script as one
/// remediation (deviceHealthScripts), and the custom-compliance script that the compliance policy points at. Script
/// text is read by the engine with <c>fn::readFile</c> (validation has already parsed it), so it is never copied into
/// the template and needs no <c>$</c> escaping.
/// </summary>
public sealed class IntuneScripts(BuildContext context, WindowsBaseline windows)
{
    /// <summary>The Pulumi program directory holds Pulumi.yaml, and stack files live in its schools folder.</summary>
    public const string SchoolsFolder = "./schools/";

    public void Build(out string? complianceScript)
    {
        complianceScript = null;
        var byKey = windows.Scripts.ToDictionary(s => s.Key, StringComparer.Ordinal);
        foreach (var script in windows.Scripts)
        {
            switch (script.Kind)
            {
                case ScriptKind.Detection when script.RemediatedBy is { } fix && byKey.TryGetValue(fix, out var remediation):
                    AddRemediation(script, remediation);
                    break;
                case ScriptKind.CustomCompliance when complianceScript is null:
                    complianceScript = AddComplianceScript(script);
                    break;
                default:
                    break;
            }
        }
    }

    private void AddRemediation(BaselineScript detection, BaselineScript remediation) =>
        context.Add($"remediation-{detection.Key}", Microsoft365Types.WindowsRemediationScript, PulumiValue.Map(
                ("displayName", PulumiValue.Text(context.DisplayName(detection.Name))),
                ("description", PulumiValue.Text($"Detects with {detection.Path}; fixes with {remediation.Path}.")),
                ("publisher", PulumiValue.Text("SchoolInfra")),
                ("runAsAccount", PulumiValue.Text("system")),
                ("runAs32Bit", PulumiValue.Bool(false)),
                ("enforceSignatureCheck", PulumiValue.Bool(false)),
                ("detectionScriptContent", ReadFile(detection.Path)),
                ("remediationScriptContent", ReadFile(remediation.Path)),
                ("assignments", IntuneAssignments.ToGroups(detection.DeviceGroups, _ => PulumiValue.Map(
                    ("dailySchedule", PulumiValue.Map(
                        ("interval", PulumiValue.Number(1)),
                        ("time", PulumiValue.Text("09:00:00")),
                        ("useUtc", PulumiValue.Bool(false)))))))),
            detection.Span, $"Intune remediation \"{detection.Name}\", run daily.", Controls(detection));

    private string AddComplianceScript(BaselineScript script)
    {
        var name = $"complianceScript-{script.Key}";
        context.Add(name, Microsoft365Types.WindowsDeviceComplianceScript, PulumiValue.Map(
                ("displayName", PulumiValue.Text(context.DisplayName(script.Name))),
                ("description", PulumiValue.Text($"Custom compliance check from {script.Path}.")),
                ("publisher", PulumiValue.Text("SchoolInfra")),
                ("runAsAccount", PulumiValue.Text("system")),
                ("runAs32Bit", PulumiValue.Bool(false)),
                ("enforceSignatureCheck", PulumiValue.Bool(false)),
                ("detectionScriptContent", ReadFile(script.Path))),
            script.Span, $"Custom compliance script \"{script.Name}\", checked by the Windows compliance policy.", Controls(script));
        return name;
    }

    private static ImmutableArray<string> Controls(BaselineScript script) =>
        ["DEV-08", .. script.Controls.Where(c => c != "DEV-08")];

    private static PulumiObject ReadFile(string path) => PulumiValue.Map(("fn::readFile", PulumiValue.Text(SchoolsFolder + path)));
}

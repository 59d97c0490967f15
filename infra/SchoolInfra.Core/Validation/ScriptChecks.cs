using SchoolInfra.Core.Model.Devices;
using SchoolInfra.Core.Scripts;

namespace SchoolInfra.Core.Validation;

/// <summary>
/// Baseline PowerShell scripts: each file exists in the school folder, parses, and uses no banned command; detection
/// and remediation scripts come in pairs; a custom-compliance script has its rules.
/// </summary>
public sealed class ScriptChecks : IConfigCheck
{
    public void Check(ValidationContext context)
    {
        if (context.Config.Devices?.Windows is not { } windows || windows.Scripts.IsEmpty)
        {
            return;
        }

        var banned = new BannedCommandList(windows.BannedCommands);
        foreach (var script in windows.Scripts)
        {
            ScanFile(script, banned, context);
        }

        CheckPairs(windows, context);
    }

    private static void ScanFile(BaselineScript script, BannedCommandList banned, ValidationContext context)
    {
        var display = context.Files.DisplayPath(script.Path);

        if (context.Files.IsMissing(script.Path))
        {
            context.Diagnostics.Add(DeviceDiagnostics.ScriptMissing(script.Span, display));
            return;
        }

        // Pulumi reads the script with fn::readFile and deploys it to every laptop, so the compiler checks that it is an
        // ordinary file inside the repository (links resolved) without reading it; validate also reads and parses it.
        if (!context.Files.Check(script.Path, script.Span, context.Diagnostics)
            || context.Scope == ValidationScope.Compile
            || context.Files.ReadText(script.Path, context.Diagnostics, script.Span) is not { } text)
        {
            return;
        }

        foreach (var problem in ScriptScanner.Scan(text, display, banned))
        {
            context.Diagnostics.Add(problem.Kind == ScriptProblemKind.SyntaxError
                ? DeviceDiagnostics.ScriptSyntaxError(problem.Location, problem.Subject)
                : DeviceDiagnostics.ScriptBannedCommand(problem.Location, problem.Subject, problem.Banned));
        }
    }

    private static void CheckPairs(WindowsBaseline windows, ValidationContext context)
    {
        var bag = context.Diagnostics;
        var byKey = windows.Scripts.ToDictionary(s => s.Key, StringComparer.Ordinal);
        var remediatedBy = windows.Scripts
            .Where(s => s.Kind == ScriptKind.Detection && s.RemediatedBy is not null)
            .GroupBy(s => s.RemediatedBy ?? string.Empty, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var complianceScripts = 0;
        foreach (var script in windows.Scripts)
        {
            switch (script.Kind)
            {
                case ScriptKind.Detection when script.RemediatedBy is null:
                    bag.Add(DeviceDiagnostics.DetectionWithoutRemediation(script.Span, script.Key));
                    break;
                case ScriptKind.Detection when byKey.TryGetValue(script.RemediatedBy, out var target) && target.Kind != ScriptKind.Remediation:
                    bag.Add(DeviceDiagnostics.RemediatedByNotRemediation(script.Span, script.Key, target.Key));
                    break;
                case ScriptKind.Remediation when remediatedBy.GetValueOrDefault(script.Key) != 1:
                    bag.Add(DeviceDiagnostics.RemediationWithoutDetection(script.Span, script.Key));
                    break;
                case ScriptKind.CustomCompliance:
                    if (script.Rules.IsEmpty)
                    {
                        bag.Add(DeviceDiagnostics.ComplianceScriptWithoutRules(script.Span, script.Key));
                    }

                    if (++complianceScripts > 1)
                    {
                        bag.Add(DeviceDiagnostics.SeveralComplianceScripts(script.Span, script.Key));
                    }

                    break;
                default:
                    break;
            }

            if (script.Kind != ScriptKind.CustomCompliance && !script.Rules.IsEmpty)
            {
                bag.Add(DeviceDiagnostics.RulesOnOtherScript(script.Span, script.Key));
            }
        }
    }
}

using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Validation;

namespace SchoolInfra.Core.Tests.Validation;

/// <summary>Script checks against a copy of the example school's folder in a temporary directory.</summary>
public sealed class ScriptChecksTests : IDisposable
{
    private const string Resume = "oakfield-primary/scripts/resume-bitlocker.ps1";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "schoolinfra-tests-" + Guid.NewGuid().ToString("N"));

    public ScriptChecksTests()
    {
        var scripts = Path.Combine(_root, "oakfield-primary", "scripts");
        Directory.CreateDirectory(scripts);
        foreach (var file in Directory.GetFiles(RepoPaths.Of("schools", "oakfield-primary", "scripts")))
        {
            File.Copy(file, Path.Combine(scripts, Path.GetFileName(file)));
        }
    }

    private SchoolFiles Files => new(_root, "schools");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string relativePath, string text) => File.WriteAllText(Path.Combine(_root, relativePath), text);

    [Fact]
    public void Validate_ScriptWithSyntaxError_ReportsScriptFileLineAndColumn()
    {
        Write(Resume, "$ErrorActionPreference = 'Stop'\n\nif ($true {\n    Resume-BitLocker -MountPoint $env:SystemDrive\n}\n");

        var validated = ExampleStack.Validate(ExampleStack.Text, Files);

        var found = validated.Diagnostics.Where(d => d.Code == "SI2409").Select(d => d.Format()).ToList();
        Assert.Equal(
        [
            "schools/oakfield-primary/scripts/resume-bitlocker.ps1:3:11: error SI2409: PowerShell cannot read this script: Missing closing ')' after expression in 'if' statement.\n    hint: fix the script; Intune would fail to run it.",
            "schools/oakfield-primary/scripts/resume-bitlocker.ps1:3:11: error SI2409: PowerShell cannot read this script: Unexpected token '{' in expression or statement.\n    hint: fix the script; Intune would fail to run it.",
        ], found);
        Assert.True(validated.HasErrors);
    }

    [Fact]
    public void Validate_ScriptWithTwoSyntaxErrors_ReportsEach()
    {
        Write(Resume, "Write-Output 'fine'\n$x = @{ a = 1\nWrite-Output \"unterminated\n");

        var validated = ExampleStack.Validate(ExampleStack.Text, Files);

        var lines = validated.Diagnostics.Where(d => d.Code == "SI2409").Select(d => d.Location.Line).Distinct().ToList();
        Assert.True(lines.Count >= 2, string.Join("\n", validated.Diagnostics.Select(d => d.Format())));
    }

    [Fact]
    public void Validate_ScriptUsingBannedAlias_ReportsCommandPosition()
    {
        Write(Resume, "$ErrorActionPreference = 'Stop'\n$fix = 'Resume-BitLocker -MountPoint C:'\n  IEX $fix\n");

        var validated = ExampleStack.Validate(ExampleStack.Text, Files);

        var d = ExampleStack.Single(validated, "SI2410");
        Assert.Equal("schools/oakfield-primary/scripts/resume-bitlocker.ps1:3:3", d.Location.ToString());
        Assert.Contains("\"IEX\" (Invoke-Expression)", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ScriptUsingSchoolBannedCommand_IsError()
    {
        var text = ExampleStack.With("      minOsVersion: 10.0.22631\n", "      minOsVersion: 10.0.22631\n      bannedCommands: [Restart-Computer]\n");
        Write(Resume, "Resume-BitLocker -MountPoint $env:SystemDrive\nrestart-computer -Force\n");

        var validated = ExampleStack.Validate(text, Files);

        Assert.Equal(2, ExampleStack.Single(validated, "SI2410").Location.Line);
    }

    [Fact]
    public void Validate_MissingScript_IsError()
    {
        File.Delete(Path.Combine(_root, Resume));

        var validated = ExampleStack.Validate(ExampleStack.Text, Files);

        var d = ExampleStack.Single(validated, "SI2408");
        Assert.Equal(ExampleStack.DisplayPath, d.Location.File);
        Assert.Contains("\"schools/oakfield-primary/scripts/resume-bitlocker.ps1\"", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ScriptPathOutsideSchoolsFolder_IsMissing()
    {
        var validated = ExampleStack.Validate(ExampleStack.With(
            "path: oakfield-primary/scripts/resume-bitlocker.ps1", "path: /etc/passwd"), Files);

        Assert.Contains(validated.Diagnostics, d => d.Code is "SI2408" or "SI2007");
        Assert.True(validated.HasErrors);
    }

    [Fact]
    public void Validate_DetectionWithoutRemediatedBy_IsError()
    {
        var validated = ExampleStack.Validate(ExampleStack.With("          remediatedBy: resumeBitlocker\n", string.Empty), Files);

        Assert.Contains("\"detectBitlocker\"", ExampleStack.Single(validated, "SI2411").Message, StringComparison.Ordinal);
        Assert.Contains("\"resumeBitlocker\"", ExampleStack.Single(validated, "SI2413").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RemediatedByADetectionScript_IsError()
    {
        var validated = ExampleStack.Validate(ExampleStack.With("remediatedBy: resumeBitlocker", "remediatedBy: detectBitlocker"), Files);

        Assert.Equal(Severity.Error, ExampleStack.Single(validated, "SI2412").Severity);
    }

    [Fact]
    public void Validate_ComplianceScriptWithoutRules_IsError()
    {
        var start = ExampleStack.Text.IndexOf("          rules:\n", StringComparison.Ordinal);
        var end = ExampleStack.Text.IndexOf("    ipads:\n", StringComparison.Ordinal);
        var validated = ExampleStack.Validate(ExampleStack.With(ExampleStack.Text[start..end], string.Empty), Files);

        Assert.Equal(Severity.Error, ExampleStack.Single(validated, "SI2414").Severity);
    }

    [Fact]
    public void Validate_RulesOnRemediationScript_IsError()
    {
        var validated = ExampleStack.Validate(ExampleStack.With(
            "          path: oakfield-primary/scripts/resume-bitlocker.ps1\n",
            "          path: oakfield-primary/scripts/resume-bitlocker.ps1\n          rules:\n            - { setting: X, operand: \"true\", message: X is off. }\n"), Files);

        Assert.Equal(Severity.Error, ExampleStack.Single(validated, "SI2415").Severity);
    }

    [Fact]
    public void Validate_TwoComplianceScripts_IsError()
    {
        var validated = ExampleStack.Validate(ExampleStack.With("          kind: remediation\n", "          kind: customCompliance\n"), Files);

        Assert.Contains("\"complianceFirewall\"", ExampleStack.Single(validated, "SI2416").Message, StringComparison.Ordinal);
    }
}

using System.Collections.Immutable;
using System.ComponentModel;
using SchoolInfra.Core.Config;

namespace SchoolInfra.Core.Model.Devices;

public sealed record BaselineScript : ConfigRecord
{
    [UniqueKey(RefKind.Script)]
    [Format(ValueFormat.Key)]
    public required string Key { get; init; }

    public required string Name { get; init; }

    public required ScriptKind Kind { get; init; }

    [Description("Path of the .ps1 file relative to the schools folder, e.g. oakfield-primary/scripts/detect-bitlocker.ps1.")]
    [Format(ValueFormat.RelativePath)]
    public required string Path { get; init; }

    [Description("With kind detection: the remediation script that fixes what it finds.")]
    [RefersTo(RefKind.Script)]
    public string? RemediatedBy { get; init; }

    [RefersTo(RefKind.DeviceGroup)]
    public required ImmutableArray<string> DeviceGroups { get; init; }

    [Description("With kind customCompliance: the rules Intune checks against the script's JSON output.")]
    public ImmutableArray<ComplianceRule> Rules { get; init; } = [];

    [Description("Controls the script helps to meet besides DEV-08, e.g. DEV-01 for a BitLocker check.")]
    [Format(ValueFormat.ControlId)]
    public ImmutableArray<string> Controls { get; init; } = [];
}

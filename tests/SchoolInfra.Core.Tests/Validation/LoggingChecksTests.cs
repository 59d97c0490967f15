using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Validation;

namespace SchoolInfra.Core.Tests.Validation;

public class LoggingChecksTests
{
    private static Diagnostic Single(ValidatedConfig result, string code, Severity severity = Severity.Error)
    {
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Code == code);
        Assert.Equal(severity, diagnostic.Severity);
        Assert.Equal(ExampleStack.DisplayPath, diagnostic.Location.File);
        return diagnostic;
    }

    [Fact]
    public void Validate_ExampleSchool_HasNoLoggingDiagnostics()
    {
        var result = ExampleStack.Validate(ExampleStack.Text);

        Assert.DoesNotContain(result.Diagnostics, d => d.Code.StartsWith("SI25", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_RetentionBelowPolicy_IsAnError()
    {
        var error = Single(ExampleStack.Validate(ExampleStack.With("retentionDays: 365", "retentionDays: 90")), "SI2501");

        Assert.Contains("90 days", error.Message, StringComparison.Ordinal);
        Assert.Contains("365", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RetentionBelowPolicyWithWaiver_IsAWarning()
    {
        var result = ExampleStack.Validate(ExampleStack.WithWaiver(ExampleStack.With("retentionDays: 365", "retentionDays: 90"), "LOG-02"));

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "SI2501");
        Assert.Contains("LOG-02", Single(result, "SI2503", Severity.Warning).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RetentionWaiverForAnotherControl_DoesNotExcuseIt() =>
        Single(ExampleStack.Validate(ExampleStack.WithWaiver(ExampleStack.With("retentionDays: 365", "retentionDays: 90"), "LOG-01")), "SI2501");

    [Fact]
    public void Validate_AuditLogsNotCopied_IsAnError()
    {
        var text = ExampleStack.With("    workspaceName: log-oakfield-primary\n", "    workspaceName: log-oakfield-primary\n    entraLogs: [signInLogs, nonInteractiveUserSignInLogs]\n");

        Assert.Contains("auditLogs", Single(ExampleStack.Validate(text), "SI2502").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AlertsWithoutRoles_IsAnError() =>
        Single(ExampleStack.Validate(ExampleStack.With("alertRoles: [itProvider, headteacher]", "alertRoles: []")), "SI2504");
}

using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Rules.Filtering;

namespace SchoolInfra.Policy.Tests.Rules.Filtering;

public class BackupLinesFilteredRuleTests
{
    private readonly BackupLinesFilteredRule _rule = new();

    [Fact]
    public void Evaluate_CheckTestsBackupLine_IsMet() =>
        Expect.Met(_rule.Evaluate(Example.Context(AccreditedProviderRuleTests.Check())), "tested the backup line \"backup4g\"");

    [Fact]
    public void Evaluate_CheckRecordsUntestedLineWithAction_IsMet()
    {
        var check = TestRecords.Make(RecordKind.FmCheck, """
            date: 2026-10-06
            by: itProvider
            tests:
              - { profile: staff, connection: mainLine, childAbuse: blocked, terrorism: blocked }
            untestedConnections:
              - { connection: backup4g, action: "The provider will fail over the line for a test on the next INSET day." }
            """);
        Expect.Met(_rule.Evaluate(Example.Context(check)), "could not test the backup line \"backup4g\" and records an action");
    }

    [Fact]
    public void Evaluate_CheckSkipsBackupLine_IsNotMet()
    {
        var check = TestRecords.Make(RecordKind.FmCheck, """
            date: 2026-10-06
            by: itProvider
            tests:
              - { profile: staff, connection: mainLine, childAbuse: blocked, terrorism: blocked }
            """);
        Expect.NotMet(_rule.Evaluate(Example.Context(check)), "does not test the backup line \"backup4g\" or say why not");
    }

    [Fact]
    public void Evaluate_NoCheckOnRecord_IsNoEvidence() =>
        Expect.NoEvidence(_rule.Evaluate(Example.Context()), "No termly filtering check is on record");

    [Fact]
    public void Evaluate_NoConnectionsDeclared_IsNotMet()
    {
        var config = Change.Filtering(f => f with { Connections = [] });
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "No internet connections are declared");
    }
}

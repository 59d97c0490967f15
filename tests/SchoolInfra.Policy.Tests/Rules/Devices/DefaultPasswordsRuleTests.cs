using NodaTime;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Rules.Devices;
using SchoolInfra.Policy.Tests.Support;

namespace SchoolInfra.Policy.Tests.Rules.Devices;

public sealed class DefaultPasswordsRuleTests
{
    private static RecordSet Register(string fields) => Oakfield.Replacing(Oakfield.Record(
        $"kind: licence-reconciliation\ndate: 2026-10-16\nby: businessManager\nconsumedWithinPrepaid: true\n{fields}"));

    [Fact]
    public void Evaluate_ExampleRegisterChecked_IsMet() =>
        Expect.Met(Oakfield.Evaluate(new DefaultPasswordsRule()), "All 41 devices on the asset register were checked on 2026-10-16: none has its factory password.");

    [Fact]
    public void Evaluate_TwoPrintersStillOnFactoryPasswords_IsNotMet() => Expect.NotMet(
        Oakfield.Evaluate(new DefaultPasswordsRule(), records: Register("defaultPasswordsChecked: 2026-10-16\ndevicesChecked: 41\ndevicesWithDefaultPasswords: 2\n")),
        "2 devices still have their factory password.");

    [Fact]
    public void Evaluate_NotCheckedLastTerm_IsNotMet() => Expect.NotMet(
        Oakfield.Evaluate(new DefaultPasswordsRule(), today: new LocalDate(2027, 4, 20)),
        "The check of default passwords for Spring 2027 is overdue");

    [Fact]
    public void Evaluate_NeverChecked_IsNoEvidence() =>
        Expect.NoEvidence(Oakfield.Evaluate(new DefaultPasswordsRule(), records: Register("osEndOfSupportRecorded: true\n")), "No check of default passwords");
}

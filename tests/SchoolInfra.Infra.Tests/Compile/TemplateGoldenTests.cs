using SchoolInfra.Core.Config;
using SchoolInfra.Infra.Desired;

namespace SchoolInfra.Infra.Tests.Compile;

public sealed class TemplateGoldenTests
{
    [Fact]
    public void Compile_ExampleSchool_MatchesGoldenTemplate_AndIsByteStable()
    {
        var first = TestSchools.Example().Template!;
        var second = TestSchools.Example().Template!;

        Assert.Equal(first, second);
        Golden.Matches("oakfield-primary/expected/template.yaml", first);
    }

    [Fact]
    public void Compile_JamfSchool_MatchesGoldenTemplateAndNotes()
    {
        var result = TestSchools.JamfSchool();

        Golden.Matches("jamf-school/expected/template.yaml", result.Template!);
        Golden.Matches("jamf-school/expected/notes.txt", Notes(result.State!));
    }

    private static string Notes(DesiredState state) => string.Concat(state.Notes.Select(n =>
        $"{ConfigNaming.EnumValue(n.Kind)} [{string.Join(", ", n.Controls)}] {n.Source}: {n.Message}\n"));
}

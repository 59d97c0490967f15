using SchoolInfra.Core.Config;
using SchoolInfra.Infra.Desired;

namespace SchoolInfra.Infra.Tests.Compile;

/// <summary>The Jamf School path: groups, classes and apps are declared; profiles and supervision become checks.</summary>
public sealed class JamfSchoolTemplateTests
{
    [Fact]
    public void Compile_JamfSchool_MatchesGoldenTemplateAndNotes_AndIsByteStable()
    {
        var result = TestSchools.JamfSchool();

        Assert.Equal(result.Template, TestSchools.JamfSchool().Template);
        Golden.Matches("jamf-school/expected/template.yaml", result.Template!);
        Golden.Matches("jamf-school/expected/notes.txt", Notes(result.State!));
    }

    private static string Notes(DesiredState state) => string.Concat(state.Notes.Select(n =>
        $"{ConfigNaming.EnumValue(n.Kind)} [{string.Join(", ", n.Controls)}] {n.Source}: {n.Message}\n"));
}

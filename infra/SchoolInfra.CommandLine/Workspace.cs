using System.Text.RegularExpressions;
using SchoolInfra.Core.IO;
using SchoolInfra.Core.Validation;

namespace SchoolInfra.CommandLine;

/// <summary>The SchoolInfra repository a command runs in: the folder holding Pulumi.yaml, with schools/ inside.</summary>
public sealed partial record Workspace(string Root)
{
    public const string SchoolsFolder = "schools";

    /// <summary>The example school, the default of every verb but compile.</summary>
    public const string ExampleStack = "oakfield-primary";

    public string SchoolsPath => Path.Combine(Root, SchoolsFolder);

    /// <summary>The school files, read through the safe reader with the repository as its boundary.</summary>
    public SchoolFiles Files => new(SchoolsPath, SchoolsFolder, Root);

    /// <summary>The one safe reader for this repository (STYLE.md: every file read goes through it).</summary>
    public SafeFileReader Reader => new(Root);

    /// <summary>Path of a stack file and how messages name it (relative to the repository, forward slashes).</summary>
    public (string Path, string Display) StackFile(string stack) =>
        (Path.Combine(SchoolsPath, $"Pulumi.{stack}.yaml"), $"{SchoolsFolder}/Pulumi.{stack}.yaml");

    public static bool IsValidStackName(string name) => StackNamePattern().IsMatch(name);

    /// <summary>Walks up from <paramref name="start"/> to the folder that holds Pulumi.yaml.</summary>
    public static Workspace? Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pulumi.yaml")))
            {
                return new Workspace(dir.FullName);
            }
        }

        return null;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,62}$")]
    private static partial Regex StackNamePattern();
}

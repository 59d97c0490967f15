namespace SchoolInfra.Cli.Tests.EndToEnd;

/// <summary>The two builds of the compile verb, which must behave the same.</summary>
public enum CompilerBuild
{
    /// <summary><c>dotnet schoolinfra.dll compile</c>: the full command, as built for the tests.</summary>
    Managed,

    /// <summary><c>schoolinfra-compile</c>: the NativeAOT executable that Pulumi.yaml runs.</summary>
    Native,
}

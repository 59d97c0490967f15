using SchoolInfra.CommandLine;
using SchoolInfra.CommandLine.Commands;

namespace SchoolInfra.Compiler;

/// <summary>
/// <c>schoolinfra-compile</c>: the Pulumi compiler on its own, as a native executable (Pulumi.yaml runs it). It takes
/// the options of <c>schoolinfra compile</c> and runs the same <see cref="CompileCommand"/>.
/// </summary>
public static class Program
{
    public static int Main(string[] args) => CommandRunner.Run(CompileCommand.Run, args, CliContext.FromProcess());
}

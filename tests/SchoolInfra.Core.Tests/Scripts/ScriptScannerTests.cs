using SchoolInfra.Core.Scripts;

namespace SchoolInfra.Core.Tests.Scripts;

public sealed class ScriptScannerTests
{
    private const string File = "schools/x/scripts/test.ps1";
    private static readonly BannedCommandList Builtin = new([]);

    [Fact]
    public void Scan_CleanScript_FindsNothing()
    {
        var problems = ScriptScanner.Scan("$v = Get-BitLockerVolume -MountPoint $env:SystemDrive\nWrite-Output $v.ProtectionStatus\nexit 0\n", File, Builtin);

        Assert.Empty(problems);
    }

    [Fact]
    public void Scan_SyntaxError_ReportsFileLineAndColumn()
    {
        var problems = ScriptScanner.Scan("$ErrorActionPreference = 'Stop'\nif ($true {\n    Write-Output 'x'\n}\n", File, Builtin);

        // The parser reports two errors at the brace that should have been a closing parenthesis: one problem each.
        Assert.Equal(2, problems.Length);
        Assert.All(problems, p => Assert.Equal(ScriptProblemKind.SyntaxError, p.Kind));
        Assert.All(problems, p => Assert.Equal($"{File}:2:11", p.Location.ToString()));
        Assert.Equal(["Missing closing ')' after expression in 'if' statement.", "Unexpected token '{' in expression or statement."],
            problems.Select(p => p.Subject).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Invoke-Expression $code", "Invoke-Expression", "Invoke-Expression")]
    [InlineData("IEX $code", "IEX", "Invoke-Expression")]
    [InlineData("iwr https://example.invalid/x.ps1", "iwr", "Invoke-WebRequest")]
    [InlineData("curl https://example.invalid/x", "curl", "Invoke-WebRequest")]
    [InlineData("wget https://example.invalid/x", "wget", "Invoke-WebRequest")]
    [InlineData("IRM https://example.invalid/api", "IRM", "Invoke-RestMethod")]
    [InlineData("Start-BitsTransfer -Source https://example.invalid/x", "Start-BitsTransfer", "Start-BitsTransfer")]
    [InlineData("Microsoft.PowerShell.Utility\\Invoke-Expression $code", "Microsoft.PowerShell.Utility\\Invoke-Expression", "Invoke-Expression")]
    public void Scan_BannedCommand_IsFoundThroughAliasesAndCase(string line, string written, string banned)
    {
        var problem = Assert.Single(ScriptScanner.Scan($"$code = 'x'\n    {line}\n", File, Builtin));

        Assert.Equal(ScriptProblemKind.BannedCommand, problem.Kind);
        Assert.Equal(written, problem.Subject);
        Assert.Equal(banned, problem.Banned);
        Assert.Equal(2, problem.Location.Line);
        Assert.Equal(5, problem.Location.Column);
    }

    [Theory]
    [InlineData("(New-Object Net.WebClient).DownloadString('https://example.invalid/x')", BannedCommandList.WebClientDownload)]
    [InlineData("$wc.DownloadFile('https://example.invalid/x', 'C:\\x')", BannedCommandList.WebClientDownload)]
    [InlineData("Add-Type -TypeDefinition 'public class A {}'", BannedCommandList.AddTypeInlineCode)]
    [InlineData("Add-Type -MemberDefinition $signature -Name Native -Namespace W", BannedCommandList.AddTypeInlineCode)]
    [InlineData("Add-Type 'public class A {}'", BannedCommandList.AddTypeInlineCode)]
    [InlineData("Set-ExecutionPolicy Bypass -Scope Process", BannedCommandList.ExecutionPolicyWeakened)]
    [InlineData("Set-ExecutionPolicy -ExecutionPolicy:Unrestricted", BannedCommandList.ExecutionPolicyWeakened)]
    public void Scan_RiskyUse_IsBanned(string line, string banned)
    {
        var problem = Assert.Single(ScriptScanner.Scan(line + "\n", File, Builtin));

        Assert.Equal(banned, problem.Banned);
    }

    [Theory]
    [InlineData("Add-Type -AssemblyName System.Windows.Forms")]
    [InlineData("Add-Type -Path C:\\tools\\x.dll")]
    [InlineData("Set-ExecutionPolicy RemoteSigned -Scope Process")]
    [InlineData("Write-Output 'Invoke-Expression is banned'")]
    public void Scan_SafeUse_IsAllowed(string line)
    {
        Assert.Empty(ScriptScanner.Scan(line + "\n", File, Builtin));
    }

    [Fact]
    public void Scan_SchoolBannedCommand_IsFoundCaseInsensitively()
    {
        var list = new BannedCommandList(["Remove-Item"]);

        var problem = Assert.Single(ScriptScanner.Scan("remove-item C:\\temp\\x -Force\n", File, list));

        Assert.Equal("Remove-Item", problem.Banned);
        Assert.Equal("remove-item", problem.Subject);
    }

    [Fact]
    public void Scan_CommandInNestedScriptBlock_IsFound()
    {
        var problem = Assert.Single(ScriptScanner.Scan("function Get-It {\n  1..2 | ForEach-Object { iex 'x' }\n}\n", File, Builtin));

        Assert.Equal((2, 27), (problem.Location.Line, problem.Location.Column));
    }

    [Fact]
    public void Scan_CommandCalledByName_IsFoundAtTheName()
    {
        var problem = Assert.Single(ScriptScanner.Scan("& 'iex' $code\n", File, Builtin));

        Assert.Equal(("iex", "Invoke-Expression", 3), (problem.Subject, problem.Banned, problem.Location.Column));
    }
}

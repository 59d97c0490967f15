using System.Collections.Immutable;
using System.Globalization;
using SchoolInfra.Cli.Output;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Model;
using SchoolInfra.Evidence.Drift;
using SchoolInfra.Evidence.Observe;
using SchoolInfra.Evidence.Observe.Compare;
using SchoolInfra.Evidence.Observe.Graph;
using SchoolInfra.Evidence.Observe.Http;
using SchoolInfra.Evidence.Observe.Jamf;
using SchoolInfra.Evidence.Observe.Snapshot;
using SchoolInfra.Infra.Compile;
using SchoolInfra.Infra.Desired;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Rules;

namespace SchoolInfra.Cli.Commands;

/// <summary>
/// <c>schoolinfra observe</c>: reads the live tenant and Jamf, read-only, into a versioned snapshot
/// (schools/&lt;stack&gt;/live/tenant.json). Exit 0 when every area was read, 2 when the snapshot was written but some
/// areas are unknown or partial, 1 on errors (bad options, no sign-in, the wrong tenant).
/// </summary>
public static class ObserveCommand
{
    public const string Help = """
        Usage: schoolinfra observe [--stack NAME] [--out FILE] [--graph-endpoint URL] [--jamf-url URL] [--timeout SECONDS]

        Reads, read-only, what Pulumi does not manage: every sign-in rule, named locations, administrator role
        holders, the administrator groups' members, the emergency accounts and their sign-ins, allowed sign-in
        methods, Intune policies, web filtering profiles, and Jamf profiles and PreStages. Writes a snapshot that
        drift --observed and validate read, then prints on stdout what differs from the stack file (unmanaged
        sign-in rules and what they do, rules changed, extra administrators, widened places, filtering and Jamf
        changes). An area that cannot be read is marked unknown, never empty, and is never "no drift".
        Exit code 0 when every area was read and nothing differs, 2 when something differs or some areas are
        unknown or partial, 1 on errors.

          --stack NAME           the school (default: oakfield-primary)
          --out FILE             where to write the snapshot (default: schools/NAME/live/tenant.json)
          --graph-endpoint URL   Microsoft Graph's root (default: https://graph.microsoft.com; a national cloud,
                                 a proxy, or a test server on this machine)
          --jamf-url URL         the Jamf Pro or Jamf School address (or SCHOOLINFRA_JAMF_URL)
          --timeout SECONDS      the longest the whole read may take (default: 900)
          --root DIR             the repository folder (default: the nearest folder above holding Pulumi.yaml)

        Sign-in: SCHOOLINFRA_GRAPH_TOKEN (a bearer token), else workload identity federation in CI (AZURE_CLIENT_ID,
        AZURE_TENANT_ID), else your Azure CLI sign-in (az login). Jamf Pro: SCHOOLINFRA_JAMF_CLIENT_ID and
        SCHOOLINFRA_JAMF_CLIENT_SECRET (an API client), or SCHOOLINFRA_JAMF_TOKEN; Jamf School: SCHOOLINFRA_JAMF_TOKEN
        as NETWORKID:APIKEY. Tokens and secrets are never written anywhere.
        """;

    public static int Run(IReadOnlyList<string> arguments, CliContext cli)
    {
        var args = CommandArgs.Parse("observe", arguments, ["--stack", "--out", "--graph-endpoint", "--jamf-url", "--timeout", "--root"], []);
        if (args.HelpRequested)
        {
            cli.Out.Write(Help + "\n");
            return 0;
        }

        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(args.Diagnostics);
        var stack = Options.ResolveStack(args, diagnostics);
        var graphEndpoint = Endpoint(args.Value("--graph-endpoint") ?? GraphConnection.Global.ToString(), "--graph-endpoint", diagnostics);
        // An empty variable (a workflow expression for a school without Jamf) means no Jamf, as if it were unset.
        var jamfText = args.Value("--jamf-url") ?? (cli.Environment("SCHOOLINFRA_JAMF_URL") is { Length: > 0 } set ? set : null);
        var jamfUrl = jamfText is null ? null : Endpoint(jamfText, args.Value("--jamf-url") is null ? "SCHOOLINFRA_JAMF_URL" : "--jamf-url", diagnostics);
        var timeout = Timeout(args.Value("--timeout"), diagnostics);
        var workspace = Options.ResolveWorkspace(args, cli, diagnostics, required: true);
        if (stack is null || workspace is null || graphEndpoint is null || diagnostics.HasErrors)
        {
            return Options.Fail(cli, diagnostics);
        }

        var (path, display) = workspace.StackFile(stack);
        var source = StackFileReader.Read(workspace.Reader, path, display, stack, diagnostics);
        var compiled = source is null ? null : SchoolCompiler.Compile(source, Today.FromClock(cli.Clock), workspace.Files, diagnostics);
        if (compiled?.Validated.Config is not { } config || compiled.State is not { } desired || diagnostics.HasErrors)
        {
            return Options.Fail(cli, diagnostics);
        }

        var token = cli.Environment("SCHOOLINFRA_GRAPH_TOKEN");
        var graph = new GraphConnection(graphEndpoint, token, token is { Length: > 0 } ? null : GraphCredentials.Choose(cli.Environment));
        var jamf = jamfUrl is null ? null : new JamfConnection(jamfUrl, cli.Environment("SCHOOLINFRA_JAMF_TOKEN"),
            cli.Environment("SCHOOLINFRA_JAMF_CLIENT_ID"), cli.Environment("SCHOOLINFRA_JAMF_CLIENT_SECRET"));
        var request = new ObserveRequest(ObservePlan.For(stack, config), graph, jamf, new ReadLimits { TotalTime = timeout }, cli.Clock, SnapshotFile.ToolVersion);
        var result = Read(request, cli);
        diagnostics.AddRange(result.Diagnostics);
        if (result.Snapshot is null)
        {
            return Options.Fail(cli, diagnostics);
        }

        var target = args.Value("--out") is { } file ? Path.Combine(cli.WorkingDirectory, file) : Path.Combine(workspace.Root, SnapshotFile.DefaultPath(stack));
        SnapshotFile.Write(target, result.Snapshot);

        // Compare the snapshot with the stack file at once (drift --observed reads the same file later).
        var drift = TenantSnapshotSource.Observe(result.Snapshot, Options.Display(cli, target), DriftContextFor(stack, config, desired, workspace, diagnostics), diagnostics);
        DiagnosticWriter.Write(cli.Error, diagnostics.ToSortedArray(), cli.ErrorIsTerminal);
        var unread = result.Snapshot.Areas.Count(a => !a.IsComplete);
        cli.Error.Write($"observe: wrote {Options.Display(cli, target)}" +
            (unread == 0 ? "; every area was read.\n" : $"; {unread.ToString(CultureInfo.InvariantCulture)} of {result.Snapshot.Areas.Length.ToString(CultureInfo.InvariantCulture)} areas are unknown or partial.\n"));
        if (drift is not null)
        {
            cli.Out.Write(TenantDriftTextWriter.Write(drift));
        }

        return diagnostics.HasErrors || drift is null ? 1 : unread == 0 && drift.Items.IsEmpty ? 0 : 2;
    }

    /// <summary>The declared state, and each control's severity from the catalogue, for the comparison.</summary>
    private static DriftContext DriftContextFor(string stack, SchoolConfig config, DesiredState desired, Workspace workspace, DiagnosticBag diagnostics)
    {
        var files = CatalogueFile.ReadFolder(workspace.Reader, Path.Combine(workspace.Root, ValidateCommand.DefaultControls), ValidateCommand.DefaultControls, diagnostics);
        var catalogue = CatalogueLoader.Load(files, RuleRegistry.Discover(diagnostics), diagnostics);
        var severity = catalogue.Controls.ToImmutableDictionary(c => c.Id, c => c.Severity switch
        {
            ControlSeverity.High => DriftSeverity.High,
            ControlSeverity.Medium => DriftSeverity.Medium,
            _ => DriftSeverity.Low,
        }, StringComparer.OrdinalIgnoreCase);
        return new DriftContext(stack, desired, DriftIgnoreRules.Default, severity, $"{config.School.ShortName} - ");
    }

    private static ObserveResult Read(ObserveRequest request, CliContext cli)
    {
        if (cli.ErrorIsTerminal && cli.Environment("CI") is null)
        {
            var terminal = new TerminalObserveProgress();
            return terminal.ShowWhileAsync(cli.Error, () => TenantObserver.ObserveAsync(request with { Progress = terminal })).GetAwaiter().GetResult();
        }

        return TenantObserver.ObserveAsync(request with { Progress = new PlainObserveProgress(cli.Error) }).GetAwaiter().GetResult();
    }

    private static Uri? Endpoint(string value, string option, DiagnosticBag diagnostics)
    {
        var uri = EndpointRule.Accept(value);
        if (uri is null)
        {
            diagnostics.Add(CliDiagnostics.InsecureEndpoint(option, value));
        }

        return uri;
    }

    private static TimeSpan Timeout(string? value, DiagnosticBag diagnostics)
    {
        if (value is null)
        {
            return TimeSpan.FromSeconds(900);
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds is >= 10 and <= 7200)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        diagnostics.Add(CliDiagnostics.BadTimeout(value));
        return TimeSpan.Zero;
    }
}

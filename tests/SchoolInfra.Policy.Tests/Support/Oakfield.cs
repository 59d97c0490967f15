using System.Collections.Immutable;
using NodaTime;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.IO;
using SchoolInfra.Core.Model;
using SchoolInfra.Core.Model.Identity;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Infra.Build;
using SchoolInfra.Infra.Compile;
using SchoolInfra.Infra.Desired;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;
using SchoolInfra.Policy.Rules;

namespace SchoolInfra.Policy.Tests.Support;

/// <summary>
/// The example school for rule tests, loaded once: its config, desired state, records and the catalogue's
/// controls. Tests change the config with <c>with</c> expressions and the records with <see cref="RecordSet"/>
/// helpers, then evaluate one rule.
/// </summary>
public static class Oakfield
{
    private static readonly Lazy<(SchoolConfig Config, DesiredState Desired, RecordSet Records, ImmutableArray<Diagnostic> Diagnostics)> Loaded = new(Load);

    private static readonly Lazy<ControlCatalogue> LoadedCatalogue = new(() =>
        CatalogueLoader.Load(CatalogueFile.ReadFolder(new SafeFileReader(RepoPaths.Root), RepoPaths.Of("policy", "controls"), "policy/controls", new DiagnosticBag()),
            RuleRegistry.Discover(new DiagnosticBag()), new DiagnosticBag()));

    public static LocalDate Today => ExampleSchool.Today;

    public static SchoolConfig Config => Loaded.Value.Config;

    public static DesiredState Desired => Loaded.Value.Desired;

    public static RecordSet Records => Loaded.Value.Records;

    /// <summary>What compiling the example and loading its records reported (warnings only: errors stop the load).</summary>
    public static ImmutableArray<Diagnostic> Diagnostics => Loaded.Value.Diagnostics;

    /// <summary>Every control of policy/controls (whether or not its rule exists in this build).</summary>
    public static ControlCatalogue Catalogue => LoadedCatalogue.Value;

    public static Control Control(string id) => Catalogue.Find(id) ?? throw new InvalidOperationException($"{id} is not in the catalogue.");

    /// <summary>Evaluates one rule; a changed config gets its own desired state unless one is given.</summary>
    public static Finding Evaluate(IRule rule, SchoolConfig? config = null, RecordSet? records = null, LocalDate? today = null, DesiredState? desired = null)
    {
        var date = today ?? Today;
        var school = config ?? Config;
        var state = desired ?? (config is null ? Desired : DesiredStateBuilder.Build(ExampleSchool.Stack, school, date, new DiagnosticBag()));
        var context = new RuleContext(school, state, records ?? Records, date) { Catalogue = Catalogue };
        return rule.Evaluate(Control(rule.Id.ToUpperInvariant()), context);
    }

    public static SchoolConfig WithIdentity(Func<IdentityConfig, IdentityConfig> change) => Config with { Identity = change(Config.Identity) };

    public static SchoolConfig WithGroup(string key, Func<UserGroup, UserGroup> change) => WithIdentity(identity => identity with
    {
        Groups = [.. identity.Groups.Select(g => g.Key == key ? change(g) : g)],
    });

    /// <summary>The example school with individual log-ons for every pupil (the catalogue's default, C3).</summary>
    public static SchoolConfig WithoutClassLogons() => WithIdentity(identity => identity with
    {
        ClassLogonKeyStages = [],
        Groups = [.. identity.Groups.Select(g => g with { Credentials = Credentials.Individual })],
    });

    /// <summary>One record read from YAML as if it were a file in the records folder.</summary>
    public static SchoolRecord Record(string yaml)
    {
        var bag = new DiagnosticBag();
        var set = RecordLoader.Load([("schools/oakfield-primary/records/test.yaml", yaml)], new LocalDate(2099, 1, 1), bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.ToSortedArray().Select(d => d.Format())));
        return Assert.Single(set.All);
    }

    public static RecordSet Without(RecordKind kind) => new([.. Records.All.Where(r => r.Kind != kind)]);

    public static RecordSet With(params SchoolRecord[] records) => new([.. Records.All, .. records]);

    /// <summary>The example's records with every record of the new records' kinds replaced by them.</summary>
    public static RecordSet Replacing(params SchoolRecord[] records)
    {
        var kinds = records.Select(r => r.Kind).ToHashSet();
        return new([.. Records.All.Where(r => !kinds.Contains(r.Kind)), .. records]);
    }

    private static (SchoolConfig, DesiredState, RecordSet, ImmutableArray<Diagnostic>) Load()
    {
        var bag = new DiagnosticBag();
        var compiled = SchoolCompiler.Compile(ExampleSchool.Source(), Today, ExampleSchool.Files, bag);
        var records = RecordLoader.Load(ExampleSchool.Files, ExampleSchool.Stack, Today, bag);
        if (bag.HasErrors || compiled.Validated.Config is null || compiled.State is null)
        {
            throw new InvalidOperationException("The example school has errors: " + string.Join("\n", bag.ToSortedArray().Select(d => d.Format())));
        }

        return (compiled.Validated.Config, compiled.State, records, bag.ToSortedArray());
    }
}

using NodaTime;
using SchoolInfra.Evidence.Drift;
using SchoolInfra.Evidence.Observe;
using SchoolInfra.Evidence.Observe.Graph;
using SchoolInfra.Evidence.Observe.Snapshot;
using SchoolInfra.Testing.Fakes;
using static SchoolInfra.Evidence.Tests.Tenant.TenantDrift;

namespace SchoolInfra.Evidence.Tests.Tenant;

/// <summary>
/// The example school's saved tenant snapshot (schools/oakfield-primary/live/tenant.json): its tenant as declared,
/// plus three realistic findings (issue 10): a business manager made Global Administrator in the portal, a hand-made
/// sign-in rule that leaves the senior leadership team out of MFA, and an emergency account that signed in. The file is
/// generated here (SCHOOLINFRA_UPDATE_GOLDEN=1) so it always reads back, and its drift is pinned.
/// </summary>
public sealed class ExampleSnapshotTests
{
    public const string SnapshotPath = "schools/oakfield-primary/live/tenant.json";

    private static TenantSnapshot Example()
    {
        var mirror = Mirror();
        var manager = new ObservedPrincipal("user-business.manager", PrincipalKind.User, "Business manager", "business.manager@oakfield-primary.example");
        var portalRule = new ObservedSignInRule("ca-portal-0001", "Staff MFA (made in the portal)", SignInRuleState.Enabled, ["All"], [],
            [], [MirrorTenant.GroupId("slt")], [], [], ["All"], [], ["all"], [], [], "OR", ["mfa"], null, null);
        return SnapshotNormaliser.Normalise(MirrorTenant.WithCounts(mirror with
        {
            ToolVersion = "example",
            ReadAt = Instant.FromUtc(2026, 11, 23, 5, 30),
            SignInRules = mirror.SignInRules.Add(portalRule),
            RoleHolders = mirror.RoleHolders.Add(new ObservedRoleHolder(PrivilegedRoles.GlobalAdministrator, "Global Administrator", manager, "/")),
            BreakGlassSignIns = [new ObservedSignIn("account1", Instant.FromUtc(2026, 11, 14, 21, 7), "Microsoft Entra admin center", true)],
        }));
    }

    [Fact]
    public void ExampleSnapshot_IsGeneratedAndReadsBack()
    {
        var text = SnapshotFile.Serialise(Example());
        Golden.MatchesRepoFile(SnapshotPath, text);
        var bag = new Core.Diagnostics.DiagnosticBag();
        Assert.Equal(text, SnapshotFile.Serialise(SnapshotFile.Parse(text, SnapshotPath, bag)!));
        Assert.False(bag.HasErrors);
    }

    [Fact]
    public void ExampleSnapshot_ShowsTheExtraAdministratorAndTheRuleLeavingSltOutOfMfa()
    {
        var items = Compare(Example()).Items;
        Assert.Equal(
        [
            "Unmanaged Staff MFA (made in the portal) [] LeavesAlone",
            "Unmanaged business.manager@oakfield-primary.example as Global Administrator [] LeavesAlone",
        ], items.Select(Describe).Order(StringComparer.Ordinal));
        Assert.All(items, i => Assert.Equal(DriftSeverity.High, i.Severity));
        Assert.Contains(items, i => i.Note.Contains("Excludes Senior leadership team from MFA.", StringComparison.Ordinal));
    }
}

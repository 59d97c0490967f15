using System.Collections.Immutable;
using SchoolInfra.Core.Model.Identity;
using SchoolInfra.Infra.Desired;
using SchoolInfra.Infra.Types;

namespace SchoolInfra.Infra.Build.Identity;

/// <summary>The school's Conditional Access policies. Each excludes exactly the two break-glass accounts.</summary>
internal sealed class ConditionalAccessRules(BuildContext context)
{
    private readonly IdentityConfig _identity = context.Config.Identity;

    public void Build()
    {
        var personalData = _identity.Groups.Where(g => PersonalDataReach.Reaches(_identity, g)).ToList();
        var admins = _identity.Groups.Where(g => g.Kind == GroupKind.ItAdmin).ToList();
        var guests = _identity.Groups.Where(g => g.Kind == GroupKind.Guest).ToList();
        var ca = _identity.ConditionalAccess;
        var session = ca.SignInFrequencyHours > 0
            ? PulumiValue.Map(("signInFrequency", PulumiValue.Number(ca.SignInFrequencyHours)), ("signInFrequencyPeriod", PulumiValue.Text("hours")))
            : null;

        Add("ca-require-mfa", "Require MFA for everyone who can reach personal data",
            Users(groups: personalData), ["all"], Grant(PulumiValue.TextList(["mfa"])), session,
            "Multi-factor sign-in for every account that can reach personal data.", ["MFA-01", "MFA-04", "IAM-05"]);

        if (admins.Count > 0)
        {
            Add("ca-admins-phishing-resistant", "Administrators use phishing-resistant sign-in",
                Users(groups: admins), ["all"],
                PulumiValue.Map(("operator", PulumiValue.Text("OR")), ("authenticationStrengthPolicyId", PulumiValue.Text(AzureAdTypes.PhishingResistantStrengthId))),
                null, "Phishing-resistant sign-in (security keys, Windows Hello) for IT administrators.", ["MFA-02", "IAM-04", "IAM-05"]);
        }

        Add("ca-block-legacy-auth", "Block legacy authentication",
            Users(allUsers: "All"), ["exchangeActiveSync", "other"], Grant(PulumiValue.TextList(["block"])), null,
            "Old sign-in methods that cannot do MFA are blocked for everyone.", ["MFA-03", "IAM-05"]);

        Add("ca-guests-mfa", "Guests and external users use MFA",
            Users(allUsers: "GuestsOrExternalUsers", groups: guests), ["all"], Grant(PulumiValue.TextList(["mfa"])), null,
            "Guests and outside agencies prove who they are with MFA.", ["GST-02", "IAM-05"]);

        // PWD-05: a shared class log-on cannot be traced to one pupil, so it may only be used in school, under
        // supervision. "AllTrusted" avoids naming location ids (the school's named locations are trusted).
        var classLogons = _identity.Groups.Where(g => g.Credentials == Credentials.ClassLogon).ToList();
        if (classLogons.Count > 0)
        {
            Add("ca-class-logons-school-only", "Class log-ons only on the school network",
                Users(groups: classLogons), ["all"], Grant(PulumiValue.TextList(["block"])), null,
                "Shared class log-ons are blocked anywhere but the school's own network.", ["PWD-05", "IAM-05"],
                PulumiValue.Map(("includedLocations", PulumiValue.TextList(["All"])), ("excludedLocations", PulumiValue.TextList(["AllTrusted"]))));
        }

        if (ca.RequireCompliantDeviceForPersonalData)
        {
            Add("ca-compliant-device", "Personal data only from managed, healthy devices",
                Users(groups: personalData), ["all"],
                PulumiValue.Map(("operator", PulumiValue.Text("OR")), ("builtInControls", PulumiValue.TextList(["compliantDevice", "domainJoinedDevice"]))),
                null, "Only compliant school devices reach personal data.", ["DEV-08", "IAM-05"]);
        }
    }

    private void Add(string name, string displayName, PulumiObject users, ImmutableArray<string> clientApps, PulumiObject grant,
        PulumiObject? session, string purpose, ImmutableArray<string> controls, PulumiObject? locations = null)
    {
        var state = _identity.ConditionalAccess.State == PolicyState.Enabled ? "enabled" : "enabledForReportingButNotEnforced";
        context.Add(name, AzureAdTypes.ConditionalAccessPolicy, PulumiValue.Map(
                ("displayName", PulumiValue.Text(context.DisplayName(displayName))),
                ("state", PulumiValue.Text(state)),
                ("conditions", PulumiValue.Map(
                    ("clientAppTypes", PulumiValue.TextList(clientApps)),
                    ("applications", PulumiValue.Map(("includedApplications", PulumiValue.TextList(["All"])))),
                    ("locations", locations),
                    ("users", users))),
                ("grantControls", grant),
                ("sessionControls", session)),
            _identity.ConditionalAccess.Span.IsKnown ? _identity.ConditionalAccess.Span : _identity.Span,
            purpose, controls, new ResourceOptions { Protect = true });
    }

    private PulumiObject Users(string? allUsers = null, IReadOnlyList<UserGroup>? groups = null) => PulumiValue.Map(
        ("includedUsers", allUsers is null ? null : PulumiValue.TextList([allUsers])),
        ("includedGroups", groups is { Count: > 0 } ? PulumiValue.List(groups.Select(g => PulumiValue.Ref(ResourceNames.Group(g.Key), "objectId"))) : null),
        ("excludedUsers", PulumiValue.List(_identity.BreakGlass.Select(a => PulumiValue.Ref(ResourceNames.BreakGlassUser(a.Key))))));

    private static PulumiObject Grant(PulumiValue builtInControls) =>
        PulumiValue.Map(("operator", PulumiValue.Text("OR")), ("builtInControls", builtInControls));
}

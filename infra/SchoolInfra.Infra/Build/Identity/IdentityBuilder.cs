using System.Collections.Immutable;
using SchoolInfra.Core.Model.Identity;
using SchoolInfra.Infra.Desired;
using SchoolInfra.Infra.Types;

namespace SchoolInfra.Infra.Build.Identity;

/// <summary>
/// Entra ID groups, emergency-account look-ups, named locations and the sign-in (Conditional Access) rules:
/// MFA for everyone who can reach personal data (MFA-01), phishing-resistant sign-in for administrators
/// (MFA-02), legacy authentication blocked (MFA-03), MFA for guests (GST-02). The two break-glass accounts are
/// excluded from every rule and nothing else is (MFA-04, IAM-05).
/// </summary>
public sealed class IdentityBuilder : IDomainBuilder
{
    public void Build(BuildContext context)
    {
        var identity = context.Config.Identity;
        foreach (var account in identity.BreakGlass)
        {
            context.AddVariable(new DesiredVariable(ResourceNames.BreakGlassUser(account.Key), LookUpUser(account.UserPrincipalName), account.Span));
        }

        foreach (var group in identity.Groups)
        {
            AddGroup(context, group);
        }

        foreach (var location in identity.NamedLocations)
        {
            context.Add(ResourceNames.NamedLocation(location.Key), AzureAdTypes.NamedLocation, PulumiValue.Map(
                    ("displayName", PulumiValue.Text(context.DisplayName(location.DisplayName))),
                    ("ip", PulumiValue.Map(
                        ("ipRanges", PulumiValue.TextList(location.IpRanges)),
                        ("trusted", PulumiValue.Bool(location.Trusted))))),
                location.Span, $"The school network \"{location.DisplayName}\", known to sign-in rules.", ["MFA-04"]);
        }

        new ConditionalAccessRules(context).Build();

        context.AddOutput(new DesiredOutput("breakGlassAccounts",
            PulumiValue.TextList(identity.BreakGlass.Select(a => a.UserPrincipalName))));
        context.AddOutput(new DesiredOutput("breakGlassObjectIds",
            PulumiValue.List(identity.BreakGlass.Select(a => PulumiValue.Ref(ResourceNames.BreakGlassUser(a.Key))))));
    }

    private static void AddGroup(BuildContext context, UserGroup group)
    {
        var dynamic = group.MembershipRule is not null;
        var properties = PulumiValue.Map(
            ("displayName", PulumiValue.Text(context.DisplayName(group.DisplayName))),
            ("description", PulumiValue.Text(group.Purpose)),
            ("securityEnabled", PulumiValue.Bool(true)),
            ("mailEnabled", PulumiValue.Bool(false)),
            ("preventDuplicateNames", PulumiValue.Bool(true)),
            ("types", dynamic ? PulumiValue.TextList(["DynamicMembership"]) : null),
            ("dynamicMembership", dynamic ? PulumiValue.Map(
                ("enabled", PulumiValue.Bool(true)),
                ("rule", PulumiValue.Text(group.MembershipRule ?? string.Empty))) : null));
        ImmutableArray<string> controls = group.Kind is GroupKind.Pupil or GroupKind.Guest ? ["IAM-01", "IAM-02"] : ["IAM-01"];
        var name = ResourceNames.Group(group.Key);
        context.Add(name, AzureAdTypes.Group, properties, group.Span, $"The {group.DisplayName} group and its access rights.", controls,
            new ResourceOptions { Protect = group.Kind == GroupKind.ItAdmin });

        foreach (var upn in group.Members)
        {
            var member = $"{group.Key}-member-{ResourceNames.Part(upn.Split('@')[0])}";
            context.AddVariable(new DesiredVariable($"{member}-user", LookUpUser(upn), group.Span));
            context.Add(member, AzureAdTypes.GroupMember, PulumiValue.Map(
                    ("groupObjectId", PulumiValue.Ref(name, "objectId")),
                    ("memberObjectId", PulumiValue.Ref($"{member}-user"))),
                group.Span, $"A named member of {group.DisplayName}.", ["IAM-04"]);
        }
    }

    /// <summary><c>fn::invoke azuread:getUser</c>: the account exists already; the template only needs its object id.</summary>
    private static PulumiObject LookUpUser(string userPrincipalName) => PulumiValue.Map(
        ("fn::invoke", PulumiValue.Map(
            ("function", PulumiValue.Text(AzureAdTypes.GetUser)),
            ("arguments", PulumiValue.Map(("userPrincipalName", PulumiValue.Text(userPrincipalName)))),
            ("return", PulumiValue.Text("objectId")))));
}

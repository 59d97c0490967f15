using System.Collections.Immutable;
using SchoolInfra.Evidence.Drift;

namespace SchoolInfra.Evidence.Observe.Compare;

/// <summary>
/// The authentication methods policy against what the declared sign-in rules need (MFA-02): a rule that asks for the
/// phishing-resistant strength can only be met with security keys (FIDO2) or certificates, so when the live policy
/// has both switched off, administrators are locked out or pushed to a weaker way round. The stack file does not
/// manage the methods policy, so the next deploy leaves it and a person must act.
/// </summary>
internal static class AuthenticationMethodComparer
{
    /// <summary>The built-in phishing-resistant authentication strength, as Graph reports it.</summary>
    private const string PhishingResistant = "00000000-0000-0000-0000-000000000004";

    /// <summary>Methods of the authentication methods policy that meet the phishing-resistant strength (Windows Hello is not a policy method).</summary>
    private static readonly ImmutableArray<string> PhishingResistantMethods = ["Fido2", "X509Certificate"];

    public static void Compare(TenantDriftBuilder builder, DeclaredTenant declared)
    {
        var snapshot = builder.Snapshot;
        // Only a complete read can say no method is on.
        if (snapshot.Area(ObservedArea.AuthenticationMethods).State != ReadState.Complete)
        {
            return;
        }

        var usable = snapshot.AuthenticationMethods.Any(m => m.Enabled && !m.IncludeTargets.IsEmpty
            && PhishingResistantMethods.Contains(m.Id, StringComparer.OrdinalIgnoreCase));
        if (usable)
        {
            return;
        }

        foreach (var rule in declared.SignInRules.Where(r => r.AuthenticationStrengthId == PhishingResistant && r.State == "enabled"))
        {
            var resource = builder.Declared(rule.Resource, $"graph:/policies/authenticationMethodsPolicy#{rule.Resource.LogicalName}", ["MFA-02"]);
            builder.Changed(resource,
                [new PropertyDrift("authenticationMethodsPolicy.fido2", PropertyChange.Changed, TenantDriftBuilder.Json("enabled"), TenantDriftBuilder.Json("disabled"))],
                NextDeploy.LeavesAlone, ObservationKind.MicrosoftGraph,
                "Security keys and certificates are switched off in the authentication methods policy, so nobody can meet this rule's phishing-resistant strength.");
        }
    }
}

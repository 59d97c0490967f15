using System.Collections.Immutable;

namespace SchoolInfra.Evidence.Observe;

/// <summary>One method of the authentication methods policy (Fido2, MicrosoftAuthenticator, Sms...): on or off, and for whom.</summary>
public sealed record ObservedAuthenticationMethod(string Id, bool Enabled, ImmutableArray<string> IncludeTargets);

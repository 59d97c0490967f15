using NodaTime;

namespace SchoolInfra.Evidence.Observe;

/// <summary>
/// One sign-in of an emergency account (<c>GET /auditLogs/signIns</c>): which account, when, to what, and whether it
/// succeeded. No IP address, device or location is kept.
/// </summary>
public sealed record ObservedSignIn(string AccountKey, Instant At, string Application, bool Succeeded);

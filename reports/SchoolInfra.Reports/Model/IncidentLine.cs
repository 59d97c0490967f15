namespace SchoolInfra.Reports.Model;

/// <summary>One security or online-safety incident from the incident log (MON-02): never a name.</summary>
/// <param name="Found">When it was found, e.g. "12 Oct 2026".</param>
/// <param name="What">Its category and what was done, e.g. "Phishing. Staff member reported the email."</param>
/// <param name="Outcome">How it ended.</param>
/// <param name="Told">Who was told, e.g. "the designated safeguarding lead and the IT provider".</param>
public sealed record IncidentLine(string Found, string What, string Outcome, string Told);

namespace SchoolInfra.Reports.Model;

/// <summary>Who signs the report off, at which meeting, when the next review is, and how the sign-off is recorded.</summary>
/// <param name="Signer">"The chair of governors (Dr P. Okonedo)".</param>
/// <param name="Meeting">"9 Dec 2026" or "Not set yet".</param>
/// <param name="NextReview">"26 Mar 2027".</param>
/// <param name="How">How the sign-off is recorded, in one or two sentences.</param>
/// <param name="Trend">The change since the last issued report.</param>
public sealed record SignOffSection(string Signer, string Meeting, string NextReview, string How, TrendSection Trend);

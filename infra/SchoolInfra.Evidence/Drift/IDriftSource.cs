using SchoolInfra.Core.Diagnostics;

namespace SchoolInfra.Evidence.Drift;

/// <summary>
/// One input of <c>schoolinfra drift</c>: Pulumi's refresh JSON (<c>--refresh</c>), and, from issue 10, tenant
/// snapshots (<c>--observed</c>). Each source reads its input and compares it with the declared state into the
/// one drift model; <see cref="DriftChecker"/> runs them all and combines the results.
/// </summary>
public interface IDriftSource
{
    /// <summary>Reads and compares; null (with error diagnostics) when the input cannot be read completely.</summary>
    DriftObservation? Observe(DriftContext context, DiagnosticBag diagnostics);
}

using System.Text.Json;

namespace SchoolInfra.Evidence.Pulumi;

/// <summary>
/// A read Pulumi run and the parsed JSON it points into: property values stay in the parsed documents (no copies)
/// until the run has been mapped, then <see cref="Dispose"/> returns their memory.
/// </summary>
internal sealed class PulumiDocument(PulumiRun run, IReadOnlyList<JsonDocument> documents) : IDisposable
{
    public PulumiRun Run { get; } = run;

    public void Dispose()
    {
        foreach (var document in documents)
        {
            document.Dispose();
        }
    }
}

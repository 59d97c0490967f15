using SchoolInfra.Evidence.Observe;
using SchoolInfra.Evidence.Observe.Http;

namespace SchoolInfra.Cli.Output;

/// <summary>Progress of a tenant read as plain lines (CI logs, redirected output), on stderr, one line per event.</summary>
public sealed class PlainObserveProgress(TextWriter error) : IObserveProgress
{
    private readonly Lock _lock = new();

    public void Started(ObservedArea area)
    {
    }

    public void Finished(AreaRead read) => Line($"observe: {AreaWords.Of(read.Area)}: {ObserveProgressText.State(read)}");

    public void Retrying(RetryNotice notice) => Line($"observe: {ObserveProgressText.Retry(notice)}");

    private void Line(string text)
    {
        lock (_lock)
        {
            error.Write(text + "\n");
        }
    }
}

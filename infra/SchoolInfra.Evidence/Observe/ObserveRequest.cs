using NodaTime;
using SchoolInfra.Evidence.Observe.Graph;
using SchoolInfra.Evidence.Observe.Http;
using SchoolInfra.Evidence.Observe.Jamf;

namespace SchoolInfra.Evidence.Observe;

/// <summary>One observe run: what to read, where, how hard to try, and the clock that stamps the snapshot.</summary>
public sealed record ObserveRequest(ObservePlan Plan, GraphConnection Graph, JamfConnection? Jamf, ReadLimits Limits, IClock Clock, string ToolVersion)
{
    public IObserveProgress? Progress { get; init; }

    /// <summary>The innermost HTTP handler (default: a new SocketsHttpHandler); tests may count connections here.</summary>
    public Func<HttpMessageHandler>? Transport { get; init; }
}

using SchoolInfra.Evidence.Observe.Http;

namespace SchoolInfra.Evidence.Observe;

/// <summary>What a reader tells whoever shows progress: an area started, finished (with how it was read), or is waiting to retry.</summary>
public interface IObserveProgress
{
    void Started(ObservedArea area);

    void Finished(AreaRead read);

    void Retrying(RetryNotice notice);
}

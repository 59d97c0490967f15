namespace SchoolInfra.Evidence.Observe;

/// <summary>
/// How one area was read: its state, how many objects were read, and for anything short of complete the problem in
/// plain words and, for a refused read, the read-only permission that was missing.
/// </summary>
public sealed record AreaRead(ObservedArea Area, ReadState State, int Count = 0, string? Problem = null, string? MissingPermission = null)
{
    /// <summary>Complete, or not used: the only states a comparison may read as "nothing wrong here".</summary>
    public bool IsComplete => State is ReadState.Complete or ReadState.NotUsed;
}

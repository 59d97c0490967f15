namespace SchoolInfra.Evidence.Pulumi;

/// <summary>
/// Which Pulumi CLI versions' refresh output SchoolInfra trusts (pulumi-contract.md C.6 item 10): refresh diffs are
/// relative to the desired inputs since pulumi#16146, deletes appear in refresh digests since 3.132 (pulumi#16851),
/// and <c>--expect-no-changes</c> exits 7 on drift from 3.227.0 (255 before). The JSON itself does not state the
/// version, so CI pins it (.pulumi-version) and passes <c>pulumi version</c> to <c>--pulumi-version</c>.
/// </summary>
public static class PulumiCli
{
    public static readonly Version Oldest = new(3, 227, 0);

    /// <summary>Whether a version as <c>pulumi version</c> prints it (<c>v3.259.0</c>, <c>3.259.0-alpha.x</c>) is trusted.</summary>
    public static bool IsTrusted(string version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var text = version.Trim().TrimStart('v');
        var end = text.IndexOfAny(['-', '+']);
        return Version.TryParse(end < 0 ? text : text[..end], out var parsed)
            && parsed.Major == Oldest.Major
            && parsed >= Oldest;
    }
}

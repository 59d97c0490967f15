using System.Security.Cryptography;
using System.Text;

namespace SchoolInfra.Infra.Build.Devices;

/// <summary>
/// A UUID derived from a name (RFC 9562 version 8, from SHA-256), so a profile keeps the same PayloadUUID on every
/// compile and iPads do not see a "new" profile each time.
/// </summary>
public static class StableUuid
{
    public static string From(string name)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(name), hash);
        var bytes = hash[..16].ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true).ToString("D").ToUpperInvariant();
    }
}

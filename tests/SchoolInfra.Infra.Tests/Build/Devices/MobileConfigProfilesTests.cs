using SchoolInfra.Core.Model.Devices;
using SchoolInfra.Infra.Build.Devices;

namespace SchoolInfra.Infra.Tests.Build.Devices;

public sealed class MobileConfigProfilesTests
{
    [Fact]
    public void Restrictions_TurnOffAppInstallsAirDropAndVpnForPupils()
    {
        var plist = MobileConfigProfiles.Restrictions("Test School", new IpadRestrictions());

        Assert.Contains("<key>allowAppInstallation</key>\n\t\t\t<false/>", plist, StringComparison.Ordinal);
        Assert.Contains("<key>allowAirDrop</key>\n\t\t\t<false/>", plist, StringComparison.Ordinal);
        Assert.Contains("<key>allowVPNCreation</key>\n\t\t\t<false/>", plist, StringComparison.Ordinal);
        Assert.Contains("<string>com.apple.applicationaccess</string>", plist, StringComparison.Ordinal);
    }

    [Fact]
    public void Passcode_CarriesTheDeclaredLimits_WithKeysSorted()
    {
        var plist = MobileConfigProfiles.Passcode("Test School", new PasscodeSettings { MinLength = 8, MaxInactivityMinutes = 2, MaxFailedAttempts = 6 });

        Assert.Contains("<key>maxFailedAttempts</key>\n\t\t\t<integer>6</integer>\n\t\t\t<key>maxInactivity</key>\n\t\t\t<integer>2</integer>\n\t\t\t<key>minLength</key>\n\t\t\t<integer>8</integer>", plist, StringComparison.Ordinal);
        var keys = plist.Split('\n').Where(l => l.StartsWith("\t<key>", StringComparison.Ordinal)).ToList();
        Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
    }

    [Fact]
    public void Profiles_AreByteStable_AndKeepTheirUuids()
    {
        Assert.Equal(MobileConfigProfiles.Passcode("Test School", new PasscodeSettings()), MobileConfigProfiles.Passcode("Test School", new PasscodeSettings()));
        Assert.NotEqual(StableUuid.From("a"), StableUuid.From("b"));
        Assert.Matches("^[0-9A-F]{8}-[0-9A-F]{4}-8[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$", StableUuid.From("a"));
    }
}

using SchoolInfra.Core.Model.Devices;
using SchoolInfra.Evidence.Observe;
using SchoolInfra.Evidence.Observe.Jamf;
using SchoolInfra.Evidence.Observe.Snapshot;
using SchoolInfra.Testing.Fakes;

namespace SchoolInfra.Evidence.Tests.Tenant;

/// <summary>Jamf Pro reads against a loopback fake Jamf Pro: token exchange, Classic API XML with a plist inside, paged PreStages.</summary>
public sealed class JamfObserverTests
{
    private const string Passcode = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
        <plist version="1.0"><dict>
          <key>PayloadContent</key><array><dict>
            <key>PayloadType</key><string>com.apple.mobiledevice.passwordpolicy</string>
            <key>PayloadUUID</key><string>00000000-0000-4000-8000-000000000abc</string>
            <key>minLength</key><integer>6</integer>
            <key>maxFailedAttempts</key><integer>10</integer>
            <key>requireAlphanumeric</key><false/>
          </dict></array>
          <key>PayloadDisplayName</key><string>Sample - iPad passcode</string>
          <key>PayloadType</key><string>Configuration</string>
        </dict></plist>
        """;

    [Fact]
    public async Task Observe_JamfPro_ReadsProfilesWithSettingsAndPagedPrestages()
    {
        await using var graph = await SampleTenant.ServeAsync(SampleTenant.Snapshot());
        await using var jamf = await FakeJamfPro.StartAsync();
        var (types, settings) = PlistSettings.Read(Passcode);
        jamf.Profile(new ObservedJamfProfile("1", "Sample - iPad passcode", types, settings, ["Sample - Pupil iPads"]), Passcode);
        for (var i = 1; i <= 5; i++)
        {
            jamf.Prestage(new ObservedJamfPrestage(i.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Sample - enrolment {i}", true, true, false));
        }

        var result = await TenantObserver.ObserveAsync(Request(graph, jamf));

        var snapshot = result.Snapshot!;
        var profile = Assert.Single(snapshot.JamfProfiles);
        Assert.Equal("com.apple.mobiledevice.passwordpolicy", Assert.Single(profile.PayloadTypes));
        Assert.Equal("6", profile.Settings["com.apple.mobiledevice.passwordpolicy.minLength"]);
        Assert.Equal("false", profile.Settings["com.apple.mobiledevice.passwordpolicy.requireAlphanumeric"]);
        Assert.DoesNotContain(profile.Settings.Keys, k => k.Contains("PayloadUUID", StringComparison.Ordinal));
        Assert.Equal("Sample - Pupil iPads", Assert.Single(profile.ScopeGroups));
        Assert.Equal(5, snapshot.JamfPrestages.Length);
        Assert.True(snapshot.IsComplete(ObservedArea.JamfProfiles));
        Assert.True(snapshot.IsComplete(ObservedArea.JamfPrestages));
        Assert.Equal(1, jamf.Server.Requests.Count(r => r.Path == "/api/oauth/token"));
        var text = SnapshotFile.Serialise(snapshot);
        Assert.DoesNotContain(FakeJamfPro.ClientSecret, text, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeJamfPro.IssuedToken, text, StringComparison.Ordinal);
        Assert.DoesNotContain(graph.Token, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Observe_JamfForbiddenThenThrottled_AreasAreUnknownAndNamePrivilege()
    {
        await using var graph = await SampleTenant.ServeAsync(SampleTenant.Snapshot());
        await using var jamf = await FakeJamfPro.StartAsync();
        jamf.Fail("api/v3/mobile-device-prestages", FakeFault.Forbidden);
        jamf.Fail("JSSResource/mobiledeviceconfigurationprofiles", FakeFault.Throttled("0.5"), FakeFault.MalformedBody);

        var result = await TenantObserver.ObserveAsync(Request(graph, jamf));

        var prestages = result.Snapshot!.Area(ObservedArea.JamfPrestages);
        Assert.Equal(ReadState.Unknown, prestages.State);
        Assert.Contains(result.Diagnostics, d => d.Code == "SI4101" && d.Message.Contains("Read Mobile Device PreStage Enrollments", StringComparison.Ordinal));
        Assert.Equal(ReadState.Unknown, result.Snapshot.Area(ObservedArea.JamfProfiles).State);
        Assert.Contains(result.Diagnostics, d => d.Code == "SI4105");
    }

    [Fact]
    public async Task Observe_JamfWithoutCredentials_IsUnknownNotEmpty()
    {
        await using var graph = await SampleTenant.ServeAsync(SampleTenant.Snapshot());

        var result = await TenantObserver.ObserveAsync(SampleTenant.Request(graph, SampleTenant.Limits(), SampleTenant.Plan with { Jamf = JamfProduct.JamfPro }));

        Assert.Equal(ReadState.Unknown, result.Snapshot!.Area(ObservedArea.JamfProfiles).State);
        Assert.Equal(ReadState.Unknown, result.Snapshot.Area(ObservedArea.JamfPrestages).State);
        Assert.Contains(result.Diagnostics, d => d.Code == "SI4112");
    }

    private static ObserveRequest Request(FakeGraph graph, FakeJamfPro jamf) =>
        SampleTenant.Request(graph, SampleTenant.Limits(), SampleTenant.Plan with { Jamf = JamfProduct.JamfPro }) with
        {
            Jamf = new JamfConnection(jamf.Server.BaseAddress, null, FakeJamfPro.ClientId, FakeJamfPro.ClientSecret),
        };
}

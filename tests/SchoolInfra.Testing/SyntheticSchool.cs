using System.Globalization;
using System.Text;

namespace SchoolInfra.Testing;

/// <summary>
/// A large fictional school made from the example: a 3-form-entry school with extra class groups, filtering
/// block entries and approved exceptions. Used by benchmarks (and a test that proves it still compiles).
/// </summary>
public static class SyntheticSchool
{
    public static string Generate(string example, int groups, int filteringEntries, int exceptions)
    {
        var extraGroups = Math.Max(0, groups - CountOf(example, "      - key: ", "    breakGlass:"));
        var yaml = new StringBuilder(example);
        var classKeys = Enumerable.Range(1, extraGroups).Select(i => $"class{i:D2}").ToList();

        var groupText = new StringBuilder();
        foreach (var key in classKeys)
        {
            var year = 3 + (int.Parse(key[5..], CultureInfo.InvariantCulture) % 4);
            groupText.Append(CultureInfo.InvariantCulture, $"""
                      - key: {key}
                        displayName: Class {key[5..]} (Year {year})
                        kind: pupil
                        keyStage: {(year <= 4 ? "LKS2" : "UKS2")}
                        purpose: Individual pupil accounts for one class.
                        owner: headteacher
                        membershipRule: (user.extensionAttribute3 -eq "{key}")
                        access:
                          - {"{"} area: pupilOneDrive {"}"}

                """);
        }

        Insert(yaml, "    breakGlass:\n", groupText.ToString());
        Replace(yaml, "groups: [lowerKs2Pupils, year5Pupils, year6Pupils]", $"groups: [lowerKs2Pupils, year5Pupils, year6Pupils, {string.Join(", ", classKeys)}]");

        var blocks = new StringBuilder("        blockedDomains:\n");
        for (var i = 1; i <= filteringEntries; i++)
        {
            blocks.Append(CultureInfo.InvariantCulture, $"          - domain: blocked-site-{i:D4}.example\n            reason: Reported by a teacher as unsuitable for pupils.\n");
        }

        Replace(yaml, "        blockedDomains:\n          - domain: example-chat-game.example\n            reason: Unmoderated chat inside a game that pupils were using in lessons.\n", blocks.ToString());

        var exceptionText = new StringBuilder();
        for (var i = 1; i <= exceptions; i++)
        {
            var group = classKeys.Count > 0 ? classKeys[i % classKeys.Count] : "year6Pupils";
            exceptionText.Append(CultureInfo.InvariantCulture, $"""
                      - domain: lesson-resource-{i:D4}.example
                        groups: [{group}]
                        reason: A class topic uses this site for research this term.
                        requestedBy: Class teacher
                        approvedBy: headteacher
                        approvedOn: 2026-11-02
                        expiresOn: 2026-12-19

                """);
        }

        Insert(yaml, "  schoolinfra:backups:\n", exceptionText.ToString());
        return yaml.ToString();
    }

    /// <summary>
    /// The example school with every optional feature of the config model switched on, so that every resource kind
    /// and every optional property the builders can emit appears in one template: a second, untrusted named location;
    /// report-only sign-in rules with a sign-in frequency; the Azure DNS backend (its policy, domain lists, rules and
    /// network links) beside upstream and Global Secure Access; allow and block lists; a second vault with a yearly-retention Azure VM policy; every kind of backup copy and data
    /// source; every Entra log category; a shared device group and a second update ring; approved apps for every
    /// device platform; iPads in Jamf Pro with classes and apps, or, with <paramref name="jamfSchool"/>, in Jamf School.
    /// Jamf Pro and Jamf School exclude each other in one school, so the two variants together cover both.
    /// </summary>
    public static string AllFeatures(string example, bool jamfSchool)
    {
        var yaml = new StringBuilder(example);
        ReplaceOnce(yaml, "          - 203.0.113.0/28\n", """
                      - 203.0.113.0/28
                  - key: forestSchool
                    displayName: Forest school hut (4G)
                    ipRanges:
                      - 198.51.100.16/29
                    trusted: false

            """);
        ReplaceOnce(yaml, "      state: enabled\n      requireCompliantDeviceForPersonalData: true\n", """
                  state: reportOnly
                  reportOnlySince: 2026-11-09
                  requireCompliantDeviceForPersonalData: true
                  signInFrequencyHours: 12

            """);
        ReplaceOnce(yaml, "    globalSecureAccess:\n      enabled: true\n", """
                globalSecureAccess:
                  enabled: true
                  trafficLogging: true
                azureDns:
                  policyName: dnsp-oakfield-primary
                  virtualNetworkIds:
                    - /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-oakfield-primary/providers/Microsoft.Network/virtualNetworks/vnet-oakfield-servers
                    - /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-oakfield-primary/providers/Microsoft.Network/virtualNetworks/vnet-oakfield-desktops
                  profile: staff

            """);
        ReplaceOnce(yaml, "        youTube: moderate\n        safeSearch: moderate\n        enforcedBy: [upstream, globalSecureAccess]\n", """
                    youTube: moderate
                    safeSearch: moderate
                    blockedDomains:
                      - domain: example-anonymiser.example
                        reason: An anonymising proxy found in the weekly filtering report.
                    allowedDomains:
                      - domain: example-exam-board.example
                        reason: Exam board portal wrongly categorised as file sharing.
                    enforcedBy: [upstream, globalSecureAccess, azureDns]

            """);
        ReplaceOnce(yaml, "          - dating\n        enforcedBy: [upstream, globalSecureAccess]\n      - key: olderPupils\n", """
                      - dating
                    allowedDomains:
                      - domain: example-phonics.example
                        reason: Phonics scheme site used every day in Reception and key stage 1.
                    enforcedBy: [upstream, globalSecureAccess]
                  - key: olderPupils

            """);
        ReplaceOnce(yaml, "        backedUpTo: [m365Backup]\n", $"""
                    backedUpTo: [m365Backup]
            {DataSources()}

            """);
        ReplaceOnce(yaml, "        alertEmail: servicedesk@it-provider.example\n    policies:\n", """
                    alertEmail: servicedesk@it-provider.example
                  - key: archive
                    name: rsv-oakfield-archive
                    storageRedundancy: geoRedundant
                    crossRegionRestore: true
                    immutability: locked
                    softDeleteDays: 30
                    alertRoles: [itProvider]
                    alertEmail: servicedesk@it-provider.example
                policies:

            """);
        ReplaceOnce(yaml, "        keepMonthlyMonths: 12\n    copies:\n", """
                    keepMonthlyMonths: 12
                  - key: vmNightly
                    vault: archive
                    workload: azureVm
                    dailyAt: "22:30"
                    keepDailyDays: 30
                    keepWeeklyWeeks: 12
                    keepMonthlyMonths: 24
                    keepYearlyYears: 7
                copies:
                  - key: archiveVault
                    name: Azure Recovery Services vault (archive)
                    medium: cloudVault
                    vault: archive
                    location: offSite
                    storagePlace: cloud
                    encrypted: true
                    encryption: Platform encryption
                  - key: tapeSafe
                    name: Monthly tape in the school safe
                    medium: tape
                    location: onSite
                    storagePlace: schoolSafe
                    offline: true
                    encrypted: true
                    encryption: LTO hardware encryption

            """);
        ReplaceOnce(yaml, "    retentionDays: 365\n", """
                retentionDays: 365
                entraLogs: [auditLogs, signInLogs, nonInteractiveUserSignInLogs, servicePrincipalSignInLogs, managedIdentitySignInLogs, provisioningLogs, riskyUsers, userRiskEvents]

            """);
        ReplaceOnce(yaml, "        membershipRule: (device.devicePhysicalIds -any _ -eq \"[OrderID]:STAFF\")\n", """
                    membershipRule: (device.devicePhysicalIds -any _ -eq "[OrderID]:STAFF")
                  - key: libraryDesktops
                    displayName: Library desktops
                    audience: shared
                    membershipRule: (device.devicePhysicalIds -any _ -eq "[OrderID]:LIBRARY")

            """);
        ReplaceOnce(yaml, "          graceDays: 2\n", """
                      graceDays: 2
                    - key: pilot
                      name: Pilot laptops
                      deviceGroups: [staffLaptops, libraryDesktops]
                      qualityDeferralDays: 0
                      featureDeferralDays: 7
                      deadlineDays: 3
                      graceDays: 1

            """);
        ReplaceOnce(yaml, "        approvedOn: 2026-09-01\n", """
                    approvedOn: 2026-09-01
                  - name: Example Maths Arcade
                    platform: windows
                    approvedBy: sltDigitalLead
                    approvedOn: 2026-09-01
                  - name: Example Music Studio
                    platform: macOs
                    approvedBy: sltDigitalLead
                    approvedOn: 2026-09-01

            """);
        ReplaceOnce(yaml, "          adamId: 1000000001\n", """
                      adamId: 1000000001
                    - name: Example Science Lab
                      adamId: 1000000003
                  classes:
                    - key: year5
                      name: Year 5
                    - key: year6
                      name: Year 6

            """);
        if (jamfSchool)
        {
            ReplaceOnce(yaml, "      managedBy: jamfPro\n", "      managedBy: jamfSchool\n");
            ReplaceOnce(yaml, "      adeInstanceId: \"1\"\n", string.Empty);
        }

        return yaml.ToString();
    }

    /// <summary>One data source of every kind the example does not declare, backed up to the new copies.</summary>
    private static string DataSources()
    {
        var kinds = new[] { "mis", "nas", "m365Mail", "m365OneDrive", "m365Teams", "safeguarding", "finance", "azureVm", "azureFiles" };
        var text = new StringBuilder();
        foreach (var kind in kinds)
        {
            text.Append(CultureInfo.InvariantCulture, $"""
                      - key: data{char.ToUpperInvariant(kind[0])}{kind[1..]}
                        name: Example {kind} data
                        kind: {kind}
                        backedUpTo: [archiveVault, tapeSafe]

                """);
        }

        return text.ToString().TrimEnd('\n');
    }

    private static int CountOf(string text, string marker, string until)
    {
        var groupsStart = text.IndexOf("    groups:\n", StringComparison.Ordinal);
        var end = text.IndexOf(until, StringComparison.Ordinal);
        var count = 0;
        for (var i = text.IndexOf(marker, groupsStart, StringComparison.Ordinal); i >= 0 && i < end; i = text.IndexOf(marker, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static void Insert(StringBuilder yaml, string before, string text)
    {
        var at = yaml.ToString().IndexOf(before, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException($"marker not found: {before.Trim()}");
        }

        yaml.Insert(at, text);
    }

    private static void ReplaceOnce(StringBuilder yaml, string from, string to)
    {
        var text = yaml.ToString();
        var at = text.IndexOf(from, StringComparison.Ordinal);
        if (at < 0 || text.IndexOf(from, at + 1, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidOperationException($"text not found exactly once: {from.Trim()}");
        }

        yaml.Replace(from, to, at, from.Length);
    }

    private static void Replace(StringBuilder yaml, string from, string to)
    {
        if (!yaml.ToString().Contains(from, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"text not found: {from.Trim()}");
        }

        yaml.Replace(from, to);
    }
}

using System.Collections.Immutable;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model.Devices;
using SchoolInfra.Core.Validation;
using SchoolInfra.Infra.Desired;
using SchoolInfra.Infra.Types;

namespace SchoolInfra.Infra.Build.Devices;

/// <summary>
/// iPads in Jamf Pro through the jamfpro provider: smart groups, the passcode and restrictions profiles (generated
/// mobileconfig), supervised PreStage enrolment with the Apple School Manager token, and managed OS updates.
/// Property names are the bridge's camelCase of the provider's Terraform schema, list names pluralised; blocks with
/// at most one item are objects (MaxItems=1 flattening). The conformance test checks them against the provider's facts.
/// </summary>
public sealed class JamfProBaseline(BuildContext context, IpadBaseline ipads)
{
    private const string AdeToken = "jamf-adeToken";

    /// <summary>Setup Assistant panes the PreStage skips: everything but passcode and software update (required by the schema).</summary>
    private static readonly ImmutableArray<string> SkippedPanes =
    [
        "action_button", "android", "appearance", "apple_id", "biometric", "camera_button", "cloud_storage", "diagnostics",
        "display_tone", "enable_lockdown_mode", "express_language", "home_button_sensitivity", "imessage_and_facetime",
        "intelligence", "keyboard", "location", "multitasking", "onboarding", "os_showcase", "payment", "preferred_language",
        "privacy", "restore", "restore_completed", "safety", "safety_and_handling", "screen_saver", "screen_time", "sim_setup",
        "siri", "spoken_language", "tap_to_setup", "terms_of_address", "tos", "transfer_data", "tv_home_screen_sync",
        "tv_provider_sign_in", "tv_room", "update_completed", "voice_selection", "watch_migration", "welcome", "zoom",
    ];

    private static readonly ImmutableArray<string> ShownPanes = ["passcode", "software_update"];

    public static string GroupName(string key) => $"jamf-group-{key}";

    /// <summary>The variable holding a smart group's Jamf Pro id as an integer (see <see cref="JamfIdOf"/>).</summary>
    public static string GroupIdName(string key) => $"jamf-group-{key}-jamfId";

    public void Build()
    {
        foreach (var group in ipads.DeviceGroups)
        {
            AddSmartGroup(group);
        }

        var all = ipads.DeviceGroups.Select(g => g.Key).ToImmutableArray();
        var pupils = ipads.DeviceGroups.Where(g => DeviceChecks.IsPupilAudience(g.Audience)).Select(g => g.Key).ToImmutableArray();
        var school = context.Config.School.Name;
        var passcodeSpan = ipads.Passcode.Span.IsKnown ? ipads.Passcode.Span : ipads.Span;
        AddProfile("jamf-passcode", "iPad passcode", MobileConfigProfiles.Passcode(school, ipads.Passcode), all, passcodeSpan,
            $"iPads lock after {ipads.Passcode.MaxInactivityMinutes} minutes and need a passcode of at least {ipads.Passcode.MinLength} digits.",
            ["DEV-01", "PWD-03"]);
        if (!pupils.IsEmpty)
        {
            var restrictionsSpan = ipads.Restrictions.Span.IsKnown ? ipads.Restrictions.Span : ipads.Span;
            AddProfile("jamf-restrictions", "iPad restrictions (pupils)", MobileConfigProfiles.Restrictions(school, ipads.Restrictions), pupils,
                restrictionsSpan, "Pupils cannot install apps, use AirDrop, add VPNs or erase the iPad.", ["DEV-09", "DEV-10", "FIL-07"]);
        }

        AddEnrolment();
        foreach (var group in ipads.DeviceGroups)
        {
            AddOsUpdates(group);
        }

        if (!ipads.Apps.IsEmpty || !ipads.Classes.IsEmpty)
        {
            context.AddNote(new DesiredNote(NoteKind.LeftOut,
                "Apps and classes for Jamf Pro come from Apple School Manager and are not deployed by this template.", ipads.Span, ["DEV-09"]));
        }
    }

    private void AddSmartGroup(JamfDeviceGroup group)
    {
        // Validation (SI2417) guarantees a readable criterion for Jamf Pro groups.
        if (group.Criterion is null || !JamfCriterion.TryParse(group.Criterion, out var criterion))
        {
            return;
        }

        context.Add(GroupName(group.Key), JamfProTypes.SmartMobileDeviceGroup, PulumiValue.Map(
                ("name", PulumiValue.Text(context.DisplayName(group.Name))),
                ("description", PulumiValue.Text($"iPads for {ConfigNaming.EnumValue(group.Audience)} use: {group.Criterion}.")),
                ("siteId", PulumiValue.Text("-1")),
                // The criteria block is a list, so the bridge pluralises its name, and its inflector does not know that
                // "criteria" is plural already (smart_mobile_device_group_v1/resource_schema.go:92).
                ("criterias", PulumiValue.List(PulumiValue.Map(
                    ("name", PulumiValue.Text(criterion.Name)),
                    ("searchType", PulumiValue.Text(criterion.SearchType)),
                    ("value", PulumiValue.Text(criterion.Value)),
                    ("andOr", PulumiValue.Text("and")),
                    ("priority", PulumiValue.Number(0)))))),
            group.Span, $"The Jamf Pro smart group \"{group.Name}\" that iPad profiles are scoped to.", ["DEV-10"]);
        context.AddVariable(new DesiredVariable(GroupIdName(group.Key), JamfIdOf(GroupName(group.Key)), group.Span));
    }

    private void AddProfile(string name, string title, string mobileconfig, ImmutableArray<string> groups, Core.Diagnostics.SourceSpan span,
        string purpose, ImmutableArray<string> controls) =>
        context.Add(name, JamfProTypes.MobileDeviceConfigurationProfilePlist, PulumiValue.Map(
                ("name", PulumiValue.Text(context.DisplayName(title))),
                ("description", PulumiValue.Text(purpose)),
                ("deploymentMethod", PulumiValue.Text("Install Automatically")),
                ("level", PulumiValue.Text("Device Level")),
                ("redeployOnUpdate", PulumiValue.Text("Newly Assigned")),
                // Literal text: the emitter writes every $ as $$, so the profile reaches Jamf Pro unchanged.
                ("payloads", PulumiValue.Text(mobileconfig)),
                ("scope", PulumiValue.Map(
                    ("allMobileDevices", PulumiValue.Bool(false)),
                    // Scope ids are integers (shared_schemas/mobile_device_scope.go:24), but a resource id is a string
                    // and Pulumi YAML does not assign a string to an integer: use the parsed id variables.
                    ("mobileDeviceGroupIds", PulumiValue.List(groups.Select(g => PulumiValue.Ref(GroupIdName(g)))))))),
            span, purpose, controls);

    private void AddEnrolment()
    {
        // The token is a secret stack setting: reference it, never copy its value (pulumi-contract.md A.5).
        var token = context.Config.JamfAdeToken;
        if (token is not null)
        {
            context.Add(AdeToken, JamfProTypes.DeviceEnrollments, PulumiValue.Map(
                    ("name", PulumiValue.Text(context.DisplayName("Apple School Manager"))),
                    ("encodedToken", new PulumiExpression(token.Reference)),
                    ("siteId", PulumiValue.Text("-1")),
                    ("supervisionIdentityId", PulumiValue.Text("-1"))),
                ipads.Span, "The Apple School Manager (ADE) server token, so school iPads enrol automatically.", ["DEV-10"]);
        }

        var contact = context.Config.Roles.ItProvider?.Contact ?? string.Empty;
        context.Add("jamf-prestage", JamfProTypes.MobileDevicePrestageEnrollment, PulumiValue.Map(
                ("displayName", PulumiValue.Text(context.DisplayName("iPad enrolment"))),
                ("deviceEnrollmentProgramInstanceId", PulumiValue.Ref(AdeToken, "id")),
                ("supervised", PulumiValue.Bool(ipads.Supervised)),
                ("mandatory", PulumiValue.Bool(true)),
                ("mdmRemovable", PulumiValue.Bool(false)),
                ("preventActivationLock", PulumiValue.Bool(true)),
                ("enableDeviceBasedActivationLock", PulumiValue.Bool(false)),
                ("defaultPrestage", PulumiValue.Bool(false)),
                ("requireAuthentication", PulumiValue.Bool(false)),
                ("authenticationPrompt", PulumiValue.Text(string.Empty)),
                ("supportPhoneNumber", PulumiValue.Text(string.Empty)),
                ("supportEmailAddress", PulumiValue.Text(contact.Contains('@', StringComparison.Ordinal) ? contact : string.Empty)),
                ("department", PulumiValue.Text(string.Empty)),
                ("enrollmentSiteId", PulumiValue.Text("-1")),
                ("siteId", PulumiValue.Text("-1")),
                ("enrollmentCustomizationId", PulumiValue.Text("0")),
                ("keepExistingSiteMembership", PulumiValue.Bool(false)),
                ("keepExistingLocationInformation", PulumiValue.Bool(false)),
                ("language", PulumiValue.Text("en")),
                ("region", PulumiValue.Text("GB")),
                ("timezone", PulumiValue.Text("Europe/London")),
                ("autoAdvanceSetup", PulumiValue.Bool(false)),
                ("allowPairing", PulumiValue.Bool(false)),
                ("multiUser", PulumiValue.Bool(false)),
                ("maximumSharedAccounts", PulumiValue.Number(0)),
                ("configureDeviceBeforeSetupAssistant", PulumiValue.Bool(true)),
                ("prestageMinimumOsTargetVersionTypeIos", PulumiValue.Text("NO_ENFORCEMENT")),
                ("prestageMinimumOsTargetVersionTypeIpad", PulumiValue.Text("NO_ENFORCEMENT")),
                ("skipSetupItems", SkipSetupItems()),
                // location_information is a required list without MaxItems, so the bridge keeps it a list and
                // pluralises its name (mobile_device_prestage_enrollment/resource_schema.go:345).
                ("locationInformations", PulumiValue.List(PulumiValue.Map(
                    ("username", PulumiValue.Text(string.Empty)),
                    ("realname", PulumiValue.Text(string.Empty)),
                    ("phone", PulumiValue.Text(string.Empty)),
                    ("email", PulumiValue.Text(string.Empty)),
                    ("room", PulumiValue.Text(string.Empty)),
                    ("position", PulumiValue.Text(string.Empty)),
                    ("departmentId", PulumiValue.Text("-1")),
                    ("buildingId", PulumiValue.Text("-1"))))),
                ("purchasingInformation", PulumiValue.Map(
                    ("leased", PulumiValue.Bool(false)),
                    ("purchased", PulumiValue.Bool(true)),
                    ("appleCareId", PulumiValue.Text(string.Empty)),
                    ("poNumber", PulumiValue.Text(string.Empty)),
                    ("vendor", PulumiValue.Text(string.Empty)),
                    ("purchasePrice", PulumiValue.Text(string.Empty)),
                    ("lifeExpectancy", PulumiValue.Number(0)),
                    ("purchasingAccount", PulumiValue.Text(string.Empty)),
                    ("purchasingContact", PulumiValue.Text(string.Empty)))),
                ("names", PulumiValue.Map(
                    ("assignNamesUsing", PulumiValue.Text("Serial Numbers")),
                    ("deviceNamePrefix", PulumiValue.Text($"{context.Config.School.ShortName}-")),
                    ("manageNames", PulumiValue.Bool(true)),
                    ("deviceNamingConfigured", PulumiValue.Bool(true))))),
            ipads.Span, "Supervised Automated Device Enrolment with an MDM profile that cannot be removed.", ["DEV-10"],
            new ResourceOptions { DependsOn = context.Config.JamfAdeToken is null ? [] : [AdeToken] });
    }

    private void AddOsUpdates(JamfDeviceGroup group) =>
        context.Add($"jamf-osUpdates-{group.Key}", JamfProTypes.ManagedSoftwareUpdate, PulumiValue.Map(
                ("updateAction", PulumiValue.Text("DOWNLOAD_INSTALL_ALLOW_DEFERRAL")),
                // Minor versions carry the security fixes; a new major iPadOS waits for the school to choose it.
                ("versionType", PulumiValue.Text("LATEST_MINOR")),
                // Fewer deferrals for shorter windows: about one a week inside osUpdateWithinDays, at most three.
                ("maxDeferrals", PulumiValue.Number(Math.Clamp(ipads.OsUpdateWithinDays / 7, 0, 3))),
                ("group", PulumiValue.Map(
                    ("groupId", PulumiValue.Ref(GroupName(group.Key), "id")),
                    ("objectType", PulumiValue.Text("MOBILE_DEVICE_GROUP"))))),
            group.Span, $"iPadOS updates for \"{group.Name}\" installed within {ipads.OsUpdateWithinDays} days.", ["DEV-07"]);

    /// <summary>
    /// <c>fn::invoke std:index:parseint</c> on a smart group's id. The jamfpro group exposes its Jamf Pro id only as the
    /// string <c>id</c> (smart_mobile_device_group_v1/resource_schema.go:69, set from the API's numeric id string in
    /// resource_crud.go:50), and Pulumi YAML has no built-in string-to-number conversion (pulumi-yaml
    /// pkg/pulumiyaml/analyser.go, isAssignable), so the pinned std package converts it: parseint returns an integer
    /// <c>result</c> (pulumi-std provider/parseint.go). During a preview of a new group the value is unknown, as the
    /// group's id is.
    /// </summary>
    private static PulumiObject JamfIdOf(string groupResource) => PulumiValue.Map(
        ("fn::invoke", PulumiValue.Map(
            ("function", PulumiValue.Text(StdTypes.ParseInt)),
            ("arguments", PulumiValue.Map(
                ("input", PulumiValue.Ref(groupResource, "id")),
                ("base", PulumiValue.Number(10)))),
            ("return", PulumiValue.Text("result")))));

    private static PulumiObject SkipSetupItems() => PulumiValue.Map([..
        SkippedPanes.Select(p => (Camel(p), (PulumiValue?)PulumiValue.Bool(true)))
            .Concat(ShownPanes.Select(p => (Camel(p), (PulumiValue?)PulumiValue.Bool(false))))
            .OrderBy(p => p.Item1, StringComparer.Ordinal)]);

    private static string Camel(string snake)
    {
        var parts = snake.Split('_');
        return parts[0] + string.Concat(parts.Skip(1).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
    }
}

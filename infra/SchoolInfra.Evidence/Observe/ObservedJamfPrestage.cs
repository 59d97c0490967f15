namespace SchoolInfra.Evidence.Observe;

/// <summary>A Jamf Pro mobile device PreStage enrolment; <c>versionLock</c> (it changes on every save) is not kept.</summary>
public sealed record ObservedJamfPrestage(string Id, string DisplayName, bool Supervised, bool Mandatory, bool MdmRemovable);

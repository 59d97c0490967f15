using SchoolInfra.Infra.Desired;

namespace SchoolInfra.Evidence.Observe.Compare;

/// <summary>A Jamf Pro PreStage enrolment as declared: the three settings DEV-10 depends on.</summary>
public sealed record DeclaredJamfPrestage(DesiredResource Resource, string DisplayName, bool Supervised, bool Mandatory, bool MdmRemovable);

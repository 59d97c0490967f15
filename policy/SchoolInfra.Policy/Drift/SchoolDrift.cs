using SchoolInfra.Core.Model;
using SchoolInfra.Evidence.Drift;

namespace SchoolInfra.Policy.Drift;

/// <summary>A school's drift check: its settings (for names and roles in reports) and what the check found.</summary>
public sealed record SchoolDrift(SchoolConfig Config, DriftResult Result);

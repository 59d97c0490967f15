using System.Collections.Immutable;

namespace SchoolInfra.Reports.Model;

/// <summary>The named roles (ROL-01 to ROL-03): a sentence about gaps, then one line per role.</summary>
public sealed record RolesSection(string Summary, ImmutableArray<RoleLine> Lines);

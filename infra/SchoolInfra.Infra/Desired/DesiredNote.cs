using System.Collections.Immutable;
using SchoolInfra.Core.Diagnostics;

namespace SchoolInfra.Infra.Desired;

/// <summary>A plain statement about the desired state that is not a resource: delegations, check-only requirements, omissions.</summary>
public sealed record DesiredNote(NoteKind Kind, string Message, SourceSpan Source, ImmutableArray<string> Controls);

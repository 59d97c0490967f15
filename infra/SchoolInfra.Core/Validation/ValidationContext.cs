using NodaTime;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Model;

namespace SchoolInfra.Core.Validation;

/// <summary>What a domain check sees: the typed config, today's date (from the injected clock) and the bag.</summary>
public sealed record ValidationContext(SchoolConfig Config, LocalDate Today, DiagnosticBag Diagnostics, SchoolFiles Files, ValidationScope Scope = ValidationScope.Full);
